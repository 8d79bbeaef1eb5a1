"""The PDF of the familiegroepsplan and of the perspectiefplan, for the family (issue 5).

Input is one case in the exchange format (`uitwisseling.md`), plus a `PlanKop` with what the
case itself does not hold: team, version, whether the plan has been vastgesteld, who was
there, the consultant and the print date. The document goes to the family and may be
forwarded: it prints names and what the family and the consultant wrote, never a BSN, a
birth date, an address or any other person field.

Layout: A4, DejaVu Sans (embedded; every name prints: ł, ç, ë, ø, Greek, Cyrillic), a
header with municipality and team on every page, a footer "pagina X van Y" with the print
date and version (the canvas defers `showPage` until the page count is known), a diagonal
"CONCEPT" on every page of a plan that is not vastgesteld, and a signature block at the end.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from jeugdloket.bestanden import schrijf_bytes_atomair
from jeugdloket.paden import RESOURCES
from jeugdloket.regels.codelijsten import codelijst

__all__ = [
    "GEBIEDEN",
    "PlanKop",
    "datum_nl",
    "familiegroepsplan_pdf",
    "familiegroepsplan_pdf_bytes",
    "perspectiefplan_pdf",
    "perspectiefplan_pdf_bytes",
    "plan_pdf_bytes",
    "registreer_lettertype",
]

FONTS = RESOURCES / "fonts"
FAMILIE = "DejaVuSans"
_FONTBESTANDEN = {
    FAMILIE: "DejaVuSans.ttf",
    f"{FAMILIE}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILIE}-Oblique": "DejaVuSans-Oblique.ttf",
    f"{FAMILIE}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
GEWOON, VET, SCHUIN = FAMILIE, f"{FAMILIE}-Bold", f"{FAMILIE}-Oblique"

ACCENT = colors.HexColor("#1F5A73")  # the one accent colour: a calm deep blue-green
TEKST = colors.HexColor("#1E2427")
GRIJS = colors.HexColor("#5B676C")
LIJN = colors.HexColor("#C5D1D6")
TINT = colors.HexColor("#EBF2F5")

MARGE_LINKS = MARGE_RECHTS = 25 * mm
MARGE_BOVEN = 32 * mm  # room for the header
MARGE_ONDER = 26 * mm  # room for the footer

NIET_INGEVULD = "Nog niet ingevuld."
RIJ_SPLITSEN_VANAF = 40 * mm

# Perspectiefplan areas: exchange-format key → heading (fixed order).
GEBIEDEN: dict[str, str] = {
    "wonen": "Wonen",
    "leren_en_werken": "Leren en werken / dagbesteding",
    "geld_en_inkomen": "Geld en inkomen",
    "gezondheid_en_zorg": "Gezondheid en zorg",
    "netwerk_en_relaties": "Netwerk en relaties",
    "vrije_tijd": "Vrije tijd",
    "veiligheid_en_justitie": "Veiligheid en justitie",
}

# The frameworks for help after 18, each with a plain-language line.
KADERS: dict[str, str] = {
    "Wmo": "Wmo: hulp van de gemeente om zelfstandig te wonen en mee te doen",
    "Participatiewet": "Participatiewet: hulp van de gemeente bij werk en inkomen",
    "Wlz": "Wlz (Wet langdurige zorg): zorg die je altijd en de hele dag nodig hebt",
    "verlengde jeugdhulp": "Verlengde jeugdhulp: jeugdhulp die doorloopt tot je 23e",
}

ROLNAMEN = {
    "jeugdige": "jeugdige",
    "ouder": "ouder",
    "verzorger": "verzorger",
    "netwerk": "netwerk",
    "professional": "professional",
}

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

# Minimum age to sign the familiegroepsplan (from 12 a child has its own say in care).
ONDERTEKEN_LEEFTIJD = 12


@dataclass(frozen=True)
class PlanKop:
    """What the PDF needs besides the case: who prints which version, and when."""

    gemeente: str  # e.g. "Westervoort"
    team: str  # e.g. "Sociaal Loket Westervoort – jeugdteam"
    versie: int  # 1, 2, …
    vastgesteld_op: date | None  # None → a "CONCEPT" watermark on every page
    aanwezig: list[str]  # who was present when it was vastgesteld (names)
    consulent: str  # the consultant's name
    gemaakt_op: date  # print date


# --------------------------------------------------------------------------- fonts, styles

_lettertype_slot = threading.Lock()
_lettertype_klaar = False


def registreer_lettertype() -> str:
    """Register the DejaVu Sans family with reportlab once per process; returns its name."""
    global _lettertype_klaar
    if _lettertype_klaar:
        return FAMILIE
    with _lettertype_slot:
        if not _lettertype_klaar:
            bekend = set(pdfmetrics.getRegisteredFontNames())
            for naam, bestand in _FONTBESTANDEN.items():
                if naam not in bekend:
                    pdfmetrics.registerFont(TTFont(naam, str(FONTS / bestand)))
            pdfmetrics.registerFontFamily(
                FAMILIE,
                normal=GEWOON,
                bold=VET,
                italic=SCHUIN,
                boldItalic=f"{FAMILIE}-BoldOblique",
            )
            _lettertype_klaar = True
    return FAMILIE


@dataclass(frozen=True)
class _Stijlen:
    titel: ParagraphStyle
    ondertitel: ParagraphStyle
    kop2: ParagraphStyle
    kop3: ParagraphStyle
    tekst: ParagraphStyle
    leeg: ParagraphStyle
    opsomming: ParagraphStyle
    klein: ParagraphStyle
    label: ParagraphStyle
    cel: ParagraphStyle
    celkop: ParagraphStyle
    citaat: ParagraphStyle


_stijlen: _Stijlen | None = None


def _maak_stijlen() -> _Stijlen:
    global _stijlen
    if _stijlen is None:
        registreer_lettertype()
        tekst = ParagraphStyle(
            "plan-tekst",
            fontName=GEWOON,
            bulletFontName=GEWOON,
            fontSize=10.5,
            leading=15.5,
            textColor=TEKST,
            spaceAfter=5,
            allowWidows=0,
            allowOrphans=0,
        )
        _stijlen = _Stijlen(
            titel=ParagraphStyle(
                "plan-titel",
                parent=tekst,
                fontName=VET,
                fontSize=24,
                leading=29,
                textColor=ACCENT,
                spaceAfter=3,
            ),
            ondertitel=ParagraphStyle(
                "plan-ondertitel", parent=tekst, fontSize=12, leading=16, textColor=GRIJS
            ),
            kop2=ParagraphStyle(
                "plan-kop2",
                parent=tekst,
                fontName=VET,
                fontSize=14,
                leading=18,
                textColor=ACCENT,
                spaceBefore=16,
                spaceAfter=6,
            ),
            kop3=ParagraphStyle(
                "plan-kop3",
                parent=tekst,
                fontName=VET,
                fontSize=10.5,
                leading=14,
                textColor=TEKST,
                spaceBefore=7,
                spaceAfter=2,
            ),
            tekst=tekst,
            leeg=ParagraphStyle("plan-leeg", parent=tekst, fontName=SCHUIN, textColor=GRIJS),
            opsomming=ParagraphStyle(
                "plan-opsomming", parent=tekst, leftIndent=14, bulletIndent=2, spaceAfter=2
            ),
            klein=ParagraphStyle(
                "plan-klein", parent=tekst, fontSize=9, leading=12, textColor=GRIJS, spaceAfter=0
            ),
            label=ParagraphStyle(
                "plan-label", parent=tekst, fontSize=9.5, leading=14, textColor=GRIJS, spaceAfter=0
            ),
            cel=ParagraphStyle("plan-cel", parent=tekst, fontSize=10, leading=13.5, spaceAfter=0),
            celkop=ParagraphStyle(
                "plan-celkop",
                parent=tekst,
                fontName=VET,
                fontSize=9.5,
                leading=13,
                textColor=ACCENT,
                spaceAfter=0,
            ),
            citaat=ParagraphStyle(
                "plan-citaat",
                parent=tekst,
                fontSize=11.5,
                leading=17.5,
                leftIndent=12,
                rightIndent=12,
                backColor=TINT,
                borderPadding=(10, 12, 10, 12),
                spaceBefore=16,
                spaceAfter=16,
            ),
        )
    return _stijlen


# --------------------------------------------------------------------------- small helpers

_ONZICHTBAAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _leeg(waarde: Any) -> bool:
    if waarde is None:
        return True
    if isinstance(waarde, str):
        return not waarde.strip()
    if isinstance(waarde, list | tuple | dict):
        return not waarde
    return False


def _schoon(tekst: Any) -> str:
    """User text as plain text: newlines normalised, control characters removed."""
    s = str(tekst).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _ONZICHTBAAR.sub("", s).strip()


def _markup(tekst: Any) -> str:
    """User text as Paragraph markup: escaped, newlines kept as line breaks."""
    return escape(_schoon(tekst)).replace("\n", "<br/>")


_ISO_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?")


def _als_datum(waarde: Any) -> date | None:
    if isinstance(waarde, datetime):
        return waarde.date()
    if isinstance(waarde, date):
        return waarde
    if isinstance(waarde, str) and _ISO_DATUM.fullmatch(waarde.strip()):
        with suppress(ValueError):
            return date.fromisoformat(waarde.strip()[:10])
    return None


def datum_nl(waarde: Any) -> str:
    """'2026-12-02' → '2 december 2026'; text that is not a date ('elke week') stays as it is."""
    d = _als_datum(waarde)
    if d is not None:
        return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"
    return "" if waarde is None else _schoon(waarde)


def _leeftijd(geboortedatum: Any, op: date) -> int | None:
    d = _als_datum(geboortedatum)
    if d is None:
        return None
    return op.year - d.year - ((op.month, op.day) < (d.month, d.day))


class _Personen:
    """Resolves person references of one case to names ("voornaam tussenvoegsel achternaam")."""

    def __init__(self, casus: dict[str, Any], consulent: str) -> None:
        self.lijst: list[dict[str, Any]] = [
            p for p in (casus.get("personen") or []) if isinstance(p, dict)
        ]
        self.per_id = {str(p.get("id")): p for p in self.lijst if p.get("id") is not None}
        self.consulent = consulent

    @staticmethod
    def naam_van(persoon: dict[str, Any]) -> str:
        delen = (persoon.get(k) for k in ("voornaam", "tussenvoegsel", "achternaam"))
        return " ".join(_schoon(d) for d in delen if not _leeg(d))

    def naam(self, ref: Any) -> str:
        if _leeg(ref):
            return ""
        persoon = self.per_id.get(str(ref).strip())
        if persoon is None:
            return _schoon(ref)  # not a reference: a name or a description; print as it is
        return self.naam_van(persoon) or _schoon(ref)

    def omschrijving(self, ref: Any) -> str:
        """Name with the role or relationship, e.g. 'Ria Jansen (familielid)'."""
        naam = self.naam(ref)
        persoon = self.per_id.get(str(ref).strip()) if not _leeg(ref) else None
        if persoon is None:
            return naam
        rol = ""
        relatie = persoon.get("relatie")
        if not _leeg(relatie):
            rol = codelijst("COD472").get(str(relatie), "")
            rol = rol[:1].lower() + rol[1:] if rol else ""
        if not rol:
            rol = ROLNAMEN.get(str(persoon.get("rol") or ""), "")
        return f"{naam} ({rol})" if rol else naam

    def wie(self, actie: dict[str, Any]) -> str:
        wie = actie.get("wie")
        if isinstance(wie, list | tuple):
            namen = [self.naam(w) for w in wie if not _leeg(w)]
            if namen:
                return ", ".join(namen)
        elif not _leeg(wie):
            return self.naam(wie)
        if actie.get("door_consulent"):
            return f"{self.consulent} (consulent)" if self.consulent else "consulent"
        return "–"

    def met_rol(self, *rollen: str) -> list[dict[str, Any]]:
        return [p for p in self.lijst if p.get("rol") in rollen]


def _alineas(tekst: Any, stijl: ParagraphStyle, leeg: ParagraphStyle) -> list[Flowable]:
    """A text as paragraphs (a blank line starts a new one); empty → 'Nog niet ingevuld.'."""
    if _leeg(tekst):
        return [Paragraph(NIET_INGEVULD, leeg)]
    delen = re.split(r"\n[ \t]*\n", _schoon(tekst))
    return [Paragraph(_markup(d), stijl) for d in delen if d.strip()]


KOP2_HOOGTE = 40  # spaceBefore + leading + spaceAfter of kop2, in points
KOP3_HOOGTE = 23


def _kop2(tekst: str, st: _Stijlen, daarna: float = 0) -> list[Flowable]:
    """A heading that is never left alone at the bottom of a page: it goes over when less
    than 4 cm is left, or less than it needs for the start of what follows (`daarna`)."""
    return [CondPageBreak(max(40 * mm, KOP2_HOOGTE + daarna)), Paragraph(escape(tekst), st.kop2)]


def _kop3(tekst: str, st: _Stijlen, daarna: float = 0) -> list[Flowable]:
    return [CondPageBreak(max(25 * mm, KOP3_HOOGTE + daarna)), Paragraph(escape(tekst), st.kop3)]


def _opsomming(regels: Iterable[str], st: _Stijlen) -> list[Flowable]:
    uit: list[Flowable] = [
        Paragraph(_markup(r), st.opsomming, bulletText="•") for r in regels if r.strip()
    ]
    return uit or [Paragraph(NIET_INGEVULD, st.leeg)]


def _actietabel(
    acties: Sequence[Any], personen: _Personen, st: _Stijlen
) -> tuple[list[Flowable], float]:
    """Who does what, when: a table that breaks across pages with its header repeated.

    Also returns the height the table needs to start on a page (header row plus its first
    row, or the part of it that may be split off), for the heading above it."""
    rijen = [a for a in acties if isinstance(a, dict)]
    if not rijen:
        return [Paragraph(NIET_INGEVULD, st.leeg)], 0
    data: list[list[Any]] = [
        [Paragraph("Wie", st.celkop), Paragraph("Wat", st.celkop), Paragraph("Wanneer", st.celkop)]
    ]
    for actie in rijen:
        wat = actie.get("wat")
        wanneer = actie.get("wanneer")
        data.append(
            [
                Paragraph(_markup(personen.wie(actie)), st.cel),
                Paragraph(_markup(wat) if not _leeg(wat) else "–", st.cel),
                Paragraph(_markup(datum_nl(wanneer)) if not _leeg(wanneer) else "–", st.cel),
            ]
        )
    breedte = A4[0] - MARGE_LINKS - MARGE_RECHTS
    kolommen = [breedte * 0.27, breedte * 0.48, breedte * 0.25]
    hoogten = [
        max(cel.wrap(w - 12, 10_000)[1] for cel, w in zip(rij, kolommen, strict=True)) + 11
        for rij in data[:2]
    ]
    nodig = 2 + hoogten[0] + min(hoogten[1], RIJ_SPLITSEN_VANAF + 8)
    tabel = Table(
        data,
        colWidths=kolommen,
        repeatRows=1,
        # A row is split only when it is tall (≥ 4 cm on both sides): short rows move whole.
        splitInRow=RIJ_SPLITSEN_VANAF,
        hAlign="LEFT",
    )
    tabel.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, LIJN),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), GEWOON),  # also for empty cells
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [Spacer(1, 2), tabel, Spacer(1, 6)], nodig


def _gegevens(rijen: Sequence[tuple[str, str]], st: _Stijlen) -> Table:
    """The small facts block under the title: label | value, on a light tint."""
    breedte = A4[0] - MARGE_LINKS - MARGE_RECHTS
    data = [
        [Paragraph(escape(label), st.label), Paragraph(waarde, st.cel)] for label, waarde in rijen
    ]
    tabel = Table(data, colWidths=[48 * mm, breedte - 48 * mm], hAlign="LEFT")
    tabel.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), GEWOON),  # also for empty cells
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return tabel


def _versie_tekst(kop: PlanKop) -> str:
    if kop.vastgesteld_op is not None:
        return f"Versie {kop.versie}, vastgesteld op {datum_nl(kop.vastgesteld_op)}"
    return f"Versie {kop.versie} – concept, nog niet vastgesteld"


def _kopgegevens(
    kop: PlanKop, casus: dict[str, Any], eerste: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    rijen = list(eerste)
    rijen.append(("Versie", escape(_versie_tekst(kop))))
    if kop.vastgesteld_op is not None and kop.aanwezig:
        namen = ", ".join(_schoon(n) for n in kop.aanwezig if not _leeg(n))
        rijen.append(("Aanwezig bij vaststellen", escape(namen)))
    if kop.consulent:
        rijen.append(("Consulent", escape(_schoon(kop.consulent))))
    if not _leeg(casus.get("casusnummer")):
        rijen.append(("Casusnummer", escape(_schoon(casus["casusnummer"]))))
    return rijen


# --------------------------------------------------------------------------- signatures


class _Invulregel(Flowable):
    """A label with a line to write on, e.g. 'Datum' ______ (drawn, so the text extracts)."""

    def __init__(self, label: str, hoogte: float = 20) -> None:
        super().__init__()
        self.label = label
        self.hoogte = hoogte
        self.breedte = 0.0

    def wrap(self, beschikbaar_breedte: float, beschikbaar_hoogte: float) -> tuple[float, float]:
        self.breedte = beschikbaar_breedte
        return beschikbaar_breedte, self.hoogte

    def draw(self) -> None:
        c = self.canv
        c.setFont(GEWOON, 9)
        c.setFillColor(GRIJS)
        c.drawString(0, 3, self.label)
        begin = pdfmetrics.stringWidth(self.label, GEWOON, 9) + 6
        c.setStrokeColor(GRIJS)
        c.setLineWidth(0.6)
        c.line(begin, 1, self.breedte, 1)


def _handtekeningen(
    ondertekenaars: Sequence[tuple[str, str]], inleiding: str, st: _Stijlen
) -> list[Flowable]:
    """Name, date line and signature line per signer; the whole block stays on one page."""
    breedte = A4[0] - MARGE_LINKS - MARGE_RECHTS
    kolom = (breedte - 8 * mm) / 2
    vakken: list[list[Flowable]] = []
    for naam, rol in ondertekenaars:
        vakken.append(
            [
                Paragraph(f"<b>{escape(naam)}</b>", st.cel),
                Paragraph(escape(rol), st.klein),
                Spacer(1, 8),
                _Invulregel("Datum"),
                Spacer(1, 8),
                _Invulregel("Handtekening", hoogte=48),
            ]
        )
    blok: list[Flowable] = [
        Paragraph("Handtekeningen", st.kop2),
        Paragraph(escape(inleiding), st.tekst),
    ]
    for i in range(0, len(vakken), 2):
        paar: list[Any] = vakken[i : i + 2]
        rij = [paar[0], "", paar[1] if len(paar) > 1 else ""]
        stijl: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), GEWOON),  # also for empty cells
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 9),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ("BOX", (0, 0), (0, 0), 0.6, LIJN),
        ]
        if len(paar) > 1:
            stijl.append(("BOX", (2, 0), (2, 0), 0.6, LIJN))
        blok += [
            Spacer(1, 8),
            Table([rij], colWidths=[kolom, 8 * mm, kolom], hAlign="LEFT", style=TableStyle(stijl)),
        ]
    return [
        CondPageBreak(60 * mm),
        KeepTogether(blok),
    ]


def _ondertekenaars(
    personen: _Personen, jeugdigen: Sequence[dict[str, Any]], kop: PlanKop
) -> list[tuple[str, str]]:
    uit: list[tuple[str, str]] = []
    for p in jeugdigen:
        uit.append((personen.naam_van(p) or str(p.get("id", "")), "jeugdige"))
    for p in personen.met_rol("ouder", "verzorger"):
        uit.append((personen.naam_van(p) or str(p.get("id", "")), str(p.get("rol"))))
    uit.append((_schoon(kop.consulent) or "", "consulent"))
    return uit


# --------------------------------------------------------------------------- page furniture


class _GenummerdCanvas(Canvas):
    """ReportLab's NumberedCanvas recipe: keep each page until the total is known."""

    def __init__(self, *args: Any, voet: Callable[[Canvas, int, int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._voet = voet
        self._paginas: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._paginas.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totaal = len(self._paginas)
        for nummer, staat in enumerate(self._paginas, start=1):
            self.__dict__.update(staat)
            self._voet(self, nummer, totaal)
            super().showPage()
        super().save()


def _passend(c: Canvas, tekst: str, font: str, grootte: float, max_breedte: float) -> str:
    """Set a font size at which the text fits (not below 7.5 pt); a text that still does
    not fit is shortened with '…'. Returns the text to draw."""
    while grootte > 7.5 and pdfmetrics.stringWidth(tekst, font, grootte) > max_breedte:
        grootte -= 0.5
    c.setFont(font, grootte)
    if pdfmetrics.stringWidth(tekst, font, grootte) <= max_breedte:
        return tekst
    while tekst and pdfmetrics.stringWidth(tekst + "…", font, grootte) > max_breedte:
        tekst = tekst[:-1]
    return tekst.rstrip() + "…"


@dataclass(frozen=True)
class _Opmaak:
    kop: PlanKop
    soort: str  # "Familiegroepsplan" / "Perspectiefplan"
    casusnummer: str

    def kop_en_watermerk(self, c: Canvas, _doc: BaseDocTemplate) -> None:
        breedte, hoogte = A4
        links, rechts = MARGE_LINKS, breedte - MARGE_RECHTS
        c.saveState()
        y = hoogte - 15 * mm
        gemeente = f"Gemeente {_schoon(self.kop.gemeente)}" if self.kop.gemeente else ""
        c.setFillColor(ACCENT)
        c.drawString(links, y, _passend(c, gemeente, VET, 10, (rechts - links) * 0.7))
        c.setFillColor(GRIJS)
        team = _schoon(self.kop.team)
        c.drawString(links, y - 12, _passend(c, team, GEWOON, 8.5, (rechts - links) * 0.7))
        c.setFont(VET, 9)
        c.drawRightString(rechts, y, self.soort)
        if self.casusnummer:
            c.setFont(GEWOON, 8.5)
            c.drawRightString(rechts, y - 12, f"casus {self.casusnummer}")
        c.setStrokeColor(LIJN)
        c.setLineWidth(0.6)
        c.line(links, y - 20, rechts, y - 20)
        c.restoreState()

    def watermerk(self, c: Canvas, _doc: BaseDocTemplate) -> None:
        if self.kop.vastgesteld_op is not None:
            return
        breedte, hoogte = A4
        c.saveState()
        c.setFillColor(colors.Color(0.45, 0.45, 0.45))
        c.setFillAlpha(0.13)
        c.translate(breedte / 2, hoogte / 2)
        c.rotate(52)
        c.setFont(VET, 104)
        c.drawCentredString(0, -36, "CONCEPT")
        c.restoreState()

    def voet(self, c: Canvas, nummer: int, totaal: int) -> None:
        versie = f"versie {self.kop.versie}"
        if self.kop.vastgesteld_op is None:
            versie += " (concept)"
        teken_voet(c, f"Gemaakt op {datum_nl(self.kop.gemaakt_op)}  ·  {versie}", nummer, totaal)


def teken_voet(c: Canvas, tekst: str, nummer: int, totaal: int) -> None:
    """The house footer: a thin line, `tekst` on the left, "pagina n van m" on the right."""
    breedte, _ = A4
    links, rechts = MARGE_LINKS, breedte - MARGE_RECHTS
    y = 14 * mm
    c.saveState()
    c.setStrokeColor(LIJN)
    c.setLineWidth(0.6)
    c.line(links, y + 10, rechts, y + 10)
    c.setFillColor(GRIJS)
    c.setFont(GEWOON, 8.5)
    c.drawString(links, y, tekst)
    c.drawRightString(rechts, y, f"pagina {nummer} van {totaal}")
    c.restoreState()


def _bouw(
    verhaal: list[Flowable],
    kop: PlanKop,
    soort: str,
    casusnummer: str,
    titel: str,
    onderwerp: str,
) -> bytes:
    registreer_lettertype()
    opmaak = _Opmaak(kop, soort, casusnummer)
    buffer = io.BytesIO()
    _bouw_a4(
        buffer,
        verhaal,
        PageTemplate(id="plan", onPage=opmaak.kop_en_watermerk, onPageEnd=opmaak.watermerk),
        opmaak.voet,
        title=titel,
        author=_schoon(kop.consulent) or "Jeugdloket",
        subject=onderwerp,
        keywords=[soort, f"gemeente {kop.gemeente}"],
    )
    return buffer.getvalue()


def _bouw_a4(buffer, verhaal: list, pagina: PageTemplate, voet, **metadata) -> None:
    """Lay `verhaal` out on A4 with the house margins into `buffer`: one text frame on the
    page template `pagina` (its header/watermark callbacks), numbered pages with `voet`.
    `metadata` (title, author, subject, keywords) goes into the PDF – never a client's name:
    it shows in file managers and mail previews."""
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGE_LINKS,
        rightMargin=MARGE_RECHTS,
        topMargin=MARGE_BOVEN,
        bottomMargin=MARGE_ONDER,
        creator="Jeugdloket",
        lang="nl-NL",
        displayDocTitle=True,
        initialFontName=GEWOON,
        **metadata,
    )
    pagina.frames = [
        Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="tekst",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
    ]
    doc.addPageTemplates([pagina])
    doc.build(verhaal, canvasmaker=partial(_GenummerdCanvas, voet=voet))


# --------------------------------------------------------------------------- familiegroepsplan


def _namen_en(namen: Sequence[str]) -> str:
    namen = [n for n in namen if n]
    if len(namen) <= 1:
        return "".join(namen)
    return ", ".join(namen[:-1]) + " en " + namen[-1]


def _aanbod(fgp: dict[str, Any], st: _Stijlen) -> list[Flowable]:
    uit: list[Flowable] = []
    op, door = fgp.get("aangeboden_op"), fgp.get("aangeboden_door")
    if not _leeg(op) or not _leeg(door):
        zin = "Aangeboden"
        if not _leeg(op):
            zin += f" op {datum_nl(op)}"
        if not _leeg(door):
            zin += f" door {_schoon(door)}"
        uit.append(Paragraph(escape(zin + "."), st.tekst))
    if not _leeg(fgp.get("uitleg")):
        uit.append(Paragraph("Zo is het uitgelegd:", st.kop3))
        uit.extend(_alineas(fgp["uitleg"], st.tekst, st.leeg))
    status = fgp.get("status")
    antwoord: str | None = None
    if status == "opgesteld":
        antwoord = "Ja, we maken een eigen plan."
        if not _leeg(fgp.get("opgesteld_op")):
            antwoord += f" Het plan is opgesteld op {datum_nl(fgp['opgesteld_op'])}."
    elif status == "afgezien":
        antwoord = "Nee, we maken geen eigen plan."
    elif status == "aangeboden":
        antwoord = "We denken er nog over na."
    if antwoord is not None:
        uit.append(Paragraph(f"<b>Ons antwoord:</b> {escape(antwoord)}", st.tekst))
    if status == "afgezien":
        uit.append(Paragraph("Waarom niet:", st.kop3))
        uit.extend(_alineas(fgp.get("reden_afgezien"), st.tekst, st.leeg))
    return uit or [Paragraph(NIET_INGEVULD, st.leeg)]


def _gekoppelde_doelen(casus: dict[str, Any], refs: Sequence[Any], st: _Stijlen) -> list[Flowable]:
    analyse = casus.get("verklarende_analyse") or {}
    per_id = {str(d.get("id")): d for d in (analyse.get("doelen") or []) if isinstance(d, dict)}
    uit: list[Flowable] = [Paragraph("Onze doelen", st.kop3)]
    for nummer, ref in enumerate((r for r in refs if not _leeg(r)), start=1):
        doel = per_id.get(str(ref).strip())
        if doel is None:
            tekst, goed = _schoon(ref), None
        else:
            tekst = _schoon(doel.get("omschrijving") or "") or _schoon(ref)
            goed = doel.get("goed_genoeg")
        markup = _markup(tekst)
        if not _leeg(goed):
            markup += f'<br/><font color="#{GRIJS.hexval()[2:]}" size="9.5">'
            markup += f"Goed genoeg als: {_markup(goed)}</font>"
        uit.append(Paragraph(markup, st.opsomming, bulletText=f"{nummer}."))
    return uit


def _fgp_verhaal(casus: dict[str, Any], kop: PlanKop) -> list[Flowable]:
    st = _maak_stijlen()
    personen = _Personen(casus, kop.consulent)
    fgp: dict[str, Any] = casus.get("familiegroepsplan") or {}
    jeugdigen = personen.met_rol("jeugdige")
    namen_jeugdigen = [personen.naam_van(p) for p in jeugdigen]

    verhaal: list[Flowable] = [Paragraph("Ons plan", st.titel)]
    ondertitel = "Familiegroepsplan"
    if any(namen_jeugdigen):
        ondertitel += f" voor {_namen_en(namen_jeugdigen)}"
    verhaal += [Paragraph(escape(ondertitel), st.ondertitel), Spacer(1, 8)]
    eerste = [("Opgesteld op", escape(datum_nl(fgp.get("opgesteld_op")) or NIET_INGEVULD))]
    verhaal += [_gegevens(_kopgegevens(kop, casus, eerste), st), Spacer(1, 10)]
    verhaal.append(
        Paragraph(
            "Iedere familie mag een eigen plan maken, samen met familie, vrienden en andere "
            "mensen die belangrijk zijn. In dit plan staat wat er aan de hand is, wat we "
            "willen bereiken en wie wat doet.",
            st.tekst,
        )
    )

    verhaal += _kop2("Het aanbod om zelf een plan te maken", st)
    verhaal += _aanbod(fgp, st)

    verhaal += _kop2("Wie doen er mee?", st)
    deelnemers = [personen.omschrijving(r) for r in (fgp.get("deelnemers") or []) if not _leeg(r)]
    deelnemers += [_schoon(n) for n in (fgp.get("nieuwe_deelnemers") or []) if not _leeg(n)]
    verhaal += _opsomming(deelnemers, st)

    verhaal += _kop2("Wat is er aan de hand?", st)
    verhaal += _alineas(fgp.get("wat_is_er_aan_de_hand"), st.tekst, st.leeg)

    verhaal += _kop2("Wat willen we bereiken?", st)
    doelen = [d for d in (fgp.get("doelen") or []) if not _leeg(d)]
    if _leeg(fgp.get("wat_willen_we_bereiken")) and doelen:
        pass  # the linked goals say it
    else:
        verhaal += _alineas(fgp.get("wat_willen_we_bereiken"), st.tekst, st.leeg)
    if doelen:
        verhaal += _gekoppelde_doelen(casus, doelen, st)

    verhaal += _kop2("Wat doen we zelf?", st)
    verhaal += _alineas(fgp.get("wat_doen_we_zelf"), st.tekst, st.leeg)

    tabel, nodig = _actietabel(fgp.get("wat_doet_ons_netwerk") or [], personen, st)
    verhaal += _kop2("Wat doet ons netwerk?", st, daarna=nodig)
    verhaal += tabel

    verhaal += _kop2("Welke hulp van professionals is nodig?", st)
    verhaal += _alineas(fgp.get("hulp_van_professionals"), st.tekst, st.leeg)

    verhaal += _kop2("Afspraken over veiligheid", st)
    verhaal += _alineas(fgp.get("afspraken_veiligheid"), st.tekst, st.leeg)

    verhaal += _kop2("Wanneer en hoe kijken we of het werkt?", st)
    verhaal += _alineas(fgp.get("evaluatie"), st.tekst, st.leeg)

    tekenaars = [
        p
        for p in jeugdigen
        if (leeftijd := _leeftijd(p.get("geboortedatum"), kop.gemaakt_op)) is None
        or leeftijd >= ONDERTEKEN_LEEFTIJD
    ]
    verhaal += _handtekeningen(
        _ondertekenaars(personen, tekenaars, kop),
        "Met onze handtekening laten we zien dat we dit plan samen hebben gemaakt "
        "en dat we het ermee eens zijn.",
        st,
    )
    return verhaal


def familiegroepsplan_pdf_bytes(casus: dict[str, Any], kop: PlanKop) -> bytes:
    """The familiegroepsplan of one case (exchange format) as PDF bytes."""
    nummer = _schoon(casus.get("casusnummer") or "")
    return _bouw(
        _fgp_verhaal(casus, kop),
        kop,
        "Familiegroepsplan",
        nummer,
        titel=f"Familiegroepsplan {nummer}".strip(),
        onderwerp=(
            "Ons plan: het plan van de familie en het netwerk (Jeugdwet), "
            f"gemeente {_schoon(kop.gemeente)}"
        ),
    )


def familiegroepsplan_pdf(casus: dict[str, Any], kop: PlanKop, pad: Path) -> None:
    """Write the familiegroepsplan of one case to `pad` (atomically)."""
    schrijf_bytes_atomair(Path(pad), familiegroepsplan_pdf_bytes(casus, kop))


# --------------------------------------------------------------------------- perspectiefplan


def _zoek_perspectiefplan(casus: dict[str, Any], jeugdige: str) -> dict[str, Any] | None:
    for plan in casus.get("perspectiefplannen") or []:
        if isinstance(plan, dict) and str(plan.get("jeugdige")) == str(jeugdige):
            return plan
    return None


def _gebied(
    gebied: dict[str, Any] | None, titel: str, personen: _Personen, st: _Stijlen
) -> list[Flowable]:
    uit = _kop2(titel, st)
    if gebied is None:
        return [*uit, Paragraph(NIET_INGEVULD, st.leeg)]
    for sleutel, vraag in (
        ("nu", "Hoe is het nu?"),
        ("wens_na_18", "Wat wil ik na mijn 18e?"),
        ("nodig", "Wat is daarvoor nodig?"),
    ):
        uit += _kop3(vraag, st)
        uit += _alineas(gebied.get(sleutel), st.tekst, st.leeg)
    tabel, nodig = _actietabel(gebied.get("acties") or [], personen, st)
    uit += _kop3("Wie doet wat en wanneer?", st, daarna=nodig)
    uit += tabel
    return uit


def _pp_verhaal(casus: dict[str, Any], jeugdige: str, kop: PlanKop) -> list[Flowable]:
    st = _maak_stijlen()
    personen = _Personen(casus, kop.consulent)
    plan = _zoek_perspectiefplan(casus, jeugdige)
    if plan is None and str(jeugdige) not in personen.per_id:
        raise ValueError(
            f"Casus {casus.get('casusnummer')}: geen jeugdige of perspectiefplan '{jeugdige}'."
        )
    plan = plan or {}
    naam = personen.naam(jeugdige)

    verhaal: list[Flowable] = [Paragraph("Mijn toekomstplan", st.titel)]
    verhaal += [Paragraph(escape(f"Perspectiefplan van {naam}"), st.ondertitel), Spacer(1, 8)]
    eerste = [("Opgesteld op", escape(datum_nl(plan.get("opgesteld_op")) or NIET_INGEVULD))]
    verhaal += [_gegevens(_kopgegevens(kop, casus, eerste), st), Spacer(1, 10)]
    verhaal.append(
        Paragraph(
            "Dit is mijn plan voor de tijd rond mijn 18e verjaardag. Hierin staat hoe het nu "
            "gaat, wat ik wil als ik 18 ben en wie mij daarbij helpt.",
            st.tekst,
        )
    )

    verhaal += _kop2("In mijn eigen woorden", st)
    if _leeg(plan.get("eigen_woorden")):
        verhaal.append(Paragraph(NIET_INGEVULD, st.leeg))
    else:
        # One paragraph (blank lines kept) so the tinted box flows across pages in one piece.
        verhaal.append(Paragraph(_markup(plan["eigen_woorden"]), st.citaat))

    per_gebied: dict[str, list[dict[str, Any]]] = {}
    for g in plan.get("gebieden") or []:
        if isinstance(g, dict):
            per_gebied.setdefault(str(g.get("gebied") or ""), []).append(g)
    for sleutel, titel in GEBIEDEN.items():
        for g in per_gebied.pop(sleutel, None) or [None]:
            verhaal += _gebied(g, titel, personen, st)
    for sleutel, lijst in per_gebied.items():  # areas the app added
        titel = sleutel.replace("_", " ").strip().capitalize() or "Overig"
        for g in lijst:
            verhaal += _gebied(g, titel, personen, st)

    verhaal += _kop2("Hulp in de komende twee jaar", st)
    verhaal += _alineas(plan.get("hulp_komende_twee_jaar"), st.tekst, st.leeg)

    verhaal += _kop2("Hulp na mijn 18e", st)
    verhaal += _alineas(plan.get("hulp_na_18"), st.tekst, st.leeg)
    kaders = [k for k in (plan.get("hulp_na_18_kaders") or []) if not _leeg(k)]
    if kaders:
        verhaal.append(Paragraph("Welke regeling hoort daarbij?", st.kop3))
        verhaal += _opsomming([KADERS.get(str(k), _schoon(k)) for k in kaders], st)
    if not _leeg(plan.get("overdracht")):
        verhaal += _kop3("Zo gaat de overstap naar hulp voor volwassenen", st)
        verhaal += _alineas(plan["overdracht"], st.tekst, st.leeg)

    verhaal += _kop2("Wie waren erbij?", st)
    betrokkenen = [
        personen.omschrijving(b) for b in (plan.get("betrokkenen") or []) if not _leeg(b)
    ]
    verhaal += _opsomming(betrokkenen, st)

    jeugdige_persoon = personen.per_id.get(str(jeugdige)) or {"id": jeugdige, "voornaam": naam}
    verhaal += _handtekeningen(
        _ondertekenaars(personen, [jeugdige_persoon], kop),
        "Met onze handtekening laten we zien dat we dit plan samen hebben gemaakt "
        "en dat we het ermee eens zijn.",
        st,
    )
    return verhaal


def perspectiefplan_pdf_bytes(casus: dict[str, Any], jeugdige: str, kop: PlanKop) -> bytes:
    """The perspectiefplan of one jeugdige (person id, e.g. "p1") as PDF bytes."""
    nummer = _schoon(casus.get("casusnummer") or "")
    naam = _Personen(casus, kop.consulent).naam(jeugdige)
    return _bouw(
        _pp_verhaal(casus, jeugdige, kop),
        kop,
        "Perspectiefplan",
        nummer,
        titel=f"Perspectiefplan {nummer} – {naam}".strip(" –"),
        onderwerp=(
            "Mijn toekomstplan: hulp in de komende twee jaar en na mijn 18e, "
            f"gemeente {_schoon(kop.gemeente)}"
        ),
    )


def perspectiefplan_pdf(casus: dict[str, Any], jeugdige: str, kop: PlanKop, pad: Path) -> None:
    """Write the perspectiefplan of one jeugdige to `pad` (atomically)."""
    schrijf_bytes_atomair(Path(pad), perspectiefplan_pdf_bytes(casus, jeugdige, kop))


def plan_pdf_bytes(casus: dict[str, Any], kop: PlanKop, jeugdige: str | None = None) -> bytes:
    """The familiegroepsplan (no `jeugdige`) or the perspectiefplan of `jeugdige`, as bytes."""
    if jeugdige is None:
        return familiegroepsplan_pdf_bytes(casus, kop)
    return perspectiefplan_pdf_bytes(casus, jeugdige, kop)
