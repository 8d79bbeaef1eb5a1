"""The catalogue in the database: importing a checked workbook (../shared/domain/catalogus.md;
the file itself is rapporten.catalogus_werkboek), exporting it, its versions and the demo
catalogue. Edits between imports (waiting times, experiences) are services.catalogus_beheer.

Import is all-or-nothing: the whole workbook is read and checked first, every problem is
reported as "Blad X, rij N, kolom Y: …", and only a clean workbook is written, in one
transaction. A valid import replaces the catalogue:

- aanbieders and producten are matched on AGB code and productcode and updated in place; one
  that is no longer in the workbook gets `vervallen_op` (never deleted, so toewijzingen and
  ervaringen keep pointing at what they were made with) and drops out of the search;
- contracten (key: aanbieder, product, geldig_van) and wachttijden (key: aanbieder, product)
  are replaced by the workbook's; ones no longer in it are removed. Waiting times edited in
  the app are in every export, so export → edit → import keeps them;
- the previous version stays: every import stores the workbook's checked content as JSON in
  `catalogus_versie` (number, file name, who, when, what changed), and `exporteer(…, versie=N)`
  writes any stored version again in the same layout.

A contract counts as "beëindigd" in the summary when it is no longer in the workbook, or when
its geldig_tot has passed since the previous import (it was still running then).
"""

import json
import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import NietGevonden
from jeugdloket.models import (
    Aanbieder,
    CatalogusStand,
    CatalogusVersie,
    Contract,
    Ervaring,
    Medewerker,
    Product,
    Wachttijd,
    nu,
)
from jeugdloket.paden import RESOURCES
from jeugdloket.rapporten.catalogus_werkboek import lees_werkboek, schrijf_werkboek
from jeugdloket.regels.catalogus import (
    AANBIEDER_VELDEN,
    AANBIEDERS,
    CENT,
    CONTRACTEN,
    PRODUCTEN,
    WACHTTIJDEN,
    AanbiederRij,
    Catalogus,
    ContractRij,
    ProductRij,
    WachttijdRij,
)
from jeugdloket.regels.zoektool import datum_nl
from jeugdloket.taal import vertaal

DEMO_CATALOGUS = RESOURCES / "catalogus" / "demo-catalogus.xlsx"
DEMO_ERVARINGEN = RESOURCES / "catalogus" / "demo-ervaringen.json"

# ---------------------------------------------------------------- plain data out


@dataclass(frozen=True, slots=True)
class Wijzigingen:
    """What an import changed on one sheet; each entry is a readable Dutch line."""

    nieuw: tuple[str, ...] = ()
    gewijzigd: tuple[str, ...] = ()
    beeindigd: tuple[str, ...] = ()  # vervallen (aanbieder, product, wachttijd) or beëindigd
    ongewijzigd: int = 0


@dataclass(frozen=True, slots=True)
class ImportSamenvatting:
    versie: int
    bestand: str | None
    aanbieders: Wijzigingen
    producten: Wijzigingen
    contracten: Wijzigingen
    wachttijden: Wijzigingen

    def per_blad(self) -> dict[str, Wijzigingen]:
        return {
            AANBIEDERS: self.aanbieders,
            PRODUCTEN: self.producten,
            CONTRACTEN: self.contracten,
            WACHTTIJDEN: self.wachttijden,
        }

    def regels(self, details: int = 10) -> list[str]:
        """A summary in Dutch: counts per sheet, then up to `details` lines per kind."""
        uit = [f"Catalogusversie {self.versie}" + (f" ({self.bestand})" if self.bestand else "")]
        for blad, w in self.per_blad().items():
            weg = "beëindigd" if blad == CONTRACTEN else "vervallen"
            uit.append(
                f"{blad}: {len(w.nieuw)} nieuw, {len(w.gewijzigd)} gewijzigd, "
                f"{len(w.beeindigd)} {weg}, {w.ongewijzigd} ongewijzigd"
            )
            for soort, lijst in (
                ("nieuw", w.nieuw),
                ("gewijzigd", w.gewijzigd),
                (weg, w.beeindigd),
            ):
                for regel in lijst[:details]:
                    uit.append(f"  {soort}: {regel}")
                if len(lijst) > details:
                    uit.append(f"  … en nog {len(lijst) - details} {soort}")
        return uit


