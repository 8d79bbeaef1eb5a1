"""The verklarende analyse (4P model) as a diagram the family can follow at the kitchen table.

Plain data in (`DiagramFactor`, `DiagramLink`), signals out; no database or services here.
Four columns by type, left to right: predisponerend, uitlokkend, instandhoudend,
beschermend. Cards can be dragged; Shift+drag (or the "+" handle) from card to card asks
for a link. A card's saved position (x, y) is its top-left corner in scene coordinates.
"""

import math
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

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
class _Stijl:
    band: QColor  # lane background
    vul: QColor  # card fill
    rand: QColor  # card border
    kop: QColor  # lane header text


def _stijl(band: str, vul: str, rand: str, kop: str) -> _Stijl:
    return _Stijl(QColor(band), QColor(vul), QColor(rand), QColor(kop))


# Paul Tol's "bright" scheme (distinct for colour-blind eyes), as light tints with dark text.
STIJLEN = {
    "predisponerend": _stijl("#eef3f9", "#dbe6f2", "#4477aa", "#2b5179"),
    "uitlokkend": _stijl("#fbf8ea", "#f5eecb", "#ab9a2c", "#63560f"),
    "instandhoudend": _stijl("#fdf1f2", "#fadde1", "#d45a6c", "#8e2f3d"),
    "beschermend": _stijl("#edf6ee", "#d5ebd8", "#228833", "#1b6628"),
}
_ONBEKEND = _stijl("#f3f3f3", "#e6e6e6", "#8a8a8a", "#4a4a4a")

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

_KOPPEN: "Rect" = (-1e5, -1e5, 1e5, KOP_H - 12)  # the header strip as an obstacle


def baan_x(index: int) -> float:
    return index * (BAAN_B + BAAN_TUSSEN)


def baan_index(soort: str) -> int:
    """The column of a type (an unknown type goes in the first one, in grey)."""
    return TYPES.index(soort) if soort in TYPES else 0


# --- text and geometry helpers ------------------------------------------------------------


def _breek(tekst: str, font: QFont, breedte: float, max_regels: int) -> list[str]:
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


def _kort(tekst: str, maximum: int = LABEL_MAX) -> str:
    tekst = " ".join(tekst.split())
    if len(tekst) <= maximum:
        return tekst
    kort = tekst[: maximum - 1]
    spatie = kort.rfind(" ")
    if spatie > maximum // 2:
        kort = kort[:spatie]
    return kort.rstrip(" ,;:.-") + "…"


Rect = tuple[float, float, float, float]  # left, top, right, bottom
Punt = tuple[float, float]
Seg = tuple[Punt, Punt, Punt, Punt]  # one cubic Bézier segment


def _snijdt(x1: float, y1: float, x2: float, y2: float, r: Rect) -> bool:
    """Does the segment touch the rectangle (Liang–Barsky)?"""
    dx, dy = x2 - x1, y2 - y1
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x1 - r[0]), (dx, r[2] - x1), (-dy, y1 - r[1]), (dy, r[3] - y1)):
        if p == 0:
            if q < 0:
                return False
        else:
            t = q / p
            if p < 0:
                if t > t1:
                    return False
                t0 = max(t0, t)
            else:
                if t < t0:
                    return False
                t1 = min(t1, t)
    return True


def _treffers(punten: list[Punt], obstakels: list[Rect]) -> int:
    """How many obstacles the polyline runs through."""
    xs = [p[0] for p in punten]
    ys = [p[1] for p in punten]
    lx, rx, ty, by = min(xs), max(xs), min(ys), max(ys)
    stukken = list(zip(punten, punten[1:], strict=False))
    aantal = 0
    for r in obstakels:
        r0, r1, r2, r3 = r
        if r2 < lx or r0 > rx or r3 < ty or r1 > by:
            continue
        for (x1, y1), (x2, y2) in stukken:
            if (
                (x1 < r0 and x2 < r0)
                or (x1 > r2 and x2 > r2)
                or (y1 < r1 and y2 < r1)
                or (y1 > r3 and y2 > r3)
            ):
                continue
            if _snijdt(x1, y1, x2, y2, r):
                aantal += 1
                break
    return aantal


def _rand(r: Rect, doel: Punt, extra: float = 3.0) -> Punt:
    """Where the line from the rectangle's centre towards `doel` leaves it (plus a small gap)."""
    cx, cy = (r[0] + r[2]) / 2, (r[1] + r[3]) / 2
    dx, dy = doel[0] - cx, doel[1] - cy
    lengte = math.hypot(dx, dy)
    if lengte < 1e-6:
        return cx, cy
    hw, hh = (r[2] - r[0]) / 2, (r[3] - r[1]) / 2
    s = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    return cx + dx * s + dx / lengte * extra, cy + dy * s + dy / lengte * extra


def _lijn(p: Punt, q: Punt) -> Seg:
    dx, dy = (q[0] - p[0]) / 3, (q[1] - p[1]) / 3
    return p, (p[0] + dx, p[1] + dy), (q[0] - dx, q[1] - dy), q


