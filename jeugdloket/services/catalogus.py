"""Catalogue maintenance: the catalogue workbook (../shared/domain/catalogus.md) in and out,
the template, the demo catalogue, waiting times and the consultants' experiences.

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
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime
from decimal import Decimal
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session

from jeugdloket.bestanden import vervang_atomair
from jeugdloket.db import Database
from jeugdloket.fouten import ImportFout, NietGevonden, Validatiefout
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
from jeugdloket.regels import catalogus as r
from jeugdloket.regels.catalogus import (
    AANBIEDERS,
    BLADEN,
    CONTRACTEN,
    MAG_ONTBREKEN,
    PRODUCTEN,
    TOELICHTING,
    WACHTTIJDEN,
)
from jeugdloket.regels.codelijsten import codelijst
from jeugdloket.regels.validatie import normaliseer_postcode
from jeugdloket.regels.zoektool import datum_nl, gevouwen, opsomming
from jeugdloket.services.casussen import huidige_medewerker_id

DEMO_CATALOGUS = RESOURCES / "catalogus" / "demo-catalogus.xlsx"
DEMO_ERVARINGEN = RESOURCES / "catalogus" / "demo-ervaringen.json"
CENT = Decimal("0.01")

# ---------------------------------------------------------------- the workbook's rows


@dataclass(frozen=True, slots=True)
class AanbiederRij:
    agb: str
    naam: str
    hoofdaannemer_agb: str | None = None
    identiteit: str | None = None
    telefoon: str | None = None
    email: str | None = None
    website: str | None = None
    adres: str | None = None
    postcode: str | None = None
    plaats: str | None = None

    @property
    def sleutel(self) -> str:
        return self.agb


@dataclass(frozen=True, slots=True)
class ProductRij:
    productcode: str
    productcategorie: str
    naam: str
    omschrijving: str | None
    segment: int
    setting: str
    eenheid: str
    tarief: Decimal | None  # euros, two decimals
    leeftijd_van: int | None
    leeftijd_tot: int | None
    trefwoorden: tuple[str, ...] = ()
    interventies: tuple[str, ...] = ()

    @property
    def sleutel(self) -> str:
        return self.productcode


@dataclass(frozen=True, slots=True)
class ContractRij:
    aanbieder_agb: str
    productcode: str
    gemeenten: tuple[str, ...]
    geldig_van: date
    geldig_tot: date | None = None

    @property
    def sleutel(self) -> tuple[str, str, date]:
        return (self.aanbieder_agb, self.productcode, self.geldig_van)


@dataclass(frozen=True, slots=True)
class WachttijdRij:
    aanbieder_agb: str
    productcode: str
    wachttijd_weken: int
    peildatum: date

    @property
    def sleutel(self) -> tuple[str, str]:
        return (self.aanbieder_agb, self.productcode)


_AANBIEDER_VELDEN = tuple(
    f.name for f in fields(AanbiederRij) if f.name not in ("agb", "hoofdaannemer_agb")
)

_RIJTYPE = {
    AANBIEDERS: AanbiederRij,
    PRODUCTEN: ProductRij,
    CONTRACTEN: ContractRij,
    WACHTTIJDEN: WachttijdRij,
}


@dataclass(frozen=True)
class Catalogus:
    """The content of one catalogue workbook, checked; rows sorted by their key."""

    aanbieders: tuple[AanbiederRij, ...] = ()
    producten: tuple[ProductRij, ...] = ()
    contracten: tuple[ContractRij, ...] = ()
    wachttijden: tuple[WachttijdRij, ...] = ()
    # Said to the user, not part of the content: e.g. an optional column that was left out.
    opmerkingen: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def gesorteerd(cls, aanbieders, producten, contracten, wachttijden) -> "Catalogus":
        def op_sleutel(rijen: Iterable) -> tuple:
            return tuple(sorted(rijen, key=lambda x: x.sleutel))

        return cls(
            op_sleutel(aanbieders),
            op_sleutel(producten),
            op_sleutel(contracten),
            op_sleutel(wachttijden),
        )

    def bladen(self) -> dict[str, tuple]:
        return {
            AANBIEDERS: self.aanbieders,
            PRODUCTEN: self.producten,
            CONTRACTEN: self.contracten,
            WACHTTIJDEN: self.wachttijden,
        }

    def naar_json(self) -> dict[str, list[dict[str, Any]]]:
        """Sheet → rows with the workbook's column names; dates ISO, tarief as text ('85.50')."""

        def waarde(v: Any) -> Any:
            if isinstance(v, date):
                return v.isoformat()
            if isinstance(v, Decimal):
                return str(v)
            if isinstance(v, tuple):
                return list(v)
            return v

        return {
            blad: [{k: waarde(v) for k, v in asdict(rij).items()} for rij in rijen]
            for blad, rijen in self.bladen().items()
        }

    @classmethod
    def uit_json(cls, inhoud: dict[str, list[dict[str, Any]]]) -> "Catalogus":
        def rij(blad: str, d: dict[str, Any]):
            velden = {}
            for f in fields(_RIJTYPE[blad]):
                v = d.get(f.name)
                if v is not None and f.name in ("geldig_van", "geldig_tot", "peildatum"):
                    v = date.fromisoformat(v)
                elif v is not None and f.name == "tarief":
                    v = Decimal(v)
                elif isinstance(v, list):
                    v = tuple(v)
                velden[f.name] = v
            return _RIJTYPE[blad](**velden)

        return cls.gesorteerd(
            *(tuple(rij(blad, d) for d in inhoud.get(blad, [])) for blad in BLADEN)
        )


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


