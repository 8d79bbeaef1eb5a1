"""The zoektool: search the catalogue of contracted care, free text plus filters, and
suggestions for a case (its jeugdige's age, its gemeente, the words of its hulpvraag,
factors and goals). No UI here; the screens and the CLI call `zoek` and `zoek_voor_casus`.

The catalogue is small (thousands of product × provider combinations) and changes rarely, so
it is searched in memory: an index is built on first use and kept per database; before every
query one tiny read of `catalogus_stand` tells whether an import, a waiting time or an
experience changed it since (also in another process), and the index is rebuilt if so.

The index, the scoring, the ranking and the reasons are regels.zoekindex (pure); this module
reads the database into it, caches it, checks the filters and reads a case for its words.
Contracts count on the date asked for, today unless given.
"""

import threading
import uuid
import weakref
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, func, select, type_coerce

from jeugdloket.db import Database
from jeugdloket.fouten import NietGevonden, Validatiefout
from jeugdloket.models import (
    Aanbieder,
    Casus,
    Contract,
    Doel,
    Ervaring,
    Factor,
    Persoon,
    Product,
    Wachttijd,
)
from jeugdloket.regels.catalogus import SETTINGS
from jeugdloket.regels.codelijsten import codelijst
from jeugdloket.regels.zoekindex import (
    CASUSVELDEN,
    Combinatie,
    Filters,
    IndexAanbieder,
    IndexProduct,
    Zoekindex,
    Zoekresultaat,
    Zoekterm,
    casuswoorden,
    maak_index,
    zoek_in_index,
)
from jeugdloket.regels.zoektool import gevouwen, leeftijd_op, opsomming, woorden, zoektermen
from jeugdloket.services import rechten
from jeugdloket.services.catalogus import catalogus_stand
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.taal import vertaal

# ---------------------------------------------------------------- plain data out


@dataclass(frozen=True, slots=True)
class Casussuggesties:
    casus_id: uuid.UUID
    jeugdige_id: uuid.UUID | None
    jeugdige: str | None
    leeftijd: int | None
    gemeente: str
    datum: date
    zoekwoorden: tuple[Zoekterm, ...]
    resultaten: tuple[Zoekresultaat, ...]


# ---------------------------------------------------------------- reading the index


def _sleutel(kolom: Any) -> Any:
    """An id column as the database returns it: the index only compares ids with each other,
    and turning 40,000 of them into uuid.UUID objects was most of the build time."""
    return type_coerce(kolom, String)


