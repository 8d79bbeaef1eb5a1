"""Who besides the consultant may open this case: share it with a colleague, or end that.

A consultant shares their own case (a coördinator any case) with a colleague who is a
consultant – for a joint home visit, a holiday, a colleague who takes over part of the work.
Running waarnemingen (a colleague who opened the case with a reason) are listed too. The
services decide and log; this dialog only asks.
"""

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, Validatiefout
from jeugdloket.services import delen, medewerkers, rechten
from jeugdloket.ui.widgets import fmt_datum


class DelenDialoog(QDialog):
    gewijzigd = Signal()

    def __init__(
        self,
        db: Database,
        casus_id: uuid.UUID,
        casusnummer: str,
        consulent_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.casus_id, self.consulent_id = db, casus_id, consulent_id
        self.setWindowTitle(self.tr("Who may open case %1").replace("%1", casusnummer))
        uitleg = QLabel(
            self.tr(
                "Besides the consultant, these colleagues may open the case. Share it for a"
                " joint visit or while you are away; end it when it is no longer needed."
                " Every share is in the access log."
            )
        )
        uitleg.setWordWrap(True)
        self.lijst = QListWidget()
        self.lijst.currentRowChanged.connect(lambda _r: self._knoppen_bijwerken())
        self.collega = QComboBox()
        self.collega.setMinimumWidth(240)
        self.deel_knop = QPushButton(self.tr("Share"))
        self.deel_knop.clicked.connect(self.deel)
        self.stop_knop = QPushButton(self.tr("End sharing"))
        self.stop_knop.clicked.connect(self.stop)
        rij = QHBoxLayout()
        rij.addWidget(QLabel(self.tr("Share with")))
        rij.addWidget(self.collega, 1)
        rij.addWidget(self.deel_knop)
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet("color:#c0392b;")
        sluit = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        sluit.rejected.connect(self.reject)

        laag = QVBoxLayout(self)
        laag.addWidget(uitleg)
        laag.addWidget(self.lijst, 1)
        laag.addWidget(self.stop_knop, 0, Qt.AlignmentFlag.AlignLeft)
        laag.addLayout(rij)
        laag.addWidget(self.melding)
        laag.addWidget(sluit)
        self.resize(560, 380)
        self.ververs()

    def ververs(self) -> None:
        self.delingen = delen.delingen(self.db, self.casus_id)
        self.lijst.clear()
        for d in self.delingen:
            if d.soort == rechten.WAARNEMING:
                tekst = self.tr("%1 – stand-in until %2: %3").replace("%2", fmt_datum(d.tot))
                tekst = tekst.replace("%3", d.reden or "")
            else:
                tekst = self.tr("%1 – shared by %2 on %3").replace("%2", d.door)
                tekst = tekst.replace("%3", fmt_datum(d.op))
            item = QListWidgetItem(tekst.replace("%1", f"{d.naam} ({d.medewerker})"))
            item.setData(Qt.ItemDataRole.UserRole, d.medewerker)
            self.lijst.addItem(item)
        if not self.delingen:
            leeg = QListWidgetItem(self.tr("Only the consultant (and coordinators)."))
            leeg.setFlags(Qt.ItemFlag.NoItemFlags)
            self.lijst.addItem(leeg)
        al = {d.medewerker for d in self.delingen if d.soort == rechten.DELING}
        self.collega.clear()
        for m in medewerkers.medewerkers(self.db):
            if (
                m.heeft_rol("consulent")
                and m.id != self.consulent_id
                and m.gebruikersnaam not in al
            ):
                self.collega.addItem(f"{m.naam} ({m.gebruikersnaam})", m.gebruikersnaam)
        self._knoppen_bijwerken()

    def gekozen(self) -> str | None:
        item = self.lijst.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _knoppen_bijwerken(self) -> None:
        self.stop_knop.setEnabled(self.gekozen() is not None)
        self.deel_knop.setEnabled(self.collega.count() > 0)

    def _voer_uit(self, handeling) -> None:
        try:
            handeling()
        except Validatiefout as e:
            self.melding.setText("\n".join(e.fouten.values()))
            return
        except Fout as e:
            self.melding.setText(str(e))
            return
        self.melding.clear()
        self.ververs()
        self.gewijzigd.emit()

    def deel(self) -> None:
        wie = self.collega.currentData()
        if wie:
            self._voer_uit(lambda: delen.deel_casus(self.db, self.casus_id, wie))

    def stop(self) -> None:
        wie = self.gekozen()
        if wie:
            self._voer_uit(lambda: delen.trek_deling_in(self.db, self.casus_id, wie))
