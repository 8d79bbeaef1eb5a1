"""The werkkopie in the window: its title and status line, the Sync dialog (password, progress,
cancel, a Dutch summary), and the coördinator's list of werkkopieën not synced for a while.
"""

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.services import werkkopie
from jeugdloket.services.synchronisatie import Verslag
from jeugdloket.ui import widgets
from jeugdloket.ui.taken import Taak
from jeugdloket.ui.widgets import LijstModel, fmt_datum

# Days without a sync before the coördinator sees a werkkopie as stale (QSettings can change it).
INSTELLING_VEROUDERD = "werkkopie/verouderd_na_dagen"


def verouderd_na_dagen() -> int:
    try:
        return int(QSettings().value(INSTELLING_VEROUDERD, werkkopie.STANDAARD_VEROUDERD_DAGEN))
    except (TypeError, ValueError):
        return werkkopie.STANDAARD_VEROUDERD_DAGEN


def titel(stand: werkkopie.Stand, naam: str) -> str:
    """ "Jeugdloket – werkkopie van Anouk de Vries, sinds 03-12-2026 09:14; laatste sync …" """
    laatst = fmt_datum(stand.laatste_sync) or QCoreApplication.translate("Werkkopie", "never")
    return (
        QCoreApplication.translate(
            "Werkkopie", "Jeugdloket – werkkopie of %1, since %2; last sync %3"
        )
        .replace("%1", naam)
        .replace("%2", fmt_datum(stand.gemaakt_op))
        .replace("%3", laatst)
    )


def statustekst(status: werkkopie.Status) -> str:
    """The status-bar note: what waits to be sent, and open conflicts."""
    if status.uitgaand:
        tekst = QCoreApplication.translate(
            "Werkkopie", "Werkkopie: %1 change(s) waiting to be synchronised"
        ).replace("%1", str(status.uitgaand))
    else:
        tekst = QCoreApplication.translate("Werkkopie", "Werkkopie: no changes waiting")
    if status.conflicten:
        tekst += " · " + QCoreApplication.translate("Werkkopie", "%1 open conflict(s)").replace(
            "%1", str(status.conflicten)
        )
    return tekst


