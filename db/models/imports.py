"""What the office remembers between imports: the last column mapping of each kind of sheet."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Timestamped


class ImportMapping(Timestamped, Base):
    """The last ``{header: field}`` mapping used to import a kind of sheet (``people``), as
    JSON; one row per kind (the database is one office's)."""

    __tablename__ = "import_mapping"

    kind: Mapped[str] = mapped_column(String(20), unique=True)
    mapping: Mapped[str] = mapped_column(Text, default="{}")
