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

        # Each module's page is built when it is first shown (or asked for): opening an intake
        # builds the one it opens at. Until then an empty widget holds its place in the stack.
        self.stapel = QStackedWidget()
        self._gebouwd: dict[int, QWidget] = {}
        for _ in FASEN:
            self.stapel.addWidget(QWidget())

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 6, 4, 4)
        lay.addLayout(spoor)
        lay.addWidget(self.stapel, 1)

        self.spoor.idClicked.connect(self.ga_naar)
        self.groot.toggled.connect(self._zet_grootte)
        lettergrootte.melder().veranderd.connect(self._letters_veranderd)

    @property
    def verkennen(self) -> VerkennenPagina:
        return self._pagina(0)

    @property
    def verdiepen(self) -> VerdiepenPagina:
        return self._pagina(1)

    @property
    def vervullen(self) -> VervullenPagina:
        return self._pagina(2)

    def _pagina(self, stap: int):
        """The page of module `stap`, built now in its place if it was not yet."""
        pagina = self._gebouwd.get(stap)
        if pagina is None:
            soort = (VerkennenPagina, VerdiepenPagina, VervullenPagina)[stap]
            pagina = self._gebouwd[stap] = soort(self.db, self.casus_id)
            pagina.gewijzigd.connect(self.gewijzigd)
            plek = self.stapel.widget(stap)
            getoond = self.stapel.currentIndex() == stap
            self.stapel.insertWidget(stap, pagina)
            if getoond:
                self.stapel.setCurrentIndex(stap)
            self.stapel.removeWidget(plek)
            plek.deleteLater()
        return pagina

    def laad(self) -> None:
        try:
            data = intake.intake(self.db, self.casus_id)
        except Fout as e:
            widgets.meld_fout(self, self.tr("Intake"), str(e))
            return
        self.geladen = True
        stap = FASEN.index(data.fase)
        self.stapknoppen[stap].setChecked(True)
        pagina = self._pagina(stap)
        self.stapel.setCurrentIndex(stap)
        pagina.zet(data)

    def ga_naar(self, stap: int) -> None:
        """Go to a module; it opens with what the other modules changed, and is remembered."""
        self.bewaar_alles()
        self.stapknoppen[stap].setChecked(True)
        data = intake.zet_intake(self.db, self.casus_id, {"fase": FASEN[stap]})
        pagina = self._pagina(stap)
        self.stapel.setCurrentIndex(stap)
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
            for pagina in self._gebouwd.values():  # one not built yet has nothing to save
                pagina.bewaar_alles()
