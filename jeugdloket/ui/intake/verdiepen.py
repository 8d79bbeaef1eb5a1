"""Verdiepen: draagkracht and draaglast, the network, the verklarende analyse and its summary."""

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.regels.codelijsten import leefgebieden
from jeugdloket.regels.intake import FACTOR_TYPES, NABIJHEID, NIVEAUS
from jeugdloket.services import analyse, intake, levenskracht
from jeugdloket.taal import vertaal
from jeugdloket.ui import widgets
from jeugdloket.ui.casussen.casustab import CasusTab
from jeugdloket.ui.intake.diagram import AnalyseDiagram
from jeugdloket.ui.intake.diagramstukken import DiagramFactor, DiagramLink
from jeugdloket.ui.intake.netwerkplaat import NetwerkLid, Netwerkplaat
from jeugdloket.ui.intake.verkennen import TEKST_VERTRAGING_MS
from jeugdloket.ui.veldconflict import bewaar_per_veld

TYPE_KORT = {
    "predisponerend": "Predisponerend",
    "uitlokkend": "Uitlokkend",
    "instandhoudend": "Instandhoudend",
    "beschermend": "Beschermend",
}


class DraagTab(CasusTab):
    """Draagkracht and draaglast: what gives energy and what costs energy."""

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.draagkracht = widgets.tekstveld(
            self.tr("Family, friends, work, faith, sport, humour…")
        )
        self.draaglast = widgets.tekstveld(
            self.tr("Debts, illness, conflict, worries about a child…")
        )
        lay = QGridLayout(self)
        lay.addWidget(widgets.kop(self.tr("What gives energy? (draagkracht)"), 12), 0, 0)
        lay.addWidget(widgets.kop(self.tr("What costs energy? (draaglast)"), 12), 0, 1)
        self.houders = {
            "draagkracht": widgets.VeldMetFout(self.draagkracht),
            "draaglast": widgets.VeldMetFout(self.draaglast),
        }
        lay.addWidget(self.houders["draagkracht"], 1, 0)
        lay.addWidget(self.houders["draaglast"], 1, 1)
        self.autosave = widgets.Autosave(self._bewaar, self, TEKST_VERTRAGING_MS)
        for naam, houder in self.houders.items():
            self.autosave.volg(naam, houder)

    def zet(self, data: intake.IntakeData) -> None:
        self.autosave.bewaar_alles()
        self.autosave.actief = False
        for veld, waarde in (
            (self.draagkracht, data.draagkracht),
            (self.draaglast, data.draaglast),
        ):
            if veld.toPlainText() != (waarde or ""):
                veld.setPlainText(waarde or "")
        self.autosave.actief = True
        self.autosave.onthoud()

    def _bewaar(self, naam: str, waarde) -> None:
        if bewaar_per_veld(
            self,
            lambda b: intake.zet_intake(self.db, self.casus_id, {naam: waarde}, b),
            {naam: self.autosave.getoond(naam)},
            lambda: self.zet(intake.intake(self.db, self.casus_id)),
        )[0]:
            self.gewijzigd.emit()


