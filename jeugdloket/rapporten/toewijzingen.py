"""The toewijzingen for the municipality's back office (xlsx), with the JW301 fields.

This file carries the BSN and name of every jeugdige: it is the back office's work list for
the JW301 messages, not management information. Written by
`services.backoffice.exporteer_backoffice` only (the place the access log hooks in).
Codes are text cells (leading zeros kept) next to their omschrijving; dates are real dates
shown as DD-MM-JJJJ.
"""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from jeugdloket.bestanden import vervang_atomair
from jeugdloket.regels.codelijsten import codelijst
from jeugdloket.regels.toewijzing import STATUS

DATUM = "DD-MM-YYYY"
MOMENT = "DD-MM-YYYY HH:MM"
EURO = '"€" #,##0.00'
TEKST = "@"


@dataclass(slots=True)
class BackofficeRegel:
    casusnummer: str
    gemeente: str
    bsn: str | None
    geboortedatum: date | None
    naam: str
    jeugdige_ref: str
    productcategorie: str
    status: str
    aanvraagdatum: date | datetime
    aanbieder_agb: str | None = None
    aanbieder: str | None = None
    productcode: str | None = None
    product: str | None = None
    segment: int | None = None
    doel_ref: str | None = None
    ingangsdatum: date | datetime | None = None
    einddatum: date | datetime | None = None
    volume: int | None = None
    eenheid: str | None = None
    frequentie: str | None = None
    budget: float | None = None
    verwijzer: str | None = None
    reden_beeindiging: str | None = None
    reden_afwijzing: str | None = None
    toestemming_op: datetime | None = None
    toestemming_toelichting: str | None = None
    gedeeld_op: datetime | None = None


def _omschrijving(lijst: str, code: str | None) -> str | None:
    return codelijst(lijst).get(code, "") if code else None


def _dag(v: date | datetime | None) -> date | None:
    return v.date() if isinstance(v, datetime) else v


def _budget(v: float | None) -> float | int | None:
    return int(v) if isinstance(v, float) and v.is_integer() else v


# (header, value of a row, number format); the order is the back office's reading order.
KOLOMMEN = (
    ("Casusnummer", lambda r: r.casusnummer, TEKST),
    ("BSN", lambda r: r.bsn, TEKST),
    ("Geboortedatum", lambda r: r.geboortedatum, DATUM),
    ("Naam jeugdige", lambda r: r.naam, None),
    ("Gemeente", lambda r: r.gemeente, None),
    ("Productcategorie", lambda r: r.productcategorie, TEKST),
    ("Omschrijving productcategorie", lambda r: _omschrijving("JZ020", r.productcategorie), None),
    ("Productcode", lambda r: r.productcode, TEKST),
    ("Product", lambda r: r.product, None),
    ("Segment", lambda r: r.segment, None),
    ("AGB-code aanbieder", lambda r: r.aanbieder_agb, TEKST),
    ("Aanbieder", lambda r: r.aanbieder, None),
    ("Ingangsdatum", lambda r: _dag(r.ingangsdatum), DATUM),
    ("Einddatum", lambda r: _dag(r.einddatum), DATUM),
    ("Volume", lambda r: r.volume, None),
    ("Eenheid", lambda r: r.eenheid, TEKST),
    ("Omschrijving eenheid", lambda r: _omschrijving("WJ756", r.eenheid), None),
    ("Frequentie", lambda r: r.frequentie, TEKST),
    ("Omschrijving frequentie", lambda r: _omschrijving("WMO757", r.frequentie), None),
    ("Budget (€)", lambda r: _budget(r.budget), EURO),
    ("Verwijzer", lambda r: r.verwijzer, TEKST),
    ("Omschrijving verwijzer", lambda r: _omschrijving("COD327", r.verwijzer), None),
    ("Status", lambda r: STATUS.get(r.status, r.status), None),
    ("Aanvraagdatum", lambda r: _dag(r.aanvraagdatum), DATUM),
    ("Reden beëindiging", lambda r: r.reden_beeindiging, TEKST),
    (
        "Omschrijving reden beëindiging",
        lambda r: _omschrijving("JZ588", r.reden_beeindiging),
        None,
    ),
    ("Reden afwijzing", lambda r: r.reden_afwijzing, TEKST),
    ("Omschrijving reden afwijzing", lambda r: _omschrijving("WJ759", r.reden_afwijzing), None),
    ("Toestemming gezin op", lambda r: r.toestemming_op, MOMENT),
    ("Toestemming gegeven door / hoe", lambda r: r.toestemming_toelichting, None),
    ("Gedeeld met aanbieder op", lambda r: r.gedeeld_op, MOMENT),
)
KOPPEN = tuple(k for k, _, _ in KOLOMMEN)


