# Annotations are evaluated eagerly here on purpose (no PEP 563 postponement): SQLModel needs the real types.
"""The familiegroepsplan of a case, the perspectiefplan per jeugdige of 16+, and the kept
vastgestelde versions of both."""

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, ForeignKey, UniqueConstraint, Uuid
from sqlmodel import Field

from jeugdloket.models.base import Bewerkbaar, IsoDatum
from jeugdloket.models.intake import _casus_fk


class Familiegroepsplan(Bewerkbaar, table=True):
    __tablename__ = "familiegroepsplan"
    __table_args__ = (UniqueConstraint("casus_id"),)

    casus_id: uuid.UUID = _casus_fk()
    aangeboden_op: date | None = Field(default=None, sa_column=Column(IsoDatum))
    aangeboden_door: str | None = Field(default=None, max_length=200)
    uitleg: str | None = None  # how the offer was explained
    status: str | None = Field(default=None, max_length=20)  # aangeboden | opgesteld | afgezien
    opgesteld_op: date | None = Field(default=None, sa_column=Column(IsoDatum))
    reden_afgezien: str | None = None
    deelnemers: list[str] | None = Field(default=None, sa_column=Column(JSON))  # person refs
    nieuwe_deelnemers: list[str] | None = Field(default=None, sa_column=Column(JSON))  # names
    wat_is_er_aan_de_hand: str | None = None
    wat_willen_we_bereiken: str | None = None
    wat_doen_we_zelf: str | None = None
    wat_doet_ons_netwerk: list[dict] | None = Field(default=None, sa_column=Column(JSON))
    hulp_van_professionals: str | None = None
    afspraken_veiligheid: str | None = None
    evaluatie: str | None = None
    doelen: list[str] | None = Field(default=None, sa_column=Column(JSON))  # goal refs (d1…)
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class Perspectiefplan(Bewerkbaar, table=True):
    __tablename__ = "perspectiefplan"
    __table_args__ = (UniqueConstraint("casus_id", "jeugdige_id"),)

    casus_id: uuid.UUID = _casus_fk()
    jeugdige_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("persoon.id", ondelete="CASCADE"), nullable=False)
    )
    volgorde: int = Field(default=0)
    opgesteld_op: date | None = Field(default=None, sa_column=Column(IsoDatum))
    eigen_woorden: str | None = None  # the jeugdige's own words: printed first
    gebieden: list[dict] | None = Field(default=None, sa_column=Column(JSON))
    hulp_komende_twee_jaar: str | None = None
    hulp_na_18: str | None = None
    hulp_na_18_kaders: list[str] | None = Field(default=None, sa_column=Column(JSON))
    overdracht: str | None = None
    betrokkenen: list[str] | None = Field(default=None, sa_column=Column(JSON))
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class PlanVersie(Bewerkbaar, table=True):
    """A vastgestelde version, kept as it was: content in the exchange format, who was there."""

    __tablename__ = "plan_versie"

    casus_id: uuid.UUID = _casus_fk()
    soort: str = Field(max_length=30)  # familiegroepsplan | perspectiefplan
    jeugdige_ref: str | None = Field(default=None, max_length=50)
    versie: int
    vastgesteld_op: date = Field(sa_column=Column(IsoDatum, nullable=False))
    aanwezig: list[str] | None = Field(default=None, sa_column=Column(JSON))
    inhoud: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))


class PlanExport(Bewerkbaar, table=True):
    """Every PDF made of a plan: when, by whom, which version (noted on the case)."""

    __tablename__ = "plan_export"

    casus_id: uuid.UUID = _casus_fk()
    soort: str = Field(max_length=30)
    jeugdige_ref: str | None = Field(default=None, max_length=50)
    versie: int | None = None  # None: a concept
    gemaakt_op: datetime = Field(sa_column=Column(DateTime, nullable=False))
    door: str | None = Field(default=None, max_length=100)
    bestand: str | None = None
