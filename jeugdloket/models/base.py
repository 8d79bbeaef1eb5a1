"""Shared columns and column types of every editable table."""

import re
import uuid
from datetime import date, datetime

from sqlalchemy import DateTime, String, TypeDecorator
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel


def nu() -> datetime:
    """Local wall-clock time without microseconds: what the user sees and what is exported."""
    return datetime.now().replace(microsecond=0)


class IsoDatum(TypeDecorator):
    """A date *or* a date-time, stored as ISO text.

    The exchange format allows both for the same field ("2026-11-16" or "2026-11-16T09:30:00");
    keeping the form that came in makes an import → export round trip give the same document.
    ISO text sorts chronologically, so SQL ordering and comparison keep working.
    """

    impl = String(19)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.replace(microsecond=0).isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str) and re.fullmatch(
            r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?", value
        ):
            return value
        raise ValueError(f"geen datum: {value!r}")

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value)


class Bewerkbaar(SQLModel):
    """UUID key, optimistic version and who/when of the last change.

    `version` is SQLAlchemy's version counter: an UPDATE of a row someone else changed in the
    meantime fails with StaleDataError instead of silently overwriting their work.
    """

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    version: int = Field(default=1, nullable=False)
    aangemaakt_op: datetime = Field(default_factory=nu, sa_type=DateTime(), nullable=False)
    bijgewerkt_op: datetime = Field(default_factory=nu, sa_type=DateTime(), nullable=False)
    aangemaakt_door: str | None = Field(default=None, max_length=100)
    bijgewerkt_door: str | None = Field(default=None, max_length=100)

    @declared_attr
    def __mapper_args__(cls):  # noqa: N805 - SQLAlchemy's declared_attr convention
        return {"version_id_col": cls.__table__.c.version}
