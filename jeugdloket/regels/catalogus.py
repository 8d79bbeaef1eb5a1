"""The catalogue workbook's contract (../shared/domain/catalogus.md): its sheets and columns,
its value rules and its rows as plain data (`Catalogus`, read and written by
rapporten.catalogus_werkboek, stored and synced by services.catalogus).

Pure: no database, no openpyxl. The sheet and column names below ARE the contract with
contract management; change them only together with catalogus.md.
"""

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from jeugdloket.regels.codelijsten import GEMEENTEN
from jeugdloket.regels.validatie import normaliseer_postcode
from jeugdloket.regels.zoektool import gevouwen

AANBIEDERS = "Aanbieders"
PRODUCTEN = "Producten"
CONTRACTEN = "Contracten"
WACHTTIJDEN = "Wachttijden"
TOELICHTING = "Toelichting"  # the template's instructions; ignored by the import

# Sheet → columns, in the order the export writes them (the import accepts any order).
BLADEN: dict[str, tuple[str, ...]] = {
    AANBIEDERS: (
        "agb",
        "naam",
        "hoofdaannemer_agb",
        "identiteit",
        "telefoon",
        "email",
        "website",
        "adres",
        "postcode",
        "plaats",
    ),
    PRODUCTEN: (
        "productcode",
        "productcategorie",
        "naam",
        "omschrijving",
        "segment",
        "setting",
        "eenheid",
        "tarief",
        "leeftijd_van",
        "leeftijd_tot",
        "trefwoorden",
        "interventies",
    ),
    CONTRACTEN: ("aanbieder_agb", "productcode", "gemeenten", "geldig_van", "geldig_tot"),
    WACHTTIJDEN: ("aanbieder_agb", "productcode", "wachttijd_weken", "peildatum"),
}

# Columns whose content catalogus.md calls optional or lets be empty ("empty = no limit"): a
# workbook without them is read as if they were empty, with a note – not refused.
MAG_ONTBREKEN: dict[str, frozenset[str]] = {
    AANBIEDERS: frozenset(
        (
            "hoofdaannemer_agb",
            "identiteit",
            "telefoon",
            "email",
            "website",
            "adres",
            "postcode",
            "plaats",
        )
    ),
    PRODUCTEN: frozenset(("leeftijd_van", "leeftijd_tot")),
    CONTRACTEN: frozenset(("geldig_tot",)),
    WACHTTIJDEN: frozenset(),
}

# "Zo thuis mogelijk": the order in which equally fitting care is offered.
SETTINGS = ("ambulant", "dagbehandeling", "verblijf", "crisis")
SETTING_RANG = {s: i for i, s in enumerate(SETTINGS)}
IDENTITEITEN = ("algemeen", "christelijk", "islamitisch", "joods", "humanistisch")
SEGMENTEN = (1, 2, 3, 4, 5)
MAX_LEEFTIJD = 27  # verlengde jeugdhulp runs to 23; a little room for the productenboek
MAX_WACHTTIJD = 260  # five years: anything longer is a typing error
CENT = Decimal("0.01")

MAX_LENGTE = {
    "naam": 200,
    "identiteit": 50,
    "telefoon": 30,
    "email": 200,
    "website": 200,
    "adres": 200,
    "plaats": 100,
    "gemeenten": 100,  # per municipality
}

