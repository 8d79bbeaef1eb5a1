"""The weekly overview as an Excel workbook for the coordinator (kpi.md).

Sheets: Samenvatting (one row per figure, coloured by its norm, with a legend), one sheet per
figure listing the cases behind it (with the breakdown per aanbieder / consulent / verwijzer /
segment beside it), and Trend (12 weeks, two line charts).

Management information must not be traceable to people (003:L1776): the workbook holds
casusnummers, pseudonyms (J-0001…, stable within this workbook only), dates of the case,
codes and the gebruikersnaam of medewerkers – never a client's name, BSN, birth date or
address, also not in sheet names or document properties.

Written with openpyxl's write-only mode (memory stays flat for long lists) into a temporary
file next to the target, which replaces the target only when complete.
"""

import contextlib
import csv
import warnings
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from jeugdloket.bestanden import vervang_atomair
from jeugdloket.paden import RESOURCES
from jeugdloket.regels.codelijsten import codelijst
from jeugdloket.regels.kpi import (
    DREMPEL_ORANJE,
    KENGETALLEN,
    MAX_ORANJE_NORM_NUL,
    NVT,
    Kengetal,
    Overzicht,
    beoordeel,
    decimaal,
)

DATUM = "DD-MM-YYYY"
PROCENT = "0.0%"
GEHEEL = "0"
EEN_DECIMAAL = "0.0"

MEET_RIJEN = 2000  # rows looked at to fit a column's width

KLEUREN = {"groen": "C6EFCE", "oranje": "FFD8A8", "rood": "FFC7CE"}
_VULLING = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in KLEUREN.items()}
_TITEL = Font(bold=True, size=14)
_VET = Font(bold=True)
_KLEIN = Font(italic=True, color="555555")
_MIDDEN = Alignment(horizontal="center")

BLADNAMEN = {
    1: "1 Nieuwe aanmeldingen",
    2: "2 Open casussen",
    3: "3 Eerste contact",
    4: "4 Verklarende analyse",
    5: "5 FGP aangeboden",
    6: "6 FGP opgesteld",
    7: "7 Perspectiefplan 16+",
    8: "8 Wachtenden",
    9: "9 Wachtenden JB",
    10: "10 Evaluatie",
    11: "11 Caseload",
    12: "12 Verwijzers",
    13: "13 Segmenten",
    14: "14 Afgesloten",
}

OMSCHRIJVING = {
    1: "Casussen met de aanmelddatum in de week.",
    2: "Casussen die op de peildatum open zijn: aangemeld op of vóór de peildatum en niet "
    "afgesloten op of vóór de peildatum.",
    3: "Casussen waarvan de deadline voor het eerste contact (einde van de 3e werkdag na de dag "
    "van aanmelding) in de week valt. Voldoet: eerste contact op of vóór de deadline; zonder "
    "eerste contact telt als te laat.",
    4: "Jeugdigen met op de peildatum een actieve toewijzing in segment 1 of 2. Voldoet: de "
    "verklarende analyse van hun casus is afgerond op of vóór de peildatum.",
    5: "Casussen met op de peildatum minstens één actieve toewijzing. Voldoet: familiegroepsplan "
    "aangeboden op of vóór de peildatum.",
    6: "Dezelfde casussen als bij 5. Voldoet: familiegroepsplan met status opgesteld en opgesteld "
    "op of vóór de peildatum.",
    7: "Jeugdigen van 16 jaar of ouder op de peildatum met een actieve toewijzing. Voldoet: een "
    "perspectiefplan voor die jeugdige, opgesteld op of vóór de peildatum.",
    8: "Toewijzingen die op de peildatum wachten: niet afgewezen, aangevraagd op of vóór de "
    "peildatum en nog niet ingegaan. Dagen wachtend = peildatum − aanvraagdatum.",
    9: "Wachtende toewijzingen met productcategorie 48 (jeugdbescherming).",
    10: "Toewijzingen die op de peildatum actief zijn en minstens 91 dagen eerder ingingen. "
    "Voldoet: de casus heeft een evaluatie (contactmoment) na de ingangsdatum en op of vóór "
    "de peildatum.",
    11: "Open casussen op de peildatum per consulent. Waarde: gemiddelde caseload van de "
    "consulenten met open casussen.",
    12: "Aanmeldingen in de week per verwijzer (COD327), en in de 12 weken tot en met deze week.",
    13: "Actieve toewijzingen op de peildatum per segment.",
    14: "Casussen afgesloten in de week, met hun doorlooptijd (afgesloten op − aanmelddatum).",
}