def _breedte(v, formaat: str | None = None) -> int:
    if v is None:
        return 0
    if formaat == EURO:
        return len(f"€ {v:,.2f}")
    if isinstance(v, datetime):
        return 16
    if isinstance(v, date):
        return 10
    return len(str(v))


def schrijf_backoffice(
    regels: list[BackofficeRegel],
    pad: Path,
    filter_tekst: str = "",
    door: str | None = None,
    gemaakt_op: datetime | None = None,
) -> Path:
    """Write the workbook atomically: a sheet Toewijzingen and a short Toelichting."""
    gemaakt_op = gemaakt_op or datetime.now().replace(microsecond=0)
    wb = Workbook()
    ws = wb.active
    ws.title = "Toewijzingen"
    ws.append(list(KOPPEN))
    vet = Font(bold=True)
    kopkleur = PatternFill("solid", fgColor="DDE7F0")
    for cel in ws[1]:
        cel.font = vet
        cel.fill = kopkleur
        cel.alignment = Alignment(vertical="top", wrap_text=False)
    breedtes = [len(k) for k in KOPPEN]
    for r in regels:
        waarden = [waarde(r) for _, waarde, _ in KOLOMMEN]
        ws.append(waarden)
        for i, v in enumerate(waarden):
            breedtes[i] = max(breedtes[i], _breedte(v, KOLOMMEN[i][2]))
    for i, (_, _, formaat) in enumerate(KOLOMMEN, start=1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = min(max(breedtes[i - 1], 6) + 2, 60)
        if formaat:
            for (cel,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cel.number_format = formaat
    ws.freeze_panes = "A2"
    if regels:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(KOLOMMEN))}{len(regels) + 1}"

    uitleg = wb.create_sheet("Toelichting")
    for regel in (
        ("Toewijzingen voor de backoffice", None),
        ("Gemaakt op", gemaakt_op),
        ("Door", door or ""),
        ("Selectie", filter_tekst),
        ("Aantal toewijzingen", len(regels)),
        (None, None),
        (
            "Let op",
            "Dit bestand bevat BSN's en namen van jeugdigen. Alleen voor de backoffice van de "
            "gemeente (JW301-berichten); niet doorsturen, verwijderen na verwerking.",
        ),
        (
            "Codes",
            "Productcategorie JZ020, eenheid WJ756, frequentie WMO757, verwijzer COD327, "
            "reden beëindiging JZ588, reden afwijzing WJ759 (iJw-codelijsten).",
        ),
    ):
        uitleg.append(list(regel))
    uitleg["A1"].font = Font(bold=True, size=13)
    uitleg["B2"].number_format = MOMENT
    uitleg.column_dimensions["A"].width = 22
    uitleg.column_dimensions["B"].width = 100
    p = wb.properties
    p.title = "Toewijzingen voor de backoffice"
    p.creator = "Jeugdloket"
    p.lastModifiedBy = "Jeugdloket"
    vervang_atomair(Path(pad), wb.save)
    return Path(pad)