def _kwad(p: Punt, c: Punt, q: Punt) -> Seg:
    return (
        p,
        (p[0] + 2 / 3 * (c[0] - p[0]), p[1] + 2 / 3 * (c[1] - p[1])),
        (q[0] + 2 / 3 * (c[0] - q[0]), q[1] + 2 / 3 * (c[1] - q[1])),
        q,
    )


def _s(p: Punt, q: Punt) -> Seg:
    """A gentle S from p to q, leaving and arriving horizontally."""
    d = (q[0] - p[0]) / 2
    return p, (p[0] + d, p[1]), (q[0] - d, q[1]), q


def _kub(seg: Seg, t: float) -> Punt:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = seg
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3


def _recht(seg: Seg) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = seg
    dx, dy = x3 - x0, y3 - y0
    return (
        abs(dx * (y1 - y0) - dy * (x1 - x0)) < 1e-3 and abs(dx * (y2 - y0) - dy * (x2 - x0)) < 1e-3
    )


_MONSTERS = tuple(i / 8 for i in range(1, 9))
_LABEL_T = (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74)
BANEN = [(baan_x(i), baan_x(i) + BAAN_B) for i in range(len(TYPES))]


def _polylijn(segs: list[Seg]) -> list[Punt]:
    punten = [segs[0][0]]
    for seg in segs:
        if _recht(seg):
            punten.append(seg[3])
        else:
            punten.extend(_kub(seg, t) for t in _MONSTERS)
    return punten


def _gang(links: float, rechts: float, ideaal: float, obstakels: list[Rect]) -> float:
    """The height nearest `ideaal` at which a line can cross the column [links, rechts] freely."""
    bezet = sorted((o[1], o[3]) for o in obstakels if o[0] < rechts and o[2] > links)
    beste, afstand = ideaal, math.inf
    onder = -math.inf
    for boven, volgende_onder in [*bezet, (math.inf, math.inf)]:
        lo, hi = onder + 2, boven - 2
        if lo <= hi:
            y = min(max(ideaal, lo), hi)
            if abs(y - ideaal) < afstand:
                beste, afstand = y, abs(y - ideaal)
        onder = max(onder, volgende_onder)
    return beste


def _poort(r: Rect, zij: str, i: int, n: int) -> Punt:
    """Place i of n on a side of card r (a small gap outside the border)."""
    cx, cy = (r[0] + r[2]) / 2, (r[1] + r[3]) / 2
    verschuiving = i - (n - 1) / 2
    if zij in ("links", "rechts"):
        stap = min(16.0, (r[3] - r[1] - 20) / (n - 1)) if n > 1 else 0.0
        return (r[2] + 3 if zij == "rechts" else r[0] - 3), cy + verschuiving * stap
    stap = min(28.0, (r[2] - r[0] - 30) / (n - 1)) if n > 1 else 0.0
    return cx + verschuiving * stap, (r[3] + 3 if zij == "onder" else r[1] - 3)


def zijden(a: Rect, b: Rect) -> tuple[str, str]:
    """Which sides of cards a and b an arrow a → b leaves and enters.

    Side by side: the facing sides. Above each other: a bow on the right going down and on the
    left going up, so that a vicious circle (a → b → a) is drawn as a circle – except in the
    outer columns, where bows stay on the inner side (nothing sticks out of the diagram).
    """
    if a[2] + 16 < b[0]:
        return "rechts", "links"
    if b[2] + 16 < a[0]:
        return "links", "rechts"
    midden = (a[0] + a[2]) / 2
    if midden < BANEN[0][1]:
        return "rechts", "rechts"
    if midden > BANEN[-1][0]:
        return "links", "links"
    kant = "rechts" if (b[1] + b[3]) >= (a[1] + a[3]) else "links"
    return kant, kant