def _bouw(s, stand: tuple[int, int], vorige: Zoekindex | None = None) -> Zoekindex:
    """Read the catalogue into an index. When only waiting times or experiences changed since
    `vorige` (same content counter), its providers, products, contracts and word index are
    reused and only those two are read again."""
    # the session's Core connection: plain rows, without the ORM's per-row result handling
    conn = s.connection()
    if vorige is not None and vorige.stand[1] == stand[1]:
        combinaties = {
            (c.aanbieder, c.product): Combinatie(c.aanbieder, c.product, c.contracten)
            for c in vorige.combinaties
        }
        return _afmaken(
            conn,
            stand,
            vorige.a_index,
            vorige.p_index,
            vorige.aanbieders,
            vorige.producten,
            combinaties,
            vorige.gemeenten,
            tekst_van=vorige,
        )
    aanbieders: list[IndexAanbieder] = []
    a_index: dict[Any, int] = {}
    hoofd_id: dict[int, Any] = {}
    for aid, hid, agb, naam, identiteit, plaats in conn.execute(
        select(
            _sleutel(Aanbieder.id),
            _sleutel(Aanbieder.hoofdaannemer_id),
            Aanbieder.agb,
            Aanbieder.naam,
            Aanbieder.identiteit,
            Aanbieder.plaats,
        ).where(Aanbieder.vervallen_op.is_(None))
    ):
        a_index[aid] = len(aanbieders)
        if hid:
            hoofd_id[len(aanbieders)] = hid
        aanbieders.append(IndexAanbieder(agb, naam, identiteit, plaats))
    for i, h in hoofd_id.items():
        aanbieders[i].hoofdaannemer = a_index.get(h)
    producten: list[IndexProduct] = []
    p_index: dict[Any, int] = {}
    t = Product.__table__.c
    for p in conn.execute(
        select(_sleutel(t.id).label("sleutel"), *(k for k in t if k.name != "id")).where(
            t.vervallen_op.is_(None)
        )
    ).mappings():
        p_index[p["sleutel"]] = len(producten)
        producten.append(
            IndexProduct(
                p["productcode"],
                p["naam"],
                p["productcategorie"],
                p["omschrijving"],
                p["segment"],
                p["setting"],
                p["eenheid"],
                p["tarief_cent"],
                p["leeftijd_van"],
                p["leeftijd_tot"],
                tuple(p["trefwoorden"] or ()),
                tuple(p["interventies"] or ()),
            )
        )
    combinaties: dict[tuple[int, int], Combinatie] = {}
    gemeenten: dict[str, str] = {}
    rijen = conn.execute(
        select(
            _sleutel(Contract.aanbieder_id),
            _sleutel(Contract.product_id),
            Contract.geldig_van,
            Contract.geldig_tot,
            Contract.gemeenten,
        )
    ).all()
    for aid, pid, van, tot, namen in rijen:
        if aid not in a_index or pid not in p_index:
            continue
        sleutel = (a_index[aid], p_index[pid])
        c = combinaties.setdefault(sleutel, Combinatie(sleutel[0], sleutel[1], []))
        c.contracten.append((van, tot, frozenset(gevouwen(g) for g in namen), tuple(namen)))
        for g in namen:
            gemeenten.setdefault(gevouwen(g), g)
    return _afmaken(conn, stand, a_index, p_index, aanbieders, producten, combinaties, gemeenten)


def _afmaken(
    conn,
    stand: tuple[int, int],
    a_index: dict[Any, int],
    p_index: dict[Any, int],
    aanbieders: list[IndexAanbieder],
    producten: list[IndexProduct],
    combinaties: dict[tuple[int, int], Combinatie],
    gemeenten: dict[str, str],
    tekst_van: Zoekindex | None = None,
) -> Zoekindex:
    """Read waiting times and experiences, then make the index (regels.zoekindex)."""
    for aid, pid, weken, peildatum in conn.execute(
        select(
            _sleutel(Wachttijd.aanbieder_id),
            _sleutel(Wachttijd.product_id),
            Wachttijd.weken,
            Wachttijd.peildatum,
        )
    ).all():
        c = combinaties.get((a_index.get(aid), p_index.get(pid)))
        if c is not None:
            c.wachttijd = (weken, peildatum)
    for aid, pid, som, aantal in conn.execute(
        select(
            _sleutel(Ervaring.aanbieder_id),
            _sleutel(Ervaring.product_id),
            func.sum(Ervaring.score),
            func.count(),
        ).group_by(Ervaring.aanbieder_id, Ervaring.product_id)
    ).all():
        c = combinaties.get((a_index.get(aid), p_index.get(pid)))
        if c is not None:
            c.ervaring_som, c.ervaring_aantal = int(som), int(aantal)
    return maak_index(
        stand, a_index, p_index, aanbieders, producten, combinaties, gemeenten, tekst_van
    )


_INDEXEN: "weakref.WeakKeyDictionary[Any, Zoekindex]" = weakref.WeakKeyDictionary()
_SLOT = threading.Lock()


def _index(db: Database) -> Zoekindex:
    with db.sessie() as s:
        stand = catalogus_stand(s)
        idx = _INDEXEN.get(db.engine)
        if idx is not None and idx.stand == stand:
            return idx
        with _SLOT:  # one build at a time; a second caller then finds it ready
            idx = _INDEXEN.get(db.engine)
            if idx is None or idx.stand != stand:
                idx = _bouw(s, stand, idx)
                _INDEXEN[db.engine] = idx
            return idx


def vergeet_index(db: Database) -> None:
    """Drop the cached index (tests, or to free memory); the next query rebuilds it."""
    _INDEXEN.pop(db.engine, None)


