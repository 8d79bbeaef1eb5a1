"""Vervullen – "Waar wil ik heen? Hoe kom ik daar?": at most five goals and the routekaart."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.regels.intake import ACTIE_STATUS, MAX_DOELEN
from jeugdloket.services import analyse, intake
from jeugdloket.taal import vertaal
from jeugdloket.ui import widgets
from jeugdloket.ui.casussen.casustab import CasusTab
from jeugdloket.ui.intake.verkennen import TEKST_VERTRAGING_MS
from jeugdloket.ui.veldconflict import bewaar_per_veld

CONSULENT = "consulent"


def wanneer_tekst(wanneer: str | None) -> str:
    """ISO dates as dd-mm-jjjj; the family's own words ("na de zomer") as they are."""
    if not wanneer:
        return ""
    try:
        return widgets.fmt_datum(widgets.lees_datum(wanneer))
    except ValueError:
        return wanneer


def wanneer_opslaan(tekst: str) -> str | None:
    tekst = tekst.strip()
    if not tekst:
        return None
    try:
        return widgets.lees_datum(tekst).isoformat()
    except ValueError:
        return tekst


class ActiesModel(widgets.LijstModel):
    """Actions of one goal, or (routekaart) of all goals with the goal in front."""

    def __init__(self, met_doel: bool = False, parent=None):
        super().__init__(parent)
        self.met_doel = met_doel
        koppen = [self.tr("Who"), self.tr("What"), self.tr("When"), self.tr("Status")]
        self.koppen = ([self.tr("Goal")] if met_doel else []) + koppen

    def data(self, index, rol=Qt.ItemDataRole.DisplayRole):
        doel, a = self.rijen[index.row()]
        kolom = index.column() - (1 if self.met_doel else 0)
        if rol == Qt.ItemDataRole.DisplayRole:
            if kolom < 0:
                return f"{doel.prioriteit}. {doel.omschrijving or ''}"
            wie = self.tr("the consultant") if a.door_consulent else (a.wie or "")
            return (
                wie,
                a.wat or "",
                wanneer_tekst(a.wanneer),
                vertaal(ACTIE_STATUS.get(a.status or "", "")),
            )[kolom]
        if rol == Qt.ItemDataRole.BackgroundRole and kolom == 3 and a.status == "gedaan":
            from PySide6.QtGui import QColor

            return QColor("#e8f6ef")
        return None