def route(
    a: Rect,
    b: Rect,
    zij_a: str,
    pa: Punt,
    zij_b: str,
    pb: Punt,
    obstakels: list[Rect],
    banen: list[tuple[float, float]],
    snel: bool = False,
) -> list[Seg]:
    """The arrow from card a (leaving at pa) to card b (arriving at pb) as cubic segments.

    Side by side: gentle S-curves through the gaps between the columns, crossing a column in
    between where it has room. Above each other: a bow beside the column.
    Anything odd (cards dragged into each other's way): the least obstructed simple bow –
    except when `snel` (while dragging; the careful route follows on release).
    """
    if zij_a == zij_b:
        k = min(64.0, 26.0 + 0.12 * abs(pb[1] - pa[1]))
        if (zij_a == "rechts") != (pb[1] >= pa[1]):  # against the circle (outer column): wider
            k *= 1.5
        k *= 1 if zij_a == "rechts" else -1
        segs = [(pa, (pa[0] + k, pa[1]), (pb[0] + k, pb[1]), pb)]
    else:
        lo, hi = min(pa[0], pb[0]), max(pa[0], pb[0])
        gekruist = [(lb, rb) for lb, rb in banen if lb > lo + 4 and rb < hi - 4]
        naar_rechts = pb[0] > pa[0]
        if not naar_rechts:
            gekruist.reverse()
        punten = [pa]
        for lb, rb in gekruist:
            f = ((lb + rb) / 2 - pa[0]) / (pb[0] - pa[0])
            y = _gang(lb, rb, pa[1] + f * (pb[1] - pa[1]), obstakels)
            punten += [(lb - 6, y), (rb + 6, y)] if naar_rechts else [(rb + 6, y), (lb - 6, y)]
        punten.append(pb)
        segs = [
            _lijn(punten[i], punten[i + 1]) if i % 2 else _s(punten[i], punten[i + 1])
            for i in range(len(punten) - 1)
        ]
    if snel:
        return segs
    treffers = _treffers(_polylijn(segs), obstakels)
    if treffers == 0:
        return segs

    beste, minst = segs, treffers
    acx, acy = (a[0] + a[2]) / 2, (a[1] + a[3]) / 2
    bcx, bcy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    dx, dy = bcx - acx, bcy - acy
    lengte = math.hypot(dx, dy) or 1.0
    nx, ny = dy / lengte, -dx / lengte
    for f in (0.0, 0.15, -0.15, 0.3, -0.3, 0.5, -0.5, 0.75, -0.75):
        c = ((acx + bcx) / 2 + nx * f * lengte, (acy + bcy) / 2 + ny * f * lengte)
        p, q = _rand(a, c), _rand(b, c)
        kandidaat = [_lijn(p, q)] if f == 0 else [_kwad(p, c, q)]
        treffers = _treffers(_polylijn(kandidaat), obstakels)
        if treffers < minst:
            beste, minst = kandidaat, treffers
            if treffers == 0:
                break
    return beste


# --- items --------------------------------------------------------------------------------


class _Baan(QGraphicsItem):
    """A soft-coloured column with its header."""

    def __init__(self, index: int, stijl: _Stijl, kop: str, font: QFont):
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
class _Opmaak:
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


class _Kaart(QGraphicsItem):
    def __init__(
        self,
        factor: DiagramFactor,
        stijl: _Stijl,
        opmaak: _Opmaak,
        tooltip: str,
    ):
        super().__init__()
        self.factor = factor
        self.id = factor.id
        self.stijl = stijl
        self._opmaak = opmaak
        self._regels = _breek(factor.omschrijving, opmaak.tekst, KAART_B - 2 * PAD, MAX_REGELS)
        self.rect = QRectF(0, 0, KAART_B, opmaak.kaart_hoogte(len(self._regels)))
        self._grens = self.rect.adjusted(-5, -5, HANDVAT_R + 3, 5)
        self._vorm = QPainterPath()
        self._vorm.addRoundedRect(self.rect, 8, 8)
        self._vorm.addEllipse(self.handvat(), HANDVAT_R + 2, HANDVAT_R + 2)
        self.pijlen: list[_Pijl] = []
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


class _Pijl(QGraphicsItem):
    def __init__(self, link: DiagramLink, van: _Kaart, naar: _Kaart, tooltip: str):
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
        self.label: _Label | None = None
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
                return _kub(seg, min(rest / lengte, 1.0) if lengte else 0.5)
            rest -= lengte
        return self.segs[-1][3]

    def label_punten(self) -> list[Punt]:
        """Where a label could go: first the middles of the bends between the columns."""
        punten = []
        if len(self.segs) > 1:
            helft, begin, middens = self._totaal / 2, 0.0, []
            for i, (seg, lengte) in enumerate(zip(self.segs, self._lengtes, strict=True)):
                if i % 2 == 0:
                    middens.append((abs(begin + lengte / 2 - helft), _kub(seg, 0.5)))
                begin += lengte
            punten = [p for _, p in sorted(middens)]
        return punten + [self.punt_op(t) for t in _LABEL_T]

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


class _Label(QGraphicsItem):
    """The short explanation at mid-arrow; clicking it chooses the arrow."""

    def __init__(self, pijl: _Pijl, tekst: str, opmaak: _Opmaak):
        super().__init__()
        self.pijl = pijl
        self._font = opmaak.label
        fm = opmaak.fm_label
        self._regels = _breek(tekst, self._font, LABEL_B, 3)
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


class _Legenda(QGraphicsItem):
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


class _Melding(QGraphicsItem):
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


@dataclass
class _Druk:
    """A left-button press that may become a click or a drag."""

    item: QGraphicsItem | None
    start: QPointF
    posities: dict[str, tuple[float, float]]
    slepen: bool = False


# --- the view -------------------------------------------------------------------------------