class NetwerkTab(CasusTab):
    """Who is around the family (de Nieuwe Route): how close, what they can contribute."""

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.data: intake.IntakeData | None = None
        self._centrum = ""
        self.lijst = QListWidget()
        self.lijst.setAccessibleName(self.tr("People of the case; tick who belongs to the network"))
        self.nabijheid = QComboBox()
        for waarde, naam in NABIJHEID.items():
            self.nabijheid.addItem(vertaal(naam), waarde)
        self.bijdrage = widgets.tekstveld(self.tr("What can this person contribute?"))
        self.houder_bijdrage = widgets.VeldMetFout(self.bijdrage)
        uitleg = QLabel(
            self.tr(
                "Tick the people around the family. Someone missing? Add them in the "
                "Family tab with the role Netwerk."
            )
        )
        uitleg.setWordWrap(True)
        uitleg.setStyleSheet("color:#555;")
        links = QWidget()
        form = QFormLayout(links)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(uitleg)
        form.addRow(self.lijst)
        form.addRow(self.tr("How close"), self.nabijheid)
        form.addRow(self.tr("Contribution"), self.houder_bijdrage)
        self.plaat = Netwerkplaat()
        splitter = QSplitter()
        splitter.addWidget(links)
        splitter.addWidget(self.plaat)
        splitter.setSizes([380, 700])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(splitter)

        self.autosave = widgets.Autosave(self._bewaar_bijdrage, self, TEKST_VERTRAGING_MS)
        self.autosave.volg("bijdrage", self.houder_bijdrage)
        self.lijst.currentItemChanged.connect(lambda *_: self._toon_keuze())
        self.lijst.itemChanged.connect(self._aangevinkt)
        self.nabijheid.currentIndexChanged.connect(lambda _i: self._bewaar_nabijheid())
        self.plaat.lid_gekozen.connect(self._kies_lid)

    def _lid(self, persoon_id: uuid.UUID) -> intake.NetwerklidData | None:
        return next((n for n in self.data.netwerk if n.persoon_id == persoon_id), None)

    def _huidig(self) -> uuid.UUID | None:
        item = self.lijst.currentItem()
        return uuid.UUID(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def zet(self, data: intake.IntakeData) -> None:
        self.autosave.bewaar_alles()
        self.data = data
        huidig = self._huidig()
        self.lijst.blockSignals(True)
        self.lijst.clear()
        for p in data.personen:
            if p.rol == "jeugdige":
                continue
            lid = self._lid(p.id)
            item = QListWidgetItem(f"{p.naam} ({p.rol})")
            item.setData(Qt.ItemDataRole.UserRole, str(p.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if lid else Qt.CheckState.Unchecked)
            self.lijst.addItem(item)
            if p.id == huidig:
                self.lijst.setCurrentItem(item)
        self.lijst.blockSignals(False)
        if self.lijst.currentItem() is None and self.lijst.count():
            self.lijst.setCurrentRow(0)
        self._toon_keuze()
        jeugd = [p.naam.split(" ")[0] for p in data.personen if p.rol == "jeugdige"]
        self._centrum = " & ".join(jeugd) or self.tr("Family")
        self._teken()

    def _teken(self) -> None:
        self.plaat.zet_gegevens(
            self._centrum,
            [
                NetwerkLid(
                    str(n.persoon_id), n.naam, n.rol.capitalize(), n.nabijheid, n.bijdrage or ""
                )
                for n in self.data.netwerk
            ],
        )

    def _toon_keuze(self) -> None:
        pid = self._huidig()
        lid = self._lid(pid) if pid and self.data else None
        self.nabijheid.setEnabled(lid is not None)
        self.bijdrage.setEnabled(lid is not None)
        self.nabijheid.blockSignals(True)
        self.nabijheid.setCurrentIndex(max(self.nabijheid.findData(lid.nabijheid if lid else 2), 0))
        self.nabijheid.blockSignals(False)
        self.autosave.actief = False
        self.bijdrage.setPlainText(lid.bijdrage or "" if lid else "")
        self.autosave.actief = True
        self.autosave.onthoud()

    def _kies_lid(self, persoon_id: str) -> None:
        for i in range(self.lijst.count()):
            if self.lijst.item(i).data(Qt.ItemDataRole.UserRole) == persoon_id:
                self.lijst.setCurrentRow(i)

    def _ververs(self) -> None:
        self.zet(intake.intake(self.db, self.casus_id))
        self.gewijzigd.emit()

    def _aangevinkt(self, item: QListWidgetItem) -> None:
        pid = uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
        self.lijst.setCurrentItem(item)
        if item.checkState() == Qt.CheckState.Checked:
            levenskracht.zet_netwerklid(self.db, self.casus_id, pid, 2)
        else:
            levenskracht.verwijder_netwerklid(self.db, self.casus_id, pid)
        self._ververs()

    def _bewaar_nabijheid(self) -> None:
        pid = self._huidig()
        lid = self._lid(pid) if pid else None
        if lid is None:
            return
        self._zet_lid(pid, lid, self.nabijheid.currentData(), lid.bijdrage)
        self._ververs()

    def _bewaar_bijdrage(self, _naam: str, waarde) -> None:
        pid = self._huidig()
        lid = self._lid(pid) if pid else None
        if lid is None:
            return
        if self._zet_lid(pid, lid, lid.nabijheid, waarde):
            self.data = intake.intake(self.db, self.casus_id)
            self._teken()

    def _zet_lid(self, pid: uuid.UUID, lid, nabijheid: int, bijdrage) -> bool:
        """Both fields as shown are the base: only the one changed here is written."""
        return bewaar_per_veld(
            self,
            lambda b: levenskracht.zet_netwerklid(
                self.db, self.casus_id, pid, nabijheid, bijdrage, basis=b
            ),
            {"nabijheid": lid.nabijheid, "bijdrage": lid.bijdrage},
            self._ververs,
        )[0]


class FactorModel(widgets.LijstModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.koppen = (self.tr("No."), self.tr("Type"), self.tr("Factor"))

    def data(self, index, rol=Qt.ItemDataRole.DisplayRole):
        f = self.rijen[index.row()]
        if rol == Qt.ItemDataRole.DisplayRole:
            return (
                f.ref,
                TYPE_KORT.get(f.type, f.type),
                (f.omschrijving or "").replace("\n", " "),
            )[index.column()]
        if rol == Qt.ItemDataRole.ToolTipRole:
            return f.omschrijving
        return None


class AnalyseTab(CasusTab):
    """Factors (4P), their samenhang, drawn as a diagram the family can follow."""

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.data: intake.IntakeData | None = None
        self.model = FactorModel(self)
        self.tabel = QTableView()
        self.tabel.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.tabel.setModel(self.model)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.verticalHeader().hide()
        kop = self.tabel.horizontalHeader()
        kop.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        kop.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        kop.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabel.setAccessibleName(self.tr("Factors"))
        self.nieuw = QPushButton(self.tr("&Add factor"))
        self.weg = QPushButton(self.tr("Remove"))

        self.type = QComboBox()
        widgets.vul_codes(self.type, FACTOR_TYPES)
        self.niveau = QComboBox()
        widgets.vul_codes(self.niveau, NIVEAUS, leeg="")
        self.leefgebied = QComboBox()
        widgets.vul_codes(self.leefgebied, leefgebieden(), leeg="")
        self.omschrijving = widgets.tekstveld(self.tr("In words the family recognises"))
        self.omschrijving.setMaximumHeight(56)
        self.bron = QLineEdit()
        self.bron.setPlaceholderText(self.tr("Who said it, or where it comes from"))
        self.herkend = QComboBox()
        self.herkend.addItem(self.tr("not asked yet"), None)
        self.herkend.addItem(self.tr("yes, the family recognises it"), True)
        self.herkend.addItem(self.tr("no, the family does not recognise it"), False)
        self.houders = {
            naam: widgets.VeldMetFout(w)
            for naam, w in (
                ("type", self.type),
                ("niveau", self.niveau),
                ("leefgebied", self.leefgebied),
                ("omschrijving", self.omschrijving),
                ("bron", self.bron),
            )
        }
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Type"), self.houders["type"])
        form.addRow(self.tr("Level"), self.houders["niveau"])
        form.addRow(self.tr("Life area"), self.houders["leefgebied"])
        form.addRow(self.tr("Description"), self.houders["omschrijving"])
        form.addRow(self.tr("Source"), self.houders["bron"])
        form.addRow(self.tr("Recognised"), self.herkend)

        # Links of the selected factor.
        self.links = QListWidget()
        self.links.setMaximumHeight(64)
        self.links.setAccessibleName(self.tr("Links from and to this factor"))
        self.toelichting = QLineEdit()
        self.toelichting.setPlaceholderText(self.tr("How do they hang together?"))
        self.link_naar = QComboBox()
        self.link_knop = QPushButton(self.tr("Link"))
        self.link_weg = QPushButton(self.tr("Remove link"))
        linkrij = QHBoxLayout()
        linkrij.addWidget(QLabel(self.tr("leads to")))
        linkrij.addWidget(self.link_naar, 1)
        linkrij.addWidget(self.link_knop)
        linkrij.addWidget(self.link_weg)
        form.addRow(widgets.kop(self.tr("Samenhang"), 11))
        form.addRow(self.links)
        form.addRow(self.tr("Explanation"), self.toelichting)
        form.addRow(linkrij)

        knoppen = QHBoxLayout()
        knoppen.addWidget(self.nieuw)
        knoppen.addWidget(self.weg)
        knoppen.addStretch(1)
        boven = QWidget()
        bv = QVBoxLayout(boven)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addWidget(self.tabel, 1)
        bv.addLayout(knoppen)
        # The list and the editor share the height; the consultant can move the divider.
        links_paneel = QSplitter(Qt.Orientation.Vertical)
        links_paneel.addWidget(boven)
        links_paneel.addWidget(widgets.rolvlak(self.editor))
        links_paneel.setSizes([190, 330])

        self.diagram = AnalyseDiagram()
        hint = QLabel(
            self.tr(
                "Drag a card to move it; drag with Shift held from one card to another to link them."
            )
        )
        hint.setStyleSheet("color:#555;")
        hint.setWordWrap(True)
        rechts = QWidget()
        rv = QVBoxLayout(rechts)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.diagram, 1)
        rv.addWidget(hint)
        splitter = QSplitter()
        splitter.addWidget(links_paneel)
        splitter.addWidget(rechts)
        splitter.setSizes([430, 800])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(splitter)

        self.autosave = widgets.Autosave(self._bewaar, self, TEKST_VERTRAGING_MS)
        for naam, houder in self.houders.items():
            self.autosave.volg(naam, houder)
        self.herkend.currentIndexChanged.connect(lambda _i: self._bewaar_herkend())
        self.nieuw.clicked.connect(self.voeg_toe)
        self.weg.clicked.connect(self.verwijder)
        self.tabel.selectionModel().currentRowChanged.connect(lambda *_: self._toon_factor())
        self.links.currentRowChanged.connect(lambda _r: self._toon_link())
        self.toelichting.editingFinished.connect(self._bewaar_toelichting)
        self.link_knop.clicked.connect(self._maak_link)
        self.link_weg.clicked.connect(self._verwijder_link)
        self.diagram.factor_gekozen.connect(self.kies_factor)
        self.diagram.factor_verplaatst.connect(self._verplaatst)
        self.diagram.link_gevraagd.connect(self._link_gevraagd)
        self.diagram.link_gekozen.connect(self._link_gekozen)
        self.diagram.verwijderen_gevraagd.connect(self._verwijderen_gevraagd)

    # ---------------------------------------------------------------- loading

    def huidige_factor(self) -> intake.FactorData | None:
        rij = self.tabel.currentIndex().row()
        return self.model.rij(rij)

    def zet(self, data: intake.IntakeData) -> None:
        self.autosave.bewaar_alles()
        self.data = data
        huidig = self.huidige_factor()
        self.model.zet(data.factoren)
        self.diagram.zet_gegevens(
            [
                DiagramFactor(str(f.id), f.ref, f.type, f.omschrijving or "", f.herkend, f.x, f.y)
                for f in data.factoren
            ],
            [
                DiagramLink(str(r.id), str(r.van_id), str(r.naar_id), r.toelichting or "")
                for r in data.samenhang
            ],
        )
        if huidig is not None:
            self.kies_factor(str(huidig.id))
        elif data.factoren:
            self.tabel.selectRow(0)
        self._toon_factor()

    def kies_factor(self, factor_id: str) -> None:
        for i, f in enumerate(self.model.rijen):
            if str(f.id) == factor_id:
                self.tabel.selectRow(i)
                self.tabel.setCurrentIndex(self.model.index(i, 0))

    def _toon_factor(self) -> None:
        f = self.huidige_factor()
        self.autosave.bewaar_alles()
        self.editor.setEnabled(f is not None)
        self.weg.setEnabled(f is not None)
        self.autosave.actief = False
        for combo in (self.type, self.niveau, self.leefgebied, self.herkend):
            combo.blockSignals(True)
        widgets.kies_code(self.type, f.type if f else "instandhoudend")
        widgets.kies_code(self.niveau, f.niveau if f else None)
        widgets.kies_code(self.leefgebied, f.leefgebied if f else None)
        self.herkend.setCurrentIndex(max(self.herkend.findData(f.herkend if f else None), 0))
        for combo in (self.type, self.niveau, self.leefgebied, self.herkend):
            combo.blockSignals(False)
        self.omschrijving.setPlainText((f.omschrijving or "") if f else "")
        self.bron.setText((f.bron or "") if f else "")
        self.autosave.actief = True
        self.autosave.onthoud()
        self._toon_links(f)

    def _toon_links(self, f: intake.FactorData | None) -> None:
        self.links.clear()
        self.link_naar.clear()
        if f is None or self.data is None:
            self._toon_link()
            return
        refs = {x.id: x for x in self.data.factoren}
        for r in self.data.samenhang:
            if f.id in (r.van_id, r.naar_id):
                tekst = f"{refs[r.van_id].ref} → {refs[r.naar_id].ref}"
                if r.toelichting:
                    tekst += f": {r.toelichting}"
                item = QListWidgetItem(tekst)
                item.setData(Qt.ItemDataRole.UserRole, str(r.id))
                self.links.addItem(item)
        for x in self.data.factoren:
            if x.id != f.id:
                kort = (x.omschrijving or "")[:40]
                self.link_naar.addItem(f"{x.ref} {kort}", str(x.id))
        self.link_knop.setEnabled(self.link_naar.count() > 0)
        self._toon_link()

    def _huidige_link(self) -> intake.SamenhangData | None:
        item = self.links.currentItem()
        if item is None or self.data is None:
            return None
        return next(
            (r for r in self.data.samenhang if str(r.id) == item.data(Qt.ItemDataRole.UserRole)),
            None,
        )

    def _toon_link(self) -> None:
        r = self._huidige_link()
        self.toelichting.setEnabled(r is not None)
        self.link_weg.setEnabled(r is not None)
        self.toelichting.setText((r.toelichting or "") if r else "")

    # ---------------------------------------------------------------- changes

    def _ververs(self) -> None:
        self.zet(intake.intake(self.db, self.casus_id))
        self.gewijzigd.emit()

    def voeg_toe(self) -> None:
        f = analyse.voeg_factor_toe(self.db, self.casus_id, {"type": "instandhoudend"})
        self._ververs()
        self.kies_factor(str(f.id))
        self.omschrijving.setFocus()

    def verwijder(self) -> None:
        f = self.huidige_factor()
        if f is None:
            return
        self._verwijder_factor(f)

    def _verwijder_factor(self, f: intake.FactorData) -> None:
        if not widgets.bevestig(
            self,
            self.tr("Remove factor"),
            self.tr("Remove factor %1 with its links?").replace("%1", f.ref),
        ):
            return
        try:
            analyse.verwijder_factor(self.db, f.id)
        except Fout as e:
            widgets.meld_fout(self, self.tr("Remove factor"), str(e))
            return
        self._ververs()

    def _bewaar(self, naam: str, waarde) -> None:
        f = self.huidige_factor()
        if f is None:
            return
        if not self._wijzig_factor(f, {naam: waarde}):
            return
        self.data = intake.intake(self.db, self.casus_id)
        rij = self.tabel.currentIndex().row()
        self.model.rijen = list(self.data.factoren)
        self.model.dataChanged.emit(self.model.index(rij, 0), self.model.index(rij, 2))
        if naam in ("type", "omschrijving"):
            self._ververs_diagram()
        self.gewijzigd.emit()

    def _wijzig_factor(self, f: intake.FactorData, velden: dict) -> bool:
        """Per field, against the values shown (a colleague's edit is never lost)."""
        return bewaar_per_veld(
            self,
            lambda b: analyse.wijzig_factor(self.db, f.id, velden, basis=b),
            {k: getattr(f, k) for k in velden},
            self._ververs,
        )[0]

    def _ververs_diagram(self) -> None:
        self.diagram.zet_gegevens(
            [
                DiagramFactor(str(f.id), f.ref, f.type, f.omschrijving or "", f.herkend, f.x, f.y)
                for f in self.data.factoren
            ],
            [
                DiagramLink(str(r.id), str(r.van_id), str(r.naar_id), r.toelichting or "")
                for r in self.data.samenhang
            ],
        )

    def _bewaar_herkend(self) -> None:
        f = self.huidige_factor()
        if f is not None:
            self._wijzig_factor(f, {"herkend": self.herkend.currentData()})
            self.data = intake.intake(self.db, self.casus_id)
            self.model.rijen = list(self.data.factoren)
            self._ververs_diagram()

    def _verplaatst(self, factor_id: str, x: float, y: float) -> None:
        f = next((f for f in self.data.factoren if str(f.id) == factor_id), None)
        if f is not None:
            self._wijzig_factor(f, {"x": x, "y": y})
        self.data = intake.intake(self.db, self.casus_id)
        self.model.rijen = list(self.data.factoren)

    def _maak_link(self) -> None:
        f = self.huidige_factor()
        naar = self.link_naar.currentData()
        if f is None or naar is None:
            return
        self._link_gevraagd(str(f.id), naar)

    def _link_gevraagd(self, van: str, naar: str) -> None:
        try:
            r = analyse.voeg_samenhang_toe(self.db, uuid.UUID(van), uuid.UUID(naar))
        except Fout as e:
            widgets.meld_fout(self, self.tr("Link"), str(e))
            return
        self.kies_factor(van)
        self._ververs()
        self._link_gekozen(str(r.id))
        self.toelichting.setFocus()

    def _link_gekozen(self, link_id: str) -> None:
        r = next((x for x in self.data.samenhang if str(x.id) == link_id), None)
        if r is None:
            return
        self.kies_factor(str(r.van_id))
        for i in range(self.links.count()):
            if self.links.item(i).data(Qt.ItemDataRole.UserRole) == link_id:
                self.links.setCurrentRow(i)

    def _bewaar_toelichting(self) -> None:
        r = self._huidige_link()
        if r is None or (r.toelichting or "") == self.toelichting.text().strip():
            return
        if not bewaar_per_veld(
            self,
            lambda b: analyse.wijzig_samenhang(self.db, r.id, self.toelichting.text(), b),
            {"toelichting": r.toelichting},
            self._ververs,
        )[0]:
            return
        rij = self.links.currentRow()
        self.data = intake.intake(self.db, self.casus_id)
        self._toon_links(self.huidige_factor())
        self.links.setCurrentRow(rij)
        self._ververs_diagram()

    def _verwijder_link(self) -> None:
        r = self._huidige_link()
        if r is not None:
            analyse.verwijder_samenhang(self.db, r.id)
            self._ververs()

    def _verwijderen_gevraagd(self, soort: str, item_id: str) -> None:
        if soort == "factor":
            f = next((x for x in self.data.factoren if str(x.id) == item_id), None)
            if f is not None:
                self._verwijder_factor(f)
        elif widgets.bevestig(self, self.tr("Remove link"), self.tr("Remove this link?")):
            analyse.verwijder_samenhang(self.db, uuid.UUID(item_id))
            self._ververs()

    def bewaar_alles(self) -> None:
        self.autosave.bewaar_alles()
        self._bewaar_toelichting()


class AfrondenTab(CasusTab):
    """The analysis in plain words, who took part, author; and afronden."""

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.data: intake.IntakeData | None = None
        self.samenvatting = widgets.tekstveld(
            self.tr("What is going on and why, in words the family would use themselves")
        )
        self.deelnemers = QListWidget()
        self.deelnemers.setMaximumHeight(110)
        self.deelnemers.setAccessibleName(self.tr("Who took part"))
        self.auteur = QLineEdit()
        self.auteur_rol = QLineEdit()
        self.auteur_rol.setPlaceholderText(self.tr("e.g. consulent jeugd"))
        self.datum = widgets.DatumVeld()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.afronden = QPushButton(self.tr("Complete the analysis"))
        self.heropenen = QPushButton(self.tr("Reopen"))
        self.houders = {
            "samenvatting": widgets.VeldMetFout(self.samenvatting),
            "auteur": widgets.VeldMetFout(self.auteur),
            "auteur_rol": widgets.VeldMetFout(self.auteur_rol),
            "analyse_datum": widgets.VeldMetFout(self.datum),
        }
        form = QFormLayout(self)
        form.addRow(self.tr("In plain words"), self.houders["samenvatting"])
        form.addRow(self.tr("Who took part"), self.deelnemers)
        form.addRow(self.tr("Author"), self.houders["auteur"])
        form.addRow(self.tr("Author's role"), self.houders["auteur_rol"])
        form.addRow(self.tr("Date"), self.houders["analyse_datum"])
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.afronden)
        knoppen.addWidget(self.heropenen)
        knoppen.addStretch(1)
        form.addRow(self.status)
        form.addRow(knoppen)
        self.autosave = widgets.Autosave(self._bewaar, self, TEKST_VERTRAGING_MS)
        for naam, houder in self.houders.items():
            self.autosave.volg(naam, houder)
        self.deelnemers.itemChanged.connect(lambda _i: self._bewaar_deelnemers())
        self.afronden.clicked.connect(self._rond_af)
        self.heropenen.clicked.connect(self._heropen)

    def zet(self, data: intake.IntakeData) -> None:
        self.autosave.bewaar_alles()
        self.data = data
        self.autosave.actief = False
        if self.samenvatting.toPlainText() != (data.samenvatting or ""):
            self.samenvatting.setPlainText(data.samenvatting or "")
        self.auteur.setText(data.auteur or "")
        self.auteur_rol.setText(data.auteur_rol or "")
        self.datum.zet(data.analyse_datum)
        self.autosave.actief = True
        self.autosave.onthoud()
        self.deelnemers.blockSignals(True)
        self.deelnemers.clear()
        for p in data.personen:
            item = QListWidgetItem(f"{p.naam} ({p.rol})")
            item.setData(Qt.ItemDataRole.UserRole, p.ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if p.ref in data.deelnemers else Qt.CheckState.Unchecked
            )
            self.deelnemers.addItem(item)
        self.deelnemers.blockSignals(False)
        self._toon_status()

    def _toon_status(self) -> None:
        d = self.data
        if d.afgerond_op:
            self.status.setText(
                self.tr("Completed on %1.").replace("%1", widgets.fmt_datum(d.afgerond_op))
            )
            self.status.setStyleSheet(
                "background:#e8f6ef; color:#1e6b45; padding:6px; border-radius:4px;"
            )
        elif d.ontbreekt_voor_afronden:
            self.status.setText(
                self.tr("Not ready to complete yet:")
                + "\n• "
                + "\n• ".join(d.ontbreekt_voor_afronden)
            )
            self.status.setStyleSheet(
                "background:#fef5e7; color:#7e5109; padding:6px; border-radius:4px;"
            )
        else:
            self.status.setText(
                self.tr("Everything needed is there: the analysis can be completed.")
            )
            self.status.setStyleSheet(
                "background:#eaf2f8; color:#1f4e5f; padding:6px; border-radius:4px;"
            )
        self.afronden.setVisible(d.afgerond_op is None)
        self.heropenen.setVisible(d.afgerond_op is not None)

    def _zet(self, naam: str, waarde) -> bool:
        # Per field, against the value shown: a colleague's edit is never lost.
        opgeslagen, data = bewaar_per_veld(
            self,
            lambda b: intake.zet_intake(self.db, self.casus_id, {naam: waarde}, b),
            {naam: getattr(self.data, naam)},
            lambda: self.zet(intake.intake(self.db, self.casus_id)),
        )
        if opgeslagen:
            self.data = data
        return opgeslagen

    def _bewaar(self, naam: str, waarde) -> None:
        if self._zet(naam, waarde):
            self.gewijzigd.emit()

    def _bewaar_deelnemers(self) -> None:
        refs = [
            self.deelnemers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.deelnemers.count())
            if self.deelnemers.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._zet("deelnemers", refs)

    def _rond_af(self) -> None:
        self.autosave.bewaar_alles()
        try:
            self.data = intake.rond_af(self.db, self.casus_id, date.today())
        except Fout as e:
            self.data = intake.intake(self.db, self.casus_id)
            self._toon_status()
            widgets.meld_fout(self, self.tr("Complete the analysis"), str(e))
            return
        self.zet(self.data)
        self.gewijzigd.emit()

    def _heropen(self) -> None:
        self.data = intake.heropen(self.db, self.casus_id)
        self.zet(self.data)
        self.gewijzigd.emit()


class VerdiepenPagina(CasusTab):
    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.tabs = QTabWidget()
        self.draag = DraagTab(db, casus_id)
        self.netwerk = NetwerkTab(db, casus_id)
        self.analyse = AnalyseTab(db, casus_id)
        self.afronden = AfrondenTab(db, casus_id)
        self.tabs.addTab(self.draag, self.tr("Strengths and burdens"))
        self.tabs.addTab(self.netwerk, self.tr("Network"))
        self.tabs.addTab(self.analyse, self.tr("Explanatory analysis"))
        self.tabs.addTab(self.afronden, self.tr("Summary and completion"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.tabs)
        for tab in self.delen():
            tab.gewijzigd.connect(self.gewijzigd)
        # Each part shows what the others changed (e.g. a new factor in the completion check).
        self.tabs.currentChanged.connect(self._deel_gekozen)

    def _deel_gekozen(self, index: int) -> None:
        self.bewaar_alles()
        self.delen()[index].zet(intake.intake(self.db, self.casus_id))

    def delen(self):
        return (self.draag, self.netwerk, self.analyse, self.afronden)

    def zet(self, data: intake.IntakeData) -> None:
        for tab in self.delen():
            tab.zet(data)

    def bewaar_alles(self) -> None:
        for tab in self.delen():
            tab.bewaar_alles()