@dataclass(frozen=True, slots=True)
class VersieData:
    nummer: int
    geimporteerd_op: datetime
    door: str | None
    bestand: str | None
    samenvatting: dict[str, Any]


# ---------------------------------------------------------------- database ↔ catalogue


def catalogus_stand(s: Session) -> tuple[int, int]:
    """(every change, content changes): see models.CatalogusStand."""
    rij = s.execute(
        select(CatalogusStand.teller, CatalogusStand.inhoud).where(CatalogusStand.id == 1)
    ).first()
    return (rij[0], rij[1]) if rij else (0, 0)


def markeer_gewijzigd(s: Session, inhoud: bool = False) -> None:
    """Count the catalogue's version up, in the transaction of the change (CatalogusStand).

    `inhoud`: aanbieders, producten or contracten changed (not only a wachttijd or ervaring).
    Any future edit of those in the app must pass True, or the search keeps stale text.
    """
    t = CatalogusStand
    waarden = {"teller": t.teller + 1}
    if inhoud:
        waarden["inhoud"] = t.inhoud + 1
    if s.execute(update(t).where(t.id == 1).values(**waarden)).rowcount == 0:
        s.add(CatalogusStand(id=1, teller=1, inhoud=1))


def _huidige(s: Session) -> Catalogus:
    # Core rows, not model objects: an export of 10,000 contracts stays well under a second.
    aanbieders = list(s.execute(select(Aanbieder.__table__)).mappings())
    producten = list(s.execute(select(Product.__table__)).mappings())
    agb_van = {a["id"]: a["agb"] for a in aanbieders}
    code_van = {p["id"]: p["productcode"] for p in producten}
    contracten = [
        ContractRij(
            agb_van[c["aanbieder_id"]],
            code_van[c["product_id"]],
            tuple(c["gemeenten"]),
            c["geldig_van"],
            c["geldig_tot"],
        )
        for c in s.execute(select(Contract.__table__)).mappings()
    ]
    wachttijden = [
        WachttijdRij(
            agb_van[w["aanbieder_id"]], code_van[w["product_id"]], w["weken"], w["peildatum"]
        )
        for w in s.execute(select(Wachttijd.__table__)).mappings()
    ]
    return Catalogus.gesorteerd(
        (
            AanbiederRij(
                agb=a["agb"],
                hoofdaannemer_agb=agb_van.get(a["hoofdaannemer_id"]),
                **{v: a[v] for v in AANBIEDER_VELDEN},
            )
            for a in aanbieders
            if a["vervallen_op"] is None
        ),
        (
            ProductRij(
                productcode=p["productcode"],
                productcategorie=p["productcategorie"],
                naam=p["naam"],
                omschrijving=p["omschrijving"],
                segment=p["segment"],
                setting=p["setting"],
                eenheid=p["eenheid"],
                tarief=_euro(p["tarief_cent"]),
                leeftijd_van=p["leeftijd_van"],
                leeftijd_tot=p["leeftijd_tot"],
                trefwoorden=tuple(p["trefwoorden"] or ()),
                interventies=tuple(p["interventies"] or ()),
            )
            for p in producten
            if p["vervallen_op"] is None
        ),
        contracten,
        wachttijden,
    )


def _euro(cent: int | None) -> Decimal | None:
    return None if cent is None else (Decimal(cent) / 100).quantize(CENT)


def huidige_catalogus(db: Database) -> Catalogus:
    """The catalogue as it is now (waiting times edited in the app included)."""
    with db.sessie() as s:
        return _huidige(s)


def exporteer(db: Database, pad: str | Path, versie: int | None = None) -> Path:
    """Write the current catalogue, or stored version `versie`, in the workbook layout."""
    with db.sessie() as s:
        if versie is None:
            cat = _huidige(s)
            titel = "Catalogus Jeugdloket"
        else:
            rij = s.execute(
                select(CatalogusVersie).where(CatalogusVersie.nummer == versie)
            ).scalar_one_or_none()
            if rij is None:
                raise NietGevonden(vertaal("Catalogusversie {versie} bestaat niet", versie=versie))
            cat = Catalogus.uit_json(rij.inhoud)
            titel = f"Catalogus Jeugdloket, versie {versie}"
    return schrijf_werkboek(cat, pad, titel)


