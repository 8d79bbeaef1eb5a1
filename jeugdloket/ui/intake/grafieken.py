"""Two painted charts for the Levenskracht intake: the mirror sheet and the network picture.

Both are turned towards the family at the kitchen table, so they favour large type, calm colours
and encodings that survive colour blindness and grey print. They know nothing of the database:
callers hand in plain dataclasses.
"""

import html
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

DREMPEL_VERSCHIL = 3  # points apart from which a leefgebied becomes a talking point

# A white "sheet" regardless of the desktop theme: it is shown, printed and screenshotted as paper.
PAPIER = QColor("#ffffff")
INKT = QColor("#1f2933")
INKT_ZACHT = QColor("#667380")
RASTER = QColor("#dde2e8")
RASTER_AS = QColor("#9aa5b1")
KLEUR_INWONER = QColor("#1f4e8c")  # dark blue, solid
KLEUR_METGEZEL = QColor("#e07b00")  # orange, hatched: reads apart from the blue in grey print too
KLEUR_METGEZEL_VLAK = QColor("#fbe3c4")
BAND = QColor("#fff3d1")
BAND_RAND = QColor("#e9c46a")
DELTA_VLAK = QColor("#f4cf72")
DELTA_TEKST = QColor("#4d3300")

# Okabe-Ito: distinguishable for the common forms of colour blindness.
ROLKLEUREN = [
    QColor("#0072b2"),
    QColor("#009e73"),
    QColor("#cc79a7"),
    QColor("#d55e00"),
    QColor("#56b4e9"),
    QColor("#e69f00"),
    QColor("#7f7f7f"),
]
# Known roles keep the same colour from case to case, whatever else is in the network.
VASTE_ROLKLEUR = {"ouder": 0, "parent": 0, "netwerk": 1, "network": 1, "professional": 2}
RINGVLAK = [QColor("#dce7f2"), QColor("#e8eff6"), QColor("#f3f7fa")]  # close → far
RINGRAND = QColor("#c3d0dd")
CENTRUM_VLAK = QColor("#fdeccb")
CENTRUM_RAND = QColor("#d9a441")


def _lettertype(basis: QFont, factor: float, vet: bool = False) -> QFont:
    """The app font scaled up (never down), so text is at least the default size."""
    font = QFont(basis)
    if basis.pointSizeF() > 0:
        font.setPointSizeF(basis.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(basis.pixelSize() * factor)))
    font.setBold(vet)
    return font


def _regels(tekst: str, fm: QFontMetricsF, breedte: float, max_regels: int) -> list[str]:
    """Greedy word wrap into at most max_regels lines; the last one is elided so nothing clips."""
    woorden = tekst.split()
    regels: list[str] = []
    while woorden and len(regels) < max_regels - 1:
        regel, i = woorden[0], 1
        while i < len(woorden) and fm.horizontalAdvance(f"{regel} {woorden[i]}") <= breedte:
            regel, i = f"{regel} {woorden[i]}", i + 1
        if fm.horizontalAdvance(regel) > breedte:
            break  # one word too long for a line: leave it to the eliding below
        regels.append(regel)
        woorden = woorden[i:]
    if woorden:
        regels.append(fm.elidedText(" ".join(woorden), Qt.TextElideMode.ElideRight, breedte))
    return regels


_Vak = tuple[float, float, float, float]  # left, top, right, bottom: plain floats, for speed


def _vak(rect: QRectF) -> _Vak:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def _overlap(a: _Vak, b: _Vak, ruimte: float = 3.0) -> float:
    """Overlapping area, counting a little breathing room around a as overlap too."""
    breedte = min(a[2] + ruimte, b[2]) - max(a[0] - ruimte, b[0])
    if breedte <= 0:
        return 0.0
    hoogte = min(a[3] + ruimte, b[3]) - max(a[1] - ruimte, b[1])
    return breedte * hoogte if hoogte > 0 else 0.0


# --------------------------------------------------------------------------- mirror sheet


@dataclass(frozen=True)
class SpiegelRij:
    sleutel: str  # key, e.g. "school_en_werk"
    naam: str  # label, e.g. "School en werk"
    score_inwoner: int | None
    score_metgezel: int | None


def _verschil(rij: SpiegelRij) -> int | None:
    if rij.score_inwoner is None or rij.score_metgezel is None:
        return None
    return abs(rij.score_inwoner - rij.score_metgezel)


@dataclass(frozen=True)
class _SpiegelMaat:
    font: QFont
    vet: QFont
    factor: float
    marge: float
    legenda_y: float
    kop_y: float
    rij_top: float
    rij_h: float
    label_b: float
    plot_l: float
    plot_r: float
    delta_x: float
    delta_b: float
    delta_lang: bool  # room to spell out "talking point" in the Δ label
    voet_y: float
    voet_regels: int
    max_regels: int

    def x(self, waarde: float) -> float:
        waarde = min(10.0, max(0.0, waarde))
        return self.plot_l + (self.plot_r - self.plot_l) * waarde / 10