@dataclass(frozen=True)
class Filterkeuzes:
    """What the filters of the search screen can offer, from the current catalogue."""

    gemeenten: tuple[str, ...]
    identiteiten: tuple[str, ...]
    settings: tuple[str, ...]
    categorieen: dict[str, str]  # JZ020 code → description, only those with products


def filterkeuzes(db: Database) -> Filterkeuzes:
    idx = _index(db)
    jz020 = codelijst("JZ020")
    categorieen = sorted({p.categorie for p in idx.producten})
    return Filterkeuzes(
        gemeenten=tuple(sorted(idx.gemeenten.values(), key=str.casefold)),
        identiteiten=tuple(
            sorted({a.identiteit for a in idx.aanbieders if a.identiteit}, key=str.casefold)
        ),
        settings=tuple(SETTINGS),
        categorieen={c: jz020.get(c, c) for c in categorieen},
    )


# ---------------------------------------------------------------- searching


def _als_set(waarde, soort=None) -> frozenset | None:
    if waarde is None:
        return None
    if isinstance(waarde, (str, int)):
        waarde = [waarde]
    return frozenset(soort(w) if soort else w for w in waarde)


def _controleer_filters(
    idx: Zoekindex,
    leeftijd: int | None,
    gemeente: str | None,
    segmenten: frozenset[int] | None,
    categorieen: frozenset[str] | None,
    settings: frozenset[str] | None,
    max_wachttijd: int | None,
) -> None:
    fouten: dict[str, str] = {}
    if leeftijd is not None and not 0 <= leeftijd <= 30:
        fouten["leeftijd"] = vertaal("Leeftijd {leeftijd} kan niet (0 t/m 30)", leeftijd=leeftijd)
    if gemeente is not None and gevouwen(gemeente) not in idx.gemeenten:
        bekend = opsomming(sorted(idx.gemeenten.values())) or "geen"
        fouten["gemeente"] = (
            f"Gemeente '{gemeente}' staat in geen enkel contract (wel: {bekend})"
        ).replace("(wel: geen)", "(de catalogus is leeg)")
    if segmenten and not segmenten <= {1, 2, 3, 4, 5}:
        fouten["segment"] = vertaal("Segment moet 1 t/m 5 zijn")
    if categorieen and not categorieen <= set(codelijst("JZ020")):
        fouten["categorie"] = vertaal("Productcategorie moet een code uit JZ020 zijn")
    if settings and not settings <= set(SETTINGS):
        fouten["setting"] = f"Setting moet {opsomming(list(SETTINGS))} zijn".replace(
            " en crisis", " of crisis"
        )
    if max_wachttijd is not None and max_wachttijd < 0:
        fouten["max_wachttijd"] = vertaal("De maximale wachttijd kan niet negatief zijn")
    if fouten:
        raise Validatiefout(fouten)


def zoek(
    db: Database,
    tekst: str = "",
    *,
    leeftijd: int | None = None,
    gemeente: str | None = None,
    segment: int | Collection[int] | None = None,
    categorie: str | Collection[str] | None = None,
    setting: str | Collection[str] | None = None,
    datum: date | None = None,
    max_wachttijd: int | None = None,
    identiteit: str | None = None,
    limiet: int | None = 50,
) -> list[Zoekresultaat]:
    """Contracted care matching `tekst` and the filters, best first (at most `limiet`).

    Without text every contracted combination that passes the filters is listed, in the
    "zo thuis mogelijk" order. Contracts count on `datum` (default today); `gemeente` must be
    covered by the contract; products without a known waiting time are left out when
    `max_wachttijd` is given.
    """
    idx = _index(db)
    segmenten = _als_set(segment, int)
    categorieen = _als_set(categorie, str)
    settings = _als_set(setting, lambda s: str(s).casefold())
    _controleer_filters(idx, leeftijd, gemeente, segmenten, categorieen, settings, max_wachttijd)
    filters = Filters(
        datum=datum or date.today(),
        leeftijd=leeftijd,
        gemeente=gevouwen(gemeente) if gemeente else None,
        segmenten=segmenten,
        categorieen=categorieen,
        settings=settings,
        max_wachttijd=max_wachttijd,
        identiteit=gevouwen(identiteit) if identiteit else None,
    )
    termen = [Zoekterm(w) for w in zoektermen(tekst or "")]
    return zoek_in_index(idx, termen, filters, limiet, noem_missers=True)


