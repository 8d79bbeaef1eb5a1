"""The house style of the PDFs the family and the client receive (the plans, the inzage):
DejaVu Sans embedded (every name prints: ł, ç, ë, ø, Greek, Cyrillic), the colours, A4 with the
house margins, the paragraph styles, user text made safe for Paragraph markup, Dutch dates,
person references resolved to names, headings that are never left alone at the bottom of a page,
the action and facts tables, and numbered pages with the house footer ("pagina X van Y").
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
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
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from jeugdloket.paden import RESOURCES
from jeugdloket.regels.codelijsten import codelijst

__all__ = [
    "ACCENT",
    "GEWOON",
    "GRIJS",
    "LIJN",
    "MARGE_LINKS",
    "MARGE_RECHTS",
    "NIET_INGEVULD",
    "Personen",
    "RIJ_SPLITSEN_VANAF",
    "Stijlen",
    "TINT",
    "VET",
    "actietabel",
    "alineas",
    "als_datum",
    "als_markup",
    "bouw_a4",
    "datum_nl",
    "gegevens",
    "is_leeg",
    "kop2",
    "kop3",
    "lijststijl",
    "maak_stijlen",
    "opsomming",
    "passend",
    "registreer_lettertype",
    "schoon",
    "teken_voet",
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
class Stijlen:
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


_stijlen: Stijlen | None = None


def maak_stijlen() -> Stijlen:
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
        _stijlen = Stijlen(
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


def is_leeg(waarde: Any) -> bool:
    if waarde is None:
        return True
    if isinstance(waarde, str):
        return not waarde.strip()
    if isinstance(waarde, list | tuple | dict):
        return not waarde
    return False


def schoon(tekst: Any) -> str:
    """User text as plain text: newlines normalised, control characters removed."""
    s = str(tekst).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _ONZICHTBAAR.sub("", s).strip()


def als_markup(tekst: Any) -> str:
    """User text as Paragraph markup: escaped, newlines kept as line breaks."""
    return escape(schoon(tekst)).replace("\n", "<br/>")


_ISO_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?")


def als_datum(waarde: Any) -> date | None:
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
    d = als_datum(waarde)
    if d is not None:
        return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"
    return "" if waarde is None else schoon(waarde)


class Personen:
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
        return " ".join(schoon(d) for d in delen if not is_leeg(d))

    def naam(self, ref: Any) -> str:
        if is_leeg(ref):
            return ""
        persoon = self.per_id.get(str(ref).strip())
        if persoon is None:
            return schoon(ref)  # not a reference: a name or a description; print as it is
        return self.naam_van(persoon) or schoon(ref)

    def omschrijving(self, ref: Any) -> str:
        """Name with the role or relationship, e.g. 'Ria Jansen (familielid)'."""
        naam = self.naam(ref)
        persoon = self.per_id.get(str(ref).strip()) if not is_leeg(ref) else None
        if persoon is None:
            return naam
        rol = ""
        relatie = persoon.get("relatie")
        if not is_leeg(relatie):
            rol = codelijst("COD472").get(str(relatie), "")
            rol = rol[:1].lower() + rol[1:] if rol else ""
        if not rol:
            rol = ROLNAMEN.get(str(persoon.get("rol") or ""), "")
        return f"{naam} ({rol})" if rol else naam

    def wie(self, actie: dict[str, Any]) -> str:
        wie = actie.get("wie")
        if isinstance(wie, list | tuple):
            namen = [self.naam(w) for w in wie if not is_leeg(w)]
            if namen:
                return ", ".join(namen)
        elif not is_leeg(wie):
            return self.naam(wie)
        if actie.get("door_consulent"):
            return f"{self.consulent} (consulent)" if self.consulent else "consulent"
        return "–"

    def met_rol(self, *rollen: str) -> list[dict[str, Any]]:
        return [p for p in self.lijst if p.get("rol") in rollen]


def alineas(tekst: Any, stijl: ParagraphStyle, leeg: ParagraphStyle) -> list[Flowable]:
    """A text as paragraphs (a blank line starts a new one); empty → 'Nog niet ingevuld.'."""
    if is_leeg(tekst):
        return [Paragraph(NIET_INGEVULD, leeg)]
    delen = re.split(r"\n[ \t]*\n", schoon(tekst))
    return [Paragraph(als_markup(d), stijl) for d in delen if d.strip()]


KOP2_HOOGTE = 40  # spaceBefore + leading + spaceAfter of kop2, in points
KOP3_HOOGTE = 23


def kop2(tekst: str, st: Stijlen, daarna: float = 0) -> list[Flowable]:
    """A heading that is never left alone at the bottom of a page: it goes over when less
    than 4 cm is left, or less than it needs for the start of what follows (`daarna`)."""
    return [CondPageBreak(max(40 * mm, KOP2_HOOGTE + daarna)), Paragraph(escape(tekst), st.kop2)]


def kop3(tekst: str, st: Stijlen, daarna: float = 0) -> list[Flowable]:
    return [CondPageBreak(max(25 * mm, KOP3_HOOGTE + daarna)), Paragraph(escape(tekst), st.kop3)]


def opsomming(regels: Iterable[str], st: Stijlen) -> list[Flowable]:
    uit: list[Flowable] = [
        Paragraph(als_markup(r), st.opsomming, bulletText="•") for r in regels if r.strip()
    ]
    return uit or [Paragraph(NIET_INGEVULD, st.leeg)]


def actietabel(
    acties: Sequence[Any], personen: Personen, st: Stijlen
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
                Paragraph(als_markup(personen.wie(actie)), st.cel),
                Paragraph(als_markup(wat) if not is_leeg(wat) else "–", st.cel),
                Paragraph(als_markup(datum_nl(wanneer)) if not is_leeg(wanneer) else "–", st.cel),
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
    tabel.setStyle(lijststijl())
    return [Spacer(1, 2), tabel, Spacer(1, 6)], nodig


def lijststijl() -> TableStyle:
    """A list table: tinted heading row with an accent line, thin lines between rows."""
    return TableStyle(
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


def gegevens(rijen: Sequence[tuple[str, str]], st: Stijlen) -> Table:
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


def passend(c: Canvas, tekst: str, font: str, grootte: float, max_breedte: float) -> str:
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


def bouw_a4(buffer, verhaal: list, pagina: PageTemplate, voet, **metadata) -> None:
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