class VervullenPagina(CasusTab):
    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.data: intake.IntakeData | None = None

        self.signalen = QLabel()
        self.signalen.setWordWrap(True)
        self.signalen.setObjectName("signalen")
        self.signalen.setStyleSheet(
            "background:#fef9e7; color:#7e5109; border:1px solid #f5e0a3; border-radius:4px; padding:6px;"
        )

        # Goals
        self.doelen = QListWidget()
        self.doelen.setAccessibleName(self.tr("Goals in order of priority"))
        self.doelen.setWordWrap(True)
        self.nieuw_doel = QPushButton(self.tr("&Add goal"))
        self.weg_doel = QPushButton(self.tr("Remove"))
        self.omhoog = QPushButton("▲")
        self.omhoog.setToolTip(self.tr("Higher priority (Alt+Up)"))
        self.omhoog.setShortcut("Alt+Up")
        self.omlaag = QPushButton("▼")
        self.omlaag.setToolTip(self.tr("Lower priority (Alt+Down)"))
        self.omlaag.setShortcut("Alt+Down")
        self.teller = QLabel()
        knoppen = QHBoxLayout()
        for w in (self.nieuw_doel, self.weg_doel, self.omhoog, self.omlaag):
            knoppen.addWidget(w)
        knoppen.addStretch(1)
        links = QWidget()
        lv = QVBoxLayout(links)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(widgets.kop(self.tr("Goals"), 12))
        lv.addWidget(self.doelen, 1)
        lv.addWidget(self.teller)
        lv.addLayout(knoppen)

        # Goal editor
        self.omschrijving = QPlainTextEdit()
        self.omschrijving.setPlaceholderText(self.tr("What does the family want to achieve?"))
        self.omschrijving.setTabChangesFocus(True)
        self.omschrijving.setMaximumHeight(70)
        self.goed_genoeg = QPlainTextEdit()
        self.goed_genoeg.setPlaceholderText(self.tr("When is it good enough?"))
        self.goed_genoeg.setTabChangesFocus(True)
        self.goed_genoeg.setMaximumHeight(60)
        self.factoren = QListWidget()
        self.factoren.setMaximumHeight(90)
        self.factoren.setAccessibleName(self.tr("Factors this goal addresses"))
        self.houders = {
            "omschrijving": widgets.VeldMetFout(self.omschrijving),
            "goed_genoeg": widgets.VeldMetFout(self.goed_genoeg),
        }

        self.acties_model = ActiesModel(parent=self)
        self.acties = QTableView()
        self.acties.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.acties.setModel(self.acties_model)
        self.acties.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.acties.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.acties.verticalHeader().hide()
        self.acties.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.acties.setAccessibleName(self.tr("Actions of this goal"))
        self.wie = QComboBox()
        self.wie.setAccessibleName(self.tr("Who"))
        self.wat = QLineEdit()
        self.wat.setPlaceholderText(self.tr("What will be done"))
        self.wat.setAccessibleName(self.tr("What will be done"))
        self.wanneer = QLineEdit()
        self.wanneer.setPlaceholderText(self.tr("dd-mm-yyyy or in words"))
        self.wanneer.setAccessibleName(self.tr("When"))
        self.wanneer.setAccessibleDescription(self.wanneer.placeholderText())
        self.wanneer.setMaximumWidth(170)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        widgets.vul_codes(self.status, ACTIE_STATUS)
        self.nieuwe_actie = QPushButton(self.tr("Add a&ction"))
        self.weg_actie = QPushButton(self.tr("Remove action"))
        actierij = QHBoxLayout()
        actierij.addWidget(self.wie, 2)
        actierij.addWidget(self.wat, 4)
        actierij.addWidget(self.wanneer, 2)
        actierij.addWidget(self.status, 2)
        actieknoppen = QHBoxLayout()
        actieknoppen.addWidget(self.nieuwe_actie)
        actieknoppen.addWidget(self.weg_actie)
        actieknoppen.addStretch(1)

        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Goal"), self.houders["omschrijving"])
        form.addRow(self.tr("Good enough when"), self.houders["goed_genoeg"])
        form.addRow(self.tr("Addresses"), self.factoren)
        form.addRow(widgets.kop(self.tr("Who does what, when"), 11))
        form.addRow(self.acties)
        form.addRow(actierij)
        form.addRow(actieknoppen)

        doelwerk = QSplitter()
        doelwerk.addWidget(links)
        doelwerk.addWidget(self.editor)
        doelwerk.setSizes([330, 900])

        # Routekaart: all goals at once.
        self.routekaart_model = ActiesModel(met_doel=True, parent=self)
        self.routekaart = QTableView()
        self.routekaart.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.routekaart.setModel(self.routekaart_model)
        self.routekaart.verticalHeader().hide()
        self.routekaart.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.routekaart.setAccessibleName(self.tr("Route map: every action of every goal"))

        self.tabs = QTabWidget()
        self.tabs.addTab(doelwerk, self.tr("Goals and actions"))
        self.tabs.addTab(self.routekaart, self.tr("Route map (overview)"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.signalen)
        lay.addWidget(self.tabs, 1)

        self.autosave = widgets.Autosave(self._bewaar_doel, self, TEKST_VERTRAGING_MS)
        for naam, houder in self.houders.items():
            self.autosave.volg(naam, houder)
        self.doelen.currentRowChanged.connect(lambda _r: self._toon_doel())
        self.nieuw_doel.clicked.connect(self.voeg_doel_toe)
        self.weg_doel.clicked.connect(self._verwijder_doel)
        self.omhoog.clicked.connect(lambda: self._verplaats(-1))
        self.omlaag.clicked.connect(lambda: self._verplaats(1))
        self.factoren.itemChanged.connect(lambda _i: self._bewaar_factoren())
        self.acties.selectionModel().currentRowChanged.connect(lambda *_: self._toon_actie())
        self.nieuwe_actie.clicked.connect(self.voeg_actie_toe)
        self.weg_actie.clicked.connect(self._verwijder_actie)
        self.wie.currentIndexChanged.connect(lambda _i: self._bewaar_actie("wie"))
        self.status.currentIndexChanged.connect(lambda _i: self._bewaar_actie("status"))
        self.wat.editingFinished.connect(lambda: self._bewaar_actie("wat"))
        self.wanneer.editingFinished.connect(lambda: self._bewaar_actie("wanneer"))
        self.wat.textEdited.connect(lambda _t: self._bewaar_actie("wat"))

    # ---------------------------------------------------------------- loading

    def huidig_doel(self) -> intake.DoelData | None:
        rij = self.doelen.currentRow()
        return self.data.doelen[rij] if self.data and 0 <= rij < len(self.data.doelen) else None

    def huidige_actie(self) -> intake.ActieData | None:
        rij = self.acties.currentIndex().row()
        rijen = self.acties_model.rijen
        return rijen[rij][1] if 0 <= rij < len(rijen) else None

    def zet(self, data: intake.IntakeData, doel_id: uuid.UUID | None = None) -> None:
        self.autosave.bewaar_alles()
        huidig = self.huidig_doel()
        doel_id = doel_id or (huidig.id if huidig else None)
        self.data = data
        self.doelen.blockSignals(True)
        self.doelen.clear()
        for d in data.doelen:
            item = QListWidgetItem(f"{d.prioriteit}. {d.omschrijving or self.tr('(new goal)')}")
            self.doelen.addItem(item)
        rij = next(
            (i for i, d in enumerate(data.doelen) if d.id == doel_id), 0 if data.doelen else -1
        )
        self.doelen.setCurrentRow(rij)
        self.doelen.blockSignals(False)
        self.teller.setText(
            self.tr("%1 of at most %2 goals")
            .replace("%1", str(len(data.doelen)))
            .replace("%2", str(MAX_DOELEN))
        )
        self.nieuw_doel.setEnabled(len(data.doelen) < MAX_DOELEN)
        self.wie.blockSignals(True)
        self.wie.clear()
        self.wie.addItem(self.tr("(who?)"), None)
        self.wie.addItem(self.tr("the consultant"), CONSULENT)
        for p in data.personen:
            self.wie.addItem(f"{p.naam} ({p.rol})", str(p.id))
        self.wie.blockSignals(False)
        self._toon_doel()
        self.routekaart_model.zet([(d, a) for d in data.doelen for a in d.acties])
        signalen = data.signalen
        self.signalen.setText("\n".join(f"• {s}" for s in signalen))
        self.signalen.setVisible(bool(signalen))

    def _toon_doel(self) -> None:
        self.autosave.bewaar_alles()
        d = self.huidig_doel()
        self.editor.setEnabled(d is not None)
        self.weg_doel.setEnabled(d is not None)
        self.omhoog.setEnabled(d is not None and d.prioriteit > 1)
        self.omlaag.setEnabled(d is not None and d.prioriteit < len(self.data.doelen))
        self.autosave.actief = False
        self.omschrijving.setPlainText((d.omschrijving or "") if d else "")
        self.goed_genoeg.setPlainText((d.goed_genoeg or "") if d else "")
        self.autosave.actief = True
        self.autosave.onthoud()
        self.factoren.blockSignals(True)
        self.factoren.clear()
        for f in self.data.factoren if self.data else ():
            item = QListWidgetItem(f"{f.ref} · {(f.omschrijving or '')[:60]}")
            item.setData(Qt.ItemDataRole.UserRole, str(f.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if d and f.id in d.factor_ids else Qt.CheckState.Unchecked
            )
            self.factoren.addItem(item)
        self.factoren.blockSignals(False)
        rij = self.acties.currentIndex().row()
        self.acties_model.zet([(d, a) for a in d.acties] if d else [])
        if self.acties_model.rijen:
            self.acties.selectRow(min(max(rij, 0), len(self.acties_model.rijen) - 1))
        self._toon_actie()

    def _toon_actie(self) -> None:
        a = self.huidige_actie()
        for w in (self.wie, self.wat, self.wanneer, self.status, self.weg_actie):
            w.setEnabled(a is not None)
        for w in (self.wie, self.status):
            w.blockSignals(True)
        if a is None:
            self.wie.setCurrentIndex(0)
            self.wat.clear()
            self.wanneer.clear()
        else:
            sleutel = CONSULENT if a.door_consulent else (str(a.wie_id) if a.wie_id else None)
            self.wie.setCurrentIndex(max(self.wie.findData(sleutel), 0))
            self.wat.setText(a.wat or "")
            self.wanneer.setText(wanneer_tekst(a.wanneer))
            widgets.kies_code(self.status, a.status or "open")
        for w in (self.wie, self.status):
            w.blockSignals(False)

    # ---------------------------------------------------------------- changes

    def _ververs(self, doel_id: uuid.UUID | None = None) -> None:
        self.zet(intake.intake(self.db, self.casus_id), doel_id)
        self.gewijzigd.emit()

    def voeg_doel_toe(self) -> None:
        try:
            d = analyse.voeg_doel_toe(self.db, self.casus_id)
        except Fout as e:
            widgets.meld_fout(self, self.tr("Goals"), str(e))
            return
        self._ververs(d.id)
        self.omschrijving.setFocus()

    def _verwijder_doel(self) -> None:
        d = self.huidig_doel()
        if d is None or not widgets.bevestig(
            self, self.tr("Remove goal"), self.tr("Remove this goal with its actions?")
        ):
            return
        try:
            analyse.verwijder_doel(self.db, d.id)
        except Fout as e:
            widgets.meld_fout(self, self.tr("Remove goal"), str(e))
            return
        self._ververs()

    def _verplaats(self, richting: int) -> None:
        d = self.huidig_doel()
        if d is not None:
            analyse.verplaats_doel(self.db, d.id, richting)
            self._ververs(d.id)

    def _bewaar_doel(self, naam: str, waarde) -> None:
        d = self.huidig_doel()
        if d is None:
            return
        # Per field, against the value shown: a colleague's edit is never lost.
        if not bewaar_per_veld(
            self,
            lambda b: analyse.wijzig_doel(self.db, d.id, {naam: waarde}, b),
            {naam: getattr(d, naam)},
            lambda: self._ververs(d.id),
        )[0]:
            return
        self.data = intake.intake(self.db, self.casus_id)
        item = self.doelen.currentItem()
        nieuw = self.huidig_doel()
        if item is not None and nieuw is not None:
            item.setText(f"{nieuw.prioriteit}. {nieuw.omschrijving or self.tr('(new goal)')}")
        self.routekaart_model.zet([(x, a) for x in self.data.doelen for a in x.acties])
        self.gewijzigd.emit()

    def _bewaar_factoren(self) -> None:
        d = self.huidig_doel()
        if d is None:
            return
        ids = [
            uuid.UUID(self.factoren.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.factoren.count())
            if self.factoren.item(i).checkState() == Qt.CheckState.Checked
        ]
        try:
            analyse.zet_doel_factoren(self.db, d.id, ids)
        except Fout as e:
            widgets.meld_fout(self, self.tr("Goal"), str(e))
        self._ververs(d.id)

    def voeg_actie_toe(self) -> None:
        d = self.huidig_doel()
        if d is None:
            return
        analyse.voeg_actie_toe(self.db, d.id, {})
        self._ververs(d.id)
        self.acties.selectRow(len(self.acties_model.rijen) - 1)
        self.wie.setFocus()

    def _verwijder_actie(self) -> None:
        a = self.huidige_actie()
        if a is not None:
            analyse.verwijder_actie(self.db, a.id)
            self._ververs(a.doel_id)

    def _bewaar_actie(self, veld: str) -> None:
        a = self.huidige_actie()
        if a is None:
            return
        if veld == "wie":
            keuze = self.wie.currentData()
            velden = {
                "door_consulent": keuze == CONSULENT,
                "wie_id": uuid.UUID(keuze) if keuze and keuze != CONSULENT else None,
            }
        elif veld == "status":
            velden = {"status": self.status.currentData()}
        elif veld == "wat":
            if (a.wat or "") == self.wat.text().strip():
                return
            velden = {"wat": self.wat.text()}
        else:
            waarde = wanneer_opslaan(self.wanneer.text())
            if waarde == a.wanneer:
                return
            velden = {"wanneer": waarde}
        try:
            opgeslagen, _ = bewaar_per_veld(
                self,
                lambda b: analyse.wijzig_actie(self.db, a.id, velden, b),
                {k: getattr(a, k) for k in velden},
                lambda: self._ververs(a.doel_id),
            )
        except Fout as e:
            widgets.meld_fout(self, self.tr("Action"), str(e))
            return
        if not opgeslagen:
            return
        rij = self.acties.currentIndex().row()
        self.data = intake.intake(self.db, self.casus_id)
        d = self.huidig_doel()
        self.acties_model.zet([(d, x) for x in d.acties] if d else [])
        self.acties.selectRow(rij)
        self.routekaart_model.zet([(x, y) for x in self.data.doelen for y in x.acties])
        signalen = self.data.signalen
        self.signalen.setText("\n".join(f"• {s}" for s in signalen))
        self.signalen.setVisible(bool(signalen))
        if veld == "wanneer":
            self.wanneer.setText(wanneer_tekst(self.data and velden["wanneer"]))
        self.gewijzigd.emit()

    def bewaar_alles(self) -> None:
        self.autosave.bewaar_alles()
        self._bewaar_actie("wat")
        self._bewaar_actie("wanneer")