# ---------------------------------------------------------------- suggestions for a case


@rechten.casus(Handeling.INZAGE)
def zoek_voor_casus(
    db: Database,
    casus_id: uuid.UUID,
    *,
    jeugdige_id: uuid.UUID | None = None,
    tekst: str = "",
    datum: date | None = None,
    segment: int | Collection[int] | None = None,
    setting: str | Collection[str] | None = None,
    max_wachttijd: int | None = None,
    identiteit: str | None = None,
    limiet: int | None = 20,
    categorie: str | Collection[str] | None = None,
) -> Casussuggesties:
    """Suggestions for a case: contracted in the case's gemeente, fitting the age of the
    jeugdige (`jeugdige_id`, default the first), and matching the words of the hulpvraag, the
    analysis' factors (not the protective ones: those are strengths) and the goals."""
    datum = datum or date.today()
    with db.sessie() as s:
        casus = s.get(Casus, casus_id)
        if casus is None:
            raise NietGevonden(vertaal("Deze casus bestaat niet (meer)"))
        personen = list(
            s.execute(
                select(Persoon).where(Persoon.casus_id == casus_id).order_by(Persoon.volgorde)
            ).scalars()
        )
        factoren = list(
            s.execute(
                select(Factor.omschrijving).where(
                    Factor.casus_id == casus_id, Factor.type != "beschermend"
                )
            ).scalars()
        )
        doelen = list(
            s.execute(
                select(Doel.omschrijving).where(Doel.casus_id == casus_id).order_by(Doel.prioriteit)
            ).scalars()
        )
        hulpvraag, gemeente = casus.hulpvraag, casus.gemeente
    jeugdigen = [p for p in personen if p.rol == "jeugdige"]
    if jeugdige_id is not None:
        jeugdige = next((p for p in jeugdigen if p.id == jeugdige_id), None)
        if jeugdige is None:
            raise NietGevonden(vertaal("Deze jeugdige hoort niet bij de casus"))
    else:
        jeugdige = jeugdigen[0] if jeugdigen else None
    leeftijd = (
        leeftijd_op(jeugdige.geboortedatum, datum) if jeugdige and jeugdige.geboortedatum else None
    )
    namen = {
        w
        for p in personen
        for deel in (p.voornaam, p.tussenvoegsel, p.achternaam)
        if deel
        for w in woorden(deel)
    }
    termen = casuswoorden(hulpvraag, factoren, doelen, tekst, namen)
    idx = _index(db)
    segmenten = _als_set(segment, int)
    categorieen = _als_set(categorie, str)
    settings = _als_set(setting, lambda x: str(x).casefold())
    _controleer_filters(idx, leeftijd, None, segmenten, categorieen, settings, max_wachttijd)
    filters = Filters(
        datum=datum,
        leeftijd=leeftijd,
        gemeente=gevouwen(gemeente) if gemeente else None,
        segmenten=segmenten,
        categorieen=categorieen,
        settings=settings,
        max_wachttijd=max_wachttijd,
        identiteit=gevouwen(identiteit) if identiteit else None,
    )
    resultaten = zoek_in_index(idx, termen, filters, limiet, velden=CASUSVELDEN)
    naam = None
    if jeugdige is not None:
        naam = " ".join(
            x for x in (jeugdige.voornaam, jeugdige.tussenvoegsel, jeugdige.achternaam) if x
        )
    return Casussuggesties(
        casus_id=casus_id,
        jeugdige_id=jeugdige.id if jeugdige else None,
        jeugdige=naam or None,
        leeftijd=leeftijd,
        gemeente=gemeente,
        datum=datum,
        zoekwoorden=tuple(termen),
        resultaten=tuple(resultaten),
    )


__all__ = [
    "Casussuggesties",
    "Filterkeuzes",
    "filterkeuzes",
    "vergeet_index",
    "zoek",
    "zoek_voor_casus",
]
