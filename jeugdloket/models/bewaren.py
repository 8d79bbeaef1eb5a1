# Annotations are evaluated eagerly here on purpose (no PEP 563 postponement): SQLModel needs the real types.
"""Destruction of files past their bewaartermijn: the requests and an anonymous count.

Neither table holds client data. A request keeps the casusnummer and who asked, confirmed or
withdrew it and when – the account of what happened to a file. Its link to the case is
SET NULL on delete, so destroying the case leaves no row that points at it.
"""

import uuid
from datetime import date, datetime

from sqlalchemy import Column, DateTime, ForeignKey, Index, Uuid, text
from sqlmodel import Field, SQLModel

from jeugdloket.models.base import IsoDatum, nu

AANGEVRAAGD = "aangevraagd"
VERNIETIGD = "vernietigd"
INGETROKKEN = "ingetrokken"


class Vernietigingsverzoek(SQLModel, table=True):
    __tablename__ = "vernietigingsverzoek"
    __table_args__ = (
        # At most one open request per case, also when two coördinatoren click at once.
        Index(
            "uq_vernietigingsverzoek_open",
            "casus_id",
            unique=True,
            sqlite_where=text("status = 'aangevraagd'"),
            postgresql_where=text("status = 'aangevraagd'"),
        ),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    casus_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(Uuid, ForeignKey("casus.id", ondelete="SET NULL"), nullable=True),
    )
    casusnummer: str = Field(max_length=20, index=True)
    bewaren_tot: date = Field(sa_column=Column(IsoDatum, nullable=False))
    reden: str = Field(max_length=500)
    status: str = Field(default=AANGEVRAAGD, max_length=20)
    gevraagd_door: str = Field(max_length=100)
    gevraagd_op: datetime = Field(default_factory=nu, sa_type=DateTime(), nullable=False)
    bevestigd_door: str | None = Field(default=None, max_length=100)
    bevestigd_op: datetime | None = Field(default=None, sa_type=DateTime())
    ingetrokken_door: str | None = Field(default=None, max_length=100)
    ingetrokken_op: datetime | None = Field(default=None, sa_type=DateTime())


class VernietigingTelling(SQLModel, table=True):
    """How many files were destroyed on a day – a number, nothing else."""

    __tablename__ = "vernietiging_telling"

    datum: date = Field(sa_column=Column(IsoDatum, primary_key=True))
    aantal: int = Field(default=0)