KOPPEN = {
    "casusnummer": "Casusnummer",
    "jeugdige": "Jeugdige (pseudoniem)",
    "aanmelddatum": "Aanmelddatum",
    "deadline": "Deadline eerste contact",
    "eerste_contact": "Eerste contact",
    "voldoet": "Voldoet",
    "consulent": "Consulent",
    "verwijzer": "Verwijzer",
    "segment": "Segment",
    "analyse_afgerond_op": "Analyse afgerond op",
    "fgp_aangeboden_op": "FGP aangeboden op",
    "fgp_status": "FGP status",
    "fgp_opgesteld_op": "FGP opgesteld op",
    "perspectiefplan_opgesteld_op": "Perspectiefplan opgesteld op",
    "aanbieder_agb": "Aanbieder (AGB)",
    "productcategorie": "Productcategorie",
    "aanvraagdatum": "Aanvraagdatum",
    "ingangsdatum": "Ingangsdatum",
    "einddatum": "Einddatum",
    "dagen_wachtend": "Dagen wachtend",
    "laatste_evaluatie": "Laatste evaluatie",
    "afgesloten_op": "Afgesloten op",
    "doorlooptijd": "Doorlooptijd (dagen)",
    "wachtenden": "Wachtenden",
    "langste_wachttijd": "Langste wachttijd (dagen)",
    "open_casussen": "Open casussen",
    "aanmeldingen_week": "Aanmeldingen in de week",
    "aanmeldingen_12_weken": "Aanmeldingen in 12 weken",
    "actieve_toewijzingen": "Actieve toewijzingen",
    "omschrijving": "Omschrijving",
}

# The counts and the shares of the trend, each in its own chart (different scales).
# The trend in three charts: flows and waiting, stocks (much larger numbers), and shares.
TREND_STROMEN = (1, 8, 9, 14)
TREND_VOORRAAD = (2, 13)
TREND_AANDELEN = (3, 4, 5, 6, 7, 10)


class Afgebroken(Exception):
    """The user cancelled; the target file was not touched."""


Voortgang = Callable[[int, int], None]


# ---------------------------------------------------------------- cells


class _Blad:
    """A write-only sheet plus the widths of its columns, known before the first row is written."""

    def __init__(self, wb: Workbook, titel: str):
        self.ws = wb.create_sheet(titel)
        self.breedtes: dict[int, float] = {}

    def meet(self, kolom: int, waarde: Any) -> None:
        if isinstance(waarde, (date, datetime)):
            lengte = 10
        elif isinstance(waarde, float):
            lengte = 8
        else:
            lengte = len(str(waarde)) if waarde is not None else 0
        self.breedtes[kolom] = max(self.breedtes.get(kolom, 8), min(lengte + 2, 60))

    def zet_breedtes(self) -> None:
        for kolom, breedte in self.breedtes.items():
            self.ws.column_dimensions[get_column_letter(kolom)].width = breedte


def _cel(
    ws,
    waarde: Any,
    formaat: str | None = None,
    font=None,
    vulling=None,
    link=None,
    uitlijning=None,
):
    cel = WriteOnlyCell(ws, value=waarde)
    if uitlijning is not None:
        cel.alignment = uitlijning
    if formaat:
        cel.number_format = formaat
    if font is not None:
        cel.font = font
    if vulling is not None:
        cel.fill = vulling
    if link is not None:
        cel.hyperlink = link
    return cel


class _Cellen:
    """List values as they go into cells: dates as real dates shown DD-MM-YYYY, ja/nee for
    yes/no, everything else as is.

    Only a date needs a cell object of its own; it gets one shared, ready-made style array
    instead of the number-format lookup per cell (tens of thousands of dates in a big register).
    """

    def __init__(self, ws):
        self.ws = ws
        proef = WriteOnlyCell(ws)
        proef.number_format = DATUM
        self._datumstijl = proef._style  # never changed after this: safe to share

    def __call__(self, waarde: Any) -> Any:
        if waarde is None or waarde.__class__ in (str, int):
            return waarde
        if isinstance(waarde, bool):
            return "ja" if waarde else "nee"
        if isinstance(waarde, date):
            cel = WriteOnlyCell(self.ws)
            cel._style = self._datumstijl
            cel.value = waarde.date() if isinstance(waarde, datetime) else waarde
            return cel
        return waarde