def _contract_tekst(c: ContractRij, namen: dict[str, str]) -> str:
    periode = f"vanaf {datum_nl(c.geldig_van)}" + (
        f" t/m {datum_nl(c.geldig_tot)}" if c.geldig_tot else ""
    )
    return (
        f"{c.aanbieder_agb} {namen.get(c.aanbieder_agb, '')} × {c.productcode} {periode} "
        f"({', '.join(c.gemeenten)})"
    ).replace("  ", " ")


def importeer(db: Database, pad: str | Path, vandaag: date | None = None) -> ImportSamenvatting:
    """Check the workbook, then replace the catalogue with it in one transaction."""
    vandaag = vandaag or date.today()
    cat = lees_werkboek(pad, vandaag)
    return importeer_catalogus(db, cat, bestand=Path(pad).name, vandaag=vandaag)


def importeer_catalogus(
    db: Database, cat: Catalogus, bestand: str | None = None, vandaag: date | None = None
) -> ImportSamenvatting:
    """Replace the catalogue with an already checked `Catalogus` (see `lees_werkboek`)."""
    vandaag = vandaag or date.today()
    with db.sessie() as s:
        vorige = s.execute(
            select(CatalogusVersie).order_by(CatalogusVersie.nummer.desc()).limit(1)
        ).scalar_one_or_none()
        # the date the previous import judged its contracts on ("was it still running then?")
        vorige_datum = None
        if vorige is not None:
            vorige_datum = date.fromisoformat(
                (vorige.samenvatting or {}).get("datum") or vorige.aangemaakt_op.date().isoformat()
            )
        aanbieders, namen, w_aanbieders = _schrijf_aanbieders(s, cat, vandaag)
        producten, w_producten = _schrijf_producten(s, cat, vandaag)
        w_contracten = _schrijf_contracten(
            s, cat, aanbieders, producten, vandaag, vorige_datum, namen
        )
        w_wachttijden = _schrijf_wachttijden(s, cat, aanbieders, producten, namen)
        nummer = (vorige.nummer if vorige else 0) + 1
        samenvatting = ImportSamenvatting(
            nummer, bestand, w_aanbieders, w_producten, w_contracten, w_wachttijden
        )
        s.add(
            CatalogusVersie(
                nummer=nummer,
                bestand=bestand,
                inhoud=cat.naar_json(),
                samenvatting={
                    "datum": vandaag.isoformat(),
                    **{blad: asdict(w) for blad, w in samenvatting.per_blad().items()},
                },
            )
        )
        markeer_gewijzigd(s, inhoud=True)
    return samenvatting


# The import writes with Core statements on the mapped tables (types convert as usual): a
# catalogue of 10,000 contracts is 20,000 rows, and building that many SQLModel objects alone
# takes seconds. Core bypasses the before_flush stamp, so who/when/version are set here.


def _stempel(s: Session) -> dict[str, Any]:
    wie, moment = s.info.get("gebruiker"), nu()
    return {
        "version": 1,
        "aangemaakt_op": moment,
        "bijgewerkt_op": moment,
        "aangemaakt_door": wie,
        "bijgewerkt_door": wie,
    }


def _voeg_in(s: Session, model: Any, rijen: list[dict[str, Any]]) -> None:
    if rijen:
        stempel = _stempel(s)
        s.execute(insert(model.__table__), [{**stempel, "id": uuid.uuid4(), **r} for r in rijen])


def _werk_bij(s: Session, model: Any, id_: uuid.UUID, waarden: dict[str, Any]) -> None:
    t = model.__table__
    s.execute(
        update(t)
        .where(t.c.id == id_)
        .values(
            **waarden,
            version=t.c.version + 1,
            bijgewerkt_op=nu(),
            bijgewerkt_door=s.info.get("gebruiker"),
        )
    )


def _verwijder(s: Session, model: Any, ids: list[uuid.UUID]) -> None:
    t = model.__table__
    for i in range(0, len(ids), 500):  # SQLite limits the parameters of one statement
        s.execute(delete(t).where(t.c.id.in_(ids[i : i + 500])))