# ---------------------------------------------------------------- reading a workbook


def _plek(blad: str, rij: int | None, kolom: str | None) -> str:
    delen = [f"Blad {blad}"]
    if rij is not None:
        delen.append(f"rij {rij}")
    if kolom is not None:
        delen.append(f"kolom {kolom}")
    return ", ".join(delen) + ": "


class _Lezer:
    """Turns cells into checked values and collects every problem with its place."""

    def __init__(self, vandaag: date):
        self.vandaag = vandaag
        self.fouten: list[str] = []
        self.opmerkingen: list[str] = []  # accepted, but said (an optional column left out)

    def fout(self, blad: str, rij: int | None, kolom: str | None, tekst: str) -> None:
        self.fouten.append(_plek(blad, rij, kolom) + tekst)

    @staticmethod
    def _leeg(v: Any) -> bool:
        return v is None or (isinstance(v, str) and not v.strip())

    def tekst(
        self, blad: str, nr: int, rij: dict, kolom: str, verplicht: bool = False
    ) -> str | None:
        v = rij.get(kolom)
        if self._leeg(v):
            if verplicht:
                self.fout(blad, nr, kolom, "ontbreekt")
            return None
        if isinstance(v, bool):
            v = "ja" if v else "nee"
        elif isinstance(v, float) and v.is_integer():
            v = int(v)
        elif isinstance(v, datetime):
            v = v.date()
        tekst = " ".join(str(v).split()) if kolom != "omschrijving" else str(v).strip()
        grens = r.MAX_LENGTE.get(kolom)
        if grens and len(tekst) > grens:
            self.fout(blad, nr, kolom, f"te lang ({len(tekst)} tekens, hoogstens {grens})")
            return None
        return tekst

    def agb(self, blad: str, nr: int, rij: dict, kolom: str, verplicht: bool = True) -> str | None:
        v = rij.get(kolom)
        if self._leeg(v):
            if verplicht:
                self.fout(blad, nr, kolom, "AGB-code ontbreekt")
            return None
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if float(v).is_integer() and 0 <= v < 10**8:
                return str(int(v)).zfill(8)  # Excel dropped the leading zeros
            self.fout(blad, nr, kolom, f"'{v}' is geen AGB-code (8 cijfers)")
            return None
        tekst = str(v).strip()
        melding = r.agb_fout(tekst)
        if melding:
            self.fout(blad, nr, kolom, melding)
            return None
        return tekst

    def productcode(self, blad: str, nr: int, rij: dict, kolom: str = "productcode") -> str | None:
        v = rij.get(kolom)
        if self._leeg(v):
            self.fout(blad, nr, kolom, "productcode ontbreekt")
            return None
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        tekst = str(v).strip().upper()
        melding = r.productcode_fout(tekst)
        if melding:
            self.fout(blad, nr, kolom, melding)
            return None
        return tekst

    def code(self, blad: str, nr: int, rij: dict, kolom: str, lijst: str) -> str | None:
        v = rij.get(kolom)
        if self._leeg(v):
            self.fout(blad, nr, kolom, f"ontbreekt (een code uit {lijst})")
            return None
        codes = codelijst(lijst)
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        tekst = str(v).strip()
        if tekst not in codes and tekst.isdigit():
            # 4 → "04": Excel turned the code into a number
            passend = [c for c in codes if c.isdigit() and int(c) == int(tekst)]
            if len(passend) == 1:
                tekst = passend[0]
        if tekst not in codes:
            self.fout(blad, nr, kolom, f"'{tekst}' is geen code uit {lijst}")
            return None
        return tekst

    def geheel(
        self,
        blad: str,
        nr: int,
        rij: dict,
        kolom: str,
        van: int,
        tot: int,
        verplicht: bool = False,
    ) -> int | None:
        v = rij.get(kolom)
        if self._leeg(v):
            if verplicht:
                self.fout(blad, nr, kolom, "ontbreekt")
            return None
        getal, melding = r.lees_geheel(v)
        if melding:
            self.fout(blad, nr, kolom, melding)
            return None
        if not van <= getal <= tot:
            self.fout(blad, nr, kolom, f"{getal} kan niet; kies {van} t/m {tot}")
            return None
        return getal

    def datum(self, blad: str, nr: int, rij: dict, kolom: str, verplicht: bool) -> date | None:
        v = rij.get(kolom)
        if self._leeg(v):
            if verplicht:
                self.fout(blad, nr, kolom, "datum ontbreekt")
            return None
        d, melding = r.lees_datum(v)
        if melding:
            self.fout(blad, nr, kolom, melding)
            return None
        if not 1990 <= d.year <= 2100:
            self.fout(blad, nr, kolom, f"{datum_nl(d)} is geen plausibele datum")
            return None
        return d

    def bedrag(self, blad: str, nr: int, rij: dict, kolom: str) -> Decimal | None:
        v = rij.get(kolom)
        if self._leeg(v):
            return None
        cent, melding = r.lees_bedrag(v)
        if melding:
            self.fout(blad, nr, kolom, melding)
            return None
        return (Decimal(cent) / 100).quantize(CENT)

    def lijst(self, blad: str, nr: int, rij: dict, kolom: str) -> tuple[str, ...]:
        v = rij.get(kolom)
        if self._leeg(v):
            return ()
        return tuple(r.lees_lijst(v))