def _tabel(ws, naam: str, koppen: Sequence[str], eerste_rij: int, aantal: int, kolom: int = 1):
    """An Excel table over header + rows (none for an empty list: Excel refuses header-only)."""
    if aantal == 0:
        return
    links = get_column_letter(kolom)
    rechts = get_column_letter(kolom + len(koppen) - 1)
    tabel = Table(
        displayName=naam,
        ref=f"{links}{eerste_rij}:{rechts}{eerste_rij + aantal}",
        tableStyleInfo=TableStyleInfo(name="TableStyleMedium2", showRowStripes=True),
    )
    # Write-only sheets cannot be read back by openpyxl: the column names are given here.
    tabel.tableColumns = [TableColumn(id=i, name=k) for i, k in enumerate(koppen, start=1)]
    tabel.autoFilter = AutoFilter(ref=tabel.ref)
    with warnings.catch_warnings():
        # openpyxl warns on every write-only table that columns must be given: they are.
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(tabel)


def _toelichting(k: Kengetal) -> str:
    if k.nummer == 8:
        langste = k.extra.get("langste_wachttijd")
        return f"langste wachttijd {langste} dagen" if langste is not None else ""
    if k.nummer == 11:
        delen = [f"{k.extra.get('consulenten', 0)} consulenten met open casussen"]
        if k.extra.get("hoogste") is not None:
            delen.append(f"hoogste caseload {k.extra['hoogste']}")
        if k.extra.get("zonder_consulent"):
            delen.append(f"{k.extra['zonder_consulent']} open casussen zonder consulent")
        return "; ".join(delen)
    if k.nummer == 12:
        return f"in de 12 weken tot en met deze week: {k.extra.get('twaalf_weken', 0)}"
    if k.nummer == 13:
        return "; ".join(f"segment {s}: {n}" for s, n in k.uitsplitsing)
    if k.nummer == 14:
        gem = k.extra.get("gemiddelde_doorlooptijd")
        return f"gemiddelde doorlooptijd {decimaal(gem)} dagen" if gem is not None else ""
    return ""


def _kengetal_cel(ws, k: Kengetal) -> WriteOnlyCell:
    vulling = _VULLING.get(k.beoordeling) if k.beoordeling else None
    if k.soort == "aandeel":
        if k.breuk is None:
            return _cel(ws, NVT)
        return _cel(ws, k.waarde, PROCENT, vulling=vulling)
    if k.waarde is None:
        return _cel(ws, NVT)
    if k.soort == "gemiddelde":
        return _cel(ws, k.waarde, EEN_DECIMAAL, vulling=vulling)
    return _cel(ws, k.waarde, GEHEEL, vulling=vulling)


# ---------------------------------------------------------------- sheets


