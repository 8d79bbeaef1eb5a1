"""Above a case's tabs: open conflicts from a werkkopie sync (with a button to the conflict
view), and on the team register the laptops the case is out on."""

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.services import conflicten, werkkopie
from jeugdloket.ui.widgets import fmt_datum


class WerkkopieBalk(QWidget):
    """Hidden when there is nothing to say (most cases)."""

    bekijk_conflicten = Signal(object)  # uuid.UUID of the case

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.casus_id = casus_id
        self.conflict = QFrame()
        self.conflict.setObjectName("conflictbalk")
        self.conflict.setStyleSheet(
            "#conflictbalk {background:#fdecea; border:1px solid #e6b0aa; border-radius:4px}"
            " QLabel {color:#922b21}"
        )
        self.conflict_tekst = QLabel()
        self.conflict_tekst.setWordWrap(True)
        self.knop = QPushButton(self.tr("View conflicts…"))
        self.knop.clicked.connect(lambda: self.bekijk_conflicten.emit(self.casus_id))
        rij = QHBoxLayout(self.conflict)
        rij.setContentsMargins(8, 4, 8, 4)
        rij.addWidget(self.conflict_tekst, 1)
        rij.addWidget(self.knop)
        self.laptop = QLabel()
        self.laptop.setObjectName("oplaptop")
        self.laptop.setWordWrap(True)
        self.laptop.setStyleSheet(
            "background:#eaf2f8; color:#1b4f72; border:1px solid #a9cce3; border-radius:4px;"
            " padding:6px;"
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.conflict)
        lay.addWidget(self.laptop)
        self.aantal_conflicten = 0

    def ververs(self) -> None:
        try:
            open_ = conflicten.lijst(self.db, self.casus_id)
            buiten = werkkopie.op_laptop(self.db, self.casus_id)
        except Fout:
            open_, buiten = [], []
        self.aantal_conflicten = len(open_)
        self.conflict_tekst.setText(
            self.tr(
                "%1 field(s) of this case were changed both on a laptop and in the team "
                "register. The team register's value stays until someone chooses."
            ).replace("%1", str(len(open_)))
        )
        self.conflict.setVisible(bool(open_))
        self.laptop.setText(
            "\n".join(
                self.tr("On the laptop of %1 since %2 (still editable here)")
                .replace("%1", o.naam or self.tr("a colleague"))
                .replace("%2", fmt_datum(o.sinds))
                for o in buiten
            )
        )
        self.laptop.setVisible(bool(buiten))
        self.setVisible(bool(open_ or buiten))
