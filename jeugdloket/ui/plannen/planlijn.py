"""The plan in one glance: per goal one line factor → goal → action → help → evaluation."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.services import planlijn
from jeugdloket.ui import widgets
from jeugdloket.ui.casussen.casustab import CasusTab


class PlanLijnModel(widgets.LijstModel):
    KOLOMMEN = ("factor", "goal", "actions", "help", "evaluation")

    def __init__(self, parent=None):
        super().__init__(parent)
        koppen = {
            "factor": self.tr("Factors"),
            "goal": self.tr("Goal"),
            "actions": self.tr("Who does what, when"),
            "help": self.tr("Help"),
            "evaluation": self.tr("Last evaluation"),
        }
        self.koppen = [f"{koppen[k]}  →" if k != "evaluation" else koppen[k] for k in self.KOLOMMEN]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        lijn: planlijn.PlanLijn = self.rijen[index.row()]
        kolom = self.KOLOMMEN[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if kolom == "factor":
                return "\n".join(lijn.factoren) or "–"
            if kolom == "goal":
                return f"{lijn.prioriteit}. {lijn.doel}"
            if kolom == "actions":
                return "\n".join(lijn.acties) or "–"
            if kolom == "help":
                return "\n".join(lijn.toewijzingen) or self.tr("no help linked")
            return lijn.evaluatie or self.tr("not evaluated yet")
        if role == Qt.ItemDataRole.ForegroundRole and (
            (kolom == "help" and not lijn.toewijzingen)
            or (kolom == "evaluation" and lijn.evaluatie is None)
        ):
            return Qt.GlobalColor.darkGray
        return None


class PlanLijnTab(CasusTab):
    """A read-only page in the plans: the whole story of the case, one line per goal."""

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.uitleg = QLabel(
            self.tr(
                "Per goal of the analysis: the factors behind it, the routekaart, the help"
                " linked to the goal (chosen in the allocation) and the last evaluation."
            )
        )
        self.uitleg.setWordWrap(True)
        self.model = PlanLijnModel(self)
        self.tabel = QTableView()
        self.tabel.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.tabel.setObjectName("planlijn")
        self.tabel.setAccessibleName(self.tr("Plan in one glance"))
        self.tabel.setModel(self.model)
        self.tabel.setWordWrap(True)
        self.tabel.verticalHeader().hide()
        kop = self.tabel.horizontalHeader()
        kop.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay = QVBoxLayout(self)
        lay.addWidget(self.uitleg)
        lay.addWidget(self.tabel, 1)

    def zet(self, _data=None) -> None:
        try:
            lijnen = planlijn.planlijnen(self.db, self.casus_id)
        except Fout as e:
            widgets.meld_fout(self, self.tr("Plan"), str(e))
            return
        self.model.zet(lijnen)
        self.tabel.resizeRowsToContents()
