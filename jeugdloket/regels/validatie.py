"""Field rules shared by the services (UI, CLI) and the exchange import.

Every function returns Dutch messages that name the field, keyed by field name, so the UI can
show each next to its widget and the importer can prefix the case and person.
"""

import re
from datetime import date, datetime

from jeugdloket.regels.bsn import bsn_fout
from jeugdloket.regels.codelijsten import (
    KADER,
    ROLLEN_PERSOON,
    SOORT_CONTACT,
    SOORT_VRAAG,
    codelijst,
)
from jeugdloket.regels.werkdagen import als_datum

# A person's fields in the register; the exchange format and the Excel template use the same names.
PERSOON_VELDEN = (
    "rol",
    "voornaam",
    "tussenvoegsel",
    "achternaam",
    "geboortedatum",
    "bsn",
    "geslacht",
    "gezag",
    "relatie",
    "telefoon",
    "email",
    "straat",
    "huisnummer",
    "postcode",
    "woonplaats",
)

VELDNAMEN = {
    "casusnummer": "Casusnummer",
    "gemeente": "Gemeente",
    "consulent": "Consulent",
    "aanmelddatum": "Aanmelddatum",
    "eerste_contact": "Eerste contact",
    "verwijzer": "Verwijzer",
    "hulpvraag": "Hulpvraag",
    "soort_vraag": "Soort vraag",
    "kader": "Kader",
    "afgesloten_op": "Afgesloten op",
    "reden_afsluiting": "Reden afsluiting",
    "rol": "Rol",
    "voornaam": "Voornaam",
    "tussenvoegsel": "Tussenvoegsel",
    "achternaam": "Achternaam",
    "geboortedatum": "Geboortedatum",
    "bsn": "BSN",
    "geslacht": "Geslacht",
    "gezag": "Gezag",
    "relatie": "Relatie",
    "telefoon": "Telefoon",
    "email": "E-mail",
    "straat": "Straat",
    "huisnummer": "Huisnummer",
    "postcode": "Postcode",
    "woonplaats": "Woonplaats",
    "datum": "Datum",
    "soort": "Soort contact",
    "notitie": "Notitie",
}

MAX_LENGTE = {
    "gemeente": 100,
    "voornaam": 100,
    "tussenvoegsel": 30,
    "achternaam": 150,
    "telefoon": 30,
    "email": 200,
    "straat": 150,
    "huisnummer": 20,
    "woonplaats": 100,
}

CASUSNUMMER = re.compile(r"(\d{4})-(\d{4})")
_POSTCODE = re.compile(r"([1-9]\d{3})\s?([A-Za-z]{2})")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_TELEFOON = re.compile(r"\+?[\d\s()\-]+")


def normaliseer_postcode(waarde: str) -> str | None:
    """'6921ab' → '6921 AB'; None when it is not a Dutch postcode."""
    m = _POSTCODE.fullmatch(waarde.strip())
    if not m or m.group(2).upper() in {"SA", "SD", "SS"}:
        return None
    return f"{m.group(1)} {m.group(2).upper()}"


def _code(veld: str, waarde, lijst: dict[str, str], naam: str) -> str | None:
    if waarde is not None and str(waarde) not in lijst:
        return f"{VELDNAMEN.get(veld, veld)}: '{waarde}' is geen code uit {naam}"
    return None


def _lengte(veld: str, waarde) -> str | None:
    grens = MAX_LENGTE.get(veld)
    if grens and isinstance(waarde, str) and len(waarde) > grens:
        return f"{VELDNAMEN[veld]} is te lang ({len(waarde)} tekens, hoogstens {grens})"
    return None