def _samenvatting(wb: Workbook, o: Overzicht, gemaakt_op: datetime) -> None:
    b = _Blad(wb, "Samenvatting")
    ws = b.ws
    koppen = ("Kengetal", "Waarde", "Norm", "Teller/noemer", "Toelichting", "Blad")
    rijen = []
    for k in o.kengetallen:
        teller_noemer = f"{k.teller}/{k.noemer}" if k.soort == "aandeel" else None
        rijen.append((k.label, k, k.norm, teller_noemer, _toelichting(k), BLADNAMEN[k.nummer]))
    for i, kop in enumerate(koppen, start=1):
        b.meet(i, kop)
    for rij in rijen:
        for i, w in enumerate(rij, start=1):
            b.meet(i, w.weergave if isinstance(w, Kengetal) else w)
    b.breedtes[5] = min(b.breedtes.get(5, 10), 80)
    b.zet_breedtes()
    ws.freeze_panes = "A4"

    ws.append([_cel(ws, f"Weekoverzicht {o.week}", font=_TITEL)])
    ws.append(
        [
            _cel(
                ws,
                f"Week {o.week}: maandag {o.week.maandag:%d-%m-%Y} tot en met zondag "
                f"{o.week.zondag:%d-%m-%Y}; peildatum {o.peildatum:%d-%m-%Y}. "
                f"Gemaakt op {gemaakt_op:%d-%m-%Y %H:%M}.",
                font=_KLEIN,
            )
        ]
    )
    ws.append([_cel(ws, k, font=_VET) for k in koppen])
    for rij_nr, (label, k, norm, tn, toel, blad) in enumerate(rijen, start=4):
        ws.append(
            [
                label,
                _kengetal_cel(ws, k),
                _cel(ws, norm, uitlijning=_MIDDEN),
                _cel(ws, tn, uitlijning=_MIDDEN),
                toel,
                _cel(
                    ws,
                    blad,
                    link=Hyperlink(ref=f"F{rij_nr}", location=f"'{blad}'!A1", display=blad),
                ),
            ]
        )
    _tabel(ws, "TabelSamenvatting", koppen, 3, len(rijen))

    ws.append([])
    ws.append([_cel(ws, "Legenda", font=_VET)])
    drempel = f"{float(DREMPEL_ORANJE):.0%}"
    for kleur, tekst in (
        ("groen", "Norm gehaald: 100% bij norm 100%, 0 bij norm 0."),
        (
            "oranje",
            f"Bij norm 100%: {drempel} tot 100% (het tussendoel op weg naar 100%). "
            f"Bij norm 0: {MAX_ORANJE_NORM_NUL}.",
        ),
        (
            "rood",
            f"Bij norm 100%: minder dan {drempel}. Bij norm 0: {MAX_ORANJE_NORM_NUL + 1} of meer.",
        ),
    ):
        ws.append([_cel(ws, kleur, vulling=_VULLING[kleur]), tekst])
    for tekst in (
        "Zonder norm (–) krijgt een kengetal geen kleur.",
        f"{NVT} = de populatie is leeg (geen 0% en geen 100%).",
        "Een percentage staat als exacte verhouding in de cel; Excel toont één decimaal.",
        "Actieve toewijzing op dag D: niet afgewezen, ingangsdatum op of vóór D, einddatum leeg "
        "of op of na D.",
        "Werkdagen: maandag tot en met vrijdag, zonder feestdagen (holidays.NL)"
        + (
            " en zonder de sluitingsdagen "
            + ", ".join(f"{d:%d-%m-%Y}" for d in o.sluitingsdagen)
            + "."
            if o.sluitingsdagen
            else " en zonder sluitingsdagen."
        ),
        "Privacy: alleen casusnummers en pseudoniemen (J-0001 …, alleen binnen dit bestand "
        "hetzelfde); geen namen, BSN, geboortedata of adressen.",
    ):
        ws.append([None, _cel(ws, tekst, font=_KLEIN)])


def _uitsplitsing(k: Kengetal) -> tuple[tuple[str, ...], list[tuple]]:
    kolommen = k.uitsplitsing_kolommen
    rijen = list(k.uitsplitsing)
    if k.nummer == 12:
        namen = codelijst("COD327")
        kolommen = (kolommen[0], "omschrijving", *kolommen[1:])
        rijen = [(c, namen.get(c, ""), *rest) for c, *rest in rijen]
    elif k.nummer == 13:
        kolommen = (kolommen[0], "omschrijving", *kolommen[1:])
        rijen = [(s, _segmentnamen().get(str(s), ""), n) for s, n in rijen]
    return kolommen, rijen


def _segmentnamen() -> dict[str, str]:
    with open(RESOURCES / "codelijsten" / "segmenten.csv", encoding="utf-8", newline="") as f:
        return {r["segment"]: r["naam"] for r in csv.DictReader(f)}


