"""The table models of the weekly overview page: the 14 figures with their norm colours, and
the cases behind a chosen figure (sortable, numbers in the user's locale).
"""

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from jeugdloket.regels.kpi import (
    Kengetal,
    percentage,
)
from jeugdloket.ui import opmaak

# Norm colours, the same as the workbook's fills (green / orange / red).
KLEUR = {"groen": QColor("#c6efce"), "oranje": QColor("#ffd8a8"), "rood": QColor("#ffc7ce")}
KLEUR_LIJN = {"groen": QColor("#2e7d32"), "oranje": QColor("#e67e22"), "rood": QColor("#c0392b")}


class KengetallenModel(QAbstractTableModel):
    """One row per figure: number, label, value, norm, numerator/denominator."""

    KOLOMMEN = ("nummer", "label", "waarde", "norm", "teller_noemer")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._kengetallen: list[Kengetal] = []
        self._koppen = {
            "nummer": self.tr("#"),
            "label": self.tr("Figure"),
            "waarde": self.tr("Value"),
            "norm": self.tr("Norm"),
            "teller_noemer": self.tr("Numerator / denominator"),
        }
        # English source strings, one per figure of kpi.md (the Dutch translation gives its labels).
        self._labels = {
            1: self.tr("New registrations"),
            2: self.tr("Open cases"),
            3: self.tr("First contact within 3 working days"),
            4: self.tr("Explanatory analysis segments 1 and 2"),
            5: self.tr("Family group plan offered"),
            6: self.tr("Family group plan drawn up"),
            7: self.tr("Perspective plan 16+"),
            8: self.tr("Waiting"),
            9: self.tr("Waiting, youth protection"),
            10: self.tr("Evaluation after 3 months"),
            11: self.tr("Caseload per consultant"),
            12: self.tr("Registrations per referrer"),
            13: self.tr("Active allocations per segment"),
            14: self.tr("Closed"),
        }

    def label(self, nummer: int) -> str:
        return self._labels[nummer]

    def zet(self, kengetallen: list[Kengetal]) -> None:
        self.beginResetModel()
        self._kengetallen = list(kengetallen)
        self.endResetModel()

    def kengetal(self, rij: int) -> Kengetal:
        return self._kengetallen[rij]

    def weergave(self, k: Kengetal) -> str:
        if k.soort == "aandeel":
            return lokaal(percentage(k.breuk)) if k.breuk is not None else self.tr("n/a")
        if k.waarde is None:
            return self.tr("n/a")
        return lokaal(k.weergave)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._kengetallen)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.KOLOMMEN)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._koppen[self.KOLOMMEN[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        k = self._kengetallen[index.row()]
        kolom = self.KOLOMMEN[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if kolom == "nummer":
                return str(k.nummer)
            if kolom == "label":
                return self._labels[k.nummer]
            if kolom == "waarde":
                return self.weergave(k)
            if kolom == "norm":
                return k.norm
            if kolom == "teller_noemer":
                return f"{k.teller}/{k.noemer}" if k.soort == "aandeel" else ""
        if role == Qt.ItemDataRole.BackgroundRole and kolom in ("waarde", "norm") and k.beoordeling:
            return QBrush(KLEUR[k.beoordeling])
        if role == Qt.ItemDataRole.TextAlignmentRole and kolom in ("nummer", "waarde", "norm"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if k.soort == "aandeel" and k.breuk is None:
                return self.tr("No cases in the population this week")
            if k.beoordeling:
                return {
                    "groen": self.tr("Norm met"),
                    "oranje": self.tr("Below the norm, at least 75%"),
                    "rood": self.tr("Well below the norm"),
                }[k.beoordeling]
        return None


lokaal = opmaak.lokaal  # kpi's Dutch decimal comma in the locale's decimal point


class RegelsModel(QAbstractTableModel):
    """The rows behind a figure (or its breakdown): generic columns by key, sortable."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._kolommen: tuple[str, ...] = ()
        self._rijen: list[tuple] = []
        self._koppen = {
            "casusnummer": self.tr("Case number"),
            "jeugdige": self.tr("Young person (pseudonym)"),
            "aanmelddatum": self.tr("Registered"),
            "deadline": self.tr("Deadline first contact"),
            "eerste_contact": self.tr("First contact"),
            "voldoet": self.tr("Meets"),
            "consulent": self.tr("Consultant"),
            "verwijzer": self.tr("Referrer"),
            "segment": self.tr("Segment"),
            "analyse_afgerond_op": self.tr("Analysis finished"),
            "fgp_aangeboden_op": self.tr("Plan offered"),
            "fgp_status": self.tr("Plan status"),
            "fgp_opgesteld_op": self.tr("Plan drawn up"),
            "perspectiefplan_opgesteld_op": self.tr("Perspective plan drawn up"),
            "aanbieder_agb": self.tr("Provider (AGB)"),
            "productcategorie": self.tr("Product category"),
            "aanvraagdatum": self.tr("Requested"),
            "ingangsdatum": self.tr("Start"),
            "einddatum": self.tr("End"),
            "dagen_wachtend": self.tr("Days waiting"),
            "laatste_evaluatie": self.tr("Last evaluation"),
            "afgesloten_op": self.tr("Closed"),
            "doorlooptijd": self.tr("Lead time (days)"),
            "wachtenden": self.tr("Waiting"),
            "langste_wachttijd": self.tr("Longest wait (days)"),
            "open_casussen": self.tr("Open cases"),
            "aanmeldingen_week": self.tr("Registrations this week"),
            "aanmeldingen_12_weken": self.tr("Registrations in 12 weeks"),
            "actieve_toewijzingen": self.tr("Active allocations"),
        }
        self._ja, self._nee = self.tr("yes"), self.tr("no")

    def zet(self, kolommen: tuple[str, ...], rijen: list[tuple]) -> None:
        self.beginResetModel()
        self._kolommen = tuple(kolommen)
        self._rijen = list(rijen)
        self.endResetModel()

    @property
    def kolommen(self) -> tuple[str, ...]:
        return self._kolommen

    def rij(self, n: int) -> tuple:
        return self._rijen[n]

    def tekst(self, waarde) -> str:
        if waarde is None:
            return ""
        if isinstance(waarde, bool):
            return self._ja if waarde else self._nee
        if isinstance(waarde, date):
            return opmaak.datum_of_moment(waarde)
        return str(waarde)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rijen)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._kolommen)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            kolom = self._kolommen[section]
            return self._koppen.get(kolom, kolom)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        waarde = self._rijen[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tekst(waarde)
        if role == Qt.ItemDataRole.ForegroundRole and waarde is False:
            return QBrush(KLEUR_LIJN["rood"])
        getal = isinstance(waarde, int) and not isinstance(waarde, bool)
        if role == Qt.ItemDataRole.TextAlignmentRole and getal:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._kolommen):
            return  # "no sort column": keep the order kpi gave the rows

        def sleutel(rij: tuple):
            w = rij[column]
            # None last; dates, numbers and text each compare among themselves
            return (w is None, str(type(w)), w if w is not None else 0)

        self.layoutAboutToBeChanged.emit()
        self._rijen.sort(key=sleutel, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
