"""Schema upgrades through Alembic, on open, after an encrypted backup of the database."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from ..errors import CasebookError, SchemaTooNew, UpgradeFailed
from ..resource_paths import migrations_path


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, before_upgrade: Callable[[], None], target: str = "head") -> bool:
    """Bring the schema to ``target``; calls ``before_upgrade`` (the backup) only if needed.

    Returns whether anything was applied. A revision this build does not know means the
    casebook was written by a newer Casebook, and nothing is touched.
    """
    script = ScriptDirectory.from_config(_config())
    with engine.connect() as conn:
        current = current_revision(conn)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise SchemaTooNew(
                "This casebook was saved by a newer version of Casebook. Install the newer "
                "version to open it; nothing in the casebook was changed."
            ) from None
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return False
    if current is not None:
        before_upgrade()
    config = _config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
    except CasebookError:
        raise
    except Exception as exc:
        raise UpgradeFailed(
            "This casebook could not be brought up to date for this version of Casebook "
            "({kind}); the upgrade was rolled back and a copy of the database from "
            "before it is in the casebook's backups/ folder. Please report this.",
            kind=type(exc).__name__,
        ) from exc
    return True
