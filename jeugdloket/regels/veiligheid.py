"""Rules of the meldcode huiselijk geweld en kindermishandeling and the veiligheidsplan (pure:
no database, no Qt), and the checks of their parts of the exchange format."""

from datetime import date
from typing import Any

from jeugdloket.regels.uitwisseling import Controle, json_type
from jeugdloket.taal import vertaal

# The five steps of the meldcode (Wet verplichte meldcode), in order.
STAPPEN: dict[int, str] = {
    1: "Signalen in kaart brengen",
    2: "Collegiale consultatie en zo nodig advies van Veilig Thuis",
    3: "Gesprek met de betrokkene(n)",
    4: "Wegen met het afwegingskader",
    5: "Beslissen: melden en/of hulp verlenen of organiseren",
}
# The afwegingskader of step 4: five questions, each answered ja or nee.
AFWEGINGEN: dict[str, str] = {
    "1": "Is er op basis van stap 1 tot en met 3 een vermoeden van huiselijk geweld of "
    "kindermishandeling?",
    "2": "Is er sprake van acute onveiligheid en/of structurele onveiligheid?",
    "3": "Ben ik in staat effectieve hulp te bieden of te organiseren om de risico's te beperken?",
    "4": "Aanvaarden de betrokkenen de hulp zoals voorgesteld en zijn zij bereid zich in te zetten?",
    "5": "Leidt de hulp binnen de gewenste termijn tot de noodzakelijke veiligheid en/of het "
    "duurzame herstel van het welzijn?",
}
ANTWOORDEN = ("ja", "nee")
ROLLEN = (
    "jeugdconsulent",
    "aandachtsfunctionaris",
    "gedragsdeskundige",
    "collega",
    "Veilig Thuis (advies)",
    "teamleider",
)
STAP_VELDEN = ("datum", "wie", "rol", "toelichting", "afwegingen")
BESLUIT_VELDEN = (
    "melden_noodzakelijk",
    "melden_toelichting",
    "gemeld_op",
    "hulp_mogelijk",
    "hulp_toelichting",
)
TRAJECT_DATUMS = ("gestart_op", "afgerond_op", "gemeld_op")
VEILIGHEIDSPLAN_VELDEN = (
    "opgesteld_op",
    "zorgen",
    "veiligheidsdoelen",
    "afspraken",
    "rol_netwerk",
    "aanbieder",
    "aandachtsfunctionaris",
    "evaluatie_op",
)
VEILIGHEIDSPLAN_DATUMS = ("opgesteld_op", "evaluatie_op")
# One agreement: the signal it is about (als het misgaat), who does what, who checks.
AFSPRAAK_SLEUTELS = ("signaal", "wie", "wat", "controle")

VELDNAMEN = {
    "datum": "Datum",
    "wie": "Wie",
    "rol": "Rol",
    "toelichting": "Overwegingen",
    "afwegingen": "Afwegingen",
    "melden_noodzakelijk": "Is melden noodzakelijk?",
    "melden_toelichting": "Toelichting bij melden",
    "gemeld_op": "Gemeld bij Veilig Thuis op",
    "hulp_mogelijk": "Is hulp verlenen of organiseren (ook) mogelijk?",
    "hulp_toelichting": "Toelichting bij hulp",
    "gestart_op": "Gestart op",
    "afgerond_op": "Afgerond op",
    "opgesteld_op": "Opgesteld op",
    "zorgen": "Zorgen",
    "veiligheidsdoelen": "Veiligheidsdoelen",
    "afspraken": "Afspraken",
    "rol_netwerk": "Rol van het netwerk",
    "aanbieder": "Aanbieder",
    "aandachtsfunctionaris": "Aandachtsfunctionaris",
    "evaluatie_op": "Evaluatie op",
}


