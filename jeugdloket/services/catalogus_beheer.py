"""Catalogue maintenance in the app, between imports: the beheerder records a waiting time, a
consultant records an experience; and the reads of one provider and of the experiences.

Every change counts the catalogue's version up (services.catalogus.markeer_gewijzigd), so the
zoektool's index is refreshed before its next query.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import NietGevonden, Validatiefout
from jeugdloket.models import Aanbieder, Contract, Ervaring, Medewerker, Product, Wachttijd
from jeugdloket.regels.catalogus import MAX_WACHTTIJD
from jeugdloket.regels.zoektool import datum_nl
from jeugdloket.services.casussen import huidige_medewerker_id
from jeugdloket.services.catalogus import markeer_gewijzigd
from jeugdloket.taal import vertaal


@dataclass(frozen=True, slots=True)
class AanbiederData:
    agb: str
    naam: str
    soort: str  # "hoofdaannemer" or "onderaannemer"
    hoofdaannemer_agb: str | None
    hoofdaannemer: str | None
    onderaannemers: tuple[tuple[str, str], ...]  # (agb, naam)
    identiteit: str | None
    telefoon: str | None
    email: str | None
    website: str | None
    adres: str | None
    postcode: str | None
    plaats: str | None
    vervallen_op: date | None


@dataclass(frozen=True, slots=True)
class WachttijdData:
    aanbieder_agb: str
    productcode: str
    weken: int
    peildatum: date


@dataclass(frozen=True, slots=True)
class ErvaringData:
    aanbieder_agb: str
    aanbieder: str
    productcode: str
    product: str
    score: int
    tekst: str | None
    datum: date
    medewerker: str | None  # the medewerker's name, None when unknown


def _paar(s: Session, agb: str, productcode: str) -> tuple[Aanbieder, Product]:
    fouten: dict[str, str] = {}
    a = s.execute(select(Aanbieder).where(Aanbieder.agb == agb)).scalar_one_or_none()
    p = s.execute(
        select(Product).where(Product.productcode == (productcode or "").upper())
    ).scalar_one_or_none()
    if a is None or a.vervallen_op is not None:
        fouten["aanbieder_agb"] = vertaal(
            "Aanbieder met AGB-code '{agb}' staat niet in de catalogus", agb=agb
        )
    if p is None or p.vervallen_op is not None:
        fouten["productcode"] = vertaal(
            "Product '{productcode}' staat niet in de catalogus", productcode=productcode
        )
    if fouten:
        raise Validatiefout(fouten)
    return a, p


def zet_wachttijd(
    db: Database,
    aanbieder_agb: str,
    productcode: str,
    weken: int,
    peildatum: date | None = None,
) -> WachttijdData:
    """The beheerder records a provider's current waiting time (peildatum: default today)."""
    peildatum = peildatum or date.today()
    fouten: dict[str, str] = {}
    if isinstance(weken, bool) or not isinstance(weken, int):
        fouten["weken"] = vertaal("Wachttijd '{weken}' is geen geheel aantal weken", weken=weken)
    elif not 0 <= weken <= MAX_WACHTTIJD:
        fouten["weken"] = vertaal(
            "Wachttijd {weken} weken kan niet (0 t/m {MAX_WACHTTIJD})",
            weken=weken,
            MAX_WACHTTIJD=MAX_WACHTTIJD,
        )
    if peildatum > date.today():
        fouten["peildatum"] = vertaal(
            "Peildatum {datum_nl} ligt in de toekomst", datum_nl=datum_nl(peildatum)
        )
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        a, p = _paar(s, aanbieder_agb, productcode)
        heeft_contract = s.execute(
            select(func.count())
            .select_from(Contract)
            .where(Contract.aanbieder_id == a.id, Contract.product_id == p.id)
        ).scalar()
        if not heeft_contract:
            raise Validatiefout(
                {
                    "productcode": vertaal(
                        "{naam} heeft geen contract voor {productcode} {naam2}",
                        naam=a.naam,
                        productcode=p.productcode,
                        naam2=p.naam,
                    )
                }
            )
        w = s.execute(
            select(Wachttijd).where(Wachttijd.aanbieder_id == a.id, Wachttijd.product_id == p.id)
        ).scalar_one_or_none()
        if w is None:
            s.add(Wachttijd(aanbieder_id=a.id, product_id=p.id, weken=weken, peildatum=peildatum))
        else:
            w.weken, w.peildatum = weken, peildatum
        markeer_gewijzigd(s)
        return WachttijdData(a.agb, p.productcode, weken, peildatum)