def _open_werkboek(pad: Path):
    try:
        return load_workbook(pad, read_only=True, data_only=True)
    except FileNotFoundError:
        raise ImportFout([f"{pad}: bestand niet gevonden"]) from None
    except IsADirectoryError:
        raise ImportFout([f"{pad}: dit is een map, geen bestand"]) from None
    except PermissionError:
        raise ImportFout([f"{pad}: geen toestemming om dit bestand te lezen"]) from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as e:
        raise ImportFout(
            [f"{pad.name}: geen leesbaar Excel-bestand (.xlsx) ({type(e).__name__})"]
        ) from None


def _rijen(lezer: _Lezer, ws, blad: str) -> list[tuple[int, dict[str, Any]]]:
    """(row number, column → raw value) for every non-empty row; headers checked."""
    kolommen = BLADEN[blad]
    uit: list[tuple[int, dict[str, Any]]] = []
    plaats: dict[int, str] = {}
    for nr, waarden in enumerate(ws.iter_rows(values_only=True), start=1):
        if nr == 1:
            gezien: dict[str, int] = {}
            onbekend: list[str] = []
            for i, v in enumerate(waarden):
                naam = str(v).strip() if v is not None else ""
                kolom = next((k for k in kolommen if k.casefold() == naam.casefold()), None)
                if kolom is None:
                    if naam:
                        onbekend.append(naam)
                    continue
                if kolom in gezien:
                    lezer.fout(
                        blad,
                        1,
                        get_column_letter(i + 1),
                        f"kolom {kolom} staat er twee keer (ook in kolom "
                        f"{get_column_letter(gezien[kolom] + 1)})",
                    )
                    continue
                gezien[kolom] = i
                plaats[i] = kolom
            for kolom in kolommen:
                if kolom not in gezien:
                    lijkt = get_close_matches(kolom, onbekend, n=1, cutoff=0.5)
                    if not lijkt and kolom in MAG_ONTBREKEN[blad]:
                        lezer.opmerkingen.append(
                            f"Blad {blad}: geen kolom {kolom}; die blijft overal leeg"
                        )
                        continue
                    hint = f" (bedoelt u '{lijkt[0]}'?)" if lijkt else ""
                    lezer.fout(
                        blad, 1, None, f"kolom {kolom} ontbreekt{hint}; rij 1 noemt de kolommen"
                    )
            continue
        rij = {plaats[i]: v for i, v in enumerate(waarden) if i in plaats}
        if all(_Lezer._leeg(v) for v in rij.values()):
            continue
        uit.append((nr, rij))
    return uit


def lees_werkboek(pad: str | Path, vandaag: date | None = None) -> Catalogus:
    """Read and check a catalogue workbook; ImportFout lists every problem with its place."""
    pad = Path(pad)
    lezer = _Lezer(vandaag or date.today())
    wb = _open_werkboek(pad)
    try:
        per_naam = {ws.title.strip().casefold(): ws for ws in wb.worksheets}
        rijen: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        for blad in BLADEN:
            ws = per_naam.get(blad.casefold())
            if ws is None:
                andere = [
                    ws.title
                    for ws in wb.worksheets
                    if ws.title.strip().casefold() not in {b.casefold() for b in BLADEN}
                    and ws.title.strip().casefold() != TOELICHTING.casefold()
                ]
                lijkt = get_close_matches(blad, andere, n=1, cutoff=0.5)
                hint = f" (bedoelt u het blad '{lijkt[0]}'?)" if lijkt else ""
                lezer.fout(
                    blad,
                    None,
                    None,
                    f"blad ontbreekt{hint}; de bladen heten {opsomming(list(BLADEN))}",
                )
                rijen[blad] = []
                continue
            rijen[blad] = _rijen(lezer, ws, blad)
    finally:
        wb.close()
    if lezer.fouten:  # without the right sheets and columns the rows cannot be judged
        raise ImportFout(lezer.fouten)
    cat = _controleer(lezer, rijen)
    if lezer.fouten:
        raise ImportFout(lezer.fouten)
    return replace(cat, opmerkingen=tuple(lezer.opmerkingen))