def afronden_fouten(traject: dict[str, Any], afgerond_op: date) -> dict[str, str]:
    """What must be in place before a traject is closed: both decisions of step 5 with their
    reasoning, and the date of the melding when melden was necessary."""
    fouten: dict[str, str] = {}
    if traject.get("melden_noodzakelijk") is None:
        fouten["melden_noodzakelijk"] = vertaal("Is melden noodzakelijk? Kies ja of nee bij stap 5")
    elif not traject.get("melden_toelichting"):
        fouten["melden_toelichting"] = vertaal("Toelichting bij melden: schrijf waarom (stap 5)")
    if traject.get("melden_noodzakelijk") and not traject.get("gemeld_op"):
        fouten["gemeld_op"] = vertaal("Gemeld bij Veilig Thuis op: noteer de datum van de melding")
    if traject.get("hulp_mogelijk") is None:
        fouten["hulp_mogelijk"] = vertaal(
            "Is hulp verlenen of organiseren (ook) mogelijk? Kies ja of nee bij stap 5"
        )
    elif not traject.get("hulp_toelichting"):
        fouten["hulp_toelichting"] = vertaal("Toelichting bij hulp: schrijf waarom (stap 5)")
    gestart = traject.get("gestart_op")
    if isinstance(gestart, date) and afgerond_op < gestart:
        fouten["afgerond_op"] = vertaal("Afgerond op ligt vóór de start van het traject")
    return fouten


# ---------------------------------------------------------------- exchange format


def _ja_nee(k: Controle, plek: str, obj: dict, sleutel: str) -> None:
    waarde = obj.get(sleutel)
    if waarde is not None and not isinstance(waarde, bool):
        k.fout(
            plek,
            vertaal(
                "{sleutel} moet true of false zijn, niet {json_type}",
                sleutel=sleutel,
                json_type=json_type(waarde),
            ),
        )


def controleer_meldcode(k: Controle, waar: str, c: dict) -> None:
    """The `meldcode` part: a list of trajects, each with its steps and the two decisions."""
    open_trajecten = 0
    for i, t in k.objecten(waar, c, "meldcode"):
        plek = f"{waar}, meldcode-traject {i}"
        gestart = k.datum(plek, t, "gestart_op", verplicht=True, met_tijd=False)
        afgerond = k.datum(plek, t, "afgerond_op", met_tijd=False)
        k.datum(plek, t, "gemeld_op", met_tijd=False)
        if afgerond is None:
            open_trajecten += 1
        elif gestart is not None and afgerond < gestart:
            k.fout(plek, vertaal("afgerond_op ligt vóór gestart_op"))
        for sleutel in ("melden_noodzakelijk", "hulp_mogelijk"):
            _ja_nee(k, plek, t, sleutel)
        for sleutel in ("melden_toelichting", "hulp_toelichting"):
            k.tekst(plek, t, sleutel)
        stappen: set[int] = set()
        for j, s in k.objecten(plek, t, "stappen"):
            stap = k.geheel(f"{plek}, stap {j}", s, "stap", 1, 5, verplicht=True)
            deel = vertaal("{plek}, stap {waarde}", plek=plek, waarde=stap or j)
            if stap in stappen:
                k.fout(deel, vertaal("deze stap staat twee keer in het traject"))
            stappen.add(stap or 0)
            k.datum(deel, s, "datum", met_tijd=False)
            for sleutel in ("wie", "rol", "toelichting"):
                k.tekst(deel, s, sleutel)
            afwegingen = k.object(deel, s, "afwegingen")
            for vraag, antwoord in (afwegingen or {}).items():
                if vraag not in AFWEGINGEN:
                    k.fout(
                        deel,
                        vertaal("afweging '{vraag}' bestaat niet (1 tot en met 5)", vraag=vraag),
                    )
                elif antwoord not in ANTWOORDEN:
                    k.fout(
                        deel,
                        vertaal(
                            "afweging {vraag}: antwoord '{antwoord}' kan niet; ja of nee",
                            vraag=vraag,
                            antwoord=antwoord,
                        ),
                    )
    if open_trajecten > 1:
        k.fout(
            waar, vertaal("meldcode: er kan maar één traject tegelijk lopen (zonder afgerond_op)")
        )


def controleer_veiligheidsplan(k: Controle, waar: str, c: dict) -> None:
    plan = k.object(waar, c, "veiligheidsplan")
    if plan is None:
        return
    plek = f"{waar}, veiligheidsplan"
    for sleutel in VEILIGHEIDSPLAN_DATUMS:
        k.datum(plek, plan, sleutel, met_tijd=False)
    for sleutel in ("zorgen", "veiligheidsdoelen", "rol_netwerk", "aanbieder"):
        k.tekst(plek, plan, sleutel)
    k.tekst(plek, plan, "aandachtsfunctionaris")
    for i, a in k.objecten(plek, plan, "afspraken"):
        for sleutel in AFSPRAAK_SLEUTELS:
            k.tekst(f"{plek}, afspraak {i}", a, sleutel)