_AGB = re.compile(r"\d{8}")
_PRODUCTCODE = re.compile(r"[0-9A-Za-z]{1,5}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_TELEFOON = re.compile(r"\+?[\d\s()\-]+")
_WEBSITE = re.compile(r"(https?://)?[^\s/.]+(\.[^\s/.]+)+(/\S*)?", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NL = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def agb_fout(agb: str) -> str | None:
    if not _AGB.fullmatch(agb):
        return f"'{agb}' is geen AGB-code (8 cijfers)"
    return None


def productcode_fout(code: str) -> str | None:
    if not _PRODUCTCODE.fullmatch(code):
        return f"'{code}' is geen productcode (hoogstens 5 letters of cijfers)"
    return None


def lees_datum(waarde: object) -> tuple[date | None, str | None]:
    """An Excel date, 'JJJJ-MM-DD' or 'DD-MM-JJJJ' → (date, None); otherwise (None, message)."""
    if isinstance(waarde, datetime):
        return waarde.date(), None
    if isinstance(waarde, date):
        return waarde, None
    if isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
        getal = int(waarde) if float(waarde).is_integer() else waarde
        return None, (f"het getal {getal} is geen datum; maak de cel een datum of typ JJJJ-MM-DD")
    tekst = str(waarde).strip()
    m = _ISO.fullmatch(tekst)
    if m:
        jaar, maand, dag = (int(x) for x in m.groups())
    else:
        m = _NL.fullmatch(tekst)
        if not m:
            return None, f"'{tekst}' is geen datum (JJJJ-MM-DD, of een Excel-datum)"
        dag, maand, jaar = (int(x) for x in m.groups())
    try:
        return date(jaar, maand, dag), None
    except ValueError:
        return None, f"'{tekst}' bestaat niet als datum"


def lees_geheel(waarde: object) -> tuple[int | None, str | None]:
    if isinstance(waarde, bool):
        return None, f"'{waarde}' is geen geheel getal"
    if isinstance(waarde, int):
        return waarde, None
    if isinstance(waarde, float) and waarde.is_integer():
        return int(waarde), None
    tekst = str(waarde).strip()
    if re.fullmatch(r"-?\d+", tekst):
        return int(tekst), None
    return None, f"'{tekst}' is geen geheel getal"


def lees_bedrag(waarde: object) -> tuple[int | None, str | None]:
    """Euros (a number, '85,50', '€ 1.234,56') → whole cents; at most two decimals."""
    if isinstance(waarde, bool):
        return None, f"'{waarde}' is geen bedrag"
    if isinstance(waarde, (int, float)):
        # repr of a float is the shortest text that reads back the same: 85.5, not 85.4999…
        bedrag = Decimal(repr(waarde)) if isinstance(waarde, float) else Decimal(waarde)
    else:
        tekst = str(waarde).strip().replace("€", "").replace(" ", "")
        if "," in tekst:  # Dutch notation: 1.234,56
            tekst = tekst.replace(".", "").replace(",", ".")
        try:
            bedrag = Decimal(tekst)
        except InvalidOperation:
            return None, f"'{waarde}' is geen bedrag in euro's"
    if not bedrag.is_finite():
        return None, f"'{waarde}' is geen bedrag in euro's"
    if bedrag < 0:
        return None, f"{waarde} is negatief"
    cent = bedrag * 100
    if cent != cent.to_integral_value():
        return None, f"{waarde} heeft meer dan twee decimalen"
    return int(cent), None


def lees_lijst(waarde: object) -> list[str]:
    """'a; b;;c' → ['a', 'b', 'c']: trimmed, empty parts and repeats (case/accents) dropped."""
    uit: list[str] = []
    gezien: set[str] = set()
    for deel in str(waarde).split(";"):
        deel = " ".join(deel.split())
        if deel and gevouwen(deel) not in gezien:
            gezien.add(gevouwen(deel))
            uit.append(deel)
    return uit


_GEMEENTEN = {gevouwen(g): g for g in GEMEENTEN}


def gemeente_naam(naam: str) -> str:
    """The region's own spelling for a known municipality ('duiven' → 'Duiven')."""
    return _GEMEENTEN.get(gevouwen(naam), naam)


def identiteit_naam(waarde: str) -> str:
    """Known identities in lower case as the contract lists them; other text as typed."""
    kort = gevouwen(waarde)
    return kort if kort in IDENTITEITEN else " ".join(waarde.split())


def telefoon_fout(tel: str) -> str | None:
    cijfers = sum(c.isdigit() for c in tel)
    if not _TELEFOON.fullmatch(tel) or not 8 <= cijfers <= 15:
        return f"'{tel}' is geen telefoonnummer (cijfers, spaties, + of -)"
    return None


def email_fout(email: str) -> str | None:
    if not _EMAIL.fullmatch(email):
        return f"'{email}' is geen e-mailadres"
    return None


def website_fout(website: str) -> str | None:
    if not _WEBSITE.fullmatch(website):
        return f"'{website}' is geen webadres (zoals www.voorbeeld.nl)"
    return None


def postcode_fout(postcode: str) -> str | None:
    if normaliseer_postcode(postcode) is None:
        return f"'{postcode}' is geen Nederlandse postcode (zoals 6921 AB)"
    return None


def overlappen(van1: date, tot1: date | None, van2: date, tot2: date | None) -> bool:
    """Do two inclusive periods (tot None = open-ended) share a day?"""
    return (tot2 is None or van1 <= tot2) and (tot1 is None or van2 <= tot1)


def geldig_op(van: date, tot: date | None, dag: date) -> bool:
    return van <= dag and (tot is None or dag <= tot)


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


# The Aanbieder columns that are copied as they are (the keys are matched, not copied).
AANBIEDER_VELDEN = tuple(
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
