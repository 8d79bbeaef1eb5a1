"""The rules of a toewijzing (JW301 fields and the iJw entry rules), pure: no database.

One function, `toewijzing_fouten`, serves the entry form (services.toewijzingen) and the import
of the exchange format (services.uitwisseling), so a toewijzing refused in the app is refused in
a document too, with the same Dutch words. Messages are keyed by the app's field names
(`jeugdige_ref`, `doel_ref`; the exchange format says `jeugdige`, `doel`).

Values may come as the form has them (date, int) or as a JSON document has them (ISO text);
anything else is reported, never raised.
"""

import re
from collections.abc import Collection, Mapping
from datetime import date, datetime
from typing import Any

from jeugdloket.regels.codelijsten import codelijst

STATUS = {
    "aangevraagd": "Aangevraagd",
    "gestart": "Gestart",
    "beeindigd": "Beëindigd",
    "afgewezen": "Afgewezen",
}
# The only ways a toewijzing moves on; beëindigd and afgewezen are final.
OVERGANGEN = {
    "aangevraagd": ("gestart", "afgewezen"),
    "gestart": ("beeindigd",),
    "beeindigd": (),
    "afgewezen": (),
}

VELDNAMEN = {
    "jeugdige_ref": "Jeugdige",
    "aanbieder_agb": "AGB-code aanbieder",
    "aanbieder": "Aanbieder",
    "productcategorie": "Productcategorie",
    "productcode": "Productcode",
    "product": "Product",
    "segment": "Segment",
    "doel_ref": "Doel",
    "status": "Status",
    "aanvraagdatum": "Aanvraagdatum",
    "ingangsdatum": "Ingangsdatum",
    "einddatum": "Einddatum",
    "volume": "Volume",
    "eenheid": "Eenheid",
    "frequentie": "Frequentie",
    "budget": "Budget",
    "verwijzer": "Verwijzer",
    "reden_beeindiging": "Reden beëindiging",
    "reden_afwijzing": "Reden afwijzing",
    "toestemming_op": "Toestemming op",
    "toestemming_toelichting": "Toelichting toestemming",
    "gedeeld_op": "Gedeeld op",
}
# The exchange format's keys where they differ from the app's field names.
DOCUMENT_SLEUTELS = {"jeugdige_ref": "jeugdige", "doel_ref": "doel", "ref": "id"}
VELDEN_UIT_DOCUMENT = {v: k for k, v in DOCUMENT_SLEUTELS.items()}

CODES = {
    "productcategorie": "JZ020",
    "eenheid": "WJ756",
    "frequentie": "WMO757",
    "verwijzer": "COD327",
    "reden_beeindiging": "JZ588",
    "reden_afwijzing": "WJ759",
}
DATUMS = ("aanvraagdatum", "ingangsdatum", "einddatum", "toestemming_op", "gedeeld_op")
TEKSTEN = (
    "jeugdige_ref",
    "aanbieder_agb",
    "aanbieder",
    "productcode",
    "product",
    "doel_ref",
    "ref",
)
MAX_LENGTE = {"aanbieder": 200, "product": 200, "jeugdige_ref": 50, "doel_ref": 50, "ref": 50}
# iJw CS338: these units only go with frequentie 2 (per week), 4 (per maand) or 6 (totaal).
EENHEDEN_MET_BEPERKTE_FREQUENTIE = {"14", "16", "83", "84"}
OMVANG = ("volume", "eenheid", "frequentie")

_AGB = re.compile(r"\d{8}")
_PRODUCTCODE = re.compile(r"[0-9A-Za-z]{1,5}")
_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATUMTIJD = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?")


def veldnaam(veld: str) -> str:
    return VELDNAMEN.get(veld, veld)


def als_datum(waarde: Any) -> date | datetime | None:
    """A date or date-time from a date object or ISO text; ValueError for anything else."""
    if waarde is None or isinstance(waarde, date):  # datetime is a date too
        return waarde
    if isinstance(waarde, str):
        if _DATUM.fullmatch(waarde):
            return date.fromisoformat(waarde)
        if _DATUMTIJD.fullmatch(waarde):
            return datetime.fromisoformat(waarde)
    raise ValueError(waarde)


def _dag(waarde: date | datetime) -> date:
    return waarde.date() if isinstance(waarde, datetime) else waarde


def _soort(waarde: Any) -> str:
    if isinstance(waarde, bool):
        return "ja/nee"
    if isinstance(waarde, (int, float)):
        return f"het getal {waarde}"
    if isinstance(waarde, str):
        return f"de tekst '{waarde}'"
    if isinstance(waarde, (list, tuple)):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een object"
    return type(waarde).__name__


def _leeg(waarde: Any) -> bool:
    return waarde is None or (isinstance(waarde, str) and not waarde.strip())


