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
from jeugdloket.taal import vertaal, vertaalbaar

STATUS = {
    "aangevraagd": vertaalbaar("Aangevraagd"),
    "gestart": vertaalbaar("Gestart"),
    "beeindigd": vertaalbaar("Beëindigd"),
    "afgewezen": vertaalbaar("Afgewezen"),
}
# The only ways a toewijzing moves on; beëindigd and afgewezen are final.
OVERGANGEN = {
    "aangevraagd": ("gestart", "afgewezen"),
    "gestart": ("beeindigd",),
    "beeindigd": (),
    "afgewezen": (),
}

VELDNAMEN = {
    "jeugdige_ref": vertaalbaar("Jeugdige"),
    "aanbieder_agb": vertaalbaar("AGB-code aanbieder"),
    "aanbieder": vertaalbaar("Aanbieder"),
    "productcategorie": vertaalbaar("Productcategorie"),
    "productcode": vertaalbaar("Productcode"),
    "product": vertaalbaar("Product"),
    "segment": vertaalbaar("Segment"),
    "doel_ref": vertaalbaar("Doel"),
    "status": vertaalbaar("Status"),
    "aanvraagdatum": vertaalbaar("Aanvraagdatum"),
    "ingangsdatum": vertaalbaar("Ingangsdatum"),
    "einddatum": vertaalbaar("Einddatum"),
    "volume": vertaalbaar("Volume"),
    "eenheid": vertaalbaar("Eenheid"),
    "frequentie": vertaalbaar("Frequentie"),
    "budget": vertaalbaar("Budget"),
    "verwijzer": vertaalbaar("Verwijzer"),
    "reden_beeindiging": vertaalbaar("Reden beëindiging"),
    "reden_afwijzing": vertaalbaar("Reden afwijzing"),
    "toestemming_op": vertaalbaar("Toestemming op"),
    "toestemming_toelichting": vertaalbaar("Toelichting toestemming"),
    "gedeeld_op": vertaalbaar("Gedeeld op"),
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


def status_tekst(status: str) -> str:
    """A status as a sentence shows it (beëindigd, with its diaeresis), in the chosen language."""
    return vertaal(STATUS.get(status, status)).lower()


def veldnaam(veld: str) -> str:
    """A field's name in messages, in the chosen language."""
    return vertaal(VELDNAMEN.get(veld, veld))


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
        return vertaal("het getal {waarde}", waarde=waarde)
    if isinstance(waarde, str):
        return vertaal("de tekst '{waarde}'", waarde=waarde)
    if isinstance(waarde, (list, tuple)):
        return vertaal("een lijst")
    if isinstance(waarde, dict):
        return vertaal("een object")
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
        fouten[veld] = (
            vertaal("{waarde}; {tekst}", waarde=fouten[veld], tekst=tekst)
            if veld in fouten
            else tekst
        )

    waarden: dict[str, Any] = {}  # the values that passed their own check, parsed

    # -- each field on its own
    for veld in ("jeugdige_ref", "productcategorie", "status", "aanvraagdatum"):
        if _leeg(t.get(veld)):
            fout(veld, vertaal("{veldnaam} ontbreekt", veldnaam=veldnaam(veld)))
    if bij_invoer and _leeg(t.get("aanbieder_agb")):
        fout("aanbieder_agb", vertaal("Kies een aanbieder: de AGB-code ontbreekt"))
    for veld in (*TEKSTEN, *CODES, "status", "toestemming_toelichting"):
        v = t.get(veld)
        if v is None or veld in fouten:
            continue
        if not isinstance(v, str):
            fout(
                veld,
                vertaal(
                    "{veldnaam} moet tekst zijn, niet {soort}",
                    veldnaam=veldnaam(veld),
                    soort=_soort(v),
                ),
            )
        elif v.strip():
            waarden[veld] = v
    for veld, lengte in MAX_LENGTE.items():
        if veld in waarden and len(waarden[veld]) > lengte:
            fout(
                veld,
                vertaal(
                    "{veldnaam} mag hoogstens {lengte} tekens lang zijn",
                    veldnaam=veldnaam(veld),
                    lengte=lengte,
                ),
            )
            del waarden[veld]
    agb = waarden.get("aanbieder_agb")
    if agb is not None and not _AGB.fullmatch(agb):
        fout("aanbieder_agb", vertaal("AGB-code aanbieder '{agb}' moet 8 cijfers zijn", agb=agb))
    code = waarden.get("productcode")
    if code is not None and not _PRODUCTCODE.fullmatch(code):
        fout(
            "productcode",
            vertaal("Productcode '{code}' moet 1 tot 5 letters of cijfers zijn", code=code),
        )
    for veld, lijst in CODES.items():
        v = waarden.get(veld)
        if v is not None and v not in codelijst(lijst):
            fout(
                veld,
                vertaal(
                    "{veldnaam} '{v}' is geen code uit {lijst}",
                    veldnaam=veldnaam(veld),
                    v=v,
                    lijst=lijst,
                ),
            )
            del waarden[veld]
    status = waarden.get("status")
    if status is not None and status not in STATUS:
        fout(
            "status",
            vertaal(
                "Status '{status}' kan niet; kies uit {lijst}",
                status=status,
                lijst=", ".join(STATUS),
            ),
        )
        status = None

    segment = t.get("segment")
    if segment is not None:
        if isinstance(segment, bool) or not isinstance(segment, int):
            fout(
                "segment",
                vertaal(
                    "Segment moet een geheel getal van 1 tot en met 5 zijn, niet {soort}",
                    soort=_soort(segment),
                ),
            )
        elif not 1 <= segment <= 5:
            fout(
                "segment",
                vertaal("Segment {segment} bestaat niet: kies 1 tot en met 5", segment=segment),
            )
    volume = t.get("volume")
    if volume is not None:
        if isinstance(volume, bool) or not isinstance(volume, int):
            fout(
                "volume",
                vertaal("Volume moet een geheel getal zijn, niet {soort}", soort=_soort(volume)),
            )
        elif volume < 1:
            fout("volume", vertaal("Volume moet minstens 1 zijn (niet {volume})", volume=volume))
    budget = t.get("budget")
    if budget is not None:
        if isinstance(budget, bool) or not isinstance(budget, (int, float)):
            fout(
                "budget", vertaal("Budget moet een getal zijn, niet {soort}", soort=_soort(budget))
            )
        elif budget < 0:
            fout("budget", vertaal("Budget mag niet negatief zijn ({budget})", budget=budget))

    for veld in DATUMS:
        try:
            d = als_datum(t.get(veld))
        except ValueError:
            v = t.get(veld)
            if isinstance(v, str) and (_DATUM.fullmatch(v) or _DATUMTIJD.fullmatch(v)):
                fout(
                    veld,
                    vertaal(
                        "{veldnaam} '{v}' bestaat niet als datum", veldnaam=veldnaam(veld), v=v
                    ),
                )
            elif isinstance(v, str):
                fout(
                    veld,
                    vertaal(
                        "{veldnaam} '{v}' is geen datum in de vorm JJJJ-MM-DD",
                        veldnaam=veldnaam(veld),
                        v=v,
                    ),
                )
            else:
                fout(
                    veld,
                    vertaal(
                        "{veldnaam} moet een datum zijn, niet {soort}",
                        veldnaam=veldnaam(veld),
                        soort=_soort(v),
                    ),
                )
            continue
        if d is not None:
            waarden[veld] = d
    ingang, einde = waarden.get("ingangsdatum"), waarden.get("einddatum")
    if ingang is not None and einde is not None and _dag(einde) < _dag(ingang):
        fout(
            "einddatum",
            vertaal(
                "Einddatum {dag:%d-%m-%Y} ligt vóór de ingangsdatum {dag2:%d-%m-%Y}",
                dag=_dag(einde),
                dag2=_dag(ingang),
            ),
        )

    # -- references into the case
    ref = waarden.get("jeugdige_ref")
    if ref is not None and personen is not None:
        if ref not in personen:
            fout(
                "jeugdige_ref", vertaal("Jeugdige '{ref}' is geen persoon van deze casus", ref=ref)
            )
        elif personen[ref] != "jeugdige":
            fout(
                "jeugdige_ref",
                vertaal(
                    "Jeugdige '{ref}' is geen jeugdige maar heeft de rol {waarde}",
                    ref=ref,
                    waarde=personen[ref],
                ),
            )
    doel = waarden.get("doel_ref")
    if doel is not None and doelen is not None and doel not in doelen:
        fout(
            "doel_ref",
            vertaal(
                "Doel '{doel}' is geen doel van de verklarende analyse van deze casus", doel=doel
            ),
        )

    # -- the iJw rules of the JW301 toewijzing; each message says what to fill in or leave empty
    aanwezig = {v: not _leeg(t.get(v)) for v in OMVANG}
    omvang = any(aanwezig.values())
    if omvang and not all(aanwezig.values()):
        for veld in OMVANG:
            if not aanwezig[veld]:
                fout(
                    veld,
                    vertaal(
                        "{veldnaam} ontbreekt: volume, eenheid en frequentie horen bij elkaar "
                        "(de omvang)",
                        veldnaam=veldnaam(veld),
                    ),
                )
    if not _leeg(t.get("productcode")) and not omvang:
        fout(
            "volume",
            vertaal(
                "Omvang ontbreekt: bij een productcode horen volume, eenheid en "
                "frequentie (iJw CD041)"
            ),
        )
    if omvang and budget is not None:
        fout(
            "budget",
            vertaal("Omvang en budget sluiten elkaar uit: vul één van beide (iJw CD077/CD078)"),
        )
    frequentie = waarden.get("frequentie")
    if _leeg(t.get("einddatum")):
        if budget is not None:
            fout("einddatum", vertaal("Einddatum ontbreekt: verplicht bij een budget (iJw CD075)"))
        if frequentie == "2":
            fout(
                "einddatum",
                vertaal("Einddatum ontbreekt: verplicht bij frequentie 'per week' (iJw CD076)"),
            )
        if frequentie == "6":
            fout(
                "einddatum",
                vertaal(
                    "Einddatum ontbreekt: verplicht bij frequentie 'totaal binnen "
                    "geldigheidsduur' (iJw CD076)"
                ),
            )
    eenheid = waarden.get("eenheid")
    if (
        eenheid in EENHEDEN_MET_BEPERKTE_FREQUENTIE
        and frequentie is not None
        and frequentie not in {"2", "4", "6"}
    ):
        fout(
            "frequentie",
            vertaal(
                "Eenheid {eenheid} ({waarde}) kan alleen met frequentie 2 (per week), "
                "4 (per maand) of 6 (totaal binnen geldigheidsduur) (iJw CS338)",
                eenheid=eenheid,
                waarde=codelijst("WJ756")[eenheid],
            ),
        )

    # -- the status and what belongs to it, at entry in the app
    if bij_invoer and status is not None:
        if status in ("gestart", "beeindigd") and _leeg(t.get("ingangsdatum")):
            fout(
                "ingangsdatum",
                vertaal(
                    "Ingangsdatum ontbreekt: verplicht bij status {status}",
                    status=vertaal(STATUS[status]).lower(),
                ),
            )
        if status == "beeindigd":
            if _leeg(t.get("einddatum")):
                fout(
                    "einddatum",
                    vertaal("Einddatum ontbreekt: verplicht bij een beëindigde toewijzing"),
                )
            if _leeg(t.get("reden_beeindiging")):
                fout("reden_beeindiging", vertaal("Kies een reden van beëindiging (JZ588)"))
        elif not _leeg(t.get("reden_beeindiging")):
            fout(
                "reden_beeindiging",
                vertaal("Een reden van beëindiging hoort alleen bij status beëindigd"),
            )
        if status == "afgewezen":
            if _leeg(t.get("reden_afwijzing")):
                fout("reden_afwijzing", vertaal("Kies een reden van afwijzing (WJ759)"))
        elif not _leeg(t.get("reden_afwijzing")):
            fout(
                "reden_afwijzing",
                vertaal("Een reden van afwijzing hoort alleen bij status afgewezen"),
            )
    return fouten


def overgang_fout(van: str, naar: str) -> str | None:
    """A Dutch refusal when a toewijzing may not go from status `van` to `naar`."""
    if naar in OVERGANGEN.get(van, ()):
        return None
    wat = {
        "gestart": vertaal("starten"),
        "beeindigd": vertaal("beëindigen"),
        "afgewezen": vertaal("afwijzen"),
        "aangevraagd": vertaal("terugzetten naar aangevraagd"),
    }.get(naar, naar)
    if van in ("beeindigd", "afgewezen"):
        return vertaal(
            "Deze toewijzing is al {status}; je kunt hem niet meer {wat}",
            status=vertaal(STATUS[van]).lower(),
            wat=wat,
        )
    if naar == "beeindigd":
        return vertaal("Alleen een gestarte toewijzing kan worden beëindigd; start hem eerst")
    if naar == "afgewezen":
        return vertaal(
            "Alleen een aangevraagde toewijzing kan worden afgewezen; een gestarte beëindig je"
        )
    if naar == "gestart":
        return vertaal(
            "Deze toewijzing is al {status}", status=vertaal(STATUS.get(van, van)).lower()
        )
    return vertaal(
        "Een toewijzing kan niet van {status} naar {wat}",
        status=vertaal(STATUS.get(van, van)).lower(),
        wat=wat,
    )


def velden_uit_document(t: Mapping[str, Any]) -> dict[str, Any]:
    """An exchange-format toewijzing with the app's field names (`jeugdige` → `jeugdige_ref`,
    `doel` → `doel_ref`); other keys as they are. A stray key that is an app name itself is
    left out, so it cannot pass for the real field."""
    return {VELDEN_UIT_DOCUMENT.get(k, k): v for k, v in t.items() if k not in DOCUMENT_SLEUTELS}