class AnalyseDiagram(QGraphicsView):
    """The 4P diagram: factors in four columns, links as arrows; drag to move or to link."""

    factor_verplaatst = Signal(str, float, float)  # factor id, new x, y (top-left), once per drag
    link_gevraagd = Signal(str, str)  # van id, naar id
    factor_gekozen = Signal(str)  # factor id
    link_gekozen = Signal(str)  # link id
    verwijderen_gevraagd = Signal(str, str)  # "factor" | "link", id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QColor("white"))
        self.setAccessibleName(self.tr("Explanatory analysis diagram"))
        self._kaarten: dict[str, _Kaart] = {}
        self._pijlen: dict[str, _Pijl] = {}
        self._banen: list[_Baan] = []
        self._legenda: _Legenda | None = None
        self._kaartrects: dict[str, Rect] = {}  # card id → its rectangle in the scene
        self._rects: dict[str, Rect] = {}  # card id → obstacle rectangle (with margin)
        self._zijden: dict[str, tuple[str, str]] = {}  # link id → sides it leaves and enters
        self._poortpos: dict[tuple[str, int], Punt] = {}  # (link id, 0 start | 1 end) → point
        self._labelrects: dict[str, Rect] = {}
        self._druk: _Druk | None = None
        self._koppel: _Kaart | None = None
        self._elastiek: QGraphicsPathItem | None = None
        self._doel: _Kaart | None = None
        self._scene.selectionChanged.connect(self._selectie_veranderd)
        self.zet_gegevens([], [])

    # --- data ----------------------------------------------------------------------------

    def zet_gegevens(self, factoren: list[DiagramFactor], links: list[DiagramLink]) -> None:
        """Rebuild the diagram; scroll position, zoom and selection stay."""
        h, v = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        gekozen = self._gekozen_sleutel()
        self._stop_koppelen()
        self._druk = None
        self._kaarten, self._pijlen, self._banen = {}, {}, []
        self._kaartrects, self._rects, self._labelrects = {}, {}, {}
        self._zijden, self._poortpos = {}, {}
        self._scene.clear()

        basis = QFont(self.font())
        kopfont = QFont(basis)
        kopfont.setBold(True)
        kopfont.setPointSizeF(basis.pointSizeF() * 1.25)
        reffont = QFont(basis)
        reffont.setBold(True)
        opmaak = _Opmaak(tekst=basis, ref=reffont, label=QFont(basis))

        koppen = {
            "predisponerend": self.tr("Vulnerable"),
            "uitlokkend": self.tr("Why now"),
            "instandhoudend": self.tr("Keeps it going"),
            "beschermend": self.tr("Strengths"),
        }
        for i, soort in enumerate(TYPES):
            baan = _Baan(i, STIJLEN[soort], koppen[soort], kopfont)
            self._scene.addItem(baan)
            self._banen.append(baan)

        herkend_tekst = {
            True: self.tr("The family recognises this."),
            False: self.tr("The family does not recognise this."),
            None: self.tr("Not yet checked with the family."),
        }
        hint = self.tr("Drag to move. Shift+drag (or drag the +) to another card to link them.")
        handmatig, automatisch = [], []
        for f in factoren:
            tip = (
                f"<p><b>{escape(f.ref)}</b> {escape(f.omschrijving)}</p>"
                f"<p><i>{herkend_tekst[f.herkend]}</i></p><p><small>{hint}</small></p>"
            )
            kaart = _Kaart(f, STIJLEN.get(f.type, _ONBEKEND), opmaak, tip)
            self._scene.addItem(kaart)
            self._kaarten[f.id] = kaart
            if f.x is not None and f.y is not None:
                kaart.setPos(f.x, f.y)
                handmatig.append(kaart)
            else:
                automatisch.append(kaart)

        for i in range(len(TYPES)):
            links_x, rechts_x = baan_x(i), baan_x(i) + BAAN_B
            y = KAART_START
            for k in handmatig:
                kl, _, kr, kb = k.scene_rect()
                if kr > links_x and kl < rechts_x:
                    y = max(y, kb + KAART_TUSSEN)
            for k in automatisch:
                if baan_index(k.factor.type) != i:
                    continue
                k.setPos(links_x + KAART_X, y)
                y += k.rect.height() + KAART_TUSSEN
        for k in self._kaarten.values():
            self._kaartrects[k.id] = k.scene_rect()
            self._rects[k.id] = self._obstakel(k)

        for link in links:
            van, naar = self._kaarten.get(link.van), self._kaarten.get(link.naar)
            if van is None or naar is None or van is naar:
                continue
            tip = f"<p><b>{escape(van.factor.ref)} → {escape(naar.factor.ref)}</b></p>"
            if link.toelichting.strip():
                tip += f"<p>{escape(link.toelichting)}</p>"
            pijl = _Pijl(link, van, naar, tip)
            self._scene.addItem(pijl)
            if link.toelichting.strip():
                pijl.label = _Label(pijl, _kort(link.toelichting), opmaak)
                self._scene.addItem(pijl.label)
            van.pijlen.append(pijl)
            naar.pijlen.append(pijl)
            self._pijlen[link.id] = pijl
        self._routeer_alles()

        self._legenda = _Legenda(
            [
                (True, self.tr("recognised by the family")),
                (False, self.tr("not recognised")),
                (None, self.tr("not checked yet")),
            ],
            self.tr("Shift+drag from card to card to link them"),
            basis,
        )
        self._scene.addItem(self._legenda)

        if not factoren:
            groter = QFont(basis)
            groter.setPointSizeF(basis.pointSizeF() * 1.1)
            tekst = self.tr(
                "No factors yet. Add a factor on the left; it appears here in its column."
            )
            self._scene.addItem(_Melding(tekst, groter, QPointF(BREEDTE / 2, KOP_H + 90)))

        self._werk_banden_bij()
        if gekozen:
            soort, id_ = gekozen
            item = (self._kaarten if soort == "factor" else self._pijlen).get(id_)
            if item is not None:
                item.setSelected(True)
        self.horizontalScrollBar().setValue(h)
        self.verticalScrollBar().setValue(v)

    def selecteer_factor(self, factor_id: str) -> None:
        """Select a card from outside (e.g. the list next to the diagram) and show it."""
        kaart = self._kaarten.get(factor_id)
        if kaart is not None:
            self._kies(kaart)

    # --- helpers for tests ----------------------------------------------------------------

    def kaart_positie(self, factor_id: str) -> QPointF:
        """Scene position of the centre of the factor's card."""
        return self._kaarten[factor_id].midden()

    def aantal_pijlen(self) -> int:
        return len(self._pijlen)

    def pijl_positie(self, link_id: str, t: float = 0.5) -> QPointF:
        """Scene position of a point part `t` along the link's arrow."""
        return QPointF(*self._pijlen[link_id].punt_op(t))

    def zoomfactor(self) -> float:
        return self.transform().m11()

    # --- layout -------------------------------------------------------------------------------

    @staticmethod
    def _obstakel(kaart: _Kaart) -> Rect:
        x1, y1, x2, y2 = kaart.scene_rect()
        m = OBSTAKEL_MARGE
        return x1 - m, y1 - m, x2 + m, y2 + m

    def _obstakels(self, *behalve: str) -> list[Rect]:
        return [r for k, r in self._rects.items() if k not in behalve]

    def _poorten(self, kaarten) -> None:
        """Where arrows leave and enter the sides of these cards.

        Arrows sharing a side are spread along it, in the order of their other ends, so their
        heads do not pile up and they do not cross right at the card.
        """
        for kaart in kaarten:
            groepen: dict[str, list[tuple[float, str, int]]] = {}
            for pijl in kaart.pijlen:
                za, zb = self._zijden[pijl.id]
                for eind, zij, ander in ((0, za, pijl.naar), (1, zb, pijl.van)):
                    if (pijl.van if eind == 0 else pijl.naar) is not kaart:
                        continue
                    r = self._kaartrects[ander.id]
                    sleutel = (r[1] + r[3]) / 2 if zij in ("links", "rechts") else (r[0] + r[2]) / 2
                    groepen.setdefault(zij, []).append((sleutel, pijl.id, eind))
            r = self._kaartrects[kaart.id]
            for zij, lijst in groepen.items():
                lijst.sort()
                for i, (_, pijl_id, eind) in enumerate(lijst):
                    self._poortpos[(pijl_id, eind)] = _poort(r, zij, i, len(lijst))

    def _poort_van(self, pijl: _Pijl) -> tuple[str, Punt, str, Punt]:
        za, zb = self._zijden[pijl.id]
        return za, self._poortpos[(pijl.id, 0)], zb, self._poortpos[(pijl.id, 1)]

    def _routeer(self, pijl: _Pijl, snel: bool = False) -> None:
        za, pa, zb, pb = self._poort_van(pijl)
        obstakels = self._obstakels(pijl.van.id, pijl.naar.id)
        obstakels.append(_KOPPEN)  # never over the lane headers
        a, b = self._kaartrects[pijl.van.id], self._kaartrects[pijl.naar.id]
        pijl.zet_route(route(a, b, za, pa, zb, pb, obstakels, BANEN, snel))
        if pijl.label is not None:
            self._plaats_label(pijl, snel)

    def _plaats_label(self, pijl: _Pijl, snel: bool = False) -> None:
        """At mid-arrow, or a little along or beside it where it covers the fewest cards/labels.

        `snel` (while dragging): only a few places; the full search follows on release.
        """
        b, h = pijl.label.afmeting()
        hb, hh = b / 2, h / 2
        self._labelrects.pop(pijl.id, None)
        rand = pijl.boundingRect()
        lx, ty = rand.left() - b, rand.top() - h
        rx, by = rand.right() + b, rand.bottom() + h
        bezet = [
            o
            for o in (*self._rects.values(), *self._labelrects.values(), _KOPPEN)
            if o[0] < rx and o[2] > lx and o[1] < by and o[3] > ty
        ]
        punten = pijl.label_punten()
        verschuivingen = ((0.0, 0.0), (0.0, -hh - 2), (0.0, hh + 2), (hb - 16, 0.0), (16 - hb, 0.0))
        if snel:
            punten, verschuivingen = punten[:2], verschuivingen[:3]
        beste, kosten = None, math.inf
        for x0, y0 in punten:
            for dx, dy in verschuivingen:
                x, y = x0 + dx, y0 + dy
                x1, y1, x2, y2 = x - hb, y - hh, x + hb, y + hh
                k = 0.0
                for o in bezet:
                    if o[0] >= x2 or o[2] <= x1 or o[1] >= y2 or o[3] <= y1:
                        continue
                    w = (x2 if x2 < o[2] else o[2]) - (x1 if x1 > o[0] else o[0])
                    k += w * ((y2 if y2 < o[3] else o[3]) - (y1 if y1 > o[1] else o[1]))
                    if k >= kosten:
                        break
                if k < kosten:
                    beste, kosten = (x, y, (x1, y1, x2, y2)), k
                    if k == 0:
                        break
            if kosten == 0:
                break
        pijl.label.setPos(beste[0], beste[1])
        self._labelrects[pijl.id] = beste[2]

    def _routeer_alles(self) -> None:
        self._zijden = {
            p.id: zijden(self._kaartrects[p.van.id], self._kaartrects[p.naar.id])
            for p in self._pijlen.values()
        }
        self._poortpos = {}
        self._poorten(self._kaarten.values())
        self._labelrects = {}
        for pijl in self._pijlen.values():
            self._routeer(pijl)

    def _kaarten_bewogen(self, kaarten: list[_Kaart]) -> None:
        """While dragging: only the arrows of these cards, and those whose ports shifted."""
        bewogen: dict[str, _Pijl] = {}
        for kaart in kaarten:
            self._kaartrects[kaart.id] = kaart.scene_rect()
            self._rects[kaart.id] = self._obstakel(kaart)
            bewogen.update((p.id, p) for p in kaart.pijlen)
        geraakt: dict[str, _Kaart] = {}
        for pijl in bewogen.values():
            self._zijden[pijl.id] = zijden(
                self._kaartrects[pijl.van.id], self._kaartrects[pijl.naar.id]
            )
            geraakt[pijl.van.id], geraakt[pijl.naar.id] = pijl.van, pijl.naar
        for kaart in kaarten:
            geraakt[kaart.id] = kaart
        buren = {p.id: p for k in geraakt.values() for p in k.pijlen}
        oud = {pid: self._poort_van(p) for pid, p in buren.items()}
        self._poorten(geraakt.values())
        for pid, pijl in buren.items():
            if pid in bewogen or oud[pid] != self._poort_van(pijl):
                self._routeer(pijl, snel=True)

    def _inhoud_onder(self) -> float:
        onder = KAART_START + 120
        for k in self._kaarten.values():
            onder = max(onder, k.scene_rect()[3])
        return onder + 24

    def _werk_banden_bij(self) -> None:
        """Lanes as high as the content (at least the visible height); scene rect around all."""
        schaal = self.transform().m22() or 1.0
        zichtbaar = self.viewport().height() / schaal
        hoogte = max(self._inhoud_onder(), zichtbaar - 2 * MARGE - 4 - LEGENDA_H)
        for baan in self._banen:
            baan.zet_hoogte(hoogte)
        self._legenda.setPos(0, hoogte + 2)
        links, boven, rechts, onder = 0.0, 0.0, float(BREEDTE), hoogte + 2 + LEGENDA_H
        for k in self._kaarten.values():
            x1, y1, x2, y2 = k.scene_rect()
            links, boven = min(links, x1 - 8), min(boven, y1 - 8)
            rechts, onder = max(rechts, x2 + HANDVAT_R + 8), max(onder, y2 + 8)
        rect = QRectF(links, boven, rechts - links, onder - boven)
        for pijl in self._pijlen.values():
            rect = rect.united(pijl.boundingRect())
            if pijl.label is not None:
                rect = rect.united(pijl.label.sceneBoundingRect())
        self._scene.setSceneRect(rect.adjusted(-MARGE, -MARGE, MARGE, MARGE))

    def _inhoud_rect(self) -> QRectF:
        """Everything that must be visible: columns as high as the cards, arrows, legend."""
        rect = QRectF(0, 0, BREEDTE, self._inhoud_onder() + 2 + LEGENDA_H)
        for k in self._kaarten.values():
            x1, y1, x2, y2 = k.scene_rect()
            rect = rect.united(QRectF(x1, y1, x2 - x1, y2 - y1))
        for pijl in self._pijlen.values():
            rect = rect.united(pijl.boundingRect())
        return rect.adjusted(-MARGE, -MARGE, MARGE, MARGE)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._werk_banden_bij()

    # --- zoom ---------------------------------------------------------------------------------

    def _zoom(self, factor: float, onder_muis: bool = False) -> None:
        huidig = self.transform().m11()
        nieuw = min(max(huidig * factor, ZOOM_MIN), ZOOM_MAX)
        if abs(nieuw / huidig - 1) < 1e-6:
            return
        self.setTransformationAnchor(
            QGraphicsView.ViewportAnchor.AnchorUnderMouse
            if onder_muis
            else QGraphicsView.ViewportAnchor.AnchorViewCenter
        )
        self.scale(nieuw / huidig, nieuw / huidig)
        self._werk_banden_bij()

    def inzoomen(self) -> None:
        self._zoom(ZOOM_STAP)

    def uitzoomen(self) -> None:
        self._zoom(1 / ZOOM_STAP)

    def passend_maken(self) -> None:
        """Zoom so that every card is visible (never larger than 150 %)."""
        rect = self._inhoud_rect()
        vp = self.viewport().size()
        schaal = min(vp.width() / rect.width(), vp.height() / rect.height())
        schaal = min(max(schaal, ZOOM_MIN), PASSEND_MAX)
        self.setTransform(QTransform.fromScale(schaal, schaal))
        self._werk_banden_bij()
        self.centerOn(rect.center())

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            stappen = event.angleDelta().y() / 120
            if stappen:
                self._zoom(ZOOM_STAP**stappen, onder_muis=True)
            event.accept()
            return
        super().wheelEvent(event)

    # --- selection and keyboard -------------------------------------------------------------

    def _gekozen_items(self) -> list[QGraphicsItem]:
        return [i for i in self._scene.selectedItems() if isinstance(i, _Kaart | _Pijl)]

    def _gekozen_sleutel(self) -> tuple[str, str] | None:
        for item in self._gekozen_items():
            return ("factor", item.id) if isinstance(item, _Kaart) else ("link", item.id)
        return None

    def _gekozen_kaart(self) -> _Kaart | None:
        for item in self._gekozen_items():
            if isinstance(item, _Kaart):
                return item
        return None

    def _selectie_veranderd(self) -> None:
        for pijl in self._pijlen.values():
            pijl.update()
            if pijl.label is not None:
                pijl.label.update()

    def _kies(self, kaart: _Kaart) -> None:
        self._scene.clearSelection()
        kaart.setSelected(True)
        self.ensureVisible(kaart, 24, 24)

    def _volgorde(self) -> list[_Kaart]:
        return sorted(
            self._kaarten.values(), key=lambda k: (baan_index(k.factor.type), k.y(), k.x())
        )

    def _tab(self, vooruit: bool) -> bool:
        """Select the next/previous card; False at the end (focus leaves the diagram)."""
        volgorde = self._volgorde()
        if not volgorde:
            return False
        huidig = self._gekozen_kaart()
        if huidig is None:
            self._kies(volgorde[0] if vooruit else volgorde[-1])
            return True
        i = volgorde.index(huidig) + (1 if vooruit else -1)
        if 0 <= i < len(volgorde):
            self._kies(volgorde[i])
            return True
        return False

    def _richting(self, dx: int, dy: int) -> None:
        """Arrow keys: the nearest card in that direction."""
        huidig = self._gekozen_kaart()
        if huidig is None:
            volgorde = self._volgorde()
            if volgorde:
                self._kies(volgorde[0])
            return
        c = huidig.midden()
        beste, score = None, math.inf
        for k in self._kaarten.values():
            if k is huidig:
                continue
            m = k.midden()
            vx, vy = m.x() - c.x(), m.y() - c.y()
            voor = vx * dx + vy * dy
            if voor <= 1:
                continue
            opzij = abs(vx * dy) + abs(vy * dx)
            s = voor + 2 * opzij
            if s < score:
                beste, score = k, s
        if beste is not None:
            self._kies(beste)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self._gekozen_kaart() is None and self._kaarten:
            if event.reason() == Qt.FocusReason.TabFocusReason:
                self._kies(self._volgorde()[0])
            elif event.reason() == Qt.FocusReason.BacktabFocusReason:
                self._kies(self._volgorde()[-1])

    def _eigen_toets(self, event) -> bool:
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0):
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return bool(self._gekozen_items())
        return key == Qt.Key.Key_Escape and self._koppel is not None

    def event(self, event) -> bool:
        soort = event.type()
        if soort == QEvent.Type.ShortcutOverride and self._eigen_toets(event):
            event.accept()
            return True
        if (
            soort == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            vooruit = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if self._tab(vooruit):
                return True
            return QWidget.focusNextPrevChild(self, vooruit)
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if (
            ctrl
            and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
            or event.matches(QKeySequence.StandardKey.ZoomIn)
        ):
            self.inzoomen()
        elif ctrl and key == Qt.Key.Key_Minus or event.matches(QKeySequence.StandardKey.ZoomOut):
            self.uitzoomen()
        elif ctrl and key == Qt.Key.Key_0:
            self.passend_maken()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            items = self._gekozen_items()
            if items:
                item = items[0]
                soort = "factor" if isinstance(item, _Kaart) else "link"
                self.verwijderen_gevraagd.emit(soort, item.id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            items = self._gekozen_items()
            if items:
                item = items[0]
                if isinstance(item, _Kaart):
                    self.factor_gekozen.emit(item.id)
                else:
                    self.link_gekozen.emit(item.id)
        elif key == Qt.Key.Key_Left:
            self._richting(-1, 0)
        elif key == Qt.Key.Key_Right:
            self._richting(1, 0)
        elif key == Qt.Key.Key_Up:
            self._richting(0, -1)
        elif key == Qt.Key.Key_Down:
            self._richting(0, 1)
        elif key == Qt.Key.Key_Escape:
            if self._koppel is not None:
                self._stop_koppelen()
            else:
                self._scene.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- mouse: click, move, link -------------------------------------------------------------

    def _item_op(self, pos) -> QGraphicsItem | None:
        for item in self.items(pos):
            if isinstance(item, _Kaart | _Pijl | _Label):
                return item
        return None

    def _kaart_op(self, scene_pos: QPointF, behalve: _Kaart | None = None) -> _Kaart | None:
        x, y = scene_pos.x(), scene_pos.y()
        for item in self._scene.items(scene_pos):
            if isinstance(item, _Kaart) and item is not behalve:
                x1, y1, x2, y2 = item.scene_rect()
                if x1 <= x <= x2 and y1 <= y <= y2:
                    return item
        return None

    def mousePressEvent(self, event) -> None:
        self._druk = None
        if event.button() == Qt.MouseButton.LeftButton and self._koppel is None:
            punt = event.position().toPoint()
            item = self._item_op(punt)
            scene_pos = self.mapToScene(punt)
            if isinstance(item, _Kaart) and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier or item.op_handvat(scene_pos)
            ):
                self._begin_koppelen(item, scene_pos)
                event.accept()
                return
            if isinstance(item, _Label):  # the label stands for its arrow
                self._scene.clearSelection()
                item.pijl.setSelected(True)
                self._druk = _Druk(item.pijl, event.position(), {})
                event.accept()
                return
            posities = {k.id: (k.x(), k.y()) for k in self._kaarten.values()}
            self._druk = _Druk(item, event.position(), posities)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._koppel is not None:
            self._werk_elastiek(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        druk = self._druk
        if (
            druk is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and isinstance(druk.item, _Kaart)
            and not druk.slepen
        ):
            afstand = (event.position() - druk.start).manhattanLength()
            if afstand < QApplication.startDragDistance():  # not a drag (yet): keep it a click
                event.accept()
                return
            druk.slepen = True
        super().mouseMoveEvent(event)
        if druk is not None and druk.slepen:
            bewogen = [
                k for k in self._kaarten.values() if k.scene_rect() != self._kaartrects.get(k.id)
            ]
            if bewogen:
                self._kaarten_bewogen(bewogen)

    def mouseReleaseEvent(self, event) -> None:
        if self._koppel is not None:
            if event.button() == Qt.MouseButton.LeftButton:
                self._einde_koppelen(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        druk = self._druk
        super().mouseReleaseEvent(event)
        if druk is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._druk = None
        bewogen = [
            (k.id, round(k.x(), 1), round(k.y(), 1))
            for k in self._kaarten.values()
            if k.id in druk.posities and (k.x(), k.y()) != druk.posities[k.id]
        ]
        if bewogen:
            self._routeer_alles()  # the moved cards may now be in other arrows' way
            self._werk_banden_bij()
            for id_, x, y in bewogen:
                self.factor_verplaatst.emit(id_, x, y)
        elif isinstance(druk.item, _Kaart):
            self.factor_gekozen.emit(druk.item.id)
        elif isinstance(druk.item, _Pijl):
            self.link_gekozen.emit(druk.item.id)

    def _begin_koppelen(self, kaart: _Kaart, scene_pos: QPointF) -> None:
        self._koppel = kaart
        self._elastiek = QGraphicsPathItem()
        pen = QPen(ACCENT, 2.2, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._elastiek.setPen(pen)
        self._elastiek.setBrush(ACCENT)
        self._elastiek.setZValue(10)
        self._scene.addItem(self._elastiek)
        self._werk_elastiek(scene_pos)

    def _werk_elastiek(self, scene_pos: QPointF) -> None:
        doel = self._kaart_op(scene_pos, behalve=self._koppel)
        if doel is not self._doel:
            if self._doel is not None:
                self._doel.doel = False
                self._doel.update()
            if doel is not None:
                doel.doel = True
                doel.update()
            self._doel = doel
        eind = (scene_pos.x(), scene_pos.y())
        if doel is not None:  # snap to the edge of the target card
            m = doel.midden()
            eind = _rand(doel.scene_rect(), _rand(self._koppel.scene_rect(), (m.x(), m.y())))
        begin = _rand(self._koppel.scene_rect(), eind)
        pad = QPainterPath(QPointF(*begin))
        pad.lineTo(QPointF(*eind))
        dx, dy = eind[0] - begin[0], eind[1] - begin[1]
        lengte = math.hypot(dx, dy)
        if lengte > 14:
            ux, uy = dx / lengte, dy / lengte
            bx, by = eind[0] - ux * 12, eind[1] - uy * 12
            kop = QPolygonF(
                [
                    QPointF(*eind),
                    QPointF(bx - uy * 5.5, by + ux * 5.5),
                    QPointF(bx + uy * 5.5, by - ux * 5.5),
                    QPointF(*eind),
                ]
            )
            pad.addPolygon(kop)
        self._elastiek.setPath(pad)

    def _einde_koppelen(self, scene_pos: QPointF) -> None:
        van = self._koppel
        doel = self._kaart_op(scene_pos, behalve=van)
        self._stop_koppelen()
        if van is None:
            return
        if doel is not None:
            self.link_gevraagd.emit(van.id, doel.id)
        elif self._kaart_op(scene_pos) is van:  # released on itself: just a click
            self._kies(van)
            self.factor_gekozen.emit(van.id)

    def _stop_koppelen(self) -> None:
        if self._elastiek is not None:
            self._scene.removeItem(self._elastiek)
            self._elastiek = None
        if self._doel is not None:
            self._doel.doel = False
            self._doel.update()
            self._doel = None
        self._koppel = None


__all__ = ["TYPES", "AnalyseDiagram", "DiagramFactor", "DiagramLink"]
