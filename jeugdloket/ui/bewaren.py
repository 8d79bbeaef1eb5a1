"""The bewaartermijn page for the coördinator: files past their term, destruction by two people.

The list shows case numbers and dates only. One coördinator asks for destruction (with a
reason), another confirms; the page enables "Confirm destruction" only for a request made by
someone else. The services enforce the same rules, for the command line as well.
"""

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.services import bewaartermijn
from jeugdloket.services.bewaartermijn import VerlopenDossier
from jeugdloket.ui import opmaak, widgets
from jeugdloket.ui.widgets import LijstModel, kop, tekstveld, vraag


# Dialog routes the tests can replace: a modal exec() would block an offscreen test run.
def vraag_reden(parent: QWidget, casusnummer: str) -> str | None:
    """Why this file may go; the reason is kept after the file is gone, so no names."""
    uitleg = QCoreApplication.translate(
        "BewaarPagina",
        "Why may file %1 be destroyed? The reason is kept after the file is gone: do not write names.",
    )
    voorbeeld = QCoreApplication.translate(
        "BewaarPagina", "e.g. retention period over, no procedure pending"
    )
    veld = tekstveld(voorbeeld, 80)
    return vraag(
        parent,
        QCoreApplication.translate("BewaarPagina", "Request destruction"),
        [uitleg.replace("%1", casusnummer), veld],
        lambda: veld.toPlainText().strip() or None,
    )


def bevestig(parent: QWidget, tekst: str) -> bool:
    return widgets.bevestig(
        parent, QCoreApplication.translate("BewaarPagina", "Confirm destruction"), tekst
    )


def meld_fout(parent: QWidget, tekst: str) -> None:
    widgets.meld_fout(parent, QCoreApplication.translate("BewaarPagina", "Retention period"), tekst)