def toewijzing_fouten(
    t: Mapping[str, Any],
    *,
    personen: Mapping[str, str | None] | None = None,
    doelen: Collection[str] | None = None,
    bij_invoer: bool = False,
) -> dict[str, str]:
    """Dutch messages keyed by field; empty when the toewijzing may be stored.

    `personen` (ref → rol) and `doelen` (goal refs) of the case check the references when given.
    `bij_invoer`: the stricter rules of entry in the app – an aanbieder is chosen, a started
    toewijzing has an ingangsdatum, an ended one its einddatum and JZ588 reason, a refused one
    its WJ759 reason, and a reason only with its status. An imported document need not carry
    those (uitwisseling.md: only jeugdige, productcategorie, status and aanvraagdatum).
    """
    fouten: dict[str, str] = {}

    def fout(veld: str, tekst: str) -> None:
        fouten[veld] = f"{fouten[veld]}; {tekst}" if veld in fouten else tekst

    waarden: dict[str, Any] = {}  # the values that passed their own check, parsed

    # -- each field on its own
    for veld in ("jeugdige_ref", "productcategorie", "status", "aanvraagdatum"):
        if _leeg(t.get(veld)):
            fout(veld, f"{veldnaam(veld)} ontbreekt")
    if bij_invoer and _leeg(t.get("aanbieder_agb")):
        fout("aanbieder_agb", "Kies een aanbieder: de AGB-code ontbreekt")
    for veld in (*TEKSTEN, *CODES, "status", "toestemming_toelichting"):
        v = t.get(veld)
        if v is None or veld in fouten:
            continue
        if not isinstance(v, str):
            fout(veld, f"{veldnaam(veld)} moet tekst zijn, niet {_soort(v)}")
        elif v.strip():
            waarden[veld] = v
    for veld, lengte in MAX_LENGTE.items():
        if veld in waarden and len(waarden[veld]) > lengte:
            fout(veld, f"{veldnaam(veld)} mag hoogstens {lengte} tekens lang zijn")
            del waarden[veld]
    agb = waarden.get("aanbieder_agb")
    if agb is not None and not _AGB.fullmatch(agb):
        fout("aanbieder_agb", f"AGB-code aanbieder '{agb}' moet 8 cijfers zijn")
    code = waarden.get("productcode")
    if code is not None and not _PRODUCTCODE.fullmatch(code):
        fout("productcode", f"Productcode '{code}' moet 1 tot 5 letters of cijfers zijn")
    for veld, lijst in CODES.items():
        v = waarden.get(veld)
        if v is not None and v not in codelijst(lijst):
            fout(veld, f"{veldnaam(veld)} '{v}' is geen code uit {lijst}")
            del waarden[veld]
    status = waarden.get("status")
    if status is not None and status not in STATUS:
        fout("status", f"Status '{status}' kan niet; kies uit {', '.join(STATUS)}")
        status = None

    segment = t.get("segment")
    if segment is not None:
        if isinstance(segment, bool) or not isinstance(segment, int):
            fout(
                "segment",
                f"Segment moet een geheel getal van 1 tot en met 5 zijn, niet {_soort(segment)}",
            )
        elif not 1 <= segment <= 5:
            fout("segment", f"Segment {segment} bestaat niet: kies 1 tot en met 5")
    volume = t.get("volume")
    if volume is not None:
        if isinstance(volume, bool) or not isinstance(volume, int):
            fout("volume", f"Volume moet een geheel getal zijn, niet {_soort(volume)}")
        elif volume < 1:
            fout("volume", f"Volume moet minstens 1 zijn (niet {volume})")
    budget = t.get("budget")
    if budget is not None:
        if isinstance(budget, bool) or not isinstance(budget, (int, float)):
            fout("budget", f"Budget moet een getal zijn, niet {_soort(budget)}")
        elif budget < 0:
            fout("budget", f"Budget mag niet negatief zijn ({budget})")

    for veld in DATUMS:
        try:
            d = als_datum(t.get(veld))
        except ValueError:
            v = t.get(veld)
            if isinstance(v, str) and (_DATUM.fullmatch(v) or _DATUMTIJD.fullmatch(v)):
                fout(veld, f"{veldnaam(veld)} '{v}' bestaat niet als datum")
            elif isinstance(v, str):
                fout(veld, f"{veldnaam(veld)} '{v}' is geen datum in de vorm JJJJ-MM-DD")
            else:
                fout(veld, f"{veldnaam(veld)} moet een datum zijn, niet {_soort(v)}")
            continue
        if d is not None:
            waarden[veld] = d
    ingang, einde = waarden.get("ingangsdatum"), waarden.get("einddatum")
    if ingang is not None and einde is not None and _dag(einde) < _dag(ingang):
        fout(
            "einddatum",
            f"Einddatum {_dag(einde):%d-%m-%Y} ligt vóór de ingangsdatum {_dag(ingang):%d-%m-%Y}",
        )

    # -- references into the case
    ref = waarden.get("jeugdige_ref")
    if ref is not None and personen is not None:
        if ref not in personen:
            fout("jeugdige_ref", f"Jeugdige '{ref}' is geen persoon van deze casus")
        elif personen[ref] != "jeugdige":
            fout(
                "jeugdige_ref",
                f"Jeugdige '{ref}' is geen jeugdige maar heeft de rol {personen[ref]}",
            )
    doel = waarden.get("doel_ref")
    if doel is not None and doelen is not None and doel not in doelen:
        fout("doel_ref", f"Doel '{doel}' is geen doel van de verklarende analyse van deze casus")

    # -- the iJw rules of the JW301 toewijzing; each message says what to fill in or leave empty
    aanwezig = {v: not _leeg(t.get(v)) for v in OMVANG}
    omvang = any(aanwezig.values())
    if omvang and not all(aanwezig.values()):
        for veld in OMVANG:
            if not aanwezig[veld]:
                fout(
                    veld,
                    f"{veldnaam(veld)} ontbreekt: volume, eenheid en frequentie horen bij elkaar "
                    "(de omvang)",
                )
    if not _leeg(t.get("productcode")) and not omvang:
        fout(
            "volume",
            "Omvang ontbreekt: bij een productcode horen volume, eenheid en frequentie (iJw CD041)",
        )
    if omvang and budget is not None:
        fout("budget", "Omvang en budget sluiten elkaar uit: vul één van beide (iJw CD077/CD078)")
    frequentie = waarden.get("frequentie")
    if _leeg(t.get("einddatum")):
        if budget is not None:
            fout("einddatum", "Einddatum ontbreekt: verplicht bij een budget (iJw CD075)")
        if frequentie == "2":
            fout(
                "einddatum", "Einddatum ontbreekt: verplicht bij frequentie 'per week' (iJw CD076)"
            )
        if frequentie == "6":
            fout(
                "einddatum",
                "Einddatum ontbreekt: verplicht bij frequentie 'totaal binnen geldigheidsduur' "
                "(iJw CD076)",
            )
    eenheid = waarden.get("eenheid")
    if (
        eenheid in EENHEDEN_MET_BEPERKTE_FREQUENTIE
        and frequentie is not None
        and frequentie not in {"2", "4", "6"}
    ):
        fout(
            "frequentie",
            f"Eenheid {eenheid} ({codelijst('WJ756')[eenheid]}) kan alleen met frequentie "
            "2 (per week), 4 (per maand) of 6 (totaal binnen geldigheidsduur) (iJw CS338)",
        )

    # -- the status and what belongs to it, at entry in the app
    if bij_invoer and status is not None:
        if status in ("gestart", "beeindigd") and _leeg(t.get("ingangsdatum")):
            fout(
                "ingangsdatum",
                f"Ingangsdatum ontbreekt: verplicht bij status {STATUS[status].lower()}",
            )
        if status == "beeindigd":
            if _leeg(t.get("einddatum")):
                fout("einddatum", "Einddatum ontbreekt: verplicht bij een beëindigde toewijzing")
            if _leeg(t.get("reden_beeindiging")):
                fout("reden_beeindiging", "Kies een reden van beëindiging (JZ588)")
        elif not _leeg(t.get("reden_beeindiging")):
            fout("reden_beeindiging", "Een reden van beëindiging hoort alleen bij status beëindigd")
        if status == "afgewezen":
            if _leeg(t.get("reden_afwijzing")):
                fout("reden_afwijzing", "Kies een reden van afwijzing (WJ759)")
        elif not _leeg(t.get("reden_afwijzing")):
            fout("reden_afwijzing", "Een reden van afwijzing hoort alleen bij status afgewezen")
    return fouten