def _kengetal_blad(
    wb: Workbook, o: Overzicht, k: Kengetal, afgebroken: Callable[[], bool] | None
) -> None:
    b = _Blad(wb, BLADNAMEN[k.nummer])
    ws = b.ws
    lijst_koppen = [KOPPEN[c] for c in k.kolommen]
    split_sleutels, split_rijen = _uitsplitsing(k)
    split_koppen = [KOPPEN[c] for c in split_sleutels]
    # The breakdown (if any) on the left, the cases to the right of it after an empty column.
    start = len(split_koppen) + 2 if split_koppen else 1

    for i, kop in enumerate(split_koppen, start=1):
        b.meet(i, kop)
    for rij in split_rijen:
        for i, w in enumerate(rij, start=1):
            b.meet(i, w)
    for i, kop in enumerate(lijst_koppen, start=start):
        b.meet(i, kop)
    # The widths follow the first rows: the values of a column are of one kind and length.
    for rij in k.regels[:MEET_RIJEN]:
        for i, w in enumerate(rij, start=start):
            b.meet(i, w)
    if split_koppen:
        b.breedtes[start - 1] = 3
    b.breedtes[1] = max(b.breedtes.get(1, 8), 12)
    b.zet_breedtes()
    ws.freeze_panes = "A4"

    uitkomst = k.weergave
    if k.soort == "aandeel":
        uitkomst += f" ({k.teller} van {k.noemer})" if k.noemer else " (lege populatie)"
    if k.norm != "–":
        uitkomst += f"; norm {k.norm}"
    toel = _toelichting(k)
    ws.append([_cel(ws, f"{k.nummer}. {k.label} – week {o.week}", font=_TITEL)])
    ws.append(
        [
            _cel(
                ws,
                f"{OMSCHRIJVING[k.nummer]} Peildatum {o.peildatum:%d-%m-%Y}. "
                f"Uitkomst: {uitkomst}." + (f" {toel[0].upper()}{toel[1:]}." if toel else ""),
                font=_KLEIN,
            )
        ]
    )
    kopregel: list[Any] = [_cel(ws, kop, font=_VET) for kop in split_koppen]
    if split_koppen:
        kopregel.append(None)
    kopregel += [_cel(ws, kop, font=_VET) for kop in lijst_koppen]
    ws.append(kopregel)

    leeg_split = [None] * len(split_koppen)
    cel = _Cellen(ws)
    for n in range(max(len(split_rijen), len(k.regels))):
        if afgebroken is not None and n % 2000 == 0 and afgebroken():
            raise Afgebroken
        rij: list[Any] = []
        if split_koppen:
            if n < len(split_rijen):
                rij += [cel(w) for w in split_rijen[n]]
            else:
                rij += leeg_split
            rij.append(None)
        if n < len(k.regels):
            rij += [cel(w) for w in k.regels[n]]
        ws.append(rij)
    if not k.regels:
        ws.append([None] * (start - 1) + [_cel(ws, "Geen casussen in deze week.", font=_KLEIN)])
    if split_koppen:
        _tabel(ws, f"Uitsplitsing{k.nummer}", split_koppen, 3, len(split_rijen))
    _tabel(ws, f"Kengetal{k.nummer}", lijst_koppen, 3, len(k.regels), kolom=start)


def _trend(wb: Workbook, o: Overzicht) -> None:
    b = _Blad(wb, "Trend")
    ws = b.ws
    nummers = sorted(KENGETALLEN)
    koppen = ["Week", "Maandag", *[f"{n}. {KENGETALLEN[n][0]}" for n in nummers]]
    b.meet(1, "2026-W47")
    b.meet(2, date.today())
    for i in range(3, len(koppen) + 1):
        b.breedtes[i] = 14
    b.zet_breedtes()
    ws.freeze_panes = "C4"
    ws.append([_cel(ws, f"Trend – de 12 weken tot en met {o.week}", font=_TITEL)])
    ws.append(
        [
            _cel(
                ws,
                f"De kengetallen per week, zoals op het blad Samenvatting. Een lege cel is {NVT} "
                "(lege populatie).",
                font=_KLEIN,
            )
        ]
    )
    kopcellen = [_cel(ws, k, font=_VET, vulling=None) for k in koppen]
    for c in kopcellen:
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 48  # the labels wrap over three lines
    ws.append(kopcellen)
    for punt in o.trend:
        rij: list[Any] = [str(punt.week), _cel(ws, punt.week.maandag, DATUM)]
        for n in nummers:
            soort = KENGETALLEN[n][2]
            w = punt.waarden.get(n)
            if w is None:
                rij.append(None)
                continue
            formaat = {"aandeel": PROCENT, "gemiddelde": EEN_DECIMAAL}.get(soort, GEHEEL)
            vulling = _VULLING.get(beoordeel(n, w)) if soort == "aandeel" or n == 9 else None
            rij.append(_cel(ws, w, formaat, vulling=vulling))
        ws.append(rij)
    _tabel(ws, "TabelTrend", koppen, 3, len(o.trend))

    laatste = 3 + len(o.trend)
    weken = Reference(ws, min_col=1, min_row=4, max_row=laatste)
    for titel, reeks, anker, procent in (
        ("Aanmeldingen, wachtenden en afgesloten", TREND_STROMEN, f"A{laatste + 3}", False),
        ("Open casussen en actieve toewijzingen", TREND_VOORRAAD, f"H{laatste + 3}", False),
        ("Percentages per week", TREND_AANDELEN, f"O{laatste + 3}", True),
    ):
        grafiek = LineChart()
        grafiek.title = titel
        grafiek.height, grafiek.width = 9, 17
        grafiek.y_axis.title = "%" if procent else "aantal"
        grafiek.x_axis.title = "week"
        if procent:
            grafiek.y_axis.number_format = "0%"
            grafiek.y_axis.scaling.min = 0
            grafiek.y_axis.scaling.max = 1
        for n in reeks:
            kolom = 3 + nummers.index(n)
            grafiek.add_data(
                Reference(ws, min_col=kolom, min_row=3, max_row=laatste), titles_from_data=True
            )
        grafiek.set_categories(weken)
        ws.add_chart(grafiek, anker)


