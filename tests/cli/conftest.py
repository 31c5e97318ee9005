"""The command line's tests run many commands in one process: each test starts afresh."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from casebook.cli import passphrase


@pytest.fixture(autouse=True)
def fresh_secrets() -> Iterator[None]:
    """Secrets one test put in the environment are not remembered into the next one."""
    passphrase.forget_secrets()
    yield
    passphrase.forget_secrets()
