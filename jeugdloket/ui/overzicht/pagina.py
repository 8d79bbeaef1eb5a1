"""The weekly overview page: the 14 figures of a week, their trend, the cases behind a figure,
and the Excel export – for the coordinator.

The records are loaded once (in the background) and kept by an `OverzichtBron`; moving to
another week computes from memory. The export writes off the UI thread with a progress bar and
a Cancel button. Everything shown identifies cases by casusnummer and jeugdigen by pseudonym,
as the workbook does.
"""

import math
import threading
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.regels.kpi import (
    KENGETALLEN,
    TRENDWEKEN,
    Kengetal,
    Overzicht,
    Week,
    beoordeel,
    decimaal,
    percentage,
)
from jeugdloket.services.overzicht import OverzichtBron, laatste_volledige_week
from jeugdloket.ui.taken import Taak

# Norm colours, the same as the workbook's fills (green / orange / red).
KLEUR = {"groen": QColor("#c6efce"), "oranje": QColor("#ffd8a8"), "rood": QColor("#ffc7ce")}
KLEUR_LIJN = {"groen": QColor("#2e7d32"), "oranje": QColor("#e67e22"), "rood": QColor("#c0392b")}


def kies_exportbestand(parent: QWidget, voorstel: str) -> str | None:
    """The save dialog; tests replace this function (a modal exec() would hang them)."""
    pad, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("OverzichtPagina", "Export weekly overview"),
        voorstel,
        QCoreApplication.translate("OverzichtPagina", "Excel workbook (*.xlsx)"),
    )
    if not pad:
        return None
    return pad if pad.lower().endswith(".xlsx") else pad + ".xlsx"


# ---------------------------------------------------------------- models


