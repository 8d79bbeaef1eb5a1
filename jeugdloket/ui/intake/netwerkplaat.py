"""The network picture (netwerkplaat) of the Levenskracht intake: the family in the centre and
its network on three rings (close, middle, far), names placed where they cover the least.

Turned towards the family at the kitchen table; plain dataclasses in, no database.
"""

import html
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
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

from jeugdloket.ui.intake.grafiekstijl import (
    CENTRUM_RAND,
    CENTRUM_VLAK,
    INKT,
    INKT_ZACHT,
    PAPIER,
    RINGRAND,
    RINGVLAK,
    ROLKLEUREN,
    VASTE_ROLKLEUR,
    breek_regels,
    lettertype,
)

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
        font = lettertype(self.font(), factor)
        vet = lettertype(self.font(), factor, vet=True)
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
        regels = breek_regels(self._centrum, fmv, m.centrum * 1.75, max_regels)
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
