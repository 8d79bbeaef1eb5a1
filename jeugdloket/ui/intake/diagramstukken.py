"""The pieces of the 4P diagram: its plain data, its look and its graphics items.

`DiagramFactor` and `DiagramLink` are what the owner hands in; the items (lanes, cards,
arrows, labels, legend, empty-state note) draw themselves. The arrow's route comes from
`jeugdloket.regels.routering` as plain tuples; `Pijl.zet_route` turns it into Qt paths.
The view that lays them out and handles the mouse and keyboard is in `diagram.py`.
"""

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from jeugdloket.regels.routering import LABEL_T, Punt, Rect, Seg, kub

TYPES = ("predisponerend", "uitlokkend", "instandhoudend", "beschermend")


@dataclass(frozen=True)
class DiagramFactor:
    id: str  # stable id (a UUID string)
    ref: str  # short label like "f3"
    type: str  # "predisponerend" | "uitlokkend" | "instandhoudend" | "beschermend"
    omschrijving: str  # may be long: wrapped to 4 lines, the rest elided, all in the tooltip
    herkend: bool | None  # does the family recognise it (None: not asked yet)
    x: float | None  # saved position (top-left of the card); None = place automatically
    y: float | None


@dataclass(frozen=True)
class DiagramLink:
    id: str
    van: str  # factor id
    naar: str  # factor id
    toelichting: str  # tooltip on the arrow; a small label at mid-arrow (elided after 30 chars)


# --- look -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stijl:
    band: QColor  # lane background
    vul: QColor  # card fill
    rand: QColor  # card border
    kop: QColor  # lane header text


def _stijl(band: str, vul: str, rand: str, kop: str) -> Stijl:
    return Stijl(QColor(band), QColor(vul), QColor(rand), QColor(kop))


# Paul Tol's "bright" scheme (distinct for colour-blind eyes), as light tints with dark text.
STIJLEN = {
    "predisponerend": _stijl("#eef3f9", "#dbe6f2", "#4477aa", "#2b5179"),
    "uitlokkend": _stijl("#fbf8ea", "#f5eecb", "#ab9a2c", "#63560f"),
    "instandhoudend": _stijl("#fdf1f2", "#fadde1", "#d45a6c", "#8e2f3d"),
    "beschermend": _stijl("#edf6ee", "#d5ebd8", "#228833", "#1b6628"),
}
ONBEKEND = _stijl("#f3f3f3", "#e6e6e6", "#8a8a8a", "#4a4a4a")

TEKST = QColor("#1e2830")
ZACHT = QColor("#5b6770")
PIJL = QColor("#4a5661")
ACCENT = QColor("#1f6f8b")  # the app's accent (status track)

_GEEN_VULLING = Qt.BrushStyle.NoBrush
_WIT = QColor("white")

MARGE = 12  # around the lanes
BAAN_B = 178  # lane width
BAAN_TUSSEN = 80  # gap between lanes: room for arrows and their labels
KOP_H = 46  # lane header
KAART_B = 160
KAART_X = (BAAN_B - KAART_B) / 2  # card inset in its lane
KAART_START = KOP_H + 6  # first automatic card
KAART_TUSSEN = 26  # vertical gap between automatic cards: room for arrows
PAD = 8  # inside a card
MAX_REGELS = 4
HANDVAT_R = 9  # the "+" link handle
OBSTAKEL_MARGE = 4
LABEL_MAX = 30
LABEL_B = 86  # labels wrap to fit between two columns
ZOOM_MIN, ZOOM_MAX, PASSEND_MAX = 0.25, 4.0, 1.5
ZOOM_STAP = 1.15
LEGENDA_H = 26
BREEDTE = len(TYPES) * BAAN_B + (len(TYPES) - 1) * BAAN_TUSSEN


def _pen(
    kleur: QColor,
    breedte: float,
    stijl: Qt.PenStyle = Qt.PenStyle.SolidLine,
    cap: Qt.PenCapStyle = Qt.PenCapStyle.RoundCap,
    join: Qt.PenJoinStyle = Qt.PenJoinStyle.RoundJoin,
) -> QPen:
    return QPen(QBrush(kleur), breedte, stijl, cap, join)


