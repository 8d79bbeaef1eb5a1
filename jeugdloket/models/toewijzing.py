# Annotations are evaluated eagerly here on purpose (no PEP 563 postponement): SQLModel needs the real types.
"""The toewijzing (allocation of care) of a case, and the zoekkeuze it came from.

A toewijzing points at the jeugdige and the goal by their refs within the case (p1, d1), as
the exchange format does: a re-import that replaces people or goals keeps the link readable.
Provider and product names are snapshots: the catalogue may change, the toewijzing must still
say what was allocated. Rows are read with explicit queries (no ORM relationships).
"""

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, ForeignKey, Index, Uuid
from sqlmodel import Field

from jeugdloket.models.base import Bewerkbaar, IsoDatum
from jeugdloket.models.intake import _casus_fk


class Toewijzing(Bewerkbaar, table=True):
    __tablename__ = "toewijzing"
    __table_args__ = (Index("ix_toewijzing_casus_ref", "casus_id", "ref", unique=True),)

    casus_id: uuid.UUID = _casus_fk()
    volgorde: int = Field(default=0)
    # The toewijzing's id within the case (t1, t2 …; "id" in the exchange format): given when
    # something refers to it (an evaluation's decision), else empty.
    ref: str | None = Field(default=None, max_length=50)
    jeugdige_ref: str = Field(max_length=50)
    aanbieder_agb: str | None = Field(default=None, max_length=8)
    aanbieder: str | None = Field(default=None, max_length=200)
    productcategorie: str = Field(max_length=2)  # JZ020
    productcode: str | None = Field(default=None, max_length=5)
    product: str | None = Field(default=None, max_length=200)
    segment: int | None = None
    doel_ref: str | None = Field(default=None, max_length=50)
    status: str = Field(max_length=20)  # aangevraagd | gestart | beeindigd | afgewezen
    aanvraagdatum: date = Field(sa_column=Column(IsoDatum, nullable=False))
    ingangsdatum: date | None = Field(default=None, sa_column=Column(IsoDatum))
    einddatum: date | None = Field(default=None, sa_column=Column(IsoDatum))
    volume: int | None = None
    eenheid: str | None = Field(default=None, max_length=2)  # WJ756
    frequentie: str | None = Field(default=None, max_length=2)  # WMO757
    budget: float | None = None
    verwijzer: str | None = Field(default=None, max_length=2)  # COD327
    reden_beeindiging: str | None = Field(default=None, max_length=2)  # JZ588
    reden_afwijzing: str | None = Field(default=None, max_length=2)  # WJ759
    # The family's consent to share with the provider: when, and who gave it / how.
    toestemming_op: datetime | None = Field(default=None, sa_column=Column(IsoDatum))
    toestemming_toelichting: str | None = None
    gedeeld_op: datetime | None = Field(default=None, sa_column=Column(IsoDatum))
    # Keys of an imported toewijzing the app does not know, kept so an export gives them back.
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class Zoekkeuze(Bewerkbaar, table=True):
    """What was searched with the family, which options were discussed and what they chose."""

    __tablename__ = "zoekkeuze"

    casus_id: uuid.UUID = _casus_fk()
    moment: datetime = Field(sa_column=Column(DateTime, nullable=False))
    zoekvraag: str | None = None
    filters: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    # [{aanbieder_agb, aanbieder, productcode, product, segment, wachttijd_weken, reden}, …]
    besproken: list[dict] | None = Field(default=None, sa_column=Column(JSON))
    gekozen_agb: str | None = Field(default=None, max_length=8)
    gekozen_productcode: str | None = Field(default=None, max_length=5)
    reden_keuze: str | None = None
    toewijzing_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(Uuid, ForeignKey("toewijzing.id", ondelete="SET NULL"), nullable=True),
    )
