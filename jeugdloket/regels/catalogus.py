"""The catalogue workbook's contract (../shared/domain/catalogus.md) and its value rules.

Pure: no database, no openpyxl. The sheet and column names below ARE the contract with
contract management; change them only together with catalogus.md.
"""

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

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
