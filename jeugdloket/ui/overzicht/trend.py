"""The trend chart of the weekly overview page: one figure over the 12 weeks ending with the
shown week, with its norm line.
"""

import math

from PySide6.QtCore import (
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from jeugdloket.regels.kpi import (
    KENGETALLEN,
    Overzicht,
    beoordeel,
)
from jeugdloket.ui.overzicht.modellen import KLEUR_LIJN


def _mooie_stap(ruw: float) -> float:
    """1, 2 or 5 times a power of ten, at least `ruw`: axis labels people read at a glance."""
    macht = 10 ** math.floor(math.log10(max(ruw, 1e-9)))
    for factor in (1, 2, 5, 10):
        if factor * macht >= ruw:
            return max(factor * macht, 1.0)
    return 10 * macht


class TrendGrafiek(QWidget):
    """The chosen figure over the 12 weeks ending with the shown week, with its norm line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._punten: list[tuple[str, float | None, str | None]] = []  # (week, value, colour)
        self._aandeel = False
        self._norm: float | None = None
        self._titel = ""
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(420, 170)

    def zet(self, titel: str, overzicht: Overzicht | None, nummer: int | None) -> None:
        self._titel = titel
        self._punten = []
        if overzicht is not None and nummer is not None:
            _, norm, soort = KENGETALLEN[nummer]
            self._aandeel = soort == "aandeel"
            self._norm = {"100%": 1.0, "0": 0.0}.get(norm)
            for punt in overzicht.trend:
                w = punt.waarden.get(nummer)
                self._punten.append(
                    (f"W{punt.week.nummer:02d}", w, beoordeel(nummer, w) if w is not None else None)
                )
        self.update()

    @property
    def waarden(self) -> list[float | None]:
        return [w for _, w, _ in self._punten]

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        vet = QFont(self.font())
        vet.setBold(True)
        p.setFont(vet)
        p.setPen(QColor("#1f2933"))
        p.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft, self._titel)
        p.setFont(self.font())
        if not self._punten:
            p.end()
            return
        vlak = QRectF(44, 30, max(self.width() - 60, 10), max(self.height() - 58, 10))
        waarden = [w for w in self.waarden if w is not None]
        if self._aandeel:
            hoogste, stap_grootte = 1.0, 0.25
        else:
            stap_grootte = _mooie_stap(max([*waarden, 1.0, self._norm or 0.0]) / 4)
            hoogste = stap_grootte * 4
            while hoogste < max(waarden, default=0):
                hoogste += stap_grootte
        laagste = 0.0

        def y(w: float) -> float:
            return vlak.bottom() - (w - laagste) / (hoogste - laagste) * vlak.height()

        def x(i: int) -> float:
            if len(self._punten) == 1:
                return vlak.center().x()
            return vlak.left() + i * vlak.width() / (len(self._punten) - 1)

        # grid and axis labels
        p.setPen(QPen(QColor("#dde2e8"), 1))
        zacht = QColor("#667380")
        for stap in range(round((hoogste - laagste) / stap_grootte) + 1):
            w = laagste + stap * stap_grootte
            p.setPen(QPen(QColor("#dde2e8"), 1))
            p.drawLine(QPointF(vlak.left(), y(w)), QPointF(vlak.right(), y(w)))
            p.setPen(zacht)
            tekst = f"{w * 100:.0f}%" if self._aandeel else f"{w:.0f}"
            p.drawText(
                QRectF(0, y(w) - 8, vlak.left() - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tekst,
            )
        for i, (week, _, _) in enumerate(self._punten):
            if (len(self._punten) - 1 - i) % 2 == 0:  # every other week, ending with this one
                p.drawText(
                    QRectF(x(i) - 20, vlak.bottom() + 4, 40, 16), Qt.AlignmentFlag.AlignCenter, week
                )
        if self._norm is not None:
            pen = QPen(KLEUR_LIJN["groen"], 1, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(vlak.left(), y(self._norm)), QPointF(vlak.right(), y(self._norm)))

        # the line, broken where a week has no population (n.v.t.)
        p.setPen(QPen(QColor("#1f4e8c"), 2))
        vorige: QPointF | None = None
        for i, (_, w, _) in enumerate(self._punten):
            if w is None:
                vorige = None
                continue
            punt = QPointF(x(i), y(w))
            if vorige is not None:
                p.drawLine(vorige, punt)
            vorige = punt
        for i, (_, w, kleur) in enumerate(self._punten):
            if w is None:
                continue
            p.setPen(QPen(QColor("#1f4e8c"), 1))
            p.setBrush(KLEUR_LIJN.get(kleur, QColor("#1f4e8c")) if kleur else QColor("#1f4e8c"))
            straal = 4.5 if i == len(self._punten) - 1 else 3
            p.drawEllipse(QPointF(x(i), y(w)), straal, straal)
        p.end()