def _schrijf_aanbieders(
    s: Session, cat: Catalogus, vandaag: date
) -> tuple[dict[str, uuid.UUID], dict[str, str], Wijzigingen]:
    """→ (AGB → id for every aanbieder ever imported, AGB → name, what changed)."""
    oud = {r["agb"]: r for r in s.execute(select(Aanbieder.__table__)).mappings()}
    agb_van = {r["id"]: agb for agb, r in oud.items()}
    ids = {agb: r["id"] for agb, r in oud.items()}
    namen = {agb: r["naam"] for agb, r in oud.items()}
    for rij in cat.aanbieders:
        ids.setdefault(rij.agb, uuid.uuid4())
        namen[rij.agb] = rij.naam
    nieuw, gewijzigd, vervallen, zelfde = [], [], [], 0
    nieuwe_hoofd, nieuwe_onder, bijwerken = [], [], []
    for rij in cat.aanbieders:
        waarden = {v: getattr(rij, v) for v in AANBIEDER_VELDEN}
        waarden["hoofdaannemer_id"] = ids[rij.hoofdaannemer_agb] if rij.hoofdaannemer_agb else None
        r = oud.get(rij.agb)
        if r is None:
            # hoofdaannemers first: SQLite checks the foreign key of an onderaannemer at once
            doel = nieuwe_onder if rij.hoofdaannemer_agb else nieuwe_hoofd
            doel.append({"id": ids[rij.agb], "agb": rij.agb, "vervallen_op": None, **waarden})
            nieuw.append(f"{rij.agb} {rij.naam}")
            continue
        verschil = [v for v in AANBIEDER_VELDEN if r[v] != waarden[v]]
        if agb_van.get(r["hoofdaannemer_id"]) != rij.hoofdaannemer_agb:
            verschil.append("hoofdaannemer_agb")
        if r["vervallen_op"] is not None:
            bijwerken.append((r["id"], {**waarden, "vervallen_op": None}))
            nieuw.append(f"{rij.agb} {rij.naam} (weer opgenomen)")
        elif verschil:
            bijwerken.append((r["id"], waarden))
            gewijzigd.append(f"{rij.agb} {rij.naam}: {', '.join(verschil)}")
        else:
            zelfde += 1
    in_werkboek = {rij.agb for rij in cat.aanbieders}
    for agb, r in oud.items():
        if agb not in in_werkboek and r["vervallen_op"] is None:
            bijwerken.append((r["id"], {"vervallen_op": vandaag}))
            vervallen.append(f"{agb} {r['naam']}: niet meer in het werkboek")
    _voeg_in(s, Aanbieder, nieuwe_hoofd)
    _voeg_in(s, Aanbieder, nieuwe_onder)
    for id_, waarden in bijwerken:
        _werk_bij(s, Aanbieder, id_, waarden)
    return ids, namen, Wijzigingen(tuple(nieuw), tuple(gewijzigd), tuple(vervallen), zelfde)


def _product_waarden(rij: ProductRij) -> dict[str, Any]:
    """The Product columns for a row (tarief in cents, empty lists as NULL)."""
    return {
        "productcategorie": rij.productcategorie,
        "naam": rij.naam,
        "omschrijving": rij.omschrijving,
        "segment": rij.segment,
        "setting": rij.setting,
        "eenheid": rij.eenheid,
        "tarief_cent": None if rij.tarief is None else int(rij.tarief * 100),
        "leeftijd_van": rij.leeftijd_van,
        "leeftijd_tot": rij.leeftijd_tot,
        "trefwoorden": list(rij.trefwoorden) or None,
        "interventies": list(rij.interventies) or None,
    }