def _controleer(lezer: _Lezer, rijen: dict[str, list[tuple[int, dict]]]) -> Catalogus:
    aanbieders = _controleer_aanbieders(lezer, rijen[AANBIEDERS])
    producten = _controleer_producten(lezer, rijen[PRODUCTEN])
    contracten = _controleer_contracten(lezer, rijen[CONTRACTEN], aanbieders, producten)
    wachttijden = _controleer_wachttijden(lezer, rijen[WACHTTIJDEN], contracten)
    # an empty sheet would end the whole catalogue: almost certainly the wrong file
    for blad, lijst in ((AANBIEDERS, aanbieders), (PRODUCTEN, producten), (CONTRACTEN, contracten)):
        if not lijst and not any(f.startswith(f"Blad {blad}") for f in lezer.fouten):
            lezer.fout(
                blad,
                None,
                None,
                "het blad is leeg; een leeg blad zou de hele catalogus laten vervallen",
            )
    return Catalogus.gesorteerd(
        aanbieders.values(),
        producten.values(),
        (c for _nr, c in contracten.values()),
        wachttijden,
    )


def _dubbel(lezer: _Lezer, blad: str, nr: int, kolom: str, wat: str, eerder: int) -> None:
    lezer.fout(blad, nr, kolom, f"{wat} staat ook in rij {eerder}; elke sleutel één keer")


def _controleer_aanbieders(lezer: _Lezer, rijen) -> dict[str, AanbiederRij]:
    b = AANBIEDERS
    uit: dict[str, AanbiederRij] = {}
    rijnr: dict[str, int] = {}
    hoofd: list[tuple[int, str, str]] = []  # (row, agb, hoofdaannemer_agb)
    for nr, rij in rijen:
        agb = lezer.agb(b, nr, rij, "agb")
        naam = lezer.tekst(b, nr, rij, "naam", verplicht=True)
        hoofdaannemer = lezer.agb(b, nr, rij, "hoofdaannemer_agb", verplicht=False)
        identiteit = lezer.tekst(b, nr, rij, "identiteit")
        telefoon = lezer.tekst(b, nr, rij, "telefoon")
        email = lezer.tekst(b, nr, rij, "email")
        website = lezer.tekst(b, nr, rij, "website")
        postcode = lezer.tekst(b, nr, rij, "postcode")
        for kolom, waarde, controle in (
            ("telefoon", telefoon, r.telefoon_fout),
            ("email", email, r.email_fout),
            ("website", website, r.website_fout),
            ("postcode", postcode, r.postcode_fout),
        ):
            melding = waarde and controle(waarde)
            if melding:
                lezer.fout(b, nr, kolom, melding)
        if agb is None or naam is None:
            continue
        if agb in rijnr:
            _dubbel(lezer, b, nr, "agb", f"AGB-code {agb}", rijnr[agb])
            continue
        rijnr[agb] = nr
        if hoofdaannemer:
            hoofd.append((nr, agb, hoofdaannemer))
        uit[agb] = AanbiederRij(
            agb=agb,
            naam=naam,
            hoofdaannemer_agb=hoofdaannemer,
            identiteit=identiteit and r.identiteit_naam(identiteit),
            telefoon=telefoon,
            email=email,
            website=website,
            adres=lezer.tekst(b, nr, rij, "adres"),
            postcode=postcode and normaliseer_postcode(postcode),
            plaats=lezer.tekst(b, nr, rij, "plaats"),
        )
    for nr, agb, hoofdaannemer in hoofd:
        if hoofdaannemer == agb:
            lezer.fout(
                b, nr, "hoofdaannemer_agb", "een aanbieder kan niet zijn eigen hoofdaannemer zijn"
            )
        elif hoofdaannemer not in uit:
            lezer.fout(b, nr, "hoofdaannemer_agb", f"{hoofdaannemer} staat niet op het blad {b}")
        elif uit[hoofdaannemer].hoofdaannemer_agb:
            lezer.fout(
                b,
                nr,
                "hoofdaannemer_agb",
                f"{hoofdaannemer} is zelf onderaannemer (van "
                f"{uit[hoofdaannemer].hoofdaannemer_agb}); een onderaannemer werkt onder een "
                "hoofdaannemer",
            )
    return uit


