"""People who use this casebook, each with an Ed25519 key that signs their custody events."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Tracked

ROLES = ("documenter", "legal", "supervisor")


class User(Tracked, Base):
    __tablename__ = "users"

    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    signing_public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    # The private key lives only here, inside the encrypted database. Null for colleagues
    # whose records were merged in: their public key is enough to verify.
    signing_private_key: Mapped[bytes | None] = mapped_column(LargeBinary(32))


class Setting(Base):
    """Casebook-wide facts: its id, default user, taxonomy version its tags refer to."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(4000))