def _schrijf_producten(
    s: Session, cat: Catalogus, vandaag: date
) -> tuple[dict[str, uuid.UUID], Wijzigingen]:
    oud = {r["productcode"]: r for r in s.execute(select(Product.__table__)).mappings()}
    ids = {code: r["id"] for code, r in oud.items()}
    nieuw, gewijzigd, vervallen, zelfde = [], [], [], 0
    nieuwe, bijwerken = [], []
    for rij in cat.producten:
        waarden = _product_waarden(rij)
        r = oud.get(rij.productcode)
        if r is None:
            ids[rij.productcode] = uuid.uuid4()
            nieuwe.append(
                {
                    "id": ids[rij.productcode],
                    "productcode": rij.productcode,
                    "vervallen_op": None,
                    **waarden,
                }
            )
            nieuw.append(f"{rij.productcode} {rij.naam}")
            continue
        verschil = ["tarief" if k == "tarief_cent" else k for k, v in waarden.items() if r[k] != v]
        if r["vervallen_op"] is not None:
            bijwerken.append((r["id"], {**waarden, "vervallen_op": None}))
            nieuw.append(f"{rij.productcode} {rij.naam} (weer opgenomen)")
        elif verschil:
            bijwerken.append((r["id"], waarden))
            gewijzigd.append(f"{rij.productcode} {rij.naam}: {', '.join(verschil)}")
        else:
            zelfde += 1
    codes = {rij.productcode for rij in cat.producten}
    for code, r in oud.items():
        if code not in codes and r["vervallen_op"] is None:
            bijwerken.append((r["id"], {"vervallen_op": vandaag}))
            vervallen.append(f"{code} {r['naam']}: niet meer in het werkboek")
    _voeg_in(s, Product, nieuwe)
    for id_, waarden in bijwerken:
        _werk_bij(s, Product, id_, waarden)
    return ids, Wijzigingen(tuple(nieuw), tuple(gewijzigd), tuple(vervallen), zelfde)


def _schrijf_contracten(
    s: Session,
    cat: Catalogus,
    aanbieders: dict[str, uuid.UUID],
    producten: dict[str, uuid.UUID],
    vandaag: date,
    vorige_import: date | None,
    namen: dict[str, str],
) -> Wijzigingen:
    agb_van = {id_: agb for agb, id_ in aanbieders.items()}
    code_van = {id_: code for code, id_ in producten.items()}
    oud = {
        (agb_van[r["aanbieder_id"]], code_van[r["product_id"]], r["geldig_van"]): r
        for r in s.execute(select(Contract.__table__)).mappings()
    }
    nieuw, gewijzigd, beeindigd, zelfde = [], [], [], 0
    nieuwe, bijwerken = [], []
    for rij in cat.contracten:
        tekst = _contract_tekst(rij, namen)
        r = oud.pop(rij.sleutel, None)
        verlopen = rij.geldig_tot is not None and rij.geldig_tot < vandaag
        if r is None:
            nieuwe.append(
                {
                    "aanbieder_id": aanbieders[rij.aanbieder_agb],
                    "product_id": producten[rij.productcode],
                    "gemeenten": list(rij.gemeenten),
                    "geldig_van": rij.geldig_van,
                    "geldig_tot": rij.geldig_tot,
                }
            )
            nieuw.append(tekst + (" (al verlopen)" if verlopen else ""))
            continue
        waarden = {"gemeenten": list(rij.gemeenten), "geldig_tot": rij.geldig_tot}
        verschil = [k for k, v in waarden.items() if r[k] != v]
        if verschil:
            bijwerken.append((r["id"], waarden))
        liep_nog = r["geldig_tot"] is None or (
            vorige_import is not None and r["geldig_tot"] >= vorige_import
        )
        if verlopen and liep_nog:
            beeindigd.append(f"{tekst}: einddatum {datum_nl(rij.geldig_tot)} verstreken")
        elif verschil:
            gewijzigd.append(f"{tekst}: {', '.join(verschil)}")
        else:
            zelfde += 1
    for (agb, code, van), r in oud.items():  # no longer in the workbook
        weg = ContractRij(agb, code, tuple(r["gemeenten"]), van, r["geldig_tot"])
        beeindigd.append(f"{_contract_tekst(weg, namen)}: niet meer in het werkboek")
    _verwijder(s, Contract, [r["id"] for r in oud.values()])
    _voeg_in(s, Contract, nieuwe)
    for id_, waarden in bijwerken:
        _werk_bij(s, Contract, id_, waarden)
    return Wijzigingen(tuple(nieuw), tuple(gewijzigd), tuple(beeindigd), zelfde)