def _controleer_producten(lezer: _Lezer, rijen) -> dict[str, ProductRij]:
    b = PRODUCTEN
    uit: dict[str, ProductRij] = {}
    rijnr: dict[str, int] = {}
    for nr, rij in rijen:
        code = lezer.productcode(b, nr, rij)
        categorie = lezer.code(b, nr, rij, "productcategorie", "JZ020")
        naam = lezer.tekst(b, nr, rij, "naam", verplicht=True)
        segment = lezer.geheel(b, nr, rij, "segment", 1, 5, verplicht=True)
        setting = lezer.tekst(b, nr, rij, "setting", verplicht=True)
        if setting is not None:
            if setting.casefold() in r.SETTINGS:
                setting = setting.casefold()
            else:
                lezer.fout(
                    b,
                    nr,
                    "setting",
                    f"'{setting}' is geen setting; kies {opsomming(list(r.SETTINGS))}".replace(
                        " en crisis", " of crisis"
                    ),
                )
                setting = None
        eenheid = lezer.code(b, nr, rij, "eenheid", "WJ756")
        tarief = lezer.bedrag(b, nr, rij, "tarief")
        van = lezer.geheel(b, nr, rij, "leeftijd_van", 0, r.MAX_LEEFTIJD)
        tot = lezer.geheel(b, nr, rij, "leeftijd_tot", 0, r.MAX_LEEFTIJD)
        if van is not None and tot is not None and van > tot:
            lezer.fout(b, nr, "leeftijd_tot", f"{tot} ligt onder leeftijd_van ({van})")
        if None in (code, categorie, naam, segment, setting, eenheid):
            continue
        if code in rijnr:
            _dubbel(lezer, b, nr, "productcode", f"productcode {code}", rijnr[code])
            continue
        rijnr[code] = nr
        uit[code] = ProductRij(
            productcode=code,
            productcategorie=categorie,
            naam=naam,
            omschrijving=lezer.tekst(b, nr, rij, "omschrijving"),
            segment=segment,
            setting=setting,
            eenheid=eenheid,
            tarief=tarief,
            leeftijd_van=van,
            leeftijd_tot=tot,
            trefwoorden=lezer.lijst(b, nr, rij, "trefwoorden"),
            interventies=lezer.lijst(b, nr, rij, "interventies"),
        )
    return uit


def _controleer_contracten(
    lezer: _Lezer, rijen, aanbieders: dict[str, AanbiederRij], producten: dict[str, ProductRij]
) -> dict[tuple, tuple[int, ContractRij]]:
    b = CONTRACTEN
    uit: dict[tuple, tuple[int, ContractRij]] = {}
    per_paar: dict[tuple[str, str], list[tuple[int, ContractRij]]] = defaultdict(list)
    for nr, rij in rijen:
        agb = lezer.agb(b, nr, rij, "aanbieder_agb")
        code = lezer.productcode(b, nr, rij)
        if agb is not None and agb not in aanbieders:
            lezer.fout(b, nr, "aanbieder_agb", f"{agb} staat niet op het blad {AANBIEDERS}")
            agb = None
        if code is not None and code not in producten:
            lezer.fout(b, nr, "productcode", f"{code} staat niet op het blad {PRODUCTEN}")
            code = None
        gemeenten = tuple(r.gemeente_naam(g) for g in lezer.lijst(b, nr, rij, "gemeenten"))
        if not gemeenten:
            lezer.fout(b, nr, "gemeenten", "ontbreekt: noem de gemeenten, gescheiden door ;")
        for g in gemeenten:
            if len(g) > r.MAX_LENGTE["gemeenten"]:
                lezer.fout(b, nr, "gemeenten", f"'{g[:30]}…' is te lang voor een gemeentenaam")
        van = lezer.datum(b, nr, rij, "geldig_van", verplicht=True)
        tot = lezer.datum(b, nr, rij, "geldig_tot", verplicht=False)
        if van and tot and tot < van:
            lezer.fout(
                b, nr, "geldig_tot", f"{datum_nl(tot)} ligt vóór geldig_van ({datum_nl(van)})"
            )
            continue
        if None in (agb, code, van) or not gemeenten:
            continue
        contract = ContractRij(agb, code, gemeenten, van, tot)
        if contract.sleutel in uit:
            _dubbel(
                lezer,
                b,
                nr,
                "geldig_van",
                f"het contract van {agb} voor {code} vanaf {datum_nl(van)}",
                uit[contract.sleutel][0],
            )
            continue
        eigen = {gevouwen(g) for g in gemeenten}
        for ander_nr, ander in per_paar[(agb, code)]:
            samen = [g for g in ander.gemeenten if gevouwen(g) in eigen]
            if samen and r.overlappen(van, tot, ander.geldig_van, ander.geldig_tot):
                lezer.fout(
                    b,
                    nr,
                    "geldig_van",
                    f"overlapt met het contract in rij {ander_nr} (zelfde aanbieder en product, "
                    f"ook {opsomming(samen)}); pas geldig_van of geldig_tot aan",
                )
                break
        per_paar[(agb, code)].append((nr, contract))
        uit[contract.sleutel] = (nr, contract)
    return uit


