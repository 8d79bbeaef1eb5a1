"""The Veiligheid tab of a case: the meldcode and the veiligheidsplan side by side as pages."""

import uuid

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.ui import widgets
from jeugdloket.ui.casussen.casustab import LuieCasusTab
from jeugdloket.ui.veiligheid.meldcode import MeldcodePagina
from jeugdloket.ui.veiligheid.plan import VeiligheidsplanPagina


class VeiligheidTab(LuieCasusTab):
    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.tabs = QTabWidget()
        self.meldcode = MeldcodePagina(db, casus_id)
        self.plan = VeiligheidsplanPagina(db, casus_id)
        self.tabs.addTab(self.meldcode, self.tr("Meldcode"))
        self.tabs.addTab(self.plan, self.tr("Safety plan"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 6, 4, 4)
        lay.addWidget(self.tabs, 1)
        for pagina in (self.meldcode, self.plan):
            pagina.gewijzigd.connect(self.gewijzigd)
        self.tabs.currentChanged.connect(lambda _i: self.geladen and self.laad())

    def laad(self) -> None:
        self.bewaar_alles()
        try:
            self.tabs.currentWidget().laad()
        except Fout as e:
            widgets.meld_fout(self, self.tr("Safety"), str(e))
            return
        self.geladen = True

    def bewaar_alles(self) -> None:
        if self.geladen:
            self.meldcode.bewaar_alles()
            self.plan.bewaar_alles()