class Spiegelblad(QWidget):
    """Per leefgebied two bars (1–10): how the inwoner and how the metgezel score it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rijen: list[SpiegelRij] = []
        self._naam_inwoner = ""
        self._naam_metgezel = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Mirror sheet"))
        self._werk_samenvatting_bij()

    # ---- data

    def zet_gegevens(self, rijen: list[SpiegelRij], naam_inwoner: str, naam_metgezel: str) -> None:
        self._rijen = list(rijen)
        self._naam_inwoner = naam_inwoner
        self._naam_metgezel = naam_metgezel
        self._werk_samenvatting_bij()
        self.update()

    def verschillen(self) -> list[str]:
        """Sleutels of the rows whose two scores lie DREMPEL_VERSCHIL or more apart."""
        return [r.sleutel for r in self._rijen if (_verschil(r) or 0) >= DREMPEL_VERSCHIL]

    def _naam_a(self) -> str:
        return self._naam_inwoner or self.tr("Young person / parent")

    def _naam_b(self) -> str:
        return self._naam_metgezel or self.tr("Companion")

    def _score_tekst(self, score: int | None) -> str:
        return self.tr("not filled in") if score is None else str(score)

    def _werk_samenvatting_bij(self) -> None:
        if not self._rijen:
            samenvatting = self.tr("Mirror sheet: no scores recorded yet.")
            self.setToolTip(samenvatting)
            self.setAccessibleDescription(samenvatting)
            return
        namen = {r.sleutel: r.naam for r in self._rijen}
        punten = [namen[s] for s in self.verschillen()]
        samenvatting = (
            self.tr(
                "Mirror sheet of %1 and %2: %3 life areas, %4 with a difference of %5 points or more"
            )
            .replace("%1", self._naam_a())
            .replace("%2", self._naam_b())
            .replace("%3", str(len(self._rijen)))
            .replace("%4", str(len(punten)))
            .replace("%5", str(DREMPEL_VERSCHIL))
        )
        if punten:
            samenvatting += ": " + ", ".join(punten)
        self.setToolTip(samenvatting)
        # Screen readers get every row, since they cannot see the bars.
        details = [
            f"{r.naam}: {self._naam_a()} {self._score_tekst(r.score_inwoner)}, "
            f"{self._naam_b()} {self._score_tekst(r.score_metgezel)}"
            for r in self._rijen
        ]
        self.setAccessibleDescription(samenvatting + ". " + "; ".join(details))

    # ---- geometry

    def sizeHint(self) -> QSize:
        return QSize(480, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 400)

    def _maat(self) -> _SpiegelMaat:
        b, h = float(self.width()), float(self.height())
        factor = max(1.0, min(b / 420, h / 520, 1.8))  # grows with the widget, never shrinks
        font = _lettertype(self.font(), factor)
        vet = _lettertype(self.font(), factor, vet=True)
        fm = QFontMetricsF(font)
        marge = 12 * factor
        regel = fm.height()
        legenda_y = marge
        legenda_regels = 2 if self._legenda_ruimte(factor)[0] == 0 else 1
        kop_y = legenda_y + legenda_regels * (regel + 2 * factor) + 8 * factor
        rij_top = kop_y + regel + 4 * factor
        # The footnote (Δ and – explained) takes a second line only when the first is too narrow.
        voet_b = sum(
            26 * factor + 8 * factor + fm.horizontalAdvance(t) for t in self._voetteksten()
        )
        voet_regels = 1 if voet_b + 24 * factor <= b - 2 * marge else 2
        voet_y = h - marge - voet_regels * regel
        n = max(1, len(self._rijen))
        rij_h = max(regel, (voet_y - 8 * factor - rij_top) / n)
        max_regels = 2 if rij_h >= 2 * fm.lineSpacing() + 2 else 1
        breedste = max((fm.horizontalAdvance(r.naam) for r in self._rijen), default=0.0)
        label_b = min(breedste, (b - 2 * marge) * (0.34 if max_regels == 2 else 0.42))
        delta_b = QFontMetricsF(vet).horizontalAdvance(self._delta_tekst(10, False)) + 14 * factor
        lang_b = QFontMetricsF(vet).horizontalAdvance(self._delta_tekst(10, True)) + 14 * factor
        # On a wide sheet the label itself says why the row is marked, not only the footnote.
        delta_lang = b - 2 * marge - label_b - lang_b - 60 * factor >= 0.4 * b
        if delta_lang:
            delta_b = lang_b
        # Room after the plot for the number behind a full bar of 10.
        waarde_b = fm.horizontalAdvance("10") + 10 * factor
        plot_l = marge + label_b + 12 * factor
        delta_x = b - marge - delta_b
        plot_r = max(plot_l + 40, delta_x - waarde_b)
        return _SpiegelMaat(
            font,
            vet,
            factor,
            marge,
            legenda_y,
            kop_y,
            rij_top,
            rij_h,
            label_b,
            plot_l,
            plot_r,
            delta_x,
            delta_b,
            delta_lang,
            voet_y,
            voet_regels,
            max_regels,
        )

    def _rij_op(self, pos: QPointF) -> int | None:
        if not self._rijen:
            return None
        m = self._maat()
        i = math.floor((pos.y() - m.rij_top) / m.rij_h)
        return i if 0 <= i < len(self._rijen) else None

    # ---- tooltips

    def _tooltip_op(self, pos: QPointF) -> str:
        i = self._rij_op(pos)
        if i is None:
            return self.toolTip()
        rij = self._rijen[i]
        regels = [
            f"<b>{html.escape(rij.naam)}</b>",
            f"{html.escape(self._naam_a())}: {self._score_tekst(rij.score_inwoner)}",
            f"{html.escape(self._naam_b())}: {self._score_tekst(rij.score_metgezel)}",
        ]
        verschil = _verschil(rij)
        if verschil is not None and verschil >= DREMPEL_VERSCHIL:
            regels.append(
                self.tr("Difference of %1 points: worth talking about").replace("%1", str(verschil))
            )
        return "<br>".join(regels)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            QToolTip.showText(event.globalPos(), self._tooltip_op(QPointF(event.pos())), self)
            return True
        return super().event(event)

    # ---- painting

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), PAPIER)
        m = self._maat()
        p.setFont(m.font)
        if not self._rijen:
            p.setPen(INKT_ZACHT)
            p.drawText(
                QRectF(self.rect()).adjusted(m.marge, m.marge, -m.marge, -m.marge),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No scores recorded yet."),
            )
            return
        fm = QFontMetricsF(m.font)
        self._teken_legenda(p, m, fm)
        onder = m.rij_top + m.rij_h * len(self._rijen)

        # Bands first, so grid lines and bars are drawn on top of them.
        for i, rij in enumerate(self._rijen):
            if (_verschil(rij) or 0) >= DREMPEL_VERSCHIL:
                band = QRectF(
                    m.marge * 0.4,
                    m.rij_top + i * m.rij_h + 1,
                    self.width() - m.marge * 0.8,
                    m.rij_h - 2,
                )
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(BAND)
                p.drawRoundedRect(band, 6 * m.factor, 6 * m.factor)

        # Thin row separators help the eye follow a long label to its bars.
        p.setPen(QPen(RASTER, 1))
        for i in range(1, len(self._rijen)):
            y = m.rij_top + i * m.rij_h
            p.drawLine(QPointF(m.marge, y), QPointF(m.plot_r, y))

        # Every gridline, but only as many numbers as fit side by side.
        eenheid = m.x(1) - m.x(0)
        nodig = (fm.horizontalAdvance("9") + fm.horizontalAdvance("10")) / 2 + 4 * m.factor
        stap = 1 if eenheid >= nodig else 2 if 2 * eenheid >= nodig else 5
        for waarde in range(1, 11):
            x = m.x(waarde)
            p.setPen(QPen(RASTER, 1))
            p.drawLine(QPointF(x, m.rij_top), QPointF(x, onder))
            if waarde % stap:
                continue
            p.setPen(INKT_ZACHT)
            p.drawText(
                QRectF(x - 20 * m.factor, m.kop_y, 40 * m.factor, fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                str(waarde),
            )
        p.setPen(QPen(RASTER_AS, 1.5))
        p.drawLine(QPointF(m.x(0), m.rij_top), QPointF(m.x(0), onder))

        for i, rij in enumerate(self._rijen):
            self._teken_rij(p, m, fm, rij, m.rij_top + i * m.rij_h)

        self._teken_voetnoot(p, m, fm)

    def _teken_staaf(self, p: QPainter, rect: QRectF, tweede: bool) -> None:
        straal = min(3.0, rect.height() / 3)
        if not tweede:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(KLEUR_INWONER)
            p.drawRoundedRect(rect, straal, straal)
            return
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(KLEUR_METGEZEL_VLAK)
        p.drawRoundedRect(rect, straal, straal)
        p.setBrush(QBrush(KLEUR_METGEZEL, Qt.BrushStyle.BDiagPattern))
        p.drawRoundedRect(rect, straal, straal)
        p.setPen(QPen(KLEUR_METGEZEL, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), straal, straal)

    def _legenda_ruimte(self, factor: float) -> tuple[float, float]:
        """Width for the two names next to each other; 0 for the first means one per line."""
        fmv = QFontMetricsF(_lettertype(self.font(), factor, vet=True))
        ruimte = self.width() - 2 * 12 * factor - 2 * (34 * factor) - 22 * factor - 4
        breed_a = fmv.horizontalAdvance(self._naam_a())
        breed_b = fmv.horizontalAdvance(self._naam_b())
        if breed_a + breed_b <= ruimte:
            return breed_a, breed_b
        if min(breed_a, breed_b) <= ruimte / 2:
            # A short name leaves the rest of the line to the long one.
            return (
                (breed_a, ruimte - breed_a) if breed_a <= breed_b else (ruimte - breed_b, breed_b)
            )
        return 0.0, 0.0

    def _teken_legenda(self, p: QPainter, m: _SpiegelMaat, fm: QFontMetricsF) -> None:
        staal_b, staal_h = 26 * m.factor, 13 * m.factor
        fmv = QFontMetricsF(m.vet)
        breedte_a, breedte_b = self._legenda_ruimte(m.factor)
        twee_regels = breedte_a == 0
        x, y = m.marge, m.legenda_y
        for naam, tweede in ((self._naam_a(), False), (self._naam_b(), True)):
            if twee_regels:
                x = m.marge
                per_naam = self.width() - 2 * m.marge - staal_b - 8 * m.factor
            else:
                per_naam = breedte_b if tweede else breedte_a
            tekst = fmv.elidedText(naam, Qt.TextElideMode.ElideRight, per_naam + 1)
            midden = y + fm.height() / 2
            self._teken_staaf(p, QRectF(x, midden - staal_h / 2, staal_b, staal_h), tweede)
            x += staal_b + 8 * m.factor
            p.setPen(INKT)
            p.setFont(m.vet)
            breedte = fmv.horizontalAdvance(tekst) + 2
            p.drawText(QRectF(x, y, breedte, fm.height()), Qt.AlignmentFlag.AlignVCenter, tekst)
            x += breedte + 22 * m.factor
            if twee_regels:
                y += fm.height() + 2 * m.factor
        p.setFont(m.font)

    def _teken_rij(
        self, p: QPainter, m: _SpiegelMaat, fm: QFontMetricsF, rij: SpiegelRij, top: float
    ) -> None:
        regels = _regels(rij.naam, fm, m.label_b, m.max_regels)
        hoogte = len(regels) * fm.lineSpacing()
        y = top + (m.rij_h - hoogte) / 2
        p.setPen(INKT)
        for regel in regels:
            p.drawText(
                QRectF(m.marge, y, m.label_b + 2, fm.lineSpacing()),
                Qt.AlignmentFlag.AlignVCenter,
                regel,
            )
            y += fm.lineSpacing()

        dik = min(m.rij_h * 0.3, 20 * m.factor)
        # Bars far enough apart that the two numbers behind them do not touch.
        tussen = max(2.0, m.rij_h * 0.07, 1.5 * fm.capHeight() - dik)
        tussen = min(tussen, max(2.0, m.rij_h - 2 * dik - 2))
        midden = top + m.rij_h / 2
        for score, y_staaf, tweede in (
            (rij.score_inwoner, midden - tussen / 2 - dik, False),
            (rij.score_metgezel, midden + tussen / 2, True),
        ):
            tekst_rect = QRectF(0, y_staaf + dik / 2 - fm.height() / 2, 0, fm.height())
            if score is None:
                # Missing is not zero: no bar, just a dash where the bar would start.
                tekst_rect.setLeft(m.x(0) + 5 * m.factor)
                tekst_rect.setWidth(30 * m.factor)
                p.setPen(INKT_ZACHT)
                p.setFont(m.vet)
                p.drawText(tekst_rect, Qt.AlignmentFlag.AlignVCenter, "–")
                p.setFont(m.font)
                continue
            eind = m.x(score)
            self._teken_staaf(p, QRectF(m.x(0), y_staaf, max(2.0, eind - m.x(0)), dik), tweede)
            tekst_rect.setLeft(eind + 5 * m.factor)
            tekst_rect.setWidth(40 * m.factor)
            p.setPen(INKT)
            p.drawText(tekst_rect, Qt.AlignmentFlag.AlignVCenter, str(score))

        verschil = _verschil(rij)
        if verschil is not None and verschil >= DREMPEL_VERSCHIL:
            fmv = QFontMetricsF(m.vet)
            tekst = self._delta_tekst(verschil, m.delta_lang)
            pil = QRectF(
                0, 0, fmv.horizontalAdvance(tekst) + 12 * m.factor, fmv.height() + 4 * m.factor
            )
            pil.moveCenter(QPointF(m.delta_x + m.delta_b / 2, midden))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(DELTA_VLAK)
            p.drawRoundedRect(pil, pil.height() / 2, pil.height() / 2)
            p.setPen(DELTA_TEKST)
            p.setFont(m.vet)
            p.drawText(pil, Qt.AlignmentFlag.AlignCenter, tekst)
            p.setFont(m.font)

    def _delta_tekst(self, verschil: int, lang: bool) -> str:
        if lang:
            return self.tr("Δ %1 · talking point").replace("%1", str(verschil))
        return f"Δ {verschil}"

    def _voetteksten(self) -> list[str]:
        return [
            self.tr("Δ = %1 or more points apart: worth talking about").replace(
                "%1", str(DREMPEL_VERSCHIL)
            ),
            self.tr("not filled in"),  # next to a "–" drawn where the swatch would be
        ]

    def _teken_voetnoot(self, p: QPainter, m: _SpiegelMaat, fm: QFontMetricsF) -> None:
        x, y = m.marge, m.voet_y
        for i, tekst in enumerate(self._voetteksten()):
            if i and m.voet_regels == 2:
                x, y = m.marge, y + fm.height()
            staal = QRectF(x, y + fm.height() / 2 - 7 * m.factor, 26 * m.factor, 14 * m.factor)
            if i == 0:
                p.setPen(QPen(BAND_RAND, 1))
                p.setBrush(BAND)
                p.drawRoundedRect(staal, 4, 4)
            x = staal.right() + 8 * m.factor
            if i == 1:
                p.setPen(INKT_ZACHT)
                p.drawText(staal, Qt.AlignmentFlag.AlignCenter, "–")
            breedte = self.width() - m.marge - x
            tekst = fm.elidedText(tekst, Qt.TextElideMode.ElideRight, breedte)
            p.setPen(INKT_ZACHT)
            p.drawText(QRectF(x, y, breedte, fm.height()), Qt.AlignmentFlag.AlignVCenter, tekst)
            x += fm.horizontalAdvance(tekst) + 24 * m.factor


# --------------------------------------------------------------------------- network picture


@dataclass(frozen=True)
class NetwerkLid:
    id: str  # any id
    naam: str
    rol: str  # e.g. "Ouder", "Netwerk", "Professional" (already display text)
    nabijheid: int  # 1, 2 or 3
    bijdrage: str  # what they can contribute ("haalt op van school"), may be ""


@dataclass
class _Plek:
    lid: NetwerkLid
    punt: QPointF
    naam: str  # elided
    label: QRectF
    kleur: QColor


@dataclass
class _NetwerkMaat:
    font: QFont
    vet: QFont
    factor: float
    midden: QPointF
    centrum: float  # radius of the family circle
    grenzen: list[float]  # outer radius of ring 1, 2, 3
    stip: float
    plekken: dict[str, _Plek] = field(default_factory=dict)
    ringlabels: list[tuple[QRectF, str]] = field(default_factory=list)
    legenda: list[tuple[QRectF, QColor | None, str]] = field(default_factory=list)


class Netwerkplaat(QWidget):
    """The family in the centre, its network on three rings: close, middle, far."""

    lid_gekozen = Signal(str)  # id of the member clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._centrum = ""
        self._leden: list[NetwerkLid] = []
        self._cache: _NetwerkMaat | None = None
        self.setMouseTracking(True)  # pointing-hand cursor over a member
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Network picture"))
        self._werk_samenvatting_bij()

    # ---- data

    def zet_gegevens(self, centrum: str, leden: list[NetwerkLid]) -> None:
        self._centrum = centrum
        self._leden = list(leden)
        self._cache = None
        self._werk_samenvatting_bij()
        self.update()

    def positie(self, id: str) -> QPointF:
        """Centre of the member's dot in widget coordinates (KeyError for an unknown id)."""
        return QPointF(self._maat().plekken[id].punt)

    def lid_op(self, pos: QPointF) -> str | None:
        """Id of the member whose dot or name is at pos, else None."""
        m = self._maat()
        beste, afstand = None, math.inf
        for id_, plek in m.plekken.items():
            d = math.hypot(pos.x() - plek.punt.x(), pos.y() - plek.punt.y())
            if (d <= m.stip + 4 or plek.label.contains(pos)) and d < afstand:
                beste, afstand = id_, d
        return beste

    def _ringnamen(self) -> list[str]:
        return [self.tr("close"), self.tr("middle"), self.tr("far")]

    def _werk_samenvatting_bij(self) -> None:
        if not self._leden:
            self.setAccessibleDescription(self._lege_tekst())
            return
        delen = []
        for ring, naam in enumerate(self._ringnamen(), start=1):
            leden = [f"{lid.naam} ({lid.rol})" for lid in self._leden if _ring(lid) == ring]
            if leden:
                delen.append(f"{naam}: {', '.join(leden)}")
        self.setAccessibleDescription(f"{self._centrum}. " + "; ".join(delen))

    def _lege_tekst(self) -> str:
        return self.tr(
            "No network recorded yet: add people with the role Netwerk in Gezin "
            "and say how close they are."
        )

    def _tooltip_tekst(self, id: str) -> str:
        plek = self._maat().plekken[id]
        lid = plek.lid
        regels = [
            f"<b>{html.escape(lid.naam)}</b> · {html.escape(lid.rol)}",
            self.tr("Ring: %1").replace("%1", self._ringnamen()[_ring(lid) - 1]),
        ]
        if lid.bijdrage.strip():
            regels.append(
                self.tr("Can contribute: %1").replace("%1", html.escape(lid.bijdrage.strip()))
            )
        return "<br>".join(regels)

    # ---- geometry

    def sizeHint(self) -> QSize:
        return QSize(520, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 360)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._cache = None
        super().changeEvent(event)

    def _rolkleuren(self) -> dict[str, QColor]:
        kleuren: dict[str, QColor] = {}
        vrij = [i for i in range(len(ROLKLEUREN)) if i not in VASTE_ROLKLEUR.values()]
        for lid in self._leden:
            if lid.rol in kleuren:
                continue
            vast = VASTE_ROLKLEUR.get(lid.rol.strip().lower())
            if vast is not None:
                kleuren[lid.rol] = ROLKLEUREN[vast]
            else:
                kleuren[lid.rol] = ROLKLEUREN[vrij[0] if vrij else len(kleuren) % len(ROLKLEUREN)]
                vrij = vrij[1:]
        return kleuren

    def _maat(self) -> _NetwerkMaat:
        # Hit-testing on every mouse move would otherwise redo the placement search.
        if self._cache is None:
            self._cache = self._bereken_maat()
        return self._cache

    def _bereken_maat(self) -> _NetwerkMaat:
        b, h = float(self.width()), float(self.height())
        factor = max(1.0, min(b / 520, h / 560, 1.8))
        font = _lettertype(self.font(), factor)
        vet = _lettertype(self.font(), factor, vet=True)
        fm = QFontMetricsF(font)
        marge = 10 * factor
        kleuren = self._rolkleuren()

        # Legend at the bottom, wrapped into centred lines; its height decides the circle's room.
        items: list[tuple[QColor | None, str]] = [(kleur, rol) for rol, kleur in kleuren.items()]
        if any(lid.bijdrage.strip() for lid in self._leden):
            items.append((None, self.tr("can contribute (point at it to read)")))
        staal = 14 * factor
        lijnen: list[list[tuple[float, QColor | None, str]]] = [[]]
        lijn_b = 0.0
        for kleur, tekst in items:
            tekst = fm.elidedText(tekst, Qt.TextElideMode.ElideRight, b - 2 * marge - staal - 8)
            breedte = staal + 6 * factor + fm.horizontalAdvance(tekst) + 2
            if lijnen[-1] and lijn_b + 18 * factor + breedte > b - 2 * marge:
                lijnen.append([])
                lijn_b = 0.0
            lijn_b += (18 * factor if lijnen[-1] else 0) + breedte
            lijnen[-1].append((breedte, kleur, tekst))
        lijn_h = fm.height() + 6 * factor
        legenda_h = lijn_h * len(lijnen) if items else 0.0
        legenda: list[tuple[QRectF, QColor | None, str]] = []
        y = h - marge - legenda_h
        for lijn in lijnen:
            totaal = sum(x[0] for x in lijn) + 18 * factor * (len(lijn) - 1)
            x = (b - totaal) / 2
            for breedte, kleur, tekst in lijn:
                legenda.append((QRectF(x, y, breedte, lijn_h), kleur, tekst))
                x += breedte + 18 * factor
            y += lijn_h

        vlak = QRectF(marge, marge, b - 2 * marge, h - 2 * marge - legenda_h - 6 * factor)
        straal = max(
            40.0, min(vlak.width() / 2 - 18 * factor, vlak.height() / 2 - fm.height() * 0.7)
        )
        midden = QPointF(vlak.center().x(), vlak.top() + vlak.height() / 2)
        centrum = max(straal * 0.24, fm.height() * 1.4)
        band = (straal - centrum) / 3
        grenzen = [centrum + band * k for k in (1, 2, 3)]
        stip = max(7.0, min(straal * 0.05, 12 * factor))
        m = _NetwerkMaat(font, vet, factor, midden, centrum, grenzen, stip, legenda=legenda)

        # Ring labels sit at the top of each band; placed before members so these avoid them.
        for grens, naam in zip(grenzen, self._ringnamen(), strict=True):
            breedte = fm.horizontalAdvance(naam) + 8
            rect = QRectF(
                midden.x() - breedte / 2, midden.y() - grens + 3 * factor, breedte, fm.height()
            )
            m.ringlabels.append((rect, naam))
        # (rect, weight): ring labels and the family circle weigh more than a brushed name.
        c = centrum
        bezet = [(_vak(r), 10.0) for r, _ in m.ringlabels] + [
            ((midden.x() - c, midden.y() - 0.6 * c, midden.x() + c, midden.y() + 0.6 * c), 2.0),
            ((midden.x() - 0.6 * c, midden.y() - c, midden.x() + 0.6 * c, midden.y() + c), 2.0),
        ]
        grens_rect = (0.0, 0.0, b, h)

        for ring in (1, 2, 3):
            leden = [lid for lid in self._leden if _ring(lid) == ring]
            if not leden:
                continue
            r = centrum + band * (ring - 0.5)
            n = len(leden)
            koorde = 2 * r * math.sin(math.pi / n) if n > 1 else math.inf
            max_b = max(60 * factor, min(150 * factor, koorde - 10 * factor))
            namen = [fm.elidedText(lid.naam, Qt.TextElideMode.ElideRight, max_b) for lid in leden]
            maten = [QSizeF(fm.horizontalAdvance(nm) + 6, fm.height()) for nm in namen]
            beste: tuple[float, list[QPointF], list[QRectF]] | None = None
            for j in range(24):
                # Deterministic rotations; half a step first keeps the top (ring labels) free,
                # and a slight pull towards it keeps the layout symmetric when all else is equal.
                hoek0 = -math.pi / 2 + 2 * math.pi / n * (0.5 + j / 24)
                kosten, punten, labels = _plaats_ring(
                    midden, r, hoek0, maten, stip, bezet, grens_rect
                )
                kosten += 6.0 * min(j, 24 - j) * factor**2
                if beste is None or kosten < beste[0] - 0.5:
                    beste = (kosten, punten, labels)
            assert beste is not None
            _, punten, labels = beste
            for lid, naam, punt, label in zip(leden, namen, punten, labels, strict=True):
                # Keep names inside the widget rather than clipping them at the edge.
                label.moveLeft(min(max(label.left(), 2.0), b - 2 - label.width()))
                m.plekken[lid.id] = _Plek(lid, punt, naam, label, kleuren[lid.rol])
                bezet.append((_vak(label), 1.0))
                bezet.append(
                    ((punt.x() - stip, punt.y() - stip, punt.x() + stip, punt.y() + stip), 1.0)
                )
        return m

    # ---- interaction

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            id_ = self.lid_op(QPointF(event.pos()))
            if id_ is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip_tekst(id_), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.lid_op(event.position()) is None:
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        id_ = self.lid_op(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if id_ is None:
            super().mousePressEvent(event)
            return
        event.accept()
        self.lid_gekozen.emit(id_)

    # ---- painting

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), PAPIER)
        m = self._maat()
        p.setFont(m.font)
        fm = QFontMetricsF(m.font)
        if not self._leden:
            self._teken_leeg(p, m, fm)
            return
        self._teken_ringen(p, m, fm, met_labels=True)
        self._teken_centrum(p, m)
        for plek in m.plekken.values():
            self._teken_lid(p, m, fm, plek)
        self._teken_legenda(p, m, fm)

    def _teken_ringen(
        self, p: QPainter, m: _NetwerkMaat, fm: QFontMetricsF, met_labels: bool
    ) -> None:
        for grens, vlak in zip(reversed(m.grenzen), reversed(RINGVLAK), strict=True):
            p.setPen(QPen(RINGRAND, 1))
            p.setBrush(vlak)
            p.drawEllipse(m.midden, grens, grens)
        if met_labels:
            p.setPen(INKT_ZACHT)
            for rect, naam in m.ringlabels:
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, naam)

    def _teken_centrum(self, p: QPainter, m: _NetwerkMaat) -> None:
        p.setPen(QPen(CENTRUM_RAND, 1.5))
        p.setBrush(CENTRUM_VLAK)
        p.drawEllipse(m.midden, m.centrum, m.centrum)
        if not self._centrum:
            return
        fmv = QFontMetricsF(m.vet)
        max_regels = max(1, min(3, int(m.centrum * 1.5 // fmv.lineSpacing())))
        regels = _regels(self._centrum, fmv, m.centrum * 1.75, max_regels)
        y = m.midden.y() - len(regels) * fmv.lineSpacing() / 2
        p.setFont(m.vet)
        p.setPen(INKT)
        for regel in regels:
            rect = QRectF(m.midden.x() - m.centrum, y, 2 * m.centrum, fmv.lineSpacing())
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, regel)
            y += fmv.lineSpacing()
        p.setFont(m.font)

    def _teken_stip(
        self,
        p: QPainter,
        m: _NetwerkMaat,
        punt: QPointF,
        straal: float,
        kleur: QColor,
        bijdrage: bool,
    ) -> None:
        p.setBrush(kleur)
        # A contribution shows as a bold dark outline plus a small badge: visible without colour.
        p.setPen(QPen(INKT, 2.5 * m.factor) if bijdrage else QPen(PAPIER, 1.5))
        p.drawEllipse(punt, straal, straal)
        if bijdrage:
            klein = max(3.0, straal * 0.42)
            hoek = QPointF(punt.x() + straal * 0.75, punt.y() - straal * 0.75)
            p.setPen(QPen(PAPIER, 1.5))
            p.setBrush(INKT)
            p.drawEllipse(hoek, klein, klein)

    def _teken_lid(self, p: QPainter, m: _NetwerkMaat, fm: QFontMetricsF, plek: _Plek) -> None:
        self._teken_stip(p, m, plek.punt, m.stip, plek.kleur, bool(plek.lid.bijdrage.strip()))
        # A soft paper backdrop keeps the name readable where it crosses a ring border.
        achter = QColor(PAPIER)
        achter.setAlphaF(0.8)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(achter)
        p.drawRoundedRect(plek.label, 4, 4)
        p.setPen(INKT)
        p.drawText(plek.label, Qt.AlignmentFlag.AlignCenter, plek.naam)

    def _teken_legenda(self, p: QPainter, m: _NetwerkMaat, fm: QFontMetricsF) -> None:
        staal = 7 * m.factor
        for rect, kleur, tekst in m.legenda:
            punt = QPointF(rect.left() + staal, rect.center().y())
            if kleur is None:
                self._teken_stip(p, m, punt, staal, QColor("#ffffff"), True)
            else:
                self._teken_stip(p, m, punt, staal, kleur, False)
            p.setPen(INKT)
            tekst_rect = rect.adjusted(2 * staal + 6 * m.factor, 0, 0, 0)
            p.drawText(tekst_rect, Qt.AlignmentFlag.AlignVCenter, tekst)

    def _teken_leeg(self, p: QPainter, m: _NetwerkMaat, fm: QFontMetricsF) -> None:
        # Faint rings show what will appear here, the message says how to fill it.
        p.setOpacity(0.45)
        self._teken_ringen(p, m, fm, met_labels=False)
        p.setOpacity(1.0)
        breedte = min(self.width() - 40 * m.factor, 30 * fm.averageCharWidth())
        tekst_rect = fm.boundingRect(
            QRectF(0, 0, breedte, 10_000), Qt.TextFlag.TextWordWrap, self._lege_tekst()
        )
        vak = QRectF(0, 0, breedte + 28 * m.factor, tekst_rect.height() + 22 * m.factor)
        vak.moveCenter(m.midden)
        p.setPen(QPen(RINGRAND, 1))
        p.setBrush(PAPIER)
        p.drawRoundedRect(vak, 8 * m.factor, 8 * m.factor)
        p.setPen(INKT_ZACHT)
        p.drawText(
            vak.adjusted(14 * m.factor, 11 * m.factor, -14 * m.factor, -11 * m.factor),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self._lege_tekst(),
        )


def _ring(lid: NetwerkLid) -> int:
    """Nabijheid clamped to 1..3, so a stray value still gets drawn."""
    return min(3, max(1, lid.nabijheid))


def _labelplekken(punt: QPointF, maat: QSizeF, stip: float, hoek: float) -> list[QRectF]:
    """Candidate name positions, best first: outward above/below, then beside the dot."""
    w, h = maat.width(), maat.height()
    onder = QRectF(punt.x() - w / 2, punt.y() + stip + 2, w, h)
    boven = QRectF(punt.x() - w / 2, punt.y() - 1.25 * stip - 2 - h, w, h)  # clear of the badge
    rechts = QRectF(punt.x() + 1.25 * stip + 4, punt.y() - h / 2, w, h)
    links = QRectF(punt.x() - 1.25 * stip - 4 - w, punt.y() - h / 2, w, h)
    verticaal = [boven, onder] if math.sin(hoek) < -0.2 else [onder, boven]
    zijwaarts = [rechts, links] if math.cos(hoek) >= 0 else [links, rechts]
    return verticaal + zijwaarts


def _plaats_ring(
    midden: QPointF,
    r: float,
    hoek0: float,
    maten: list[QSizeF],
    stip: float,
    bezet: list[tuple[_Vak, float]],
    grens: _Vak,
) -> tuple[float, list[QPointF], list[QRectF]]:
    """Dots evenly on one ring from hoek0, each name greedily where it covers least.

    Returns the total overlap cost (weighted area) with the dots and names.
    """
    n = len(maten)
    hoeken = [hoek0 + i * 2 * math.pi / n for i in range(n)]
    punten = [QPointF(midden.x() + r * math.cos(h), midden.y() + r * math.sin(h)) for h in hoeken]
    stippen = [(p.x() - stip, p.y() - stip, p.x() + stip, p.y() + stip) for p in punten]
    kosten = sum(g * _overlap(s, ander) for s in stippen for ander, g in bezet)
    geplaatst = list(bezet) + [(s, 1.0) for s in stippen]
    labels: list[QRectF] = []
    for punt, stip_rect, maat, hoek in zip(punten, stippen, maten, hoeken, strict=True):
        beste, beste_k = None, math.inf
        for voorkeur, rect in enumerate(_labelplekken(punt, maat, stip, hoek)):
            k = voorkeur * stip * stip
            vak = _vak(rect)
            k += 3 * (rect.width() * rect.height() - _overlap(vak, grens, 0))
            k += sum(g * _overlap(vak, ander) for ander, g in geplaatst if ander is not stip_rect)
            if k < beste_k:
                beste, beste_k = rect, k
        assert beste is not None
        labels.append(beste)
        geplaatst.append((_vak(beste), 1.0))
        kosten += beste_k
    return kosten, punten, labels
