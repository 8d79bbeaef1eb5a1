"""Verkennen – "Waar sta ik nu?": per leefgebied what goes well, what worries, two scores."""

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.services import intake, levenskracht
from jeugdloket.ui import widgets
from jeugdloket.ui.casussen.casustab import CasusTab
from jeugdloket.ui.intake.spiegelblad import Spiegelblad, SpiegelRij
from jeugdloket.ui.veldconflict import bewaar_per_veld

# Free text is saved after this short pause (and on leaving the field): a killed process loses
# at most the last fraction of a second of typing.
TEKST_VERTRAGING_MS = 150


class ScoreKiezer(QWidget):
    """A score 1–10 as ten large buttons (easy to point at together), or none.

    Keyboard: digits 1–9 and 0 for 10, Left/Right to step, Delete or Backspace to clear.
    """

    gekozen = Signal(object)  # int or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        self.groep = QButtonGroup(self)
        self.groep.setExclusive(False)
        self.knoppen: list[QPushButton] = []
        for i in range(1, 11):
            knop = QPushButton(str(i))
            knop.setCheckable(True)
            knop.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            knop.setMinimumSize(34, 32)
            knop.setStyleSheet(
                "QPushButton:checked { background:#1f6f8b; color:white; font-weight:bold; }"
            )
            self.groep.addButton(knop, i)
            self.knoppen.append(knop)
            lay.addWidget(knop)
        self.wis = QPushButton("–")
        self.wis.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.wis.setToolTip(self.tr("No score"))
        self.wis.setMinimumSize(30, 32)
        lay.addWidget(self.wis)
        lay.addStretch(1)
        self._waarde: int | None = None
        self.groep.idClicked.connect(self._geklikt)
        self.wis.clicked.connect(lambda: self.kies(None))

    def waarde(self) -> int | None:
        return self._waarde

    def zet(self, waarde: int | None) -> None:
        """Show a value without emitting `gekozen` (loading)."""
        self._waarde = waarde
        for i, knop in enumerate(self.knoppen, start=1):
            knop.setChecked(i == waarde)
        self.setAccessibleDescription(str(waarde) if waarde else "–")

    def kies(self, waarde: int | None) -> None:
        if waarde == self._waarde:
            self.zet(waarde)
            return
        self.zet(waarde)
        self.gekozen.emit(waarde)

    def _geklikt(self, i: int) -> None:
        self.kies(i)

    def keyPressEvent(self, event) -> None:
        tekst = event.text()
        if tekst.isdigit():
            self.kies(10 if tekst == "0" else int(tekst))
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.kies(min(10, (self._waarde or 0) + 1))
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.kies(max(1, (self._waarde or 2) - 1))
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.kies(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        self.setStyleSheet("ScoreKiezer { border: 2px solid #1f6f8b; border-radius: 4px; }")
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.setStyleSheet("")
        super().focusOutEvent(event)


def vul_personen(combo: QComboBox, data: intake.IntakeData, leeg: str, rollen=None) -> None:
    combo.blockSignals(True)
    huidig = combo.currentData()
    combo.clear()
    combo.addItem(leeg, None)
    for p in data.personen:
        if rollen is None or p.rol in rollen:
            combo.addItem(f"{p.naam} ({p.rol})", str(p.id))
    combo.setCurrentIndex(max(combo.findData(huidig), 0))
    combo.blockSignals(False)


def kies_persoon(combo: QComboBox, persoon_id: uuid.UUID | None) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(max(combo.findData(str(persoon_id) if persoon_id else None), 0))
    combo.blockSignals(False)


def als_uuid(waarde) -> uuid.UUID | None:
    return uuid.UUID(waarde) if waarde else None


class VerkennenPagina(CasusTab):
    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.data: intake.IntakeData | None = None
        self.sleutel: str | None = None
        self._naam_inwoner = self._naam_metgezel = ""

        self.inwoner = QComboBox()
        self.inwoner.setToolTip(self.tr("Whose own score is this: the young person or a parent"))
        self.metgezel = QComboBox()
        self.metgezel.setToolTip(
            self.tr("The companion: someone close who gives their own view and score")
        )
        boven = QHBoxLayout()
        door = QLabel(self.tr("Scored by"))
        door.setBuddy(self.inwoner)
        boven.addWidget(door)
        boven.addWidget(self.inwoner, 1)
        boven.addSpacing(16)
        met = QLabel(self.tr("Companion (metgezel)"))
        met.setBuddy(self.metgezel)
        boven.addWidget(met)
        boven.addWidget(self.metgezel, 1)
        boven.addStretch(1)

        self.lijst = QListWidget()
        self.lijst.setAccessibleName(self.tr("Life areas"))
        self.lijst.setMinimumWidth(190)
        self.lijst.setMaximumWidth(260)

        self.naam = widgets.kop("", 16)
        self.gaat_goed = QPlainTextEdit()
        self.gaat_goed.setPlaceholderText(self.tr("In the family's own words"))
        self.gaat_goed.setTabChangesFocus(True)
        self.zorgen = QPlainTextEdit()
        self.zorgen.setPlaceholderText(self.tr("In the family's own words"))
        self.zorgen.setTabChangesFocus(True)
        # Wrapped before the next fields exist: the Tab order follows the form.
        self.houder_goed = widgets.VeldMetFout(self.gaat_goed)
        self.houder_zorgen = widgets.VeldMetFout(self.zorgen)
        self.score_inwoner = ScoreKiezer()
        self.score_metgezel = ScoreKiezer()
        self.label_inwoner = QLabel()
        self.label_metgezel = QLabel()
        self.label_inwoner.setBuddy(self.score_inwoner)
        self.label_metgezel.setBuddy(self.score_metgezel)
        self.fout = QLabel()
        self.fout.setStyleSheet("color:#c0392b;")
        self.vorige = QPushButton(self.tr("← Previous"))
        self.volgende = QPushButton(self.tr("Next →"))
        self.vorige.setToolTip(self.tr("Previous life area (Page Up)"))
        self.volgende.setToolTip(self.tr("Next life area (Page Down)"))

        editor = QWidget()
        form = QFormLayout(editor)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.naam)
        form.addRow(self.tr("What goes well?"), self.houder_goed)
        form.addRow(self.tr("What worries you?"), self.houder_zorgen)
        form.addRow(self.label_inwoner, self.score_inwoner)
        form.addRow(self.label_metgezel, self.score_metgezel)
        form.addRow(self.fout)
        navigatie = QHBoxLayout()
        navigatie.addWidget(self.vorige)
        navigatie.addStretch(1)
        navigatie.addWidget(self.volgende)
        form.addRow(navigatie)

        self.spiegelblad = Spiegelblad()
        spiegel = QWidget()
        sl = QVBoxLayout(spiegel)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(widgets.kop(self.tr("Mirror sheet"), 12))
        sl.addWidget(self.spiegelblad, 1)

        splitter = QSplitter()
        splitter.addWidget(self.lijst)
        splitter.addWidget(editor)
        splitter.addWidget(spiegel)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([210, 560, 420])

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(boven)
        lay.addWidget(splitter, 1)

        self.autosave = widgets.Autosave(self._bewaar_tekst, self, TEKST_VERTRAGING_MS)
        self.autosave.volg("gaat_goed", self.houder_goed)
        self.autosave.volg("zorgen", self.houder_zorgen)
        self.lijst.currentRowChanged.connect(self._kies_rij)
        self.score_inwoner.gekozen.connect(lambda w: self._bewaar_score("score_inwoner", w))
        self.score_metgezel.gekozen.connect(lambda w: self._bewaar_score("score_metgezel", w))
        self.metgezel.currentIndexChanged.connect(self._metgezel_gekozen)
        self.inwoner.currentIndexChanged.connect(lambda _i: self._namen_bij_scores())
        self.vorige.clicked.connect(lambda: self._stap(-1))
        self.volgende.clicked.connect(lambda: self._stap(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self._stap(-1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self._stap(1))

    # ---------------------------------------------------------------- loading

    def zet(self, data: intake.IntakeData) -> None:
        self.data = data
        vul_personen(
            self.inwoner, data, self.tr("(choose who scores)"), {"jeugdige", "ouder", "verzorger"}
        )
        vul_personen(self.metgezel, data, self.tr("(no companion yet)"))
        kies_persoon(self.metgezel, data.metgezel_id)
        if self.inwoner.currentData() is None:
            gekozen = next((lg.inwoner_id for lg in data.leefgebieden if lg.inwoner_id), None)
            if gekozen is None:
                gekozen = next((p.id for p in data.personen if p.rol == "jeugdige"), None)
            kies_persoon(self.inwoner, gekozen)
        rij = max(self.lijst.currentRow(), 0)
        self.lijst.blockSignals(True)
        self.lijst.clear()
        for lg in data.leefgebieden:
            item = QListWidgetItem(self._lijsttekst(lg))
            item.setData(Qt.ItemDataRole.UserRole, lg.sleutel)
            self.lijst.addItem(item)
        self.lijst.blockSignals(False)
        self.lijst.setCurrentRow(min(rij, self.lijst.count() - 1))
        self._kies_rij(self.lijst.currentRow())
        self._ververs_spiegel()

    def _lijsttekst(self, lg: intake.LeefgebiedData) -> str:
        teken = "Δ " if lg.groot_verschil else ("● " if lg.ingevuld else "○ ")
        return teken + lg.naam

    def _namen_bij_scores(self) -> None:
        inwoner = (
            self.inwoner.currentText()
            if self.inwoner.currentData()
            else self.tr("young person or parent")
        )
        metgezel = (
            self.metgezel.currentText() if self.metgezel.currentData() else self.tr("companion")
        )
        # First names: this is read together with the family.
        self._naam_inwoner = inwoner.split(" (")[0].split(" ")[0]
        self._naam_metgezel = metgezel.split(" (")[0].split(" ")[0]
        self.label_inwoner.setText(self.tr("Score by %1").replace("%1", self._naam_inwoner))
        self.label_metgezel.setText(self.tr("Score by %1").replace("%1", self._naam_metgezel))
        self._ververs_spiegel()

    def _ververs_spiegel(self) -> None:
        if self.data is None:
            return
        self.spiegelblad.zet_gegevens(
            [
                SpiegelRij(lg.sleutel, lg.naam, lg.score_inwoner, lg.score_metgezel)
                for lg in self.data.leefgebieden
            ],
            self._naam_inwoner,
            self._naam_metgezel,
        )

    def _kies_rij(self, rij: int) -> None:
        if self.data is None or rij < 0:
            return
        self.autosave.bewaar_alles()  # finish the previous leefgebied first
        lg = self._leefgebied(self.lijst.item(rij).data(Qt.ItemDataRole.UserRole))
        self.sleutel = lg.sleutel
        self.naam.setText(lg.naam)
        self.autosave.actief = False
        self.gaat_goed.setPlainText(lg.gaat_goed or "")
        self.zorgen.setPlainText(lg.zorgen or "")
        self.autosave.actief = True
        self.autosave.onthoud()
        self.score_inwoner.zet(lg.score_inwoner)
        self.score_metgezel.zet(lg.score_metgezel)
        self.fout.clear()
        self.vorige.setEnabled(rij > 0)
        self.volgende.setEnabled(rij < self.lijst.count() - 1)
        self._namen_bij_scores()

    def _leefgebied(self, sleutel: str) -> intake.LeefgebiedData:
        return next(lg for lg in self.data.leefgebieden if lg.sleutel == sleutel)

    def _stap(self, richting: int) -> None:
        rij = self.lijst.currentRow() + richting
        if 0 <= rij < self.lijst.count():
            self.lijst.setCurrentRow(rij)

    # ---------------------------------------------------------------- saving

    def _na_opslaan(self, lg: intake.LeefgebiedData) -> None:
        self.data = intake.intake(self.db, self.casus_id)
        item = self.lijst.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == lg.sleutel:
            item.setText(self._lijsttekst(lg))
        self._ververs_spiegel()
        self.gewijzigd.emit()

    def _herlaad(self) -> None:
        self.zet(intake.intake(self.db, self.casus_id))

    def _zet_leefgebied(self, velden: dict, veld: str) -> intake.LeefgebiedData | None:
        """Save per field: `basis` is the value shown, so a colleague's edit is never lost."""
        sleutel = self.sleutel
        basis = {veld: getattr(self._leefgebied(sleutel), veld)}
        opgeslagen, lg = bewaar_per_veld(
            self,
            lambda b: levenskracht.zet_leefgebied(self.db, self.casus_id, sleutel, velden, b),
            basis,
            self._herlaad,
        )
        return lg if opgeslagen else None

    def _bewaar_tekst(self, naam: str, waarde) -> None:
        lg = self._zet_leefgebied({naam: waarde}, naam)
        if lg is not None:
            self._na_opslaan(lg)

    def _bewaar_score(self, veld: str, waarde) -> None:
        velden = {veld: waarde}
        if veld == "score_inwoner":
            velden["inwoner_id"] = als_uuid(self.inwoner.currentData())
        try:
            lg = self._zet_leefgebied(velden, veld)
        except Fout as e:
            self.fout.setText(str(e))
            return
        self.fout.clear()
        if lg is not None:
            self._na_opslaan(lg)

    def _metgezel_gekozen(self, _index: int) -> None:
        nieuw = {"metgezel_id": als_uuid(self.metgezel.currentData())}
        basis = {"metgezel_id": self.data.metgezel_id if self.data else None}
        try:
            opgeslagen, data = bewaar_per_veld(
                self,
                lambda b: intake.zet_intake(self.db, self.casus_id, nieuw, b),
                basis,
                self._herlaad,
            )
        except Fout as e:
            widgets.meld_fout(self, self.tr("Companion"), str(e))
            return
        if not opgeslagen:
            return
        self.data = data
        self._namen_bij_scores()
        self.gewijzigd.emit()
