# Annotations are evaluated eagerly here on purpose (no PEP 563 postponement): SQLModel needs the real types.
"""Who may open a case besides its consulent, and the access log (NEN 7513 practice).

`logboek` is append-only: the migration adds triggers that refuse UPDATE and DELETE, and every
row carries the hash of the previous one (jeugdloket.regels.logboek). It has no foreign keys on
purpose: a case destroyed after its bewaartermijn or a medewerker who left keeps their trace.
"""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, Uuid
from sqlmodel import Field, SQLModel

from jeugdloket.models.base import nu


def _fk(tabel: str) -> Any:
    return Field(
        sa_column=Column(
            Uuid, ForeignKey(f"{tabel}.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )


class CasusDeling(SQLModel, table=True):
    """Access to a case for a medewerker who is not its consulent.

    soort 'deling': shared by the consulent or a coördinator, until withdrawn (`tot` empty).
    soort 'waarneming': taken by the medewerker with a reason, valid until `tot`.
    """

    __tablename__ = "casus_deling"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    casus_id: uuid.UUID = _fk("casus")
    medewerker_id: uuid.UUID = _fk("medewerker")
    soort: str = Field(max_length=20)
    door: str = Field(max_length=100)
    op: datetime = Field(default_factory=nu, sa_type=DateTime(), nullable=False)
    tot: datetime | None = Field(default=None, sa_type=DateTime())
    reden: str | None = Field(default=None, max_length=500)


class Logboekregel(SQLModel, table=True):
    __tablename__ = "logboek"
    __table_args__ = (
        Index("ix_logboek_casus", "casus_id", "volgnummer"),
        Index("ix_logboek_gebruiker", "gebruiker", "volgnummer"),
        Index("ix_logboek_moment", "moment"),
        # A fork guard: no two entries appended after the same one (migration 0009).
        Index("ux_logboek_vorige_hash", "vorige_hash", unique=True),
    )

    # Given by the writer (last + 1), not by the database: two writers who both read the same
    # last entry collide on the key instead of forking the chain.
    volgnummer: int = Field(
        sa_column=Column(Integer, primary_key=True, autoincrement=False, nullable=False)
    )
    moment: datetime = Field(sa_type=DateTime(), nullable=False)
    gebruiker: str = Field(max_length=100)
    actie: str = Field(max_length=30)
    casus_id: uuid.UUID | None = Field(default=None, sa_type=Uuid())
    casusnummer: str | None = Field(default=None, max_length=20)
    werkplek: str = Field(max_length=255)
    reden: str | None = Field(default=None, max_length=500)
    omschrijving: str | None = Field(default=None, max_length=500)
    vorige_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class Veldwijziging(SQLModel, table=True):
    """Who last changed one field of one row, and when: what a colleague sees when their edit of
    the same field meets this one (per-field optimistic concurrency, services/velden.py), and
    the base the werkkopie sync compares fields with."""

    __tablename__ = "veldwijziging"

    tabel: str = Field(max_length=40, primary_key=True)
    rij_id: uuid.UUID = Field(primary_key=True)
    veld: str = Field(max_length=60, primary_key=True)
    casus_id: uuid.UUID = _fk("casus")
    door: str = Field(max_length=100)
    op: datetime = Field(default_factory=nu, sa_type=DateTime(), nullable=False)
