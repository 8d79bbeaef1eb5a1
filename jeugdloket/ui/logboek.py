"""The access log for the coördinator: filter by case, medewerker and period; check the chain;
export one case's entries for the family ("wie heeft mijn dossier ingezien").

Reading the log is itself logged (by the service), once per search.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.services import logboek, medewerkers
from jeugdloket.ui import opmaak, widgets
from jeugdloket.ui.widgets import LijstModel

MAX_REGELS = 5000


def kies_exportbestand(parent: QWidget, voorstel: str) -> str | None:
    """The save dialog; tests replace this function (a modal exec() would hang them)."""
    pad, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("LogboekPagina", "Who opened this file"),
        voorstel,
        QCoreApplication.translate("LogboekPagina", "Excel workbook (*.xlsx);;CSV (*.csv)"),
    )
    if not pad:
        return None
    return pad if pad.lower().endswith((".xlsx", ".csv")) else pad + ".xlsx"


def meld(parent: QWidget, tekst: str, fout: bool = False) -> None:
    titel = QCoreApplication.translate("LogboekPagina", "Access log")
    (QMessageBox.warning if fout else QMessageBox.information)(parent, titel, tekst)


class LogboekModel(LijstModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.koppen = (
            self.tr("When"),
            self.tr("Staff member"),
            self.tr("Action"),
            self.tr("Case"),
            self.tr("Workstation"),
            self.tr("Reason"),
            self.tr("Details"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, rol=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rijen[index.row()]
        if rol == Qt.ItemDataRole.DisplayRole:
            return (
                opmaak.datum_tijd(r.moment, seconden=True),
                r.medewerker,
                r.actie,
                r.casusnummer or "",
                r.werkplek,
                r.reden or "",
                r.omschrijving or "",
            )[index.column()]
        if rol == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return r.betekenis
        return None


class LogboekPagina(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.casus = QLineEdit()
        self.casus.setPlaceholderText(self.tr("Case number, e.g. 2026-0042"))
        self.casus.setClearButtonEnabled(True)
        self.casus.setMinimumWidth(190)
        self.medewerker = QComboBox()
        self.medewerker.addItem(self.tr("Everyone"), None)
        for m in medewerkers.medewerkers(db, alleen_actief=False):
            self.medewerker.addItem(f"{m.naam} ({m.gebruikersnaam})", m.gebruikersnaam)
        self.met_periode = QCheckBox(self.tr("Period"))
        vandaag = QDate.currentDate()
        self.van = QDateEdit(vandaag.addDays(-30))
        self.tot = QDateEdit(vandaag)
        for veld in (self.van, self.tot):
            veld.setCalendarPopup(True)
            veld.setDisplayFormat(opmaak.datumformaat())
            veld.setEnabled(False)
        self.met_periode.toggled.connect(self.van.setEnabled)
        self.met_periode.toggled.connect(self.tot.setEnabled)
        self.zoek = QPushButton(self.tr("Search"))
        self.zoek.clicked.connect(self.ververs)
        self.casus.returnPressed.connect(self.ververs)
        self.controleer_knop = QPushButton(self.tr("Check the chain"))
        self.controleer_knop.clicked.connect(self.controleer)
        self.export_knop = QPushButton(self.tr("Who opened this file…"))
        self.export_knop.setToolTip(
            self.tr("Export the entries of the case for the family (Excel or CSV)")
        )
        self.export_knop.clicked.connect(self.exporteer)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Case")))
        filters.addWidget(self.casus)
        filters.addWidget(QLabel(self.tr("Staff member")))
        filters.addWidget(self.medewerker)
        filters.addWidget(self.met_periode)
        filters.addWidget(self.van)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.tot)
        filters.addWidget(self.zoek)
        filters.addStretch(1)
        filters.addWidget(self.export_knop)
        filters.addWidget(self.controleer_knop)

        self.model = LogboekModel(self)
        self.tabel = widgets.lijsttabel(self.model, een_rij=False)
        self.status = QLabel()

        laag = QVBoxLayout(self)
        laag.addLayout(filters)
        laag.addWidget(self.tabel, 1)
        laag.addWidget(self.status)
        self.ververs()

    def _periode(self) -> tuple[date | None, date | None]:
        if not self.met_periode.isChecked():
            return None, None
        return self.van.date().toPython(), self.tot.date().toPython()

    def ververs(self) -> None:
        van, tot = self._periode()
        try:
            regels = logboek.regels(
                self.db,
                self.casus.text().strip() or None,
                self.medewerker.currentData(),
                van,
                tot,
                MAX_REGELS,
            )
        except Fout as e:
            self.model.zet([])
            self.status.setText(str(e))
            return
        self.model.zet(regels)
        self.tabel.resizeColumnsToContents()
        tekst = self.tr("%1 entries, newest first").replace("%1", str(len(regels)))
        if len(regels) >= MAX_REGELS:
            tekst += " " + self.tr("(only the newest %1: narrow the search)").replace(
                "%1", str(MAX_REGELS)
            )
        self.status.setText(tekst)

    def controleer(self) -> None:
        try:
            uitkomst = logboek.controleer(self.db)
        except Fout as e:
            meld(self, str(e), fout=True)
            return
        if uitkomst.breuk is None:
            meld(
                self,
                self.tr("The access log is intact: %1 entries, the chain is unbroken.").replace(
                    "%1", str(uitkomst.aantal)
                ),
            )
        else:
            meld(self, uitkomst.breuk.melding, fout=True)

    def exporteer(self) -> None:
        nummer = self.casus.text().strip()
        if not nummer:
            meld(self, self.tr("Type the case number first."), fout=True)
            return
        pad = kies_exportbestand(self, f"inzage-{nummer}.xlsx")
        if not pad:
            return
        try:
            aantal = logboek.exporteer_casus(self.db, nummer, Path(pad))
        except Fout as e:
            meld(self, str(e), fout=True)
            return
        meld(
            self,
            self.tr("%1 entries written to %2").replace("%1", str(aantal)).replace("%2", pad),
        )
        self.ververs()
