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
from jeugdloket.taal import vertaal, vertaalbaar

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
    "casusnummer": vertaalbaar("Casusnummer"),
    "gemeente": vertaalbaar("Gemeente"),
    "consulent": vertaalbaar("Consulent"),
    "aanmelddatum": vertaalbaar("Aanmelddatum"),
    "eerste_contact": vertaalbaar("Eerste contact"),
    "verwijzer": vertaalbaar("Verwijzer"),
    "hulpvraag": vertaalbaar("Hulpvraag"),
    "soort_vraag": vertaalbaar("Soort vraag"),
    "kader": vertaalbaar("Kader"),
    "afgesloten_op": vertaalbaar("Afgesloten op"),
    "reden_afsluiting": vertaalbaar("Reden afsluiting"),
    "rol": vertaalbaar("Rol"),
    "voornaam": vertaalbaar("Voornaam"),
    "tussenvoegsel": vertaalbaar("Tussenvoegsel"),
    "achternaam": vertaalbaar("Achternaam"),
    "geboortedatum": vertaalbaar("Geboortedatum"),
    "bsn": vertaalbaar("BSN"),
    "geslacht": vertaalbaar("Geslacht"),
    "gezag": vertaalbaar("Gezag"),
    "relatie": vertaalbaar("Relatie"),
    "telefoon": vertaalbaar("Telefoon"),
    "email": vertaalbaar("E-mail"),
    "straat": vertaalbaar("Straat"),
    "huisnummer": vertaalbaar("Huisnummer"),
    "postcode": vertaalbaar("Postcode"),
    "woonplaats": vertaalbaar("Woonplaats"),
    "datum": vertaalbaar("Datum"),
    "soort": vertaalbaar("Soort contact"),
    "notitie": vertaalbaar("Notitie"),
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


def veldnaam(veld: str) -> str:
    """A field's name in messages, in the chosen language."""
    return vertaal(VELDNAMEN.get(veld, veld))


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
        return vertaal(
            "{veld}: '{waarde}' is geen code uit {naam}",
            veld=veldnaam(veld),
            waarde=waarde,
            naam=naam,
        )
    return None


def _lengte(veld: str, waarde) -> str | None:
    grens = MAX_LENGTE.get(veld)
    if grens and isinstance(waarde, str) and len(waarde) > grens:
        return vertaal(
            "{veld} is te lang ({aantal} tekens, hoogstens {grens})",
            veld=veldnaam(veld),
            aantal=len(waarde),
            grens=grens,
        )
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
            zet(
                "rol",
                vertaal("Rol ontbreekt: kies jeugdige, ouder, verzorger, netwerk of professional"),
            )
        elif rol not in ROLLEN_PERSOON:
            zet(
                "rol",
                vertaal(
                    "Rol: '{rol}' is onbekend (jeugdige, ouder, verzorger, netwerk of "
                    "professional)",
                    rol=rol,
                ),
            )
    if velden.get("bsn"):
        fout = bsn_fout(str(velden["bsn"]))
        zet("bsn", fout and vertaal("BSN {fout}", fout=fout))
    gd = velden.get("geboortedatum")
    if gd is not None:
        if gd > vandaag:
            zet("geboortedatum", vertaal("Geboortedatum {gd:%d-%m-%Y} ligt in de toekomst", gd=gd))
        elif gd.year < 1900:
            zet("geboortedatum", vertaal("Geboortedatum {gd:%d-%m-%Y} is te ver terug", gd=gd))
    zet(
        "geslacht",
        _code("geslacht", velden.get("geslacht"), codelijst("COD046"), "COD046 (0, 1 of 2)"),
    )
    zet("relatie", _code("relatie", velden.get("relatie"), codelijst("COD472"), "COD472"))
    if velden.get("postcode") and normaliseer_postcode(velden["postcode"]) is None:
        zet(
            "postcode",
            vertaal(
                "Postcode '{postcode}' is geen Nederlandse postcode (zoals 6921 AB)",
                postcode=velden["postcode"],
            ),
        )
    if velden.get("email") and not _EMAIL.fullmatch(velden["email"].strip()):
        zet("email", vertaal("E-mail '{email}' is geen geldig e-mailadres", email=velden["email"]))
    tel = velden.get("telefoon")
    if tel:
        cijfers = sum(c.isdigit() for c in tel)
        if not _TELEFOON.fullmatch(tel.strip()) or not 8 <= cijfers <= 15:
            zet(
                "telefoon",
                vertaal(
                    "Telefoon '{tel}' is geen telefoonnummer (cijfers, spaties, + of -)", tel=tel
                ),
            )
    if "gezag" in velden and velden["gezag"] is not None and not isinstance(velden["gezag"], bool):
        zet("gezag", vertaal("Gezag moet ja of nee zijn"))
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
            vertaal(
                "{veld} ({datum:%d-%m-%Y}) ligt vóór de aanmelddatum ({aanmelddatum:%d-%m-%Y})",
                veld=veldnaam(veld),
                datum=als_datum(waarde),
                aanmelddatum=als_datum(aanmelddatum),
            ),
        )


def casus_fouten(velden: dict) -> dict[str, str]:
    """Check the case fields in `velden`; dates are compared with `aanmelddatum` when present."""
    fouten: dict[str, str] = {}
    if "casusnummer" in velden:
        nummer = velden["casusnummer"]
        if not nummer:
            fouten["casusnummer"] = vertaal("Casusnummer ontbreekt")
        elif not CASUSNUMMER.fullmatch(str(nummer)):
            fouten["casusnummer"] = vertaal(
                "Casusnummer '{nummer}' heeft niet de vorm JJJJ-NNNN (zoals 2026-0042)",
                nummer=nummer,
            )
    if "gemeente" in velden and not (velden["gemeente"] or "").strip():
        fouten["gemeente"] = vertaal("Gemeente ontbreekt")
    if "aanmelddatum" in velden and velden["aanmelddatum"] is None:
        fouten["aanmelddatum"] = vertaal("Aanmelddatum ontbreekt")
    for veld, lijst, naam in (
        ("verwijzer", codelijst("COD327"), "COD327"),
        ("reden_afsluiting", codelijst("JZ588"), "JZ588"),
        ("soort_vraag", SOORT_VRAAG, vertaal("enkelvoudig of multiprobleem")),
        ("kader", KADER, vertaal("vrijwillig, drang of gedwongen")),
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
        fouten["soort"] = vertaal(
            "Soort contact: '{soort}' is onbekend ({codes})",
            soort=velden["soort"],
            codes=", ".join(SOORT_CONTACT),
        )
    return fouten
