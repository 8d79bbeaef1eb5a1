"""Open conflicts from werkkopie syncs, per case and field by field: the value before (base),
the laptop's ("mijn") and the register's ("hun"), who changed each and when; a person keeps one
of them or types a value of their own (services/conflicten.py writes it and closes the conflict).
"""

import uuid

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, Validatiefout
from jeugdloket.services import conflicten
from jeugdloket.services.conflicten import ConflictData, waarde_tekst
from jeugdloket.services.werkkopie_rijen import ROW
from jeugdloket.ui import widgets
from jeugdloket.ui.widgets import LijstModel

KOLOMMEN = ("casus", "onderdeel", "veld", "basis", "mijn", "mijn_door", "hun", "hun_door")


def _wie_wanneer(wie: str | None, wanneer) -> str:
    delen = [d for d in (wie, widgets.fmt_datum(wanneer)) if d]
    return ", ".join(delen)


class ConflictModel(LijstModel):
    """One row per open conflict; the full values are in the tooltip and the panel below."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.koppen = (
            self.tr("Case"),
            self.tr("Part"),
            self.tr("Field"),
            self.tr("Before (base)"),
            self.tr("Mine (laptop)"),
            self.tr("Changed by (mine)"),
            self.tr("Theirs (team register)"),
            self.tr("Changed by (theirs)"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, rol=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c: ConflictData = self.rijen[index.row()]
        kolom = KOLOMMEN[index.column()]
        if rol in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            tekst = {
                "casus": c.casusnummer,
                "onderdeel": c.onderdeel,
                "veld": c.veldnaam,
                "basis": waarde_tekst(c.basis),
                "mijn": self._rij_tekst(c, c.mijn),
                "mijn_door": _wie_wanneer(c.mijn_door, c.mijn_op),
                "hun": self._rij_tekst(c, c.hun),
                "hun_door": _wie_wanneer(c.hun_door, c.hun_op) or self.tr("unknown"),
            }[kolom]
            if rol == Qt.ItemDataRole.DisplayRole:
                return tekst.replace("\n", " ")
            return tekst
        if rol == Qt.ItemDataRole.UserRole:
            return c.id
        return None

    def _rij_tekst(self, c: ConflictData, waarde) -> str:
        if c.veld == ROW and waarde is None:
            return self.tr("(deleted)")
        return waarde_tekst(waarde)


class ConflictenPagina(QWidget):
    """The list of open conflicts with the choice for the selected one."""

    gekozen = Signal(object)  # uuid.UUID of the case whose conflict was settled

    def __init__(self, db: Database, casus_id: uuid.UUID | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.alle: list[ConflictData] = []
        titel = widgets.kop(self.tr("Open conflicts"))
        uitleg = QLabel(
            self.tr(
                "The same field was changed on a laptop (werkkopie) and in the team register. "
                "The team register's value stays until you choose: keep your value, keep "
                "theirs, or type the right value yourself."
            )
        )
        uitleg.setWordWrap(True)
        self.casus = QComboBox()
        self.casus.setObjectName("conflictcasus")
        self.casus.setMinimumWidth(200)
        self.casus.currentIndexChanged.connect(self._filter)
        self.aantal = QLabel()
        boven = QHBoxLayout()
        boven.addWidget(QLabel(self.tr("Case")))
        boven.addWidget(self.casus)
        boven.addStretch(1)
        boven.addWidget(self.aantal)

        self.model = ConflictModel(self)
        self.tabel = widgets.lijsttabel(self.model)
        self.tabel.setObjectName("conflicttabel")
        self.tabel.setWordWrap(False)
        kop = self.tabel.horizontalHeader()
        kop.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, breedte in enumerate((100, 110, 120, 160, 190, 200, 200, 200)):
            # Never narrower than the (translated) header itself.
            self.tabel.setColumnWidth(i, max(breedte, kop.sectionSizeFromContents(i).width()))
        self.tabel.selectionModel().currentRowChanged.connect(lambda *_: self._toon_keuze())
        self.leeg = QLabel(self.tr("No open conflicts: everything from the laptops is merged."))
        self.leeg.setObjectName("geenconflicten")

        self.keuze = QGroupBox(self.tr("Choose"))
        self.uitleg_keuze = QLabel()
        self.uitleg_keuze.setWordWrap(True)
        self.uitleg_keuze.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.knop_mijn = QPushButton(self.tr("Keep my value"))
        self.knop_mijn.clicked.connect(lambda: self.kies("mijn"))
        self.knop_hun = QPushButton(self.tr("Keep their value"))
        self.knop_hun.clicked.connect(lambda: self.kies("hun"))
        self.eigen = QLineEdit()
        self.eigen.setObjectName("eigenwaarde")
        self.eigen.setPlaceholderText(self.tr("or type the right value"))
        self.eigen.returnPressed.connect(lambda: self.kies("eigen"))
        self.knop_eigen = QPushButton(self.tr("Fill in myself"))
        self.knop_eigen.clicked.connect(lambda: self.kies("eigen"))
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        self.melding.setObjectName("conflictmelding")
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.knop_mijn)
        knoppen.addWidget(self.knop_hun)
        knoppen.addSpacing(24)
        knoppen.addWidget(self.eigen, 1)
        knoppen.addWidget(self.knop_eigen)
        keuze_laag = QVBoxLayout(self.keuze)
        keuze_laag.addWidget(self.uitleg_keuze)
        keuze_laag.addLayout(knoppen)

        lay = QVBoxLayout(self)
        lay.addWidget(titel)
        lay.addWidget(uitleg)
        lay.addLayout(boven)
        lay.addWidget(self.tabel, 1)
        lay.addWidget(self.leeg)
        lay.addWidget(self.keuze)
        lay.addWidget(self.melding)
        self.ververs(casus_id)

    # -- data
    def ververs(self, casus_id: uuid.UUID | None = None) -> None:
        """Read the open conflicts again; show `casus_id`'s (or keep the chosen case)."""
        if casus_id is None:
            casus_id = self.casus.currentData()
        try:
            self.alle = conflicten.lijst(self.db)
        except Fout as e:
            self.alle = []
            self.melding.setText(str(e))
        nummers: dict[uuid.UUID, str] = {}
        for c in self.alle:
            nummers.setdefault(c.casus_id, c.casusnummer)
        self.casus.blockSignals(True)
        self.casus.clear()
        self.casus.addItem(self.tr("All cases"), None)
        for cid, nummer in sorted(nummers.items(), key=lambda x: x[1]):
            self.casus.addItem(nummer, cid)
        # (findData does not compare Python objects such as a UUID: look it up here.)
        i = next((i for i in range(self.casus.count()) if self.casus.itemData(i) == casus_id), 0)
        self.casus.setCurrentIndex(i if casus_id is not None else 0)
        self.casus.blockSignals(False)
        self._filter()

    def toon_casus(self, casus_id: uuid.UUID) -> None:
        self.ververs(casus_id)

    def _filter(self, *_args) -> None:
        cid = self.casus.currentData()
        rijen = [c for c in self.alle if cid is None or c.casus_id == cid]
        self.model.zet(rijen)
        self.aantal.setText(self.tr("%1 open conflict(s)").replace("%1", str(len(rijen))))
        self.tabel.setVisible(bool(rijen))
        self.leeg.setVisible(not rijen)
        self.keuze.setVisible(bool(rijen))
        if rijen:
            self.tabel.selectRow(0)
        self._toon_keuze()

    def huidig(self) -> ConflictData | None:
        index = self.tabel.currentIndex()
        return self.model.rij(index.row()) if index.isValid() else None

    def _toon_keuze(self) -> None:
        c = self.huidig()
        if c is None:
            self.uitleg_keuze.clear()
            return
        regel = self.tr("<b>%1</b> – %2, %3").replace("%1", c.casusnummer)
        regel = regel.replace("%2", c.onderdeel).replace("%3", c.veldnaam.lower())
        self.uitleg_keuze.setText(
            regel
            + "<br>"
            + self.tr("Before: %1").replace("%1", _html(waarde_tekst(c.basis)))
            + "<br>"
            + self.tr("Mine: %1 (%2)")
            .replace("%1", _html(self.model._rij_tekst(c, c.mijn)))
            .replace("%2", _wie_wanneer(c.mijn_door, c.mijn_op))
            + "<br>"
            + self.tr("Theirs: %1 (%2)")
            .replace("%1", _html(self.model._rij_tekst(c, c.hun)))
            .replace("%2", _wie_wanneer(c.hun_door, c.hun_op) or self.tr("unknown"))
        )
        rij = c.veld == ROW
        self.eigen.setEnabled(not rij)
        self.knop_eigen.setEnabled(not rij)
        self.eigen.setText("" if rij or isinstance(c.hun, dict) else waarde_tekst(c.hun))
        if c.hun in (None, ""):
            self.eigen.clear()

    # -- choosing
    def kies(self, keuze: str) -> bool:
        """Settle the selected conflict; stays with a Dutch message when that is refused."""
        c = self.huidig()
        if c is None:
            return False
        waarde = self.eigen.text() if keuze == "eigen" else None
        try:
            conflicten.kies(self.db, c.id, keuze, waarde)
        except Validatiefout as e:
            self.melding.setText(str(e))
            return False
        except Fout as e:  # settled by someone else meanwhile, or no longer allowed
            self.melding.setText(str(e))
            self.ververs()
            return False
        tekst = {"mijn": self.tr("your value"), "hun": self.tr("their value")}.get(
            keuze, self.tr("the value you typed")
        )
        self.melding.setText(
            self.tr("%1, %2: %3 kept.")
            .replace("%1", c.casusnummer)
            .replace("%2", c.veldnaam.lower())
            .replace("%3", tekst)
        )
        self.ververs()
        self.gekozen.emit(c.casus_id)
        return True


def _html(tekst: str) -> str:
    return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