class VerlopenModel(LijstModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.koppen = (
            self.tr("Case"),
            self.tr("Help ended"),
            self.tr("Keep until"),
            self.tr("Destruction"),
        )

    def _verzoek(self, d: VerlopenDossier) -> str:
        if d.verzoek is None:
            return ""
        return (
            self.tr("requested by %1 on %2")
            .replace("%1", d.verzoek.gevraagd_door)
            .replace("%2", opmaak.datum(d.verzoek.gevraagd_op))
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, rol=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self.rijen[index.row()]
        if rol == Qt.ItemDataRole.DisplayRole:
            return (
                d.casusnummer,
                opmaak.datum(d.einde_hulp),
                opmaak.datum(d.bewaren_tot),
                self._verzoek(d),
            )[index.column()]
        if rol == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and d.verzoek is not None:
            return self.tr("Reason: %1").replace("%1", d.verzoek.reden)
        return None


class BewaarPagina(QWidget):
    # The id of a destroyed case: the window drops it from the case list.
    vernietigd = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        uitleg = QLabel(
            self.tr(
                "A youth file is kept for 20 years after the help ended. These files are past "
                "that date. Destruction takes two coordinators: one requests it, another "
                "confirms. Everything about the case is removed; only the case number, who "
                "requested and confirmed it, and a count remain."
            )
        )
        uitleg.setWordWrap(True)

        self.model = VerlopenModel(self)
        self.tabel = widgets.lijsttabel(self.model)
        self.tabel.selectionModel().selectionChanged.connect(self._knoppen_bijwerken)

        self.aanvragen_knop = QPushButton(self.tr("Request destruction…"))
        self.aanvragen_knop.clicked.connect(self.vraag_vernietiging)
        self.bevestigen_knop = QPushButton(self.tr("Confirm destruction"))
        self.bevestigen_knop.clicked.connect(self.bevestig_vernietiging)
        self.intrekken_knop = QPushButton(self.tr("Withdraw request"))
        self.intrekken_knop.clicked.connect(self.trek_in)
        ververs = QPushButton(self.tr("Refresh"))
        ververs.clicked.connect(self.ververs)
        knoppen = QHBoxLayout()
        for knop in (self.aanvragen_knop, self.bevestigen_knop, self.intrekken_knop):
            knoppen.addWidget(knop)
        knoppen.addStretch(1)
        knoppen.addWidget(ververs)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tellingen = QLabel()

        laag = QVBoxLayout(self)
        laag.addWidget(kop(self.tr("Retention period")))
        laag.addWidget(uitleg)
        laag.addLayout(knoppen)
        laag.addWidget(self.tabel, 1)
        laag.addWidget(self.tellingen)
        laag.addWidget(self.status)
        self.ververs()

    # ------------------------------------------------------------------ data
    def ververs(self) -> None:
        try:
            lijst = bewaartermijn.verlopen(self.db)
        except Fout as e:
            self.model.zet([])
            self.status.setText(str(e))
            self._knoppen_bijwerken()
            return
        self.model.zet(lijst)
        self.tabel.resizeColumnsToContents()
        if lijst:
            self.status.setText(
                self.tr("%1 files past the retention period").replace("%1", str(len(lijst)))
            )
        else:
            self.status.setText(self.tr("No files are past the retention period."))
        tellingen = bewaartermijn.tellingen(self.db)
        totaal = sum(n for _, n in tellingen)
        if totaal:
            self.tellingen.setText(
                self.tr("Destroyed so far: %1 files (last on %2)")
                .replace("%1", str(totaal))
                .replace("%2", opmaak.datum(tellingen[-1][0]))
            )
        else:
            self.tellingen.setText(self.tr("No files destroyed so far."))
        self._knoppen_bijwerken()

    def gekozen(self) -> VerlopenDossier | None:
        rijen = self.tabel.selectionModel().selectedRows()
        return self.model.rijen[rijen[0].row()] if rijen else None

    def kies(self, casusnummer: str) -> None:
        for i, d in enumerate(self.model.rijen):
            if d.casusnummer == casusnummer:
                self.tabel.selectRow(i)
                return

    def _knoppen_bijwerken(self, *_args) -> None:
        d = self.gekozen()
        verzoek = d.verzoek if d is not None else None
        self.aanvragen_knop.setEnabled(d is not None and verzoek is None)
        # The four-eyes rule, visible: one's own request cannot be confirmed here.
        self.bevestigen_knop.setEnabled(
            verzoek is not None and verzoek.gevraagd_door != self.db.gebruiker
        )
        self.intrekken_knop.setEnabled(verzoek is not None)
        if verzoek is not None and verzoek.gevraagd_door == self.db.gebruiker:
            self.bevestigen_knop.setToolTip(
                self.tr("You requested this yourself: another coordinator confirms.")
            )
        else:
            self.bevestigen_knop.setToolTip("")

    # ------------------------------------------------------------------ actions
    def vraag_vernietiging(self) -> None:
        d = self.gekozen()
        if d is None:
            return
        reden = vraag_reden(self, d.casusnummer)
        if reden is None:
            return
        try:
            bewaartermijn.vraag_vernietiging(self.db, d.casus_id, reden)
        except Fout as e:
            meld_fout(self, str(e))
            return
        self.ververs()
        self.kies(d.casusnummer)
        self.status.setText(
            self.tr("Destruction of %1 requested; another coordinator confirms it.").replace(
                "%1", d.casusnummer
            )
        )

    def bevestig_vernietiging(self) -> None:
        d = self.gekozen()
        if d is None or d.verzoek is None:
            return
        tekst = (
            self.tr(
                "Destroy file %1 for good? Requested by %2. This cannot be undone: "
                "everything about the case is removed."
            )
            .replace("%1", d.casusnummer)
            .replace("%2", d.verzoek.gevraagd_door)
        )
        if not bevestig(self, tekst):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            bewaartermijn.bevestig_vernietiging(self.db, d.verzoek.id)
        except Fout as e:
            QApplication.restoreOverrideCursor()
            meld_fout(self, str(e))
            self.ververs()
            return
        QApplication.restoreOverrideCursor()
        self.ververs()
        self.status.setText(self.tr("File %1 has been destroyed.").replace("%1", d.casusnummer))
        self.vernietigd.emit(d.casus_id)

    def trek_in(self) -> None:
        d = self.gekozen()
        if d is None or d.verzoek is None:
            return
        try:
            bewaartermijn.intrekken(self.db, d.verzoek.id)
        except Fout as e:
            meld_fout(self, str(e))
            return
        self.ververs()
        self.kies(d.casusnummer)
        self.status.setText(
            self.tr("The request to destroy %1 was withdrawn.").replace("%1", d.casusnummer)
        )
