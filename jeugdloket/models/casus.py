# Annotations are evaluated eagerly here on purpose (no PEP 563 postponement): SQLModel needs the real types.
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Uuid
from sqlmodel import Field, Relationship

from jeugdloket.models.base import Bewerkbaar, IsoDatum


class Casus(Bewerkbaar, table=True):
    __tablename__ = "casus"

    # 2026-0001; on a werkkopie a case made offline has 2026-L<code>-<n> until the sync gives
    # it the team's next number and keeps the provisional one in `voorlopig_nummer`.
    casusnummer: str = Field(max_length=20, unique=True, index=True)
    voorlopig_nummer: str | None = Field(default=None, max_length=20)
    gemeente: str = Field(max_length=100)
    consulent_id: uuid.UUID | None = Field(default=None, foreign_key="medewerker.id", index=True)
    aanmelddatum: datetime = Field(sa_column=Column(IsoDatum, nullable=False, index=True))
    verwijzer: str | None = Field(default=None, max_length=2)
    hulpvraag: str | None = None
    soort_vraag: str | None = Field(default=None, max_length=20)
    kader: str | None = Field(default=None, max_length=20)
    eerste_contact: datetime | None = Field(default=None, sa_column=Column(IsoDatum))
    afgesloten_op: date | None = Field(default=None, sa_column=Column(IsoDatum))
    reden_afsluiting: str | None = Field(default=None, max_length=2)
    # Parts of the exchange format that later modules own (levenskracht, plans, toewijzingen)
    # and any unknown keys: kept exactly as they came so nothing from a document is lost.
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    # Derived, kept by services.casussen on every write: folded names/BSN/postcode for search
    # and the display names of the jeugdigen, so the case list loads from one table.
    zoektekst: str = Field(default="")
    jeugdigen: str = Field(default="")

    personen: list["Persoon"] = Relationship(
        back_populates="casus",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "order_by": "Persoon.volgorde"},
    )
    contactmomenten: list["Contactmoment"] = Relationship(
        back_populates="casus",
        sa_relationship_kwargs={
            "cascade": "all, delete-orphan",
            "order_by": "Contactmoment.volgorde",
        },
    )


class Persoon(Bewerkbaar, table=True):
    __tablename__ = "persoon"

    casus_id: uuid.UUID = Field(
        sa_column=Column(
            Uuid, ForeignKey("casus.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    ref: str = Field(max_length=50)  # the person's id within the case in the exchange format
    volgorde: int = Field(default=0)
    rol: str = Field(max_length=20)
    voornaam: str | None = Field(default=None, max_length=100)
    tussenvoegsel: str | None = Field(default=None, max_length=30)
    achternaam: str | None = Field(default=None, max_length=150)
    geboortedatum: date | None = None
    bsn: str | None = Field(default=None, max_length=9, index=True)
    geslacht: str | None = Field(default=None, max_length=1)
    gezag: bool | None = None
    relatie: str | None = Field(default=None, max_length=2)
    telefoon: str | None = Field(default=None, max_length=30)
    email: str | None = Field(default=None, max_length=200)
    straat: str | None = Field(default=None, max_length=150)
    huisnummer: str | None = Field(default=None, max_length=20)
    postcode: str | None = Field(default=None, max_length=7)
    woonplaats: str | None = Field(default=None, max_length=100)
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))

    casus: Casus = Relationship(back_populates="personen")


class Contactmoment(Bewerkbaar, table=True):
    __tablename__ = "contactmoment"

    casus_id: uuid.UUID = Field(
        sa_column=Column(
            Uuid, ForeignKey("casus.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    volgorde: int = Field(default=0)
    datum: datetime | None = Field(default=None, sa_column=Column(IsoDatum))
    soort: str | None = Field(default=None, max_length=30)
    notitie: str | None = None
    medewerker_id: uuid.UUID | None = Field(default=None, foreign_key="medewerker.id")
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))

    casus: Casus = Relationship(back_populates="contactmomenten")