def persoon_fouten(velden: dict, vandaag: date | None = None) -> dict[str, str]:
    """Check the person fields present in `velden` (typed values; None means empty)."""
    vandaag = vandaag or date.today()
    fouten: dict[str, str] = {}

    def zet(veld: str, melding: str | None) -> None:
        if melding and veld not in fouten:
            fouten[veld] = melding

    for veld, waarde in velden.items():
        zet(veld, _lengte(veld, waarde))
    if "rol" in velden:
        rol = velden["rol"]
        if not rol:
            zet("rol", "Rol ontbreekt: kies jeugdige, ouder, verzorger, netwerk of professional")
        elif rol not in ROLLEN_PERSOON:
            zet(
                "rol",
                f"Rol: '{rol}' is onbekend (jeugdige, ouder, verzorger, netwerk of professional)",
            )
    if velden.get("bsn"):
        fout = bsn_fout(str(velden["bsn"]))
        zet("bsn", fout and f"BSN {fout}")
    gd = velden.get("geboortedatum")
    if gd is not None:
        if gd > vandaag:
            zet("geboortedatum", f"Geboortedatum {gd:%d-%m-%Y} ligt in de toekomst")
        elif gd.year < 1900:
            zet("geboortedatum", f"Geboortedatum {gd:%d-%m-%Y} is te ver terug")
    zet(
        "geslacht",
        _code("geslacht", velden.get("geslacht"), codelijst("COD046"), "COD046 (0, 1 of 2)"),
    )
    zet("relatie", _code("relatie", velden.get("relatie"), codelijst("COD472"), "COD472"))
    if velden.get("postcode") and normaliseer_postcode(velden["postcode"]) is None:
        zet(
            "postcode",
            f"Postcode '{velden['postcode']}' is geen Nederlandse postcode (zoals 6921 AB)",
        )
    if velden.get("email") and not _EMAIL.fullmatch(velden["email"].strip()):
        zet("email", f"E-mail '{velden['email']}' is geen geldig e-mailadres")
    tel = velden.get("telefoon")
    if tel:
        cijfers = sum(c.isdigit() for c in tel)
        if not _TELEFOON.fullmatch(tel.strip()) or not 8 <= cijfers <= 15:
            zet("telefoon", f"Telefoon '{tel}' is geen telefoonnummer (cijfers, spaties, + of -)")
    if "gezag" in velden and velden["gezag"] is not None and not isinstance(velden["gezag"], bool):
        zet("gezag", "Gezag moet ja of nee zijn")
    return fouten


def _niet_voor(veld: str, waarde, aanmelddatum, fouten: dict[str, str]) -> None:
    if waarde is None or aanmelddatum is None:
        return
    if isinstance(waarde, datetime) and isinstance(aanmelddatum, datetime):
        te_vroeg = waarde < aanmelddatum
    else:
        te_vroeg = als_datum(waarde) < als_datum(aanmelddatum)
    if te_vroeg:
        fouten.setdefault(
            veld,
            f"{VELDNAMEN[veld]} ({als_datum(waarde):%d-%m-%Y}) ligt vóór de aanmelddatum "
            f"({als_datum(aanmelddatum):%d-%m-%Y})",
        )


def casus_fouten(velden: dict) -> dict[str, str]:
    """Check the case fields in `velden`; dates are compared with `aanmelddatum` when present."""
    fouten: dict[str, str] = {}
    if "casusnummer" in velden:
        nummer = velden["casusnummer"]
        if not nummer:
            fouten["casusnummer"] = "Casusnummer ontbreekt"
        elif not CASUSNUMMER.fullmatch(str(nummer)):
            fouten["casusnummer"] = (
                f"Casusnummer '{nummer}' heeft niet de vorm JJJJ-NNNN (zoals 2026-0042)"
            )
    if "gemeente" in velden and not (velden["gemeente"] or "").strip():
        fouten["gemeente"] = "Gemeente ontbreekt"
    if "aanmelddatum" in velden and velden["aanmelddatum"] is None:
        fouten["aanmelddatum"] = "Aanmelddatum ontbreekt"
    for veld, lijst, naam in (
        ("verwijzer", codelijst("COD327"), "COD327"),
        ("reden_afsluiting", codelijst("JZ588"), "JZ588"),
        ("soort_vraag", SOORT_VRAAG, "enkelvoudig of multiprobleem"),
        ("kader", KADER, "vrijwillig, drang of gedwongen"),
    ):
        melding = _code(veld, velden.get(veld), lijst, naam)
        if melding:
            fouten[veld] = melding
    for veld in ("gemeente",):
        melding = _lengte(veld, velden.get(veld))
        if melding:
            fouten.setdefault(veld, melding)
    aanmeld = velden.get("aanmelddatum")
    _niet_voor("eerste_contact", velden.get("eerste_contact"), aanmeld, fouten)
    _niet_voor("afgesloten_op", velden.get("afgesloten_op"), aanmeld, fouten)
    return fouten


def contactmoment_fouten(velden: dict) -> dict[str, str]:
    fouten: dict[str, str] = {}
    melding = _code("soort", velden.get("soort"), SOORT_CONTACT, "telefonisch, huisbezoek, …")
    if melding:
        fouten["soort"] = (
            f"Soort contact: '{velden['soort']}' is onbekend (" + ", ".join(SOORT_CONTACT) + ")"
        )
    return fouten