def _controleer_wachttijden(lezer: _Lezer, rijen, contracten) -> list[WachttijdRij]:
    b = WACHTTIJDEN
    paren = {(c.aanbieder_agb, c.productcode) for _nr, c in contracten.values()}
    uit: list[WachttijdRij] = []
    rijnr: dict[tuple[str, str], int] = {}
    for nr, rij in rijen:
        agb = lezer.agb(b, nr, rij, "aanbieder_agb")
        code = lezer.productcode(b, nr, rij)
        weken = lezer.geheel(b, nr, rij, "wachttijd_weken", 0, r.MAX_WACHTTIJD, verplicht=True)
        peildatum = lezer.datum(b, nr, rij, "peildatum", verplicht=True)
        if peildatum and peildatum > lezer.vandaag:
            lezer.fout(b, nr, "peildatum", f"{datum_nl(peildatum)} ligt in de toekomst")
            peildatum = None
        if None in (agb, code, weken, peildatum):
            continue
        if (agb, code) not in paren:
            lezer.fout(
                b,
                nr,
                "productcode",
                f"geen contract voor aanbieder {agb} en product {code} op het blad {CONTRACTEN}",
            )
            continue
        if (agb, code) in rijnr:
            _dubbel(
                lezer,
                b,
                nr,
                "productcode",
                f"de wachttijd van {agb} voor {code}",
                rijnr[(agb, code)],
            )
            continue
        rijnr[(agb, code)] = nr
        uit.append(WachttijdRij(agb, code, weken, peildatum))
    return uit


# ---------------------------------------------------------------- writing a workbook

_TEKSTKOLOMMEN = {"agb", "hoofdaannemer_agb", "aanbieder_agb", "productcode", "productcategorie",
                  "eenheid", "postcode", "telefoon"}  # fmt: skip
_DATUMKOLOMMEN = {"geldig_van", "geldig_tot", "peildatum"}
_BREEDTE = {"naam": 40, "omschrijving": 60, "trefwoorden": 50, "interventies": 40,
            "gemeenten": 30, "website": 30, "email": 30, "adres": 28}  # fmt: skip
_UITLEG = {
    "agb": "AGB-code van de aanbieder: 8 cijfers. De sleutel: elke aanbieder één keer.",
    "naam": "Naam.",
    "hoofdaannemer_agb": "Leeg voor een hoofdaannemer. Voor een onderaannemer: de AGB-code van "
    "zijn hoofdaannemer (die op dit blad moet staan).",
    "identiteit": "Leeg, of: algemeen, christelijk, islamitisch, joods, humanistisch (of eigen tekst).",
    "telefoon": "Telefoonnummer (als tekst, dan blijft de 0 staan).",
    "email": "E-mailadres.",
    "website": "Website, zoals www.voorbeeld.nl.",
    "adres": "Straat en huisnummer van de hoofdvestiging.",
    "postcode": "Postcode, zoals 6921 AB.",
    "plaats": "Plaats van de hoofdvestiging.",
    "productcode": "Productcode: hoogstens 5 letters of cijfers. De sleutel op het blad Producten.",
    "productcategorie": "Code uit JZ020, zoals 45 (jeugdhulp ambulant).",
    "omschrijving": "Wat het product is en voor wie.",
    "segment": "1 tot en met 5: 1 hoog specialistisch, 2 wonen, 3 dagbesteding/dagbehandeling, "
    "4 specialistisch veel voorkomend, 5 crisis.",
    "setting": "ambulant, dagbehandeling, verblijf of crisis.",
    "eenheid": "Code uit WJ756, zoals 04 (uur), 14 (etmaal), 16 (dagdeel).",
    "tarief": "Euro's per eenheid, hoogstens 2 decimalen.",
    "leeftijd_van": "Leeftijd in jaren vanaf (leeg = geen ondergrens).",
    "leeftijd_tot": "Leeftijd in jaren tot en met (leeg = geen bovengrens).",
    "trefwoorden": "Problemen en doelgroepen, gescheiden door ; (dyslexie; angst; …).",
    "interventies": "Interventies bij naam, gescheiden door ; .",
    "aanbieder_agb": "AGB-code van een aanbieder op het blad Aanbieders.",
    "gemeenten": "Gemeenten waarvoor het contract geldt, gescheiden door ; (Duiven; Westervoort).",
    "geldig_van": "Eerste dag van het contract (datum).",
    "geldig_tot": "Laatste dag van het contract (datum); leeg = zonder einddatum.",
    "wachttijd_weken": "Wachttijd in hele weken (0 of meer).",
    "peildatum": "Datum waarop de wachttijd is gemeld.",
}


def _celwaarde(kolom: str, v: Any) -> Any:
    if isinstance(v, tuple):
        return "; ".join(v) if v else None
    if isinstance(v, Decimal):
        return float(v)
    return v


