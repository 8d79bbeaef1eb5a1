# Annotations are evaluated eagerly here on purpose (no PEP 563 postponement): SQLModel needs the real types.
"""The catalogue of contracted care (zoektool): aanbieders, producten, contracten, wachttijden,
the consultants' ervaringen and the imported versions of the catalogue workbook.

Aanbieders and producten are never deleted by an import: one that is no longer in the
workbook gets `vervallen_op`, so toewijzingen and ervaringen keep pointing at what they were
made with. Contracten and wachttijden are replaced by each import. The workbook's own keys
(AGB code, productcode) are unique columns; the rows refer to each other by id, read with
explicit queries (no ORM relationships), like the rest of the models.
"""

import uuid
from datetime import date
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, UniqueConstraint, Uuid
from sqlmodel import Field, SQLModel

from jeugdloket.models.base import Bewerkbaar, IsoDatum


def _fk(tabel: str, verplicht: bool = True) -> Any:
    kolom = Column(
        Uuid,
        ForeignKey(f"{tabel}.id", ondelete="CASCADE" if verplicht else "SET NULL"),
        nullable=not verplicht,
        index=verplicht,
    )
    return Field(sa_column=kolom) if verplicht else Field(default=None, sa_column=kolom)


class Aanbieder(Bewerkbaar, table=True):
    """A provider; an onderaannemer works under the hoofdaannemer it names."""

    __tablename__ = "aanbieder"

    agb: str = Field(max_length=8, unique=True, index=True)
    naam: str = Field(max_length=200)
    hoofdaannemer_id: uuid.UUID | None = _fk("aanbieder", verplicht=False)
    identiteit: str | None = Field(default=None, max_length=50)
    telefoon: str | None = Field(default=None, max_length=30)
    email: str | None = Field(default=None, max_length=200)
    website: str | None = Field(default=None, max_length=200)
    adres: str | None = Field(default=None, max_length=200)
    postcode: str | None = Field(default=None, max_length=7)
    plaats: str | None = Field(default=None, max_length=100)
    # Set by the import that no longer contained the provider; None while it is in the catalogue.
    vervallen_op: date | None = Field(default=None, sa_column=Column(IsoDatum))


class Product(Bewerkbaar, table=True):
    """A product of the regional productenboek."""

    __tablename__ = "product"

    productcode: str = Field(max_length=5, unique=True, index=True)
    productcategorie: str = Field(max_length=2)  # JZ020
    naam: str = Field(max_length=200)
    omschrijving: str | None = None
    segment: int
    setting: str = Field(max_length=20)  # ambulant, dagbehandeling, verblijf, crisis
    eenheid: str | None = Field(default=None, max_length=2)  # WJ756
    tarief_cent: int | None = None  # euro cents: exact, no floating-point money
    leeftijd_van: int | None = None
    leeftijd_tot: int | None = None  # inclusive
    trefwoorden: list[str] | None = Field(default=None, sa_column=Column(JSON))
    interventies: list[str] | None = Field(default=None, sa_column=Column(JSON))
    vervallen_op: date | None = Field(default=None, sa_column=Column(IsoDatum))


class Contract(Bewerkbaar, table=True):
    """Which aanbieder may deliver which product in which municipalities, and when."""

    __tablename__ = "contract"
    __table_args__ = (UniqueConstraint("aanbieder_id", "product_id", "geldig_van"),)

    aanbieder_id: uuid.UUID = _fk("aanbieder")
    product_id: uuid.UUID = _fk("product")
    gemeenten: list[str] = Field(sa_column=Column(JSON, nullable=False))
    geldig_van: date = Field(sa_column=Column(IsoDatum, nullable=False))
    geldig_tot: date | None = Field(default=None, sa_column=Column(IsoDatum))  # inclusive


class Wachttijd(Bewerkbaar, table=True):
    """The current waiting time of an aanbieder for a product, as reported on `peildatum`."""

    __tablename__ = "wachttijd"
    __table_args__ = (UniqueConstraint("aanbieder_id", "product_id"),)

    aanbieder_id: uuid.UUID = _fk("aanbieder")
    product_id: uuid.UUID = _fk("product")
    weken: int
    peildatum: date = Field(sa_column=Column(IsoDatum, nullable=False))


class Ervaring(Bewerkbaar, table=True):
    """A consultant's experience with an aanbieder for a product: a rating 1–5 and a remark."""

    __tablename__ = "ervaring"

    aanbieder_id: uuid.UUID = _fk("aanbieder")
    product_id: uuid.UUID = _fk("product")
    medewerker_id: uuid.UUID | None = _fk("medewerker", verplicht=False)
    score: int
    tekst: str | None = None
    datum: date = Field(sa_column=Column(IsoDatum, nullable=False))


class CatalogusVersie(Bewerkbaar, table=True):
    """One imported workbook: its content (the four sheets as checked rows) and what changed.

    Every import adds one, so the previous version stays available for reference and can be
    exported again in the same layout. Who and when: `aangemaakt_door`, `aangemaakt_op`.
    """

    __tablename__ = "catalogus_versie"

    nummer: int = Field(unique=True)
    bestand: str | None = Field(default=None, max_length=255)
    inhoud: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    samenvatting: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class CatalogusStand(SQLModel, table=True):
    """One row, counted up by every change to the catalogue (services.catalogus.markeer_gewijzigd).

    The search keeps an in-memory index per database and compares `teller` before each query:
    a change made by another process or user is picked up too, for one tiny query. `inhoud`
    counts only changes to aanbieders, producten and contracten (an import): when just a
    waiting time or an experience changed, the search keeps its word index.
    """

    __tablename__ = "catalogus_stand"

    id: int = Field(default=1, primary_key=True)
    teller: int = Field(default=0)
    inhoud: int = Field(default=0)
