"""The mirror sheet (spiegelblad) of the Levenskracht intake: the young person's and the
companion's scores per leefgebied side by side, with the big differences marked as talking points.

Turned towards the family at the kitchen table; plain dataclasses in, no database.
"""

import html
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from jeugdloket.ui.intake.grafiekstijl import (
    BAND,
    BAND_RAND,
    DELTA_TEKST,
    DELTA_VLAK,
    INKT,
    INKT_ZACHT,
    KLEUR_INWONER,
    KLEUR_METGEZEL,
    KLEUR_METGEZEL_VLAK,
    PAPIER,
    RASTER,
    RASTER_AS,
    breek_regels,
    lettertype,
)

DREMPEL_VERSCHIL = 3  # points apart from which a leefgebied becomes a talking point


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
        font = lettertype(self.font(), factor)
        vet = lettertype(self.font(), factor, vet=True)
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
        fmv = QFontMetricsF(lettertype(self.font(), factor, vet=True))
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
        regels = breek_regels(rij.naam, fm, m.label_b, m.max_regels)
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