def voeg_ervaring_toe(
    db: Database,
    aanbieder_agb: str,
    productcode: str,
    score: int,
    tekst: str | None = None,
    datum: date | None = None,
) -> ErvaringData:
    """A consultant (the database's acting user) records an experience: 1 (slecht) – 5 (goed)."""
    datum = datum or date.today()
    fouten: dict[str, str] = {}
    if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
        fouten["score"] = vertaal("Waardering '{score}' kan niet; kies 1 t/m 5", score=score)
    if datum > date.today():
        fouten["datum"] = vertaal("Datum {datum_nl} ligt in de toekomst", datum_nl=datum_nl(datum))
    if fouten:
        raise Validatiefout(fouten)
    tekst = (tekst or "").strip() or None
    with db.sessie() as s:
        a, p = _paar(s, aanbieder_agb, productcode)
        medewerker_id = huidige_medewerker_id(s, db.gebruiker)
        s.add(
            Ervaring(
                aanbieder_id=a.id,
                product_id=p.id,
                medewerker_id=medewerker_id,
                score=score,
                tekst=tekst,
                datum=datum,
            )
        )
        naam = s.get(Medewerker, medewerker_id).naam if medewerker_id else None
        markeer_gewijzigd(s)
        return ErvaringData(a.agb, a.naam, p.productcode, p.naam, score, tekst, datum, naam)


def ervaringen(
    db: Database, aanbieder_agb: str | None = None, productcode: str | None = None
) -> list[ErvaringData]:
    """Experiences, newest first; optionally of one aanbieder and/or product."""
    with db.sessie() as s:
        q = (
            select(
                Ervaring,
                Aanbieder.agb,
                Aanbieder.naam,
                Product.productcode,
                Product.naam,
                Medewerker.naam,
            )
            .join(Aanbieder, Aanbieder.id == Ervaring.aanbieder_id)
            .join(Product, Product.id == Ervaring.product_id)
            .outerjoin(Medewerker, Medewerker.id == Ervaring.medewerker_id)
            .order_by(Ervaring.datum.desc(), Ervaring.aangemaakt_op.desc())
        )
        if aanbieder_agb:
            q = q.where(Aanbieder.agb == aanbieder_agb)
        if productcode:
            q = q.where(Product.productcode == productcode.upper())
        return [
            ErvaringData(agb, anaam, code, pnaam, e.score, e.tekst, e.datum, mnaam)
            for e, agb, anaam, code, pnaam, mnaam in s.execute(q).all()
        ]


def aanbieder(db: Database, agb: str) -> AanbiederData:
    """A provider with its contact details, hoofdaannemer and onderaannemers."""
    with db.sessie() as s:
        a = s.execute(select(Aanbieder).where(Aanbieder.agb == agb)).scalar_one_or_none()
        if a is None:
            raise NietGevonden(vertaal("Aanbieder met AGB-code {agb} bestaat niet", agb=agb))
        hoofd = s.get(Aanbieder, a.hoofdaannemer_id) if a.hoofdaannemer_id else None
        onder = s.execute(
            select(Aanbieder.agb, Aanbieder.naam)
            .where(Aanbieder.hoofdaannemer_id == a.id, Aanbieder.vervallen_op.is_(None))
            .order_by(Aanbieder.naam)
        ).all()
        return AanbiederData(
            agb=a.agb,
            naam=a.naam,
            soort="onderaannemer" if hoofd else "hoofdaannemer",
            hoofdaannemer_agb=hoofd.agb if hoofd else None,
            hoofdaannemer=hoofd.naam if hoofd else None,
            onderaannemers=tuple((x, y) for x, y in onder),
            identiteit=a.identiteit,
            telefoon=a.telefoon,
            email=a.email,
            website=a.website,
            adres=a.adres,
            postcode=a.postcode,
            plaats=a.plaats,
            vervallen_op=a.vervallen_op,
        )


__all__ = [
    "AanbiederData",
    "ErvaringData",
    "WachttijdData",
    "aanbieder",
    "ervaringen",
    "voeg_ervaring_toe",
    "zet_wachttijd",
]