class SyncDialoog(QDialog):
    """Asks the team-register password (used for this sync only, never kept), then syncs off
    the UI thread with progress and a Cancel that stops after the case in hand."""

    klaar = Signal(object)  # Verslag, after a sync (also a cancelled one: what was done)
    conflicten_bekijken = Signal()

    def __init__(self, db: Database, stand: werkkopie.Stand, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.stand = stand
        self.taak: Taak | None = None
        self.verslag: Verslag | None = None
        self.setWindowTitle(self.tr("Synchronise with the team register"))
        self.setMinimumWidth(520)
        uitleg = QLabel(
            self.tr(
                "Sends the changes made in this werkkopie to the team register and fetches "
                "what colleagues changed. Your password is used for this connection only and "
                "is not stored."
            )
        )
        uitleg.setWordWrap(True)
        self.gebruikersnaam = QLineEdit(stand.gebruiker)
        self.gebruikersnaam.setReadOnly(True)  # the werkkopie is this consultant's own
        self.wachtwoord = QLineEdit()
        self.wachtwoord.setObjectName("syncwachtwoord")
        self.wachtwoord.setEchoMode(QLineEdit.EchoMode.Password)
        self.wachtwoord.returnPressed.connect(self.start)
        self.formulier = QFormLayout()
        self.formulier.addRow(self.tr("User name"), self.gebruikersnaam)
        self.formulier.addRow(self.tr("Password"), self.wachtwoord)
        self.voortgang = QProgressBar()
        self.voortgang.hide()
        self.melding = QLabel()
        self.melding.setObjectName("syncmelding")
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet("color: #b00020")
        self.uitkomst = QLabel()
        self.uitkomst.setObjectName("syncverslag")
        self.uitkomst.setWordWrap(True)
        self.uitkomst.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.uitkomst.hide()

        self.knop_start = QPushButton(self.tr("Synchronise"))
        self.knop_start.setDefault(True)
        self.knop_start.clicked.connect(self.start)
        self.knop_annuleer = QPushButton(self.tr("Cancel"))
        self.knop_annuleer.clicked.connect(self.reject)
        self.knop_conflicten = QPushButton(self.tr("View conflicts…"))
        self.knop_conflicten.clicked.connect(self._naar_conflicten)
        self.knop_conflicten.hide()
        self.knop_sluit = QPushButton(self.tr("Close"))
        self.knop_sluit.clicked.connect(self.accept)
        self.knop_sluit.hide()
        knoppen = QHBoxLayout()
        knoppen.addStretch(1)
        for k in (self.knop_conflicten, self.knop_start, self.knop_annuleer, self.knop_sluit):
            knoppen.addWidget(k)

        laag = QVBoxLayout(self)
        laag.addWidget(uitleg)
        laag.addLayout(self.formulier)
        laag.addWidget(self.voortgang)
        laag.addWidget(self.melding)
        laag.addWidget(self.uitkomst)
        laag.addLayout(knoppen)
        self.wachtwoord.setFocus()

    @property
    def bezig(self) -> bool:
        return self.taak is not None

    def start(self) -> None:
        if self.bezig:
            return
        wachtwoord = self.wachtwoord.text()
        if not wachtwoord:
            self.melding.setText(self.tr("Type your password for the team register."))
            return
        self.wachtwoord.clear()  # the task holds it for this one connection
        self.melding.clear()
        self.wachtwoord.setEnabled(False)
        self.knop_start.setEnabled(False)
        self.voortgang.setRange(0, 0)
        self.voortgang.show()
        self.taak = Taak(werkkopie.sync, self.db, wachtwoord, voortgang=True)
        self.taak.signalen.voortgang.connect(self._voortgang)
        self.taak.signalen.klaar.connect(self._klaar)
        self.taak.signalen.mislukt.connect(self._mislukt)
        self.taak.start()

    def _voortgang(self, gedaan: int, totaal: int) -> None:
        self.voortgang.setRange(0, totaal)
        self.voortgang.setValue(gedaan)

    def reject(self) -> None:
        """Cancel: while syncing, stop after the case in hand (nothing half-sent)."""
        if self.taak is not None:
            self.taak.annuleer()
            self.knop_annuleer.setEnabled(False)
            self.melding.setText(self.tr("Stopping after the case being synchronised…"))
            return
        super().reject()

    def _mislukt(self, melding: str) -> None:
        self.taak = None
        self.voortgang.hide()
        self.melding.setText(
            melding
            + "\n"
            + self.tr("Nothing is lost: your changes stay in the werkkopie until a sync succeeds.")
        )
        self.wachtwoord.setEnabled(True)
        self.knop_start.setEnabled(True)
        self.knop_annuleer.setEnabled(True)
        self.wachtwoord.setFocus()

    def _klaar(self, verslag: Verslag) -> None:
        geannuleerd = self.taak is not None and self.taak.geannuleerd
        self.taak = None
        self.verslag = verslag
        self.melding.clear()
        self.voortgang.hide()
        self.melding.hide()
        self.uitkomst.setText(self.samenvatting(verslag, geannuleerd))
        self.uitkomst.show()
        self.formulier.setRowVisible(self.wachtwoord, False)
        self.knop_start.hide()
        self.knop_annuleer.hide()
        self.knop_sluit.show()
        self.knop_sluit.setDefault(True)
        self.knop_conflicten.setVisible(bool(verslag.conflicten))
        (self.knop_conflicten if verslag.conflicten else self.knop_sluit).setFocus()
        self.adjustSize()  # the summary needs more room than the password did
        self.klaar.emit(verslag)

    def samenvatting(self, verslag: Verslag, geannuleerd: bool = False) -> str:
        regels = []
        if geannuleerd:
            regels.append(
                self.tr("Stopped at your request; the other cases follow with the next sync.")
            )
        regels.append(
            self.tr(
                "%1 case(s) synchronised, %2 change(s) sent, %3 access-log entry(ies) added "
                "to the team's log."
            )
            .replace("%1", str(verslag.casussen))
            .replace("%2", str(verslag.toegepast))
            .replace("%3", str(verslag.logregels))
        )
        for voorlopig, echt in verslag.nieuwe_nummers.items():
            regels.append(
                self.tr("Case %1 now has the team number %2.")
                .replace("%1", voorlopig)
                .replace("%2", echt)
            )
        for nummer in verslag.niet_toegankelijk:
            regels.append(
                self.tr(
                    "Case %1 is no longer accessible in the team register (transferred or "
                    "destroyed); the werkkopie keeps it. Ask the coordinator."
                ).replace("%1", nummer)
            )
        if verslag.conflicten:
            regels.append(
                self.tr(
                    "%1 conflict(s): the same field was changed here and in the team register. "
                    "The team register's value stays until you choose (Conflicts…)."
                ).replace("%1", str(len(verslag.conflicten)))
            )
        elif not geannuleerd:
            regels.append(self.tr("No conflicts: everything is merged."))
        return "\n\n".join(regels)

    def _naar_conflicten(self) -> None:
        self.accept()
        self.conflicten_bekijken.emit()


# ---------------------------------------------------------------- the coördinator's list


class VerouderdModel(LijstModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.koppen = (
            self.tr("Consultant"),
            self.tr("Werkkopie"),
            self.tr("Last sync"),
            self.tr("Cases"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, rol=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or rol != Qt.ItemDataRole.DisplayRole:
            return None
        r: werkkopie.Verouderd = self.rijen[index.row()]
        return (
            f"{r.naam} ({r.gebruiker})",
            f"L{r.code}",
            fmt_datum(r.laatste_sync) or self.tr("never"),
            str(r.casussen),
        )[index.column()]


class WerkkopieenPagina(QWidget):
    """Werkkopieën not synced for more than N days (the setting), stalest first."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        titel_ = widgets.kop(self.tr("Werkkopieën not synchronised"))
        uitleg = QLabel(
            self.tr(
                "Cases on these laptops may have changes the team register does not have yet. "
                "Ask the consultant to synchronise."
            )
        )
        uitleg.setWordWrap(True)
        self.dagen = QSpinBox()
        self.dagen.setRange(1, 365)
        self.dagen.setValue(verouderd_na_dagen())
        self.dagen.setSuffix(self.tr(" days"))
        self.dagen.valueChanged.connect(self._dagen_gewijzigd)
        rij = QHBoxLayout()
        rij.addWidget(QLabel(self.tr("Not synchronised for more than")))
        rij.addWidget(self.dagen)
        rij.addStretch(1)
        self.model = VerouderdModel(self)
        self.tabel = widgets.lijsttabel(self.model)
        for kolom, breedte in enumerate((260, 110, 160, 80)):
            self.tabel.setColumnWidth(kolom, breedte)
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(titel_)
        lay.addWidget(uitleg)
        lay.addLayout(rij)
        lay.addWidget(self.tabel, 1)
        lay.addWidget(self.melding)
        self.ververs()

    def _dagen_gewijzigd(self, dagen: int) -> None:
        QSettings().setValue(INSTELLING_VEROUDERD, dagen)
        self.ververs()

    def ververs(self) -> None:
        try:
            rijen = werkkopie.verouderd(self.db, self.dagen.value())
        except Fout as e:
            self.model.zet([])
            self.melding.setText(str(e))
            return
        self.model.zet(rijen)
        self.melding.setText(
            self.tr("Every werkkopie was synchronised within %1 days.").replace(
                "%1", str(self.dagen.value())
            )
            if not rijen
            else ""
        )