# Arrow pens: (line, head) for normal, highlighted (card chosen / hover) and chosen.
_PIJL_PENNEN = {
    soort: (
        _pen(kleur, breedte, cap=Qt.PenCapStyle.FlatCap),
        _pen(kleur, 1, join=Qt.PenJoinStyle.MiterJoin),
        QBrush(kleur),
    )
    for soort, kleur, breedte in (
        ("gewoon", PIJL, 2.0),
        ("licht", ACCENT, 2.6),
        ("gekozen", ACCENT, 3.5),
    )
}
_LABEL_PENNEN = (QPen(QColor("#a4aeb6"), 1), QPen(ACCENT, 1.4))
_LABEL_ACHTER = QBrush(QColor(255, 255, 255, 240))


def baan_x(index: int) -> float:
    return index * (BAAN_B + BAAN_TUSSEN)


# The columns as (left, right), left to right: what the arrow router needs to know of them.
BANEN = [(baan_x(i), baan_x(i) + BAAN_B) for i in range(len(TYPES))]


def baan_index(soort: str) -> int:
    """The column of a type (an unknown type goes in the first one, in grey)."""
    return TYPES.index(soort) if soort in TYPES else 0


# --- text and geometry helpers ------------------------------------------------------------


def breek(tekst: str, font: QFont, breedte: float, max_regels: int) -> list[str]:
    """Word-wrapped lines; the last one elided ("…") when the text does not fit."""
    woorden = tekst.split()
    if not woorden:
        return []
    fm = QFontMetricsF(font)
    regels: list[str] = []
    regel = ""
    for woord in woorden:
        proef = f"{regel} {woord}" if regel else woord
        if fm.horizontalAdvance(proef) <= breedte:
            regel = proef
            continue
        if regel:
            regels.append(regel)
        regel = woord
        while len(regel) > 1 and fm.horizontalAdvance(regel) > breedte:  # a very long word
            deel = len(regel) - 1
            while deel > 1 and fm.horizontalAdvance(regel[:deel]) > breedte:
                deel -= 1
            regels.append(regel[:deel])
            regel = regel[deel:]
    regels.append(regel)
    if len(regels) > max_regels:
        rest = " ".join(regels[max_regels - 1 :])
        regels = regels[: max_regels - 1]
        regels.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, breedte))
    return regels


def kort(tekst: str, maximum: int = LABEL_MAX) -> str:
    tekst = " ".join(tekst.split())
    if len(tekst) <= maximum:
        return tekst
    kort = tekst[: maximum - 1]
    spatie = kort.rfind(" ")
    if spatie > maximum // 2:
        kort = kort[:spatie]
    return kort.rstrip(" ,;:.-") + "…"


# --- items --------------------------------------------------------------------------------


class Baan(QGraphicsItem):
    """A soft-coloured column with its header."""

    def __init__(self, index: int, stijl: Stijl, kop: str, font: QFont):
        super().__init__()
        self._stijl, self._kop, self._font = stijl, kop, font
        self._rect = QRectF(baan_x(index), 0, BAAN_B, 400)
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def zet_hoogte(self, hoogte: float) -> None:
        if hoogte != self._rect.height():
            self.prepareGeometryChange()
            self._rect.setHeight(hoogte)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, p: QPainter, optie: QStyleOptionGraphicsItem, widget=None) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._stijl.band)
        p.drawRoundedRect(self._rect, 12, 12)
        p.setPen(QPen(self._stijl.rand, 3))
        r = self._rect
        lijn_y = r.top() + KOP_H - 8
        p.drawLine(QPointF(r.left() + 14, lijn_y), QPointF(r.right() - 14, lijn_y))
        p.setPen(self._stijl.kop)
        p.setFont(self._font)
        p.drawText(
            QRectF(r.left() + 6, r.top(), r.width() - 12, KOP_H - 8),
            Qt.AlignmentFlag.AlignCenter,
            self._kop,
        )


@dataclass
class Opmaak:
    """Fonts and metrics shared by all cards of one build."""

    tekst: QFont
    ref: QFont
    label: QFont
    fm_tekst: QFontMetricsF = field(init=False)
    fm_ref: QFontMetricsF = field(init=False)
    fm_label: QFontMetricsF = field(init=False)

    def __post_init__(self):
        self.fm_tekst = QFontMetricsF(self.tekst)
        self.fm_ref = QFontMetricsF(self.ref)
        self.fm_label = QFontMetricsF(self.label)

    @property
    def ref_h(self) -> float:
        return max(self.fm_ref.height(), 2 * 7.0) + 2

    def kaart_hoogte(self, regels: int) -> float:
        return 2 * PAD + self.ref_h + max(regels, 2) * self.fm_tekst.lineSpacing()