def _bladen_schrijven(wb: Workbook, cat: Catalogus, met_uitleg: bool) -> None:
    kop = Font(bold=True, color="FFFFFF")
    vulling = PatternFill("solid", start_color="2F5597", end_color="2F5597")
    for blad, rijen in cat.bladen().items():
        ws = wb.create_sheet(blad)
        kolommen = BLADEN[blad]
        for i, kolom in enumerate(kolommen, start=1):
            cel = ws.cell(row=1, column=i, value=kolom)
            cel.font = kop
            cel.fill = vulling
            if met_uitleg and kolom in _UITLEG:
                cel.comment = Comment(_UITLEG[kolom], "Jeugdloket", width=300, height=110)
            ws.column_dimensions[get_column_letter(i)].width = _BREEDTE.get(
                kolom, max(12, len(kolom) + 3)
            )
        for rij in rijen:
            ws.append([_celwaarde(k, getattr(rij, k)) for k in kolommen])
        # Number formats per cell (openpyxl has no column default that Excel honours for new
        # cells in every case) – and in the template for a block of empty rows, so Excel keeps
        # "04" and a leading zero of an AGB code as typed.
        laatste = max(len(rijen) + 1, 501 if met_uitleg else 1)
        for i, kolom in enumerate(kolommen, start=1):
            formaat = (
                "@"
                if kolom in _TEKSTKOLOMMEN
                else "DD-MM-YYYY"
                if kolom in _DATUMKOLOMMEN
                else "#,##0.00"
                if kolom == "tarief"
                else None
            )
            if formaat:
                for (cel,) in ws.iter_rows(min_row=2, max_row=laatste, min_col=i, max_col=i):
                    cel.number_format = formaat
        ws.freeze_panes = "A2"
        if met_uitleg:
            _keuzelijsten(ws, blad, laatste)


def _keuzelijsten(ws, blad: str, laatste: int) -> None:
    keuzes = {
        "setting": r.SETTINGS,
        "segment": tuple(str(s) for s in r.SEGMENTEN),
    }
    for i, kolom in enumerate(BLADEN[blad], start=1):
        if kolom in keuzes:
            dv = DataValidation(
                type="list", formula1='"' + ",".join(keuzes[kolom]) + '"', allow_blank=True
            )
            dv.error = f"Kies uit: {', '.join(keuzes[kolom])}"
            dv.errorTitle = kolom
            letter = get_column_letter(i)
            dv.add(f"{letter}2:{letter}{laatste}")
            ws.add_data_validation(dv)


def _toelichting(ws) -> None:
    ws.title = TOELICHTING
    regels: list[tuple[str, Font | None]] = [
        ("Catalogus van gecontracteerde jeugdhulp – invulsjabloon", Font(bold=True, size=14)),
        ("", None),
        ("Zo vult u dit bestand in", Font(bold=True)),
        (
            "Er zijn vier bladen: Aanbieders, Producten, Contracten en Wachttijden. Verander de "
            "namen van de bladen en de kolomnamen in rij 1 niet. Extra kolommen mogen; die worden "
            "niet ingelezen.",
            None,
        ),
        (
            "Aanbieders: één rij per aanbieder, sleutel agb (8 cijfers). Een onderaannemer noemt "
            "in hoofdaannemer_agb de AGB-code van zijn hoofdaannemer.",
            None,
        ),
        (
            "Producten: één rij per product uit het productenboek, sleutel productcode. "
            "productcategorie is een JZ020-code, eenheid een WJ756-code, segment 1 t/m 5, setting "
            "ambulant, dagbehandeling, verblijf of crisis.",
            None,
        ),
        (
            "Contracten: welke aanbieder welk product mag leveren, voor welke gemeenten en van "
            "wanneer tot wanneer (geldig_tot leeg = zonder einddatum).",
            None,
        ),
        (
            "Wachttijden: de huidige wachttijd in weken per aanbieder en product (er moet een "
            "contract voor zijn) met de datum waarop die is gemeld.",
            None,
        ),
        (
            "Lijsten in één cel (trefwoorden, interventies, gemeenten) scheidt u met een "
            "puntkomma: dyslexie; lezen; spelling.",
            None,
        ),
        ("Datums: een Excel-datum, of tekst als 2026-01-01 of 01-01-2026.", None),
        ("Bij elke kolomnaam staat een opmerking met uitleg.", None),
        ("", None),
        ("Inlezen", Font(bold=True)),
        (
            "Inlezen op de opdrachtregel: jeugdloket catalogus import BESTAND.xlsx",
            None,
        ),
        (
            "Het inlezen is alles-of-niets: bij een fout verandert er niets en krijgt u elke fout "
            "met blad, rij en kolom te zien.",
            None,
        ),
        (
            "Dit bestand vervangt de hele catalogus. Wat er niet meer in staat, vervalt (contracten "
            "worden beëindigd); de vorige versie blijft bewaard.",
            Font(bold=True),
        ),
        (
            "Tip: begin met een export (jeugdloket catalogus export -o catalogus.xlsx), dan staan de "
            "wachttijden die in Jeugdloket zijn bijgewerkt er ook in.",
            None,
        ),
    ]
    for tekst, font in regels:
        ws.append([tekst])
        cel = ws.cell(row=ws.max_row, column=1)
        cel.alignment = Alignment(wrap_text=True, vertical="top")
        if font is not None:
            cel.font = font
    ws.column_dimensions["A"].width = 110


