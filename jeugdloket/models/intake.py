# Annotations are evaluated eagerly here on purpose (no PEP 563 postponement): SQLModel needs the real types.
"""The Levenskracht intake and the verklarende analyse of a case.

Rows refer to the case by `casus_id` (database-level ON DELETE CASCADE) and to people of the
case by their Persoon id; services read them with explicit queries, so no ORM relationships.
"""

import uuid
from datetime import date
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, UniqueConstraint, Uuid
from sqlmodel import Field, SQLModel

from jeugdloket.models.base import Bewerkbaar, IsoDatum


def _casus_fk() -> Any:
    return Field(
        sa_column=Column(
            Uuid, ForeignKey("casus.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )


def _persoon_fk(verplicht: bool = False) -> Any:
    ondelete = "CASCADE" if verplicht else "SET NULL"
    return Field(
        default=None,
        sa_column=Column(Uuid, ForeignKey("persoon.id", ondelete=ondelete), nullable=not verplicht),
    )


class Intake(Bewerkbaar, table=True):
    """One per case: the Levenskracht header and the header of the verklarende analyse."""

    __tablename__ = "intake"
    __table_args__ = (UniqueConstraint("casus_id"),)

    casus_id: uuid.UUID = _casus_fk()
    fase: str | None = Field(default=None, max_length=20)  # where the consultant left off
    metgezel_id: uuid.UUID | None = _persoon_fk()
    draagkracht: str | None = None
    draaglast: str | None = None
    samenvatting: str | None = None  # the analysis "in gewone woorden"
    deelnemers: list[str] | None = Field(default=None, sa_column=Column(JSON))  # person refs
    auteur: str | None = Field(default=None, max_length=200)
    auteur_rol: str | None = Field(default=None, max_length=100)
    analyse_datum: date | None = Field(default=None, sa_column=Column(IsoDatum))
    afgerond_op: date | None = Field(default=None, sa_column=Column(IsoDatum))
    # Keys of the exchange document this module does not know: kept, so nothing is lost.
    extra_levenskracht: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    extra_analyse: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class LeefgebiedScore(Bewerkbaar, table=True):
    __tablename__ = "leefgebied_score"
    __table_args__ = (UniqueConstraint("casus_id", "leefgebied"),)

    casus_id: uuid.UUID = _casus_fk()
    leefgebied: str = Field(max_length=50)
    volgorde: int = Field(default=0)
    gaat_goed: str | None = None
    zorgen: str | None = None
    score_inwoner: int | None = None
    score_metgezel: int | None = None
    inwoner_id: uuid.UUID | None = _persoon_fk()  # who gave score_inwoner (jeugdige or ouder)
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class Netwerklid(Bewerkbaar, table=True):
    """A person of the case in the family's network: how close, what they can contribute."""

    __tablename__ = "netwerklid"
    __table_args__ = (UniqueConstraint("casus_id", "persoon_id"),)

    casus_id: uuid.UUID = _casus_fk()
    persoon_id: uuid.UUID = _persoon_fk(verplicht=True)
    nabijheid: int = Field(default=2)  # 1 dichtbij, 2 midden, 3 veraf
    bijdrage: str | None = None
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class Factor(Bewerkbaar, table=True):
    __tablename__ = "factor"
    __table_args__ = (UniqueConstraint("casus_id", "ref"),)

    casus_id: uuid.UUID = _casus_fk()
    ref: str = Field(max_length=50)  # the factor's id within the case in the exchange format
    volgorde: int = Field(default=0)
    type: str = Field(max_length=20)
    niveau: str | None = Field(default=None, max_length=20)
    leefgebied: str | None = Field(default=None, max_length=50)
    omschrijving: str | None = None
    bron: str | None = None
    herkend: bool | None = None  # does the family recognise it
    x: float | None = None  # position in the diagram, None = placed automatically
    y: float | None = None
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class Samenhang(Bewerkbaar, table=True):
    __tablename__ = "samenhang"

    casus_id: uuid.UUID = _casus_fk()
    van_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("factor.id", ondelete="CASCADE"), nullable=False)
    )
    naar_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("factor.id", ondelete="CASCADE"), nullable=False)
    )
    volgorde: int = Field(default=0)
    toelichting: str | None = None
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class Doel(Bewerkbaar, table=True):
    __tablename__ = "doel"
    __table_args__ = (UniqueConstraint("casus_id", "ref"),)

    casus_id: uuid.UUID = _casus_fk()
    ref: str = Field(max_length=50)
    prioriteit: int = Field(default=1)
    omschrijving: str | None = None
    goed_genoeg: str | None = None  # "wanneer is het goed genoeg"
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class DoelFactor(SQLModel, table=True):
    __tablename__ = "doel_factor"

    doel_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("doel.id", ondelete="CASCADE"), primary_key=True)
    )
    factor_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("factor.id", ondelete="CASCADE"), primary_key=True)
    )
    volgorde: int = Field(default=0)


class Actie(Bewerkbaar, table=True):
    """One line of the routekaart: who does what, when, and how far it is."""

    __tablename__ = "actie"

    doel_id: uuid.UUID = Field(
        sa_column=Column(
            Uuid, ForeignKey("doel.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    volgorde: int = Field(default=0)
    wie_id: uuid.UUID | None = _persoon_fk()
    door_consulent: bool = Field(default=False)  # the professional does it
    wat: str | None = None
    wanneer: str | None = Field(default=None, max_length=100)  # a date, or the family's words
    status: str | None = Field(default=None, max_length=20)
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