def _teken_merk(p: QPainter, c: QPointF, herkend: bool | None, rand: QColor) -> None:
    """✓ recognised, ✗ not recognised, ? not checked yet – told apart by shape, not colour."""
    p.setBrush(_WIT)
    p.setPen(QPen(rand, 1.2))
    p.drawEllipse(c, 7, 7)
    if herkend is True:
        p.setPen(_pen(QColor("#1b6628"), 2))
        p.drawPolyline(
            QPolygonF([c + QPointF(-3.5, 0.2), c + QPointF(-1, 2.8), c + QPointF(3.6, -2.6)])
        )
    elif herkend is False:
        p.setPen(_pen(QColor("#8e2f3d"), 2))
        p.drawLine(c + QPointF(-2.8, -2.8), c + QPointF(2.8, 2.8))
        p.drawLine(c + QPointF(-2.8, 2.8), c + QPointF(2.8, -2.8))
    else:  # a drawn question mark: the same in every font
        p.setPen(_pen(ZACHT, 1.6))
        p.setBrush(_GEEN_VULLING)
        vraag = QPainterPath(c + QPointF(-2.6, -1.6))
        vraag.cubicTo(c + QPointF(-2.6, -4.6), c + QPointF(2.8, -4.6), c + QPointF(2.8, -1.8))
        vraag.cubicTo(c + QPointF(2.8, 0.2), c + QPointF(0, 0.2), c + QPointF(0, 2.0))
        p.drawPath(vraag)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ZACHT)
        p.drawEllipse(c + QPointF(0, 4.4), 1.1, 1.1)


