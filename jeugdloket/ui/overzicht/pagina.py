"""The weekly overview page: the 14 figures of a week, their trend, the cases behind a figure,
and the Excel export – for the coordinator.

The records are loaded once (in the background) and kept by an `OverzichtBron`; moving to
another week computes from memory. The export writes off the UI thread with a progress bar and
a Cancel button. Everything shown identifies cases by casusnummer and jeugdigen by pseudonym,
as the workbook does.
"""

import threading
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.regels.kpi import (
    TRENDWEKEN,
    Kengetal,
    Overzicht,
    Week,
    decimaal,
)
from jeugdloket.services.overzicht import OverzichtBron, laatste_volledige_week
from jeugdloket.ui import opmaak
from jeugdloket.ui.overzicht.modellen import KLEUR, KengetallenModel, RegelsModel, lokaal
from jeugdloket.ui.overzicht.trend import TrendGrafiek
from jeugdloket.ui.taken import Taak, pool


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
        # Lazy: openpyxl loads only when a coordinator exports, not when the page opens.
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
        self.weekveld.setAccessibleName(self.tr("Week"))
        self.weekveld.setAccessibleDescription(self.weekveld.toolTip())
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
        self.tabel.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.tabel.setAccessibleName(self.tr("Key figures"))
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
        self.lijst.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.lijst.setAccessibleName(self.tr("Cases behind the key figure"))
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
        self.periode.setText(f"{opmaak.datum(week.maandag)} – {opmaak.datum(week.zondag)}")
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
                "%1", lokaal(decimaal(e["gemiddelde_doorlooptijd"]))
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
        pool().start(taak)

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