def overgang_fout(van: str, naar: str) -> str | None:
    """A Dutch refusal when a toewijzing may not go from status `van` to `naar`."""
    if naar in OVERGANGEN.get(van, ()):
        return None
    wat = {
        "gestart": "starten",
        "beeindigd": "beëindigen",
        "afgewezen": "afwijzen",
        "aangevraagd": "terugzetten naar aangevraagd",
    }.get(naar, naar)
    if van in ("beeindigd", "afgewezen"):
        return f"Deze toewijzing is al {STATUS[van].lower()}; je kunt hem niet meer {wat}"
    if naar == "beeindigd":
        return "Alleen een gestarte toewijzing kan worden beëindigd; start hem eerst"
    if naar == "afgewezen":
        return "Alleen een aangevraagde toewijzing kan worden afgewezen; een gestarte beëindig je"
    if naar == "gestart":
        return f"Deze toewijzing is al {STATUS.get(van, van).lower()}"
    return f"Een toewijzing kan niet van {STATUS.get(van, van).lower()} naar {wat}"


def velden_uit_document(t: Mapping[str, Any]) -> dict[str, Any]:
    """An exchange-format toewijzing with the app's field names (`jeugdige` → `jeugdige_ref`,
    `doel` → `doel_ref`); other keys as they are. A stray key that is an app name itself is
    left out, so it cannot pass for the real field."""
    return {VELDEN_UIT_DOCUMENT.get(k, k): v for k, v in t.items() if k not in DOCUMENT_SLEUTELS}