class Kaart(QGraphicsItem):
    def __init__(
        self,
        factor: DiagramFactor,
        stijl: Stijl,
        opmaak: Opmaak,
        tooltip: str,
    ):
        super().__init__()
        self.factor = factor
        self.id = factor.id
        self.stijl = stijl
        self._opmaak = opmaak
        self._regels = breek(factor.omschrijving, opmaak.tekst, KAART_B - 2 * PAD, MAX_REGELS)
        self.rect = QRectF(0, 0, KAART_B, opmaak.kaart_hoogte(len(self._regels)))
        self._grens = self.rect.adjusted(-5, -5, HANDVAT_R + 3, 5)
        self._vorm = QPainterPath()
        self._vorm.addRoundedRect(self.rect, 8, 8)
        self._vorm.addEllipse(self.handvat(), HANDVAT_R + 2, HANDVAT_R + 2)
        self.pijlen: list[Pijl] = []
        self.hover = False
        self.doel = False  # highlighted as the target of a link being drawn
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(2)
        self.setToolTip(tooltip)

    def scene_rect(self) -> Rect:
        x, y = self.x(), self.y()
        return x, y, x + self.rect.width(), y + self.rect.height()

    def midden(self) -> QPointF:
        return self.pos() + self.rect.center()

    def handvat(self) -> QPointF:
        """The "+" to drag a link from: low on the right edge, clear of most arrow heads."""
        return QPointF(self.rect.right(), self.rect.bottom() - HANDVAT_R - 4)

    def op_handvat(self, scene_pos: QPointF) -> bool:
        if not (self.hover or self.isSelected()):
            return False
        d = self.mapFromScene(scene_pos) - self.handvat()
        return math.hypot(d.x(), d.y()) <= HANDVAT_R + 3

    def boundingRect(self) -> QRectF:
        return self._grens

    def shape(self) -> QPainterPath:
        return self._vorm

    def paint(self, p: QPainter, optie: QStyleOptionGraphicsItem, widget=None) -> None:
        gekozen = self.isSelected()
        r = self.rect
        if gekozen or self.doel:
            halo = QColor(ACCENT)
            halo.setAlpha(70)
            p.setPen(QPen(halo, 6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(-1.5, -1.5, 1.5, 1.5), 9, 9)
        rand = QPen(ACCENT, 3) if gekozen else QPen(self.stijl.rand, 1.6)
        if self.doel:
            rand = QPen(ACCENT, 3, Qt.PenStyle.DashLine)
        p.setPen(rand)
        p.setBrush(self.stijl.vul)
        p.drawRoundedRect(r.adjusted(0.8, 0.8, -0.8, -0.8), 8, 8)

        o = self._opmaak
        p.setPen(self.stijl.kop)
        p.setFont(o.ref)
        p.drawText(QPointF(PAD + 1, PAD + o.fm_ref.ascent()), self.factor.ref)
        _teken_merk(p, QPointF(r.right() - PAD - 7, PAD + 7), self.factor.herkend, self.stijl.rand)

        p.setPen(TEKST)
        p.setFont(o.tekst)
        y = PAD + o.ref_h + o.fm_tekst.ascent()
        for regel in self._regels:
            p.drawText(QPointF(PAD + 1, y), regel)
            y += o.fm_tekst.lineSpacing()

        if self.hover or gekozen:
            c = self.handvat()
            p.setPen(QPen(ACCENT if gekozen else self.stijl.rand, 1.6))
            p.setBrush(QColor("white"))
            p.drawEllipse(c, HANDVAT_R, HANDVAT_R)
            p.drawLine(c + QPointF(-4.5, 0), c + QPointF(4.5, 0))
            p.drawLine(c + QPointF(0, -4.5), c + QPointF(0, 4.5))

    def hoverEnterEvent(self, event) -> None:
        self.hover = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hover = False
        self.update()
        super().hoverLeaveEvent(event)


class Pijl(QGraphicsItem):
    def __init__(self, link: DiagramLink, van: Kaart, naar: Kaart, tooltip: str):
        super().__init__()
        self.link = link
        self.id = link.id
        self.van, self.naar = van, naar
        self.segs: list[Seg] = []
        self._lengtes: list[float] = []
        self._totaal = 1.0
        self._pad = QPainterPath()
        self._kop = QPolygonF()
        self._vorm = QPainterPath()
        self._rect = QRectF()
        self.hover = False
        self.label: Label | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(1)
        self.setToolTip(tooltip)

    def zet_route(self, segs: list[Seg]) -> None:
        self.prepareGeometryChange()
        self.segs = segs
        laatste = segs[-1]
        eind = laatste[3]
        ux, uy = 1.0, 0.0
        for vorige in (laatste[2], laatste[1], laatste[0]):
            dx, dy = eind[0] - vorige[0], eind[1] - vorige[1]
            lengte = math.hypot(dx, dy)
            if lengte > 1e-3:
                ux, uy = dx / lengte, dy / lengte
                break
        lang, half = 12.0, 5.5
        basis = (eind[0] - ux * lang, eind[1] - uy * lang)
        self._kop = QPolygonF(
            [
                QPointF(*eind),
                QPointF(basis[0] - uy * half, basis[1] + ux * half),
                QPointF(basis[0] + uy * half, basis[1] - ux * half),
            ]
        )
        pad = QPainterPath(QPointF(*segs[0][0]))
        for seg in segs[:-1]:
            pad.cubicTo(QPointF(*seg[1]), QPointF(*seg[2]), QPointF(*seg[3]))
        kort = QPointF(eind[0] - ux * lang * 0.6, eind[1] - uy * lang * 0.6)
        pad.cubicTo(QPointF(*laatste[1]), QPointF(*laatste[2]), kort)
        self._pad = pad
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        vorm = stroker.createStroke(pad)
        vorm.addPolygon(self._kop)
        self._vorm = vorm
        self._rect = vorm.boundingRect().adjusted(-2, -2, 2, 2)
        self._lengtes = [math.dist(seg[0], seg[3]) for seg in segs]
        self._totaal = sum(self._lengtes) or 1.0

    def punt_op(self, t: float) -> Punt:
        """A point part `t` along the arrow (roughly by length)."""
        rest = t * self._totaal
        for seg, lengte in zip(self.segs, self._lengtes, strict=True):
            if rest <= lengte or seg is self.segs[-1]:
                return kub(seg, min(rest / lengte, 1.0) if lengte else 0.5)
            rest -= lengte
        return self.segs[-1][3]

    def label_punten(self) -> list[Punt]:
        """Where a label could go: first the middles of the bends between the columns."""
        punten = []
        if len(self.segs) > 1:
            helft, begin, middens = self._totaal / 2, 0.0, []
            for i, (seg, lengte) in enumerate(zip(self.segs, self._lengtes, strict=True)):
                if i % 2 == 0:
                    middens.append((abs(begin + lengte / 2 - helft), kub(seg, 0.5)))
                begin += lengte
            punten = [p for _, p in sorted(middens)]
        return punten + [self.punt_op(t) for t in LABEL_T]

    def uitgelicht(self) -> bool:
        return self.isSelected() or self.hover or self.van.isSelected() or self.naar.isSelected()

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return self._vorm

    def paint(self, p: QPainter, optie: QStyleOptionGraphicsItem, widget=None) -> None:
        if self.isSelected():
            lijn, kop, vulling = _PIJL_PENNEN["gekozen"]
        elif self.uitgelicht():
            lijn, kop, vulling = _PIJL_PENNEN["licht"]
        else:
            lijn, kop, vulling = _PIJL_PENNEN["gewoon"]
        p.setPen(lijn)
        p.setBrush(_GEEN_VULLING)
        p.drawPath(self._pad)
        p.setPen(kop)
        p.setBrush(vulling)
        p.drawPolygon(self._kop)

    def hoverEnterEvent(self, event) -> None:
        self.hover = True
        self.update()
        if self.label:
            self.label.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hover = False
        self.update()
        if self.label:
            self.label.update()
        super().hoverLeaveEvent(event)


class Label(QGraphicsItem):
    """The short explanation at mid-arrow; clicking it chooses the arrow."""

    def __init__(self, pijl: Pijl, tekst: str, opmaak: Opmaak):
        super().__init__()
        self.pijl = pijl
        self._font = opmaak.label
        fm = opmaak.fm_label
        self._regels = breek(tekst, self._font, LABEL_B, 3)
        b = max(fm.horizontalAdvance(r) for r in self._regels) + 10
        h = len(self._regels) * fm.lineSpacing() + 4
        self._rect = QRectF(-b / 2, -h / 2, b, h)
        self._grens = self._rect.adjusted(-1, -1, 1, 1)
        self._stap = fm.lineSpacing()
        self.setZValue(3)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(pijl.toolTip())
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def afmeting(self) -> tuple[float, float]:
        return self._rect.width(), self._rect.height()

    def boundingRect(self) -> QRectF:
        return self._grens

    def paint(self, p: QPainter, optie: QStyleOptionGraphicsItem, widget=None) -> None:
        p.setBrush(_LABEL_ACHTER)
        p.setPen(_LABEL_PENNEN[self.pijl.uitgelicht()])
        p.drawRoundedRect(self._rect, 6, 6)
        p.setPen(TEKST)
        p.setFont(self._font)
        r = self._rect.adjusted(0, 2, 0, 0)
        for regel in self._regels:
            p.drawText(
                QRectF(r.left(), r.top(), r.width(), self._stap),
                Qt.AlignmentFlag.AlignCenter,
                regel,
            )
            r.setTop(r.top() + self._stap)


class Legenda(QGraphicsItem):
    """Below the columns: what the marks mean, and how to link."""

    def __init__(self, merken: list[tuple[bool | None, str]], hint: str, font: QFont):
        super().__init__()
        self._merken, self._hint, self._font = merken, hint, font
        self._fm = QFontMetricsF(font)
        self._grens = QRectF(0, 0, BREEDTE, LEGENDA_H)
        self.setZValue(-5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._grens

    def paint(self, p: QPainter, optie: QStyleOptionGraphicsItem, widget=None) -> None:
        p.setFont(self._font)
        midden = LEGENDA_H / 2 + 1
        basis = midden + self._fm.ascent() / 2 - 1
        x = 10.0
        for herkend, tekst in self._merken:
            _teken_merk(p, QPointF(x, midden), herkend, ZACHT)
            p.setPen(TEKST)
            p.drawText(QPointF(x + 12, basis), tekst)
            x += 12 + self._fm.horizontalAdvance(tekst) + 22
        p.setPen(ZACHT)
        breedte = self._fm.horizontalAdvance(self._hint)
        p.drawText(QPointF(max(x, BREEDTE - breedte - 4), basis), self._hint)


class Melding(QGraphicsItem):
    """The empty state."""

    def __init__(self, tekst: str, font: QFont, midden: QPointF):
        super().__init__()
        self._tekst, self._font = tekst, font
        self._rect = QRectF(midden.x() - 210, midden.y() - 45, 420, 90)
        self._grens = self._rect.adjusted(-1, -1, 1, 1)
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._grens

    def paint(self, p: QPainter, optie: QStyleOptionGraphicsItem, widget=None) -> None:
        p.setBrush(QColor("white"))
        p.setPen(QPen(QColor("#c5ccd2"), 1, Qt.PenStyle.DashLine))
        p.drawRoundedRect(self._rect, 10, 10)
        p.setPen(ZACHT)
        p.setFont(self._font)
        p.drawText(
            self._rect.adjusted(18, 10, -18, -10),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self._tekst,
        )