def _schrijf_wachttijden(
    s: Session,
    cat: Catalogus,
    aanbieders: dict[str, uuid.UUID],
    producten: dict[str, uuid.UUID],
    namen: dict[str, str],
) -> Wijzigingen:
    agb_van = {id_: agb for agb, id_ in aanbieders.items()}
    code_van = {id_: code for code, id_ in producten.items()}
    oud = {
        (agb_van[r["aanbieder_id"]], code_van[r["product_id"]]): r
        for r in s.execute(select(Wachttijd.__table__)).mappings()
    }
    nieuw, gewijzigd, vervallen, zelfde = [], [], [], 0
    nieuwe, bijwerken = [], []
    for rij in cat.wachttijden:
        tekst = (
            f"{rij.aanbieder_agb} {namen.get(rij.aanbieder_agb, '')} × {rij.productcode}: "
            f"{rij.wachttijd_weken} weken (peildatum {datum_nl(rij.peildatum)})"
        )
        r = oud.pop(rij.sleutel, None)
        if r is None:
            nieuwe.append(
                {
                    "aanbieder_id": aanbieders[rij.aanbieder_agb],
                    "product_id": producten[rij.productcode],
                    "weken": rij.wachttijd_weken,
                    "peildatum": rij.peildatum,
                }
            )
            nieuw.append(tekst)
        elif (r["weken"], r["peildatum"]) != (rij.wachttijd_weken, rij.peildatum):
            bijwerken.append((r["id"], {"weken": rij.wachttijd_weken, "peildatum": rij.peildatum}))
            gewijzigd.append(f"{tekst}, was {r['weken']} weken op {datum_nl(r['peildatum'])}")
        else:
            zelfde += 1
    for (agb, code), _r in oud.items():
        vervallen.append(f"{agb} {namen.get(agb, '')} × {code}: niet meer in het werkboek")
    _verwijder(s, Wachttijd, [r["id"] for r in oud.values()])
    _voeg_in(s, Wachttijd, nieuwe)
    for id_, waarden in bijwerken:
        _werk_bij(s, Wachttijd, id_, waarden)
    return Wijzigingen(tuple(nieuw), tuple(gewijzigd), tuple(vervallen), zelfde)


def versies(db: Database) -> list[VersieData]:
    """The imported versions, newest first."""
    with db.sessie() as s:
        rijen = s.execute(
            select(
                CatalogusVersie.nummer,
                CatalogusVersie.aangemaakt_op,
                CatalogusVersie.aangemaakt_door,
                CatalogusVersie.bestand,
                CatalogusVersie.samenvatting,
            ).order_by(CatalogusVersie.nummer.desc())
        ).all()
        return [VersieData(n, op, door, b, sv or {}) for n, op, door, b, sv in rijen]


# ---------------------------------------------------------------- demo


def laad_demo(db: Database, vandaag: date | None = None) -> ImportSamenvatting:
    """Load the demo catalogue (resources/catalogus) and, once, its demo experiences.

    Experiences are linked to a demo medewerker when one with that gebruikersnaam exists.
    """
    samenvatting = importeer(db, DEMO_CATALOGUS, vandaag=vandaag)
    if DEMO_ERVARINGEN.exists():
        regels = json.loads(DEMO_ERVARINGEN.read_text(encoding="utf-8"))
        with db.sessie() as s:
            if not s.execute(select(func.count()).select_from(Ervaring)).scalar():
                aanbieders = {a.agb: a.id for a in s.execute(select(Aanbieder)).scalars()}
                producten = {p.productcode: p.id for p in s.execute(select(Product)).scalars()}
                mensen = dict(s.execute(select(Medewerker.gebruikersnaam, Medewerker.id)).all())
                for e in regels:
                    if e["aanbieder_agb"] in aanbieders and e["productcode"] in producten:
                        s.add(
                            Ervaring(
                                aanbieder_id=aanbieders[e["aanbieder_agb"]],
                                product_id=producten[e["productcode"]],
                                medewerker_id=mensen.get(e.get("medewerker")),
                                score=e["score"],
                                tekst=e.get("tekst"),
                                datum=date.fromisoformat(e["datum"]),
                                aangemaakt_door=e.get("medewerker"),
                            )
                        )
                markeer_gewijzigd(s)
    return samenvatting


__all__ = [
    "DEMO_CATALOGUS",
    "ImportSamenvatting",
    "VersieData",
    "Wijzigingen",
    "catalogus_stand",
    "exporteer",
    "huidige_catalogus",
    "importeer",
    "importeer_catalogus",
    "laad_demo",
    "markeer_gewijzigd",
    "versies",
]