class KengetallenModel(QAbstractTableModel):
    """One row per figure: number, label, value, norm, numerator/denominator."""

    KOLOMMEN = ("nummer", "label", "waarde", "norm", "teller_noemer")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._kengetallen: list[Kengetal] = []
        self._koppen = {
            "nummer": self.tr("#"),
            "label": self.tr("Figure"),
            "waarde": self.tr("Value"),
            "norm": self.tr("Norm"),
            "teller_noemer": self.tr("Numerator / denominator"),
        }
        # English source strings, one per figure of kpi.md (the Dutch translation gives its labels).
        self._labels = {
            1: self.tr("New registrations"),
            2: self.tr("Open cases"),
            3: self.tr("First contact within 3 working days"),
            4: self.tr("Explanatory analysis segments 1 and 2"),
            5: self.tr("Family group plan offered"),
            6: self.tr("Family group plan drawn up"),
            7: self.tr("Perspective plan 16+"),
            8: self.tr("Waiting"),
            9: self.tr("Waiting, youth protection"),
            10: self.tr("Evaluation after 3 months"),
            11: self.tr("Caseload per consultant"),
            12: self.tr("Registrations per referrer"),
            13: self.tr("Active allocations per segment"),
            14: self.tr("Closed"),
        }

    def label(self, nummer: int) -> str:
        return self._labels[nummer]

    def zet(self, kengetallen: list[Kengetal]) -> None:
        self.beginResetModel()
        self._kengetallen = list(kengetallen)
        self.endResetModel()

    def kengetal(self, rij: int) -> Kengetal:
        return self._kengetallen[rij]

    def weergave(self, k: Kengetal) -> str:
        if k.soort == "aandeel":
            return _lokaal(percentage(k.breuk)) if k.breuk is not None else self.tr("n/a")
        if k.waarde is None:
            return self.tr("n/a")
        return _lokaal(k.weergave)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._kengetallen)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.KOLOMMEN)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._koppen[self.KOLOMMEN[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        k = self._kengetallen[index.row()]
        kolom = self.KOLOMMEN[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if kolom == "nummer":
                return str(k.nummer)
            if kolom == "label":
                return self._labels[k.nummer]
            if kolom == "waarde":
                return self.weergave(k)
            if kolom == "norm":
                return k.norm
            if kolom == "teller_noemer":
                return f"{k.teller}/{k.noemer}" if k.soort == "aandeel" else ""
        if role == Qt.ItemDataRole.BackgroundRole and kolom in ("waarde", "norm") and k.beoordeling:
            return QBrush(KLEUR[k.beoordeling])
        if role == Qt.ItemDataRole.TextAlignmentRole and kolom in ("nummer", "waarde", "norm"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if k.soort == "aandeel" and k.breuk is None:
                return self.tr("No cases in the population this week")
            if k.beoordeling:
                return {
                    "groen": self.tr("Norm met"),
                    "oranje": self.tr("Below the norm, at least 75%"),
                    "rood": self.tr("Well below the norm"),
                }[k.beoordeling]
        return None


def _lokaal(tekst: str) -> str:
    """kpi's Dutch decimal comma in the decimal point of the user's locale."""
    return tekst.replace(",", QLocale().decimalPoint())


class RegelsModel(QAbstractTableModel):
    """The rows behind a figure (or its breakdown): generic columns by key, sortable."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._kolommen: tuple[str, ...] = ()
        self._rijen: list[tuple] = []
        self._koppen = {
            "casusnummer": self.tr("Case number"),
            "jeugdige": self.tr("Young person (pseudonym)"),
            "aanmelddatum": self.tr("Registered"),
            "deadline": self.tr("Deadline first contact"),
            "eerste_contact": self.tr("First contact"),
            "voldoet": self.tr("Meets"),
            "consulent": self.tr("Consultant"),
            "verwijzer": self.tr("Referrer"),
            "segment": self.tr("Segment"),
            "analyse_afgerond_op": self.tr("Analysis finished"),
            "fgp_aangeboden_op": self.tr("Plan offered"),
            "fgp_status": self.tr("Plan status"),
            "fgp_opgesteld_op": self.tr("Plan drawn up"),
            "perspectiefplan_opgesteld_op": self.tr("Perspective plan drawn up"),
            "aanbieder_agb": self.tr("Provider (AGB)"),
            "productcategorie": self.tr("Product category"),
            "aanvraagdatum": self.tr("Requested"),
            "ingangsdatum": self.tr("Start"),
            "einddatum": self.tr("End"),
            "dagen_wachtend": self.tr("Days waiting"),
            "laatste_evaluatie": self.tr("Last evaluation"),
            "afgesloten_op": self.tr("Closed"),
            "doorlooptijd": self.tr("Lead time (days)"),
            "wachtenden": self.tr("Waiting"),
            "langste_wachttijd": self.tr("Longest wait (days)"),
            "open_casussen": self.tr("Open cases"),
            "aanmeldingen_week": self.tr("Registrations this week"),
            "aanmeldingen_12_weken": self.tr("Registrations in 12 weeks"),
            "actieve_toewijzingen": self.tr("Active allocations"),
        }
        self._ja, self._nee = self.tr("yes"), self.tr("no")

    def zet(self, kolommen: tuple[str, ...], rijen: list[tuple]) -> None:
        self.beginResetModel()
        self._kolommen = tuple(kolommen)
        self._rijen = list(rijen)
        self.endResetModel()

    @property
    def kolommen(self) -> tuple[str, ...]:
        return self._kolommen

    def rij(self, n: int) -> tuple:
        return self._rijen[n]

    def tekst(self, waarde) -> str:
        if waarde is None:
            return ""
        if isinstance(waarde, bool):
            return self._ja if waarde else self._nee
        if isinstance(waarde, datetime):
            return f"{waarde:%d-%m-%Y %H:%M}"
        if isinstance(waarde, date):
            return f"{waarde:%d-%m-%Y}"
        return str(waarde)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rijen)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._kolommen)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            kolom = self._kolommen[section]
            return self._koppen.get(kolom, kolom)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        waarde = self._rijen[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tekst(waarde)
        if role == Qt.ItemDataRole.ForegroundRole and waarde is False:
            return QBrush(KLEUR_LIJN["rood"])
        getal = isinstance(waarde, int) and not isinstance(waarde, bool)
        if role == Qt.ItemDataRole.TextAlignmentRole and getal:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._kolommen):
            return  # "no sort column": keep the order kpi gave the rows

        def sleutel(rij: tuple):
            w = rij[column]
            # None last; dates, numbers and text each compare among themselves
            return (w is None, str(type(w)), w if w is not None else 0)

        self.layoutAboutToBeChanged.emit()
        self._rijen.sort(key=sleutel, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


# ---------------------------------------------------------------- trend chart


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


# ---------------------------------------------------------------- export off the UI thread


class _ExportSignalen(QObject):
    voortgang = Signal(int, int)
    klaar = Signal(str)
    mislukt = Signal(str)
    afgebroken = Signal()


class ExportTaak(QRunnable):
    """Writes the workbook in the thread pool; `stop()` cancels (the target stays untouched)."""

    def __init__(self, overzicht: Overzicht, pad: str, bron: OverzichtBron | None = None):
        super().__init__()
        self.overzicht = overzicht
        self.pad = pad
        self.bron = bron
        self.signalen = _ExportSignalen()
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        from jeugdloket.rapporten.weekoverzicht import Afgebroken, schrijf_weekoverzicht

        try:
            if self.bron is not None and len(self.overzicht.trend) < TRENDWEKEN:
                # Exported before the trend reached the screen: the workbook needs all 12 weeks.
                self.overzicht = self.bron.overzicht(self.overzicht.week)
            schrijf_weekoverzicht(
                self.overzicht,
                self.pad,
                voortgang=self.signalen.voortgang.emit,
                afgebroken=self._stop.is_set,
            )
        except Afgebroken:
            self.signalen.afgebroken.emit()
            return
        except Exception as e:  # shown on the page; never a crash of the window
            self.signalen.mislukt.emit(str(e))
            return
        self.signalen.klaar.emit(str(self.pad))


# ---------------------------------------------------------------- the page


class OverzichtPagina(QWidget):
    """Week chooser, the figures with norm colours, trend, the cases behind a figure, export."""

    week_gewijzigd = Signal(str)  # "2026-W47", once its figures are shown
    kengetal_gekozen = Signal(int)  # figure number 1–14
    export_klaar = Signal(str)  # path of the written workbook
    export_mislukt = Signal(str)  # message (also shown on the page)

    def __init__(
        self,
        db: Database,
        sluitingsdagen: Iterable[date] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.bron = OverzichtBron(db, sluitingsdagen)
        self._alles_bezig = False
        self.week: Week = laatste_volledige_week()
        self.overzicht: Overzicht | None = None
        self.gekozen: int | None = None
        self._taken: list[Taak] = []  # kept alive until they report back
        self._lopend = 0
        self._export: ExportTaak | None = None
        self._bouw()
        self._laad(self.week)

    # -- building
    def _bouw(self) -> None:
        self.knop_vorige = QPushButton(self.tr("◀ Previous week"))
        self.knop_vorige.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.knop_vorige.setShortcut("Alt+Left")
        self.knop_vorige.clicked.connect(self.vorige_week)
        self.weekveld = QLineEdit()
        self.weekveld.setPlaceholderText(self.tr("e.g. 2026-W47"))
        self.weekveld.setMaximumWidth(110)
        self.weekveld.setToolTip(self.tr("ISO week, e.g. 2026-W47; press Enter"))
        self.weekveld.returnPressed.connect(self._week_getypt)
        self.knop_volgende = QPushButton(self.tr("Next week ▶"))
        self.knop_volgende.setToolTip(self.tr("Next week (Alt+Right)"))
        self.knop_volgende.setShortcut("Alt+Right")
        self.knop_volgende.clicked.connect(self.volgende_week)
        self.periode = QLabel()
        self.weekfout = QLabel()
        self.weekfout.setStyleSheet("color: #c0392b;")
        self.weekfout.hide()
        self.knop_ververs = QPushButton(self.tr("Refresh"))
        self.knop_ververs.setToolTip(self.tr("Read the cases again from the database"))
        self.knop_ververs.clicked.connect(self.ververs)
        self.knop_export = QPushButton(self.tr("Export to Excel…"))
        self.knop_export.clicked.connect(self.exporteer)

        boven = QHBoxLayout()
        for w in (self.knop_vorige, self.weekveld, self.knop_volgende, self.periode):
            boven.addWidget(w)
        boven.addWidget(self.weekfout)
        boven.addStretch(1)
        boven.addWidget(self.knop_ververs)
        boven.addWidget(self.knop_export)

        self.model = KengetallenModel(self)
        self.tabel = QTableView()
        self.tabel.setModel(self.model)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.verticalHeader().hide()
        self.tabel.setAlternatingRowColors(False)
        kop = self.tabel.horizontalHeader()
        kop.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        kop.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabel.clicked.connect(self._rij_gekozen)
        self.tabel.selectionModel().currentRowChanged.connect(self._rij_gekozen)

        self.grafiek = TrendGrafiek()
        self.lijstkop = QLabel()
        self.lijstkop.setWordWrap(True)
        self.knop_uitsplitsing = QPushButton(self.tr("Show breakdown"))
        self.knop_uitsplitsing.setCheckable(True)
        self.knop_uitsplitsing.toggled.connect(self._uitsplitsing_gewisseld)
        self.knop_uitsplitsing.hide()
        self.lijstmodel = RegelsModel(self)
        self.lijst = QTableView()
        self.lijst.setModel(self.lijstmodel)
        self.lijst.setSortingEnabled(True)
        self.lijst.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lijst.verticalHeader().hide()
        self.lijst.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        rechts = QWidget()
        rl = QVBoxLayout(rechts)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.grafiek)
        kopregel = QHBoxLayout()
        kopregel.addWidget(self.lijstkop, 1)
        kopregel.addWidget(self.knop_uitsplitsing)
        rl.addLayout(kopregel)
        rl.addWidget(self.lijst, 1)

        self.legenda = QLabel(
            " &nbsp; ".join(
                f'<span style="background:{KLEUR[k].name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {t}'
                for k, t in (
                    ("groen", self.tr("norm met")),
                    ("oranje", self.tr("75% to 100% (norm 0: 1 waiting)")),
                    ("rood", self.tr("below 75% (norm 0: 2 or more)")),
                )
            )
            + "<br>"
            + self.tr("n/a: no cases in the population this week.")
        )
        self.legenda.setWordWrap(True)
        links = QWidget()
        ll = QVBoxLayout(links)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.tabel, 1)
        ll.addWidget(self.legenda)

        splitser = QSplitter(Qt.Orientation.Horizontal)
        splitser.addWidget(links)
        splitser.addWidget(rechts)
        splitser.setStretchFactor(0, 1)
        splitser.setStretchFactor(1, 1)
        splitser.setSizes([520, 600])

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.voortgang = QProgressBar()
        self.voortgang.setMaximumWidth(260)
        self.voortgang.hide()
        self.knop_annuleer = QPushButton(self.tr("Cancel"))
        self.knop_annuleer.clicked.connect(self.annuleer_export)
        self.knop_annuleer.hide()
        onder = QHBoxLayout()
        onder.addWidget(self.status, 1)
        onder.addWidget(self.voortgang)
        onder.addWidget(self.knop_annuleer)

        lay = QVBoxLayout(self)
        lay.addLayout(boven)
        lay.addWidget(splitser, 1)
        lay.addLayout(onder)

    # -- weeks
    def zet_week(self, week: Week | str) -> None:
        """Show `week` ("2026-W47" or a Week); the figures follow when computed."""
        if isinstance(week, str):
            try:
                week = Week.lees(week)
            except ValueError:
                self._toon_weekfout(week)
                return
        self._laad(week)

    def vorige_week(self) -> None:
        self._laad(self.week.plus(-1))

    def volgende_week(self) -> None:
        if self.week < Week.van_datum(date.today()):
            self._laad(self.week.plus(1))

    def ververs(self) -> None:
        """Read the cases again (someone else may have changed them) and recompute."""
        self._laad(self.week, opnieuw=True)

    def _week_getypt(self) -> None:
        self.zet_week(self.weekveld.text())

    def _toon_weekfout(self, tekst: str) -> None:
        self.weekfout.setText(
            self.tr("'%1' is not an ISO week; type e.g. 2026-W47").replace("%1", tekst.strip())
        )
        self.weekfout.show()

    def _laad(self, week: Week, opnieuw: bool = False) -> None:
        self.week = week
        self.weekfout.hide()
        self.weekveld.setText(str(week))
        self.periode.setText(f"{week.maandag:%d-%m-%Y} – {week.zondag:%d-%m-%Y}")
        self.knop_volgende.setEnabled(week < Week.van_datum(date.today()))
        self.status.setText(self.tr("Computing the figures…"))

        def werk() -> Overzicht:
            if opnieuw:
                self.bron.ververs()
            # The week's figures first; the trend follows (see _berekend).
            return self.bron.overzicht(week, trend=False)

        self._start(werk)

    def _start(self, werk) -> None:
        taak = Taak(werk)
        self._taken.append(taak)
        self._lopend += 1
        # Bound methods: Qt drops the connection when the page is gone before the task ends.
        taak.signalen.klaar.connect(self._berekend)
        taak.signalen.mislukt.connect(self._mislukt)
        taak.start()

    def _laad_alles(self) -> None:
        """Every record, in the background, so moving to other weeks computes from memory."""
        if self._alles_bezig or self.bron.geladen:
            return
        self._alles_bezig = True
        taak = Taak(self.bron.ververs, True)
        self._taken.append(taak)
        self._lopend += 1
        taak.signalen.klaar.connect(self._alles_geladen)
        taak.signalen.mislukt.connect(self._mislukt)
        taak.start()

    def _alles_geladen(self, _niets) -> None:
        self._alles_bezig = False
        self._taak_klaar()

    def _taak_klaar(self) -> None:
        self._lopend -= 1
        if self._lopend == 0:
            self._taken.clear()

    def _berekend(self, o: Overzicht) -> None:
        self._taak_klaar()
        if o.week != self.week:  # the user moved on while this week was computed
            return
        if len(o.trend) < TRENDWEKEN:
            # The figures are shown now; the twelve weeks of the trend are computed next.
            self._start(lambda w=o.week: self.bron.overzicht(w))
        else:
            self._laad_alles()
        self.overzicht = o
        self.model.zet(o.kengetallen)
        self.status.setText(
            self.tr("Week %1: %2 cases in the register.")
            .replace("%1", str(o.week))
            .replace("%2", str(o.aantal_casussen))
        )
        self.kies_kengetal(self.gekozen or 1)
        self.week_gewijzigd.emit(str(o.week))

    def _mislukt(self, fout: str) -> None:
        self._taak_klaar()
        self.status.setText(self.tr("The figures could not be computed: %1").replace("%1", fout))

    @property
    def bezig(self) -> bool:
        """Figures are still being computed."""
        return self._lopend > 0

    # -- one figure
    def _rij_gekozen(self, index: QModelIndex, *_vorig) -> None:
        if index.isValid() and index.row() + 1 != self.gekozen:
            self.kies_kengetal(index.row() + 1)

    def kies_kengetal(self, nummer: int) -> None:
        """Show the trend and the cases behind figure `nummer` (1–14)."""
        if self.overzicht is None or not 1 <= nummer <= len(self.overzicht.kengetallen):
            return
        veranderd = nummer != self.gekozen
        self.gekozen = nummer  # before selectRow: its currentRowChanged then sees nothing new
        if self.tabel.currentIndex().row() != nummer - 1:
            self.tabel.selectRow(nummer - 1)
        k = self.overzicht.kengetal(nummer)
        self.grafiek.zet(
            self.tr("%1 – last 12 weeks").replace("%1", self.model.label(nummer)),
            self.overzicht,
            nummer,
        )
        self.knop_uitsplitsing.setVisible(bool(k.uitsplitsing_kolommen))
        if not k.uitsplitsing_kolommen:
            self.knop_uitsplitsing.setChecked(False)
        self._toon_lijst()
        if veranderd:
            self.kengetal_gekozen.emit(nummer)

    def _uitsplitsing_gewisseld(self, aan: bool) -> None:
        self.knop_uitsplitsing.setText(self.tr("Show cases") if aan else self.tr("Show breakdown"))
        self._toon_lijst()

    def _toon_lijst(self) -> None:
        if self.overzicht is None or self.gekozen is None:
            return
        k = self.overzicht.kengetal(self.gekozen)
        # New rows come in kpi's order (longest wait first, by casusnummer): no column is sorted.
        self.lijst.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        if self.knop_uitsplitsing.isChecked() and k.uitsplitsing_kolommen:
            self.lijstmodel.zet(k.uitsplitsing_kolommen, k.uitsplitsing)
            self.lijstkop.setText(
                self.tr("%1: breakdown").replace("%1", self.model.label(k.nummer))
            )
            return
        self.lijstmodel.zet(k.kolommen, k.regels)
        kop = (
            self.tr("%1: %2 – %3 in the list")
            .replace("%1", self.model.label(k.nummer))
            .replace("%2", self.model.weergave(k))
            .replace("%3", str(len(k.regels)))
        )
        extra = self.extra_tekst(k)
        self.lijstkop.setText(f"{kop}. {extra}" if extra else kop)

    def extra_tekst(self, k: Kengetal) -> str:
        """What a figure carries besides its value (kpi.md: 8, 11, 12 and 14)."""
        e = k.extra
        if k.nummer == 8 and e.get("langste_wachttijd") is not None:
            return self.tr("Longest wait: %1 days").replace("%1", str(e["langste_wachttijd"]))
        if k.nummer == 11 and e.get("hoogste") is not None:
            return (
                self.tr("Highest caseload %1; %2 open cases without a consultant")
                .replace("%1", str(e["hoogste"]))
                .replace("%2", str(e.get("zonder_consulent", 0)))
            )
        if k.nummer == 12:
            return self.tr("In the 12 weeks up to this week: %1").replace(
                "%1", str(e.get("twaalf_weken", 0))
            )
        if k.nummer == 14 and e.get("gemiddelde_doorlooptijd") is not None:
            return self.tr("Mean lead time: %1 days").replace(
                "%1", _lokaal(decimaal(e["gemiddelde_doorlooptijd"]))
            )
        return ""

    # -- export
    def exporteer(self) -> None:
        """Ask for a file and write the workbook of the shown week in the background."""
        if self.overzicht is None or self._export is not None:
            return
        voorstel = str(Path.home() / f"weekoverzicht-{self.overzicht.week}.xlsx")
        pad = kies_exportbestand(self, voorstel)
        if not pad:
            return
        taak = ExportTaak(self.overzicht, pad, self.bron)
        taak.signalen.voortgang.connect(self._export_voortgang)
        taak.signalen.klaar.connect(self._export_klaar)
        taak.signalen.mislukt.connect(self._export_mislukt)
        taak.signalen.afgebroken.connect(self._export_afgebroken)
        self._export = taak
        self.knop_export.setEnabled(False)
        self.voortgang.setRange(0, 0)
        self.voortgang.show()
        self.knop_annuleer.setEnabled(True)
        self.knop_annuleer.show()
        self.status.setText(self.tr("Exporting to %1…").replace("%1", pad))
        QThreadPool.globalInstance().start(taak)

    def annuleer_export(self) -> None:
        if self._export is not None:
            self._export.stop()
            self.knop_annuleer.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _export_voortgang(self, gedaan: int, totaal: int) -> None:
        self.voortgang.setRange(0, totaal)
        self.voortgang.setValue(gedaan)

    def _export_einde(self) -> None:
        self._export = None
        self.voortgang.hide()
        self.knop_annuleer.hide()
        self.knop_export.setEnabled(True)

    def _export_klaar(self, pad: str) -> None:
        self._export_einde()
        self.status.setText(self.tr("Weekly overview written to %1").replace("%1", pad))
        self.export_klaar.emit(pad)

    def _export_mislukt(self, fout: str) -> None:
        self._export_einde()
        self.status.setText(self.tr("The export failed: %1").replace("%1", fout))
        self.export_mislukt.emit(fout)

    def _export_afgebroken(self) -> None:
        self._export_einde()
        self.status.setText(self.tr("Export cancelled; no file was written."))

    @property
    def export_bezig(self) -> bool:
        return self._export is not None


__all__ = ["OverzichtPagina", "kies_exportbestand"]
