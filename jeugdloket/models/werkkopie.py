# Annotations are evaluated eagerly here on purpose (no PEP 563 postponement): SQLModel needs the real types.
"""Werkkopieën: cases taken to the kitchen table on a laptop and synced back field by field.

On the team register: `werkkopie` (one per laptop copy: whose, since when, last sync, how far
its offline access log was appended), `werkkopie_casus` (which cases are out on which laptop)
and `conflict` (a field both sides changed: both values, the base, who and when, until a
person chooses). In a werkkopie file the same tables plus `werkkopie_stand` (the one row that
makes a file a werkkopie: the team it belongs to) and `werkkopie_basis` (each row as the team
register had it at the last sync: the base every outgoing change is compared with).
"""

import uuid
from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, Uuid
from sqlmodel import Field, SQLModel

from jeugdloket.models.base import nu


class Werkkopie(SQLModel, table=True):
    __tablename__ = "werkkopie"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    # Short number of the copy in provisional case numbers (2026-L<code>-<n>).
    code: int = Field(unique=True)
    gebruiker: str = Field(max_length=100, index=True)
    werkplek: str = Field(max_length=255)
    gemaakt_op: datetime = Field(default_factory=nu, sa_type=DateTime(), nullable=False)
    laatste_sync: datetime | None = Field(default=None, sa_type=DateTime())
    # The laptop's own access-log entries up to this number are in the team's chain: set in
    # the same transaction as the append, so an interrupted sync never appends one twice.
    logboek_tot: int = Field(default=0)
    opgeheven_op: datetime | None = Field(default=None, sa_type=DateTime())


class WerkkopieCasus(SQLModel, table=True):
    """A case out on a laptop ("op laptop van X sinds D"); still editable in the office."""

    __tablename__ = "werkkopie_casus"

    werkkopie_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("werkkopie.id", ondelete="CASCADE"), primary_key=True)
    )
    casus_id: uuid.UUID = Field(
        sa_column=Column(
            Uuid, ForeignKey("casus.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )
    sinds: datetime = Field(default_factory=nu, sa_type=DateTime(), nullable=False)


class Conflict(SQLModel, table=True):
    """One field of one row changed on the laptop and in the register to different values.

    Values are JSON text as the sync sends them (see services/werkkopie_velden.py); `veld` is
    the column, or ROW for a whole row deleted on one side and changed on the other."""

    __tablename__ = "conflict"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    casus_id: uuid.UUID = Field(
        sa_column=Column(
            Uuid, ForeignKey("casus.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    tabel: str = Field(max_length=40)
    rij_id: str = Field(max_length=80)
    veld: str = Field(max_length=60)
    basis: str | None = None
    mijn: str | None = None
    hun: str | None = None
    mijn_door: str = Field(max_length=100)
    mijn_op: datetime = Field(sa_type=DateTime(), nullable=False)
    hun_door: str | None = Field(default=None, max_length=100)
    hun_op: datetime | None = Field(default=None, sa_type=DateTime())
    werkkopie_id: uuid.UUID | None = Field(default=None, sa_type=Uuid())
    ontstaan_op: datetime = Field(default_factory=nu, sa_type=DateTime(), nullable=False)
    opgelost_op: datetime | None = Field(default=None, sa_type=DateTime())
    opgelost_door: str | None = Field(default=None, max_length=100)
    uitkomst: str | None = None  # the value chosen (JSON text)


class WerkkopieStand(SQLModel, table=True):
    """The one row of a werkkopie file: which team register, whose, since when."""

    __tablename__ = "werkkopie_stand"

    werkkopie_id: uuid.UUID = Field(primary_key=True)
    team_url: str = Field(max_length=500)
    gebruiker: str = Field(max_length=100)
    code: int
    gemaakt_op: datetime = Field(sa_type=DateTime(), nullable=False)
    laatste_sync: datetime | None = Field(default=None, sa_type=DateTime())
    volgend_voorlopig: int = Field(default=1)
    # Own access-log entries up to this number are in the team's chain (as far as this file
    # knows: the register's werkkopie.logboek_tot is what counts).
    logboek_tot: int = Field(default=0)


class WerkkopieBasis(SQLModel, table=True):
    """A row as the team register had it at the last sync (JSON of its fields)."""

    __tablename__ = "werkkopie_basis"

    tabel: str = Field(max_length=40, primary_key=True)
    rij_id: str = Field(max_length=80, primary_key=True)
    casus_id: uuid.UUID | None = Field(default=None, sa_type=Uuid(), index=True)
    data: str