def schrijf_werkboek(cat: Catalogus, pad: str | Path, titel: str = "Catalogus") -> Path:
    """The catalogue in the contract's layout: the four sheets and nothing else."""
    pad = Path(pad)
    wb = Workbook()
    wb.remove(wb.active)
    _bladen_schrijven(wb, cat, met_uitleg=False)
    wb.properties.title = titel
    wb.properties.creator = "Jeugdloket"
    vervang_atomair(pad, wb.save)
    return pad


def sjabloon(pad: str | Path) -> Path:
    """An empty catalogue workbook with a short instructions sheet (ignored by the import)."""
    pad = Path(pad)
    wb = Workbook()
    _toelichting(wb.active)
    _bladen_schrijven(wb, Catalogus(), met_uitleg=True)
    wb.properties.title = "Sjabloon catalogus Jeugdloket"
    wb.properties.creator = "Jeugdloket"
    vervang_atomair(pad, wb.save)
    return pad


# ---------------------------------------------------------------- database ↔ catalogue


def catalogus_stand(s: Session) -> tuple[int, int]:
    """(every change, content changes): see models.CatalogusStand."""
    rij = s.execute(
        select(CatalogusStand.teller, CatalogusStand.inhoud).where(CatalogusStand.id == 1)
    ).first()
    return (rij[0], rij[1]) if rij else (0, 0)


def _gewijzigd(s: Session, inhoud: bool = False) -> None:
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
                **{v: a[v] for v in _AANBIEDER_VELDEN},
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
                raise NietGevonden(f"Catalogusversie {versie} bestaat niet")
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
        _gewijzigd(s, inhoud=True)
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
        waarden = {v: getattr(rij, v) for v in _AANBIEDER_VELDEN}
        waarden["hoofdaannemer_id"] = ids[rij.hoofdaannemer_agb] if rij.hoofdaannemer_agb else None
        r = oud.get(rij.agb)
        if r is None:
            # hoofdaannemers first: SQLite checks the foreign key of an onderaannemer at once
            doel = nieuwe_onder if rij.hoofdaannemer_agb else nieuwe_hoofd
            doel.append({"id": ids[rij.agb], "agb": rij.agb, "vervallen_op": None, **waarden})
            nieuw.append(f"{rij.agb} {rij.naam}")
            continue
        verschil = [v for v in _AANBIEDER_VELDEN if r[v] != waarden[v]]
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


# ---------------------------------------------------------------- edits in the app


def _paar(s: Session, agb: str, productcode: str) -> tuple[Aanbieder, Product]:
    fouten: dict[str, str] = {}
    a = s.execute(select(Aanbieder).where(Aanbieder.agb == agb)).scalar_one_or_none()
    p = s.execute(
        select(Product).where(Product.productcode == (productcode or "").upper())
    ).scalar_one_or_none()
    if a is None or a.vervallen_op is not None:
        fouten["aanbieder_agb"] = f"Aanbieder met AGB-code '{agb}' staat niet in de catalogus"
    if p is None or p.vervallen_op is not None:
        fouten["productcode"] = f"Product '{productcode}' staat niet in de catalogus"
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
        fouten["weken"] = f"Wachttijd '{weken}' is geen geheel aantal weken"
    elif not 0 <= weken <= r.MAX_WACHTTIJD:
        fouten["weken"] = f"Wachttijd {weken} weken kan niet (0 t/m {r.MAX_WACHTTIJD})"
    if peildatum > date.today():
        fouten["peildatum"] = f"Peildatum {datum_nl(peildatum)} ligt in de toekomst"
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
                {"productcode": f"{a.naam} heeft geen contract voor {p.productcode} {p.naam}"}
            )
        w = s.execute(
            select(Wachttijd).where(Wachttijd.aanbieder_id == a.id, Wachttijd.product_id == p.id)
        ).scalar_one_or_none()
        if w is None:
            s.add(Wachttijd(aanbieder_id=a.id, product_id=p.id, weken=weken, peildatum=peildatum))
        else:
            w.weken, w.peildatum = weken, peildatum
        _gewijzigd(s)
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
        fouten["score"] = f"Waardering '{score}' kan niet; kies 1 t/m 5"
    if datum > date.today():
        fouten["datum"] = f"Datum {datum_nl(datum)} ligt in de toekomst"
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
        _gewijzigd(s)
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
            raise NietGevonden(f"Aanbieder met AGB-code {agb} bestaat niet")
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
                _gewijzigd(s)
    return samenvatting


__all__ = [
    "AanbiederData",
    "AanbiederRij",
    "Catalogus",
    "ContractRij",
    "ErvaringData",
    "ImportFout",
    "ImportSamenvatting",
    "ProductRij",
    "VersieData",
    "WachttijdData",
    "WachttijdRij",
    "Wijzigingen",
    "aanbieder",
    "ervaringen",
    "exporteer",
    "huidige_catalogus",
    "importeer",
    "importeer_catalogus",
    "laad_demo",
    "lees_werkboek",
    "schrijf_werkboek",
    "sjabloon",
    "versies",
    "voeg_ervaring_toe",
    "zet_wachttijd",
]