# ---------------------------------------------------------------- the workbook


def _ruim_op(wb: Workbook) -> None:
    """A workbook that will not be saved: remove the temporary files openpyxl streams each
    write-only sheet into (they hold casusnummers and would stay until the program exits)."""
    for ws in wb.worksheets:
        schrijver = getattr(ws, "_writer", None)
        if schrijver is None:
            continue
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        with contextlib.suppress(Exception):
            schrijver.cleanup()


def schrijf_weekoverzicht(
    overzicht: Overzicht,
    pad: str | Path,
    voortgang: Voortgang | None = None,
    afgebroken: Callable[[], bool] | None = None,
    gemaakt_op: datetime | None = None,
) -> Path:
    """Write the workbook atomically; `afgebroken()` returning True stops it (raises Afgebroken)
    and leaves the target as it was. `voortgang(gedaan, totaal)` counts sheets."""
    pad = Path(pad)
    gemaakt_op = gemaakt_op or datetime.now().replace(microsecond=0)
    totaal = len(overzicht.kengetallen) + 3  # summary, figures, trend, saving
    gedaan = 0

    def stap() -> None:
        nonlocal gedaan
        if afgebroken is not None and afgebroken():
            raise Afgebroken
        gedaan += 1
        if voortgang is not None:
            voortgang(gedaan, totaal)

    wb = Workbook(write_only=True)
    p = wb.properties
    p.title = f"Weekoverzicht {overzicht.week}"
    p.subject = "Kengetallen van het jeugdteam"
    p.description = (
        f"Week {overzicht.week}, peildatum {overzicht.peildatum:%d-%m-%Y}; "
        "casusnummers en pseudoniemen, geen persoonsgegevens van cliënten"
    )
    p.keywords = "weekoverzicht; kengetallen; jeugdteam"
    p.creator = "Jeugdloket"
    p.lastModifiedBy = "Jeugdloket"
    p.created = p.modified = gemaakt_op

    try:
        _samenvatting(wb, overzicht, gemaakt_op)
        stap()
        for k in overzicht.kengetallen:
            _kengetal_blad(wb, overzicht, k, afgebroken)
            stap()
        _trend(wb, overzicht)
        stap()
    except BaseException:
        _ruim_op(wb)
        raise

    map_ = pad.parent if str(pad.parent) else Path(".")
    map_.mkdir(parents=True, exist_ok=True)

    def bewaar(naar: str) -> None:
        wb.save(naar)
        if afgebroken is not None and afgebroken():
            raise Afgebroken  # cancelled at the last moment: the old file stays

    vervang_atomair(pad, bewaar)
    if voortgang is not None:
        voortgang(totaal, totaal)
    return pad


__all__ = ["BLADNAMEN", "KOPPEN", "Afgebroken", "schrijf_weekoverzicht"]
