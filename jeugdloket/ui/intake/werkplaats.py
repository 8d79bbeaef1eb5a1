"""The intake workspace in a case: Verkennen → Verdiepen → Vervullen, resumable anywhere."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.regels.intake import FASEN
from jeugdloket.services import intake
from jeugdloket.ui import lettergrootte, widgets
from jeugdloket.ui.casussen.casustab import LuieCasusTab
from jeugdloket.ui.intake.verdiepen import VerdiepenPagina
from jeugdloket.ui.intake.verkennen import VerkennenPagina
from jeugdloket.ui.intake.vervullen import VervullenPagina

GROOT = 1.3  # font scale when the laptop is turned towards the family

SPOOR_STIJL = """
QPushButton { text-align: left; padding: 6px 12px; border: 1px solid #c9d6dc;
              border-radius: 6px; background: #f4f8fa; color: #1f4e5f; }
QPushButton:checked { background: #1f6f8b; color: white; border-color: #1f6f8b; }
QPushButton:focus { border: 2px solid #d35400; }
"""


class IntakeTab(LuieCasusTab):
    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)

        self.spoor = QButtonGroup(self)
        spoor = QHBoxLayout()
        spoor.setSpacing(6)
        titels = (
            self.tr("1  Explore · Where am I now?"),
            self.tr("2  Deepen · What is behind it?"),
            self.tr("3  Fulfil · Where do I want to go, and how?"),
        )
        self.stapknoppen: list[QPushButton] = []
        for i, titel in enumerate(titels):
            knop = QPushButton(titel)
            knop.setCheckable(True)
            knop.setStyleSheet(SPOOR_STIJL)
            knop.setToolTip(self.tr("Alt+%1").replace("%1", str(i + 1)))
            self.spoor.addButton(knop, i)
            self.stapknoppen.append(knop)
            spoor.addWidget(knop, 1)
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.ga_naar(i))
        self.groot = QPushButton(self.tr("Large text"))
        self.groot.setCheckable(True)
        self.groot.setToolTip(
            self.tr("Bigger letters when the screen is turned to the family (Ctrl+Shift+L)")
        )
        QShortcut(QKeySequence("Ctrl+Shift+L"), self, self.groot.toggle)
        spoor.addWidget(self.groot)

        self.verkennen = VerkennenPagina(db, casus_id)
        self.verdiepen = VerdiepenPagina(db, casus_id)
        self.vervullen = VervullenPagina(db, casus_id)
        self.stapel = QStackedWidget()
        for pagina in self.paginas():
            self.stapel.addWidget(pagina)
            pagina.gewijzigd.connect(self.gewijzigd)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 6, 4, 4)
        lay.addLayout(spoor)
        lay.addWidget(self.stapel, 1)

        self.spoor.idClicked.connect(self.ga_naar)
        self.groot.toggled.connect(self._zet_grootte)
        lettergrootte.melder().veranderd.connect(self._letters_veranderd)

    def paginas(self):
        return (self.verkennen, self.verdiepen, self.vervullen)

    def laad(self) -> None:
        try:
            data = intake.intake(self.db, self.casus_id)
        except Fout as e:
            widgets.meld_fout(self, self.tr("Intake"), str(e))
            return
        self.geladen = True
        stap = FASEN.index(data.fase)
        self.stapknoppen[stap].setChecked(True)
        self.stapel.setCurrentIndex(stap)
        self.paginas()[stap].zet(data)

    def ga_naar(self, stap: int) -> None:
        """Go to a module; it opens with what the other modules changed, and is remembered."""
        self.bewaar_alles()
        self.stapknoppen[stap].setChecked(True)
        data = intake.zet_intake(self.db, self.casus_id, {"fase": FASEN[stap]})
        self.stapel.setCurrentIndex(stap)
        pagina = self.paginas()[stap]
        pagina.zet(data)
        if stap == 1:
            pagina.delen()[pagina.tabs.currentIndex()].zet(data)
        pagina.setFocus(Qt.FocusReason.OtherFocusReason)

    def _zet_grootte(self, groot: bool) -> None:
        # Relative to the application font (the system's, or Grote letters): not a fixed size.
        self.setFont(lettergrootte.relatief(QFont(), GROOT) if groot else QFont())

    def _letters_veranderd(self) -> None:
        if self.groot.isChecked():
            self._zet_grootte(True)

    def bewaar_alles(self) -> None:
        if self.geladen:
            for pagina in self.paginas():
                pagina.bewaar_alles()
