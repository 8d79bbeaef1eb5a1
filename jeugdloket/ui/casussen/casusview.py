"""One case: a header with the status track, and the tabs Gezin, Aanmelding, Contactmomenten."""

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, VeldConflict
from jeugdloket.regels.codelijsten import (
    GEMEENTEN,
    KADER,
    ROLLEN_PERSOON,
    SOORT_CONTACT,
    SOORT_VRAAG,
    codelijst,
)
from jeugdloket.regels.status import Status
from jeugdloket.services import casussen, medewerkers, plannen
from jeugdloket.taal import vertaal
from jeugdloket.ui import kleuren, widgets
from jeugdloket.ui.casussen.casustab import CasusTab, LuieCasusTab
from jeugdloket.ui.casussen.dialogen import AfsluitenDialoog, PersoonDialoog, PersoonFormulier
from jeugdloket.ui.casussen.werkkopiebalk import WerkkopieBalk
from jeugdloket.ui.veldconflict import kies_mijn_waarde
from jeugdloket.ui.widgets import (
    Autosave,
    DatumVeld,
    VeldMetFout,
    fmt_datum,
    kies_code,
    kop,
    vul_codes,
)

if TYPE_CHECKING:  # imported when such a tab is first built (see CasusView._bouw)
    from jeugdloket.ui.intake.werkplaats import IntakeTab
    from jeugdloket.ui.plannen.editor import PlannenTab
    from jeugdloket.ui.veiligheid.tab import VeiligheidTab
    from jeugdloket.ui.zoektool.toewijzing import HulpTab


class StatusSpoor(QWidget):
    """Aangemeld → … → Afgesloten, the current step highlighted: where is this family now?"""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.stappen: list[QLabel] = []
        for i, status in enumerate(Status):
            if i:
                pijl = QLabel("›")
                pijl.setStyleSheet(f"color: {kleuren.ZACHT};")
                lay.addWidget(pijl)
            label = QLabel(status.label)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stappen.append(label)
            lay.addWidget(label)
        lay.addStretch(1)

    def zet(self, status: Status) -> None:
        for i, label in enumerate(self.stappen):
            if i == status.stap:
                stijl = "background:#1f6f8b; color:white; font-weight:bold;"
            elif i < status.stap:
                stijl = "background:#d6eaf0; color:#1f4e5f;"
            else:
                stijl = f"background:#f2f2f2; color:{kleuren.ZACHT};"
            label.setStyleSheet(stijl + "border-radius:9px; padding:3px 10px;")
        self.setAccessibleName(self.tr("Status: %1").replace("%1", status.label))


class PersonenModel(widgets.LijstModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.koppen = (self.tr("Name"), self.tr("Role"), self.tr("Age"), self.tr("BSN"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.rijen[index.row()]
        leeftijd = p.leeftijd()
        return (
            p.naam or self.tr("(no name)"),
            vertaal(ROLLEN_PERSOON.get(p.rol, p.rol)),
            "" if leeftijd is None else str(leeftijd),
            p.bsn or "",
        )[index.column()]


class GezinTab(CasusTab):
    """The people of the case: list left, the selected person's details right (saved as typed)."""

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.huidig: casussen.PersoonData | None = None
        self.model = PersonenModel(self)
        self.tabel = QTableView()
        self.tabel.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.tabel.setObjectName("personen")
        self.tabel.setAccessibleName(self.tr("People in this case"))
        self.tabel.setModel(self.model)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.verticalHeader().hide()
        self.tabel.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for kolom, breedte in ((1, 85), (2, 65), (3, 95)):
            self.tabel.setColumnWidth(kolom, breedte)
        self.tabel.setMinimumWidth(420)
        self.tabel.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._kies(cur.row())
        )

        self.knop_toevoegen = QPushButton(self.tr("Add person…"))
        self.knop_toevoegen.setObjectName("persoon_toevoegen")
        self.knop_verwijderen = QPushButton(self.tr("Remove"))
        self.knop_toevoegen.clicked.connect(self.persoon_toevoegen)
        self.knop_verwijderen.clicked.connect(self.persoon_verwijderen)
        links = QVBoxLayout()
        links.addWidget(self.tabel)
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.knop_toevoegen)
        knoppen.addWidget(self.knop_verwijderen)
        knoppen.addStretch(1)
        links.addLayout(knoppen)

        self.formulier = PersoonFormulier()
        self.leeg = QLabel(
            self.tr("No one in this case yet. Start with the young person: “Add person…”.")
        )
        self.leeg.setWordWrap(True)
        self.autosave = Autosave(self._bewaar_veld, self)
        for naam, houder in self.formulier.houders.items():
            self.autosave.volg(naam, houder)
        self.opgeslagen = QLabel()
        self.opgeslagen.setStyleSheet(f"color:{kleuren.GOED};")
        self.autosave.opgeslagen.connect(lambda _n: self.opgeslagen.setText(self.tr("Saved")))
        rechts = QVBoxLayout()
        rechts.addWidget(self.leeg)
        rechts.addWidget(self.formulier)
        rechts.addWidget(self.opgeslagen)
        rechts.addStretch(1)

        links_w, rechts_w = QWidget(), QWidget()
        links_w.setLayout(links)
        rechts_w.setLayout(rechts)
        splitter = QSplitter()
        splitter.addWidget(links_w)
        splitter.addWidget(rechts_w)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([440, 900])
        lay = QVBoxLayout(self)
        lay.addWidget(splitter)

    def zet(self, personen: list[casussen.PersoonData], kies: uuid.UUID | None = None) -> None:
        huidig_id = kies or (self.huidig.id if self.huidig else None)
        self.model.zet(personen)
        rij = next((i for i, p in enumerate(personen) if p.id == huidig_id), 0 if personen else -1)
        if rij >= 0:
            self.tabel.selectRow(rij)
        self._kies(rij)

    def _kies(self, rij: int) -> None:
        self.autosave.bewaar_alles()
        self.huidig = self.model.rij(rij)
        self.autosave.actief = False
        self.formulier.zet(self.huidig)
        self.autosave.actief = True
        self.autosave.onthoud()
        self.formulier.setVisible(self.huidig is not None)
        self.leeg.setVisible(self.huidig is None)
        self.knop_verwijderen.setEnabled(self.huidig is not None)
        self.opgeslagen.clear()

    def _bewaar_veld(self, naam: str, waarde) -> None:
        if self.huidig is None:
            return
        # Per field: a colleague's edit of another field of this person is kept.
        basis = {naam: getattr(self.huidig, naam)}
        try:
            self.huidig = casussen.wijzig_persoon(
                self.db, self.huidig.id, {naam: waarde}, basis=basis
            )
        except VeldConflict as e:
            if not kies_mijn_waarde(self, e):
                # Theirs stays: show it (after this save has finished, not inside it).
                QTimer.singleShot(
                    0, lambda: self.zet(casussen.casus_detail(self.db, self.casus_id).personen)
                )
                return
            basis = {naam: e.conflicten[0].hun}
            self.huidig = casussen.wijzig_persoon(
                self.db, self.huidig.id, {naam: waarde}, basis=basis
            )
        self.model.vervang(self.huidig)
        if (
            naam == "postcode"
            and self.huidig.postcode
            and self.formulier.postcode.text() != self.huidig.postcode
        ):
            self.formulier.postcode.setText(self.huidig.postcode)
        self.gewijzigd.emit()

    def persoon_toevoegen(self) -> None:
        rol = "ouder" if any(p.rol == "jeugdige" for p in self.model.rijen) else "jeugdige"
        self.dialoog = PersoonDialoog(self.db, self.casus_id, rol, self)
        self.dialoog.accepted.connect(self._toegevoegd)
        self.dialoog.open()

    def _toegevoegd(self) -> None:
        nieuw = self.dialoog.persoon
        self.zet(
            casussen.casus_detail(self.db, self.casus_id).personen, kies=nieuw.id if nieuw else None
        )
        self.gewijzigd.emit()

    def persoon_verwijderen(self) -> None:
        if self.huidig is None:
            return
        naam = self.huidig.naam or self.tr("this person")
        if not widgets.bevestig(
            self, self.tr("Remove person"), self.tr("Remove %1 from this case?").replace("%1", naam)
        ):
            return
        casussen.verwijder_persoon(self.db, self.huidig.id)
        self.huidig = None
        self.zet(casussen.casus_detail(self.db, self.casus_id).personen)
        self.gewijzigd.emit()


class AanmeldingTab(CasusTab):
    """The aanmelding: who referred, what is asked, first contact and closing. Saved as typed."""

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.detail: casussen.CasusDetail | None = None

        self.gemeente = QComboBox()
        self.gemeente.setEditable(True)
        self.gemeente.addItems(GEMEENTEN)
        self.consulent_id = QComboBox()
        self.consulent_id.addItem("", None)
        for m in medewerkers.medewerkers(db):
            self.consulent_id.addItem(
                m.naam, str(m.id)
            )  # str: QVariant compares objects by identity
        self.aanmelddatum = DatumVeld(met_tijd=True)
        self.verwijzer = QComboBox()
        vul_codes(self.verwijzer, codelijst("COD327"), leeg="")
        self.soort_vraag = QComboBox()
        vul_codes(self.soort_vraag, SOORT_VRAAG, leeg="")
        self.kader = QComboBox()
        vul_codes(self.kader, KADER, leeg="")
        self.hulpvraag = QPlainTextEdit()
        self.hulpvraag.setTabChangesFocus(True)
        self.hulpvraag.setMinimumHeight(110)
        self.eerste_contact = DatumVeld(met_tijd=True)
        self.termijn = QLabel()
        self.termijn.setWordWrap(True)

        self.autosave = Autosave(self._bewaar_veld, self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for naam, label in (
            ("gemeente", self.tr("Municipality")),
            ("consulent_id", self.tr("Consultant")),
            ("aanmelddatum", self.tr("Registered on")),
            ("verwijzer", self.tr("Referred by")),
            ("soort_vraag", self.tr("Kind of question")),
            ("kader", self.tr("Framework")),
            ("hulpvraag", self.tr("Request for help")),
            ("eerste_contact", self.tr("First contact")),
        ):
            w = getattr(self, naam)
            w.setObjectName(naam)
            houder = VeldMetFout(w)
            self.autosave.volg(naam, houder)
            lbl = QLabel(label)
            lbl.setBuddy(w)
            form.addRow(lbl, houder)
            if naam == "eerste_contact":
                form.addRow("", self.termijn)

        self.afsluiting = QLabel()
        self.afsluiting.setWordWrap(True)
        self.knop_afsluiten = QPushButton(self.tr("Close case…"))
        self.knop_afsluiten.clicked.connect(self.afsluiten)
        self.knop_heropenen = QPushButton(self.tr("Reopen case"))
        self.knop_heropenen.clicked.connect(self.heropenen)
        afsluit_rij = QHBoxLayout()
        afsluit_rij.addWidget(self.afsluiting, 1)
        afsluit_rij.addWidget(self.knop_afsluiten)
        afsluit_rij.addWidget(self.knop_heropenen)
        lijn = QFrame()
        lijn.setFrameShape(QFrame.Shape.HLine)
        # A readable line length on a wide screen: the form does not stretch beyond this.
        inhoud = QWidget()
        inhoud.setMaximumWidth(980)
        il = QVBoxLayout(inhoud)
        il.setContentsMargins(0, 0, 0, 0)
        il.addLayout(form)
        il.addWidget(lijn)
        il.addLayout(afsluit_rij)
        il.addStretch(1)
        lay = QHBoxLayout(self)
        lay.addWidget(inhoud, 1)
        lay.addStretch(0)

    def zet(self, d: casussen.CasusDetail) -> None:
        self.detail = d
        self.autosave.actief = False
        self.gemeente.setCurrentText(d.gemeente)
        kies_code(self.consulent_id, str(d.consulent_id) if d.consulent_id else None)
        self.aanmelddatum.zet(d.aanmelddatum)
        kies_code(self.verwijzer, d.verwijzer)
        kies_code(self.soort_vraag, d.soort_vraag)
        kies_code(self.kader, d.kader)
        if self.hulpvraag.toPlainText() != (d.hulpvraag or ""):
            self.hulpvraag.setPlainText(d.hulpvraag or "")
        self.eerste_contact.zet(d.eerste_contact)
        self.autosave.actief = True
        self.autosave.onthoud()
        self._toon_afgeleid(d)

    def _toon_afgeleid(self, d: casussen.CasusDetail) -> None:
        tekst = self.tr("In time if on or before %1 (3 working days after registration).").replace(
            "%1", fmt_datum(d.deadline)
        )
        if d.signaal:
            tekst = f"<b style='color:#c0392b'>{d.signaal}</b>"
        self.termijn.setText(tekst)
        afgesloten = d.afgesloten_op is not None
        if afgesloten:
            reden = codelijst("JZ588").get(d.reden_afsluiting or "", d.reden_afsluiting or "")
            self.afsluiting.setText(
                self.tr("Closed on %1: %2")
                .replace("%1", fmt_datum(d.afgesloten_op))
                .replace("%2", reden)
            )
        else:
            self.afsluiting.setText(self.tr("This case is open."))
        self.knop_afsluiten.setVisible(not afgesloten)
        self.knop_heropenen.setVisible(afgesloten)

    def _bewaar_veld(self, naam: str, waarde) -> None:
        if naam == "consulent_id" and waarde:
            waarde = uuid.UUID(waarde)
        if naam == "aanmelddatum" and waarde is None:
            raise casussen.Validatiefout({naam: self.tr("Fill in the registration date")})
        # Per field: a colleague's edit of another field of this case is kept.
        basis = {naam: getattr(self.detail, naam)}
        try:
            self.detail = casussen.wijzig_casus(self.db, self.casus_id, {naam: waarde}, basis=basis)
        except VeldConflict as e:
            if not kies_mijn_waarde(self, e):
                self.gewijzigd.emit()  # the case view reloads: their value is shown
                return
            basis = {naam: e.conflicten[0].hun}
            self.detail = casussen.wijzig_casus(self.db, self.casus_id, {naam: waarde}, basis=basis)
        self._toon_afgeleid(self.detail)
        self.gewijzigd.emit()

    def afsluiten(self) -> None:
        self.autosave.bewaar_alles()
        self.dialoog = AfsluitenDialoog(self.db, self.casus_id, self)
        self.dialoog.accepted.connect(self.gewijzigd)
        self.dialoog.open()

    def heropenen(self) -> None:
        casussen.heropen_casus(self.db, self.casus_id)
        self.gewijzigd.emit()


class ContactModel(widgets.LijstModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.koppen = (self.tr("Date"), self.tr("Kind"), self.tr("By"), self.tr("Note"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self.rijen[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            notitie = (m.notitie or "").replace("\n", " ")
            return (
                fmt_datum(m.datum) or self.tr("(no date)"),
                vertaal(SOORT_CONTACT.get(m.soort or "", m.soort or "")),
                m.medewerker or "",
                notitie if len(notitie) < 120 else notitie[:117] + "…",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return m.notitie
        return None


class ContactmomentenTab(CasusTab):
    """The timeline: newest first; a new contactmoment is recorded at once and saved as typed."""

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.huidig: casussen.ContactmomentData | None = None
        self.model = ContactModel(self)
        self.tabel = QTableView()
        self.tabel.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.tabel.setObjectName("contactmomenten")
        self.tabel.setAccessibleName(self.tr("Contact moments"))
        self.tabel.setModel(self.model)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.verticalHeader().hide()
        self.tabel.setWordWrap(False)
        self.tabel.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tabel.setColumnWidth(0, 130)
        self.tabel.setColumnWidth(1, 130)
        self.tabel.setColumnWidth(2, 140)
        self.tabel.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._kies(cur.row())
        )

        self.knop_nieuw = QPushButton(self.tr("New contact moment"))
        self.knop_nieuw.setObjectName("nieuw_contactmoment")
        self.knop_nieuw.setToolTip(self.tr("Record a contact now (Ctrl+Shift+N)"))
        self.knop_nieuw.clicked.connect(self.nieuw)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.nieuw)
        self.knop_verwijderen = QPushButton(self.tr("Remove"))
        self.knop_verwijderen.clicked.connect(self.verwijderen)

        self.datum = DatumVeld(met_tijd=True)
        self.soort = QComboBox()
        self.soort.setMaximumWidth(260)
        vul_codes(self.soort, SOORT_CONTACT)
        self.notitie = QPlainTextEdit()
        self.notitie.setPlaceholderText(
            self.tr("What was discussed, agreed, and what happens next?")
        )
        self.notitie.setTabChangesFocus(True)
        self.autosave = Autosave(self._bewaar_veld, self)
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        for naam, label in (
            ("datum", self.tr("Date")),
            ("soort", self.tr("Kind")),
            ("notitie", self.tr("Note")),
        ):
            w = getattr(self, naam)
            w.setObjectName(naam)
            houder = VeldMetFout(w)
            self.autosave.volg(naam, houder)
            lbl = QLabel(label)
            lbl.setBuddy(w)
            form.addRow(lbl, houder)
        self.leeg = QLabel(self.tr("No contact moments yet. “New contact moment” records one now."))
        self.leeg.setWordWrap(True)

        bovenkant = QHBoxLayout()
        bovenkant.addWidget(self.knop_nieuw)
        bovenkant.addWidget(self.knop_verwijderen)
        bovenkant.addStretch(1)
        links = QWidget()
        ll = QVBoxLayout(links)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(bovenkant)
        ll.addWidget(self.tabel)
        rechts = QWidget()
        rl = QVBoxLayout(rechts)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.leeg)
        rl.addWidget(self.editor, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(links)
        splitter.addWidget(rechts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(splitter)

    def zet(
        self, momenten: list[casussen.ContactmomentData], kies: uuid.UUID | None = None
    ) -> None:
        huidig_id = kies or (self.huidig.id if self.huidig else None)
        self.model.zet(momenten)
        rij = next((i for i, m in enumerate(momenten) if m.id == huidig_id), 0 if momenten else -1)
        if rij >= 0:
            self.tabel.selectRow(rij)
        self._kies(rij)

    def _kies(self, rij: int) -> None:
        self.autosave.bewaar_alles()
        self.huidig = self.model.rij(rij)
        self.autosave.actief = False
        if self.huidig:
            self.datum.zet(self.huidig.datum)
            kies_code(self.soort, self.huidig.soort)
            if self.notitie.toPlainText() != (self.huidig.notitie or ""):
                self.notitie.setPlainText(self.huidig.notitie or "")
        self.autosave.actief = True
        self.autosave.onthoud()
        self.editor.setVisible(self.huidig is not None)
        self.leeg.setVisible(self.huidig is None)
        self.knop_verwijderen.setEnabled(self.huidig is not None)

    def _bewaar_veld(self, naam: str, waarde) -> None:
        if self.huidig is None:
            return
        self.huidig = casussen.wijzig_contactmoment(
            self.db, self.huidig.id, {naam: waarde}, versie=self.huidig.version
        )
        self.model.vervang(self.huidig)
        self.gewijzigd.emit()

    def nieuw(self) -> None:
        self.autosave.bewaar_alles()
        soort = "huisbezoek" if self.model.rijen else "telefonisch"
        moment = casussen.voeg_contactmoment_toe(
            self.db, self.casus_id, datetime.now().replace(second=0), soort
        )
        self.zet(casussen.casus_detail(self.db, self.casus_id).contactmomenten, kies=moment.id)
        self.notitie.setFocus()
        self.gewijzigd.emit()

    def verwijderen(self) -> None:
        if self.huidig is None:
            return
        if not widgets.bevestig(
            self,
            self.tr("Remove contact moment"),
            self.tr("Remove the contact moment of %1?").replace("%1", fmt_datum(self.huidig.datum)),
        ):
            return
        casussen.verwijder_contactmoment(self.db, self.huidig.id)
        self.huidig = None
        self.zet(casussen.casus_detail(self.db, self.casus_id).contactmomenten)
        self.gewijzigd.emit()


class CasusView(QWidget):
    """A case opened in its own tab."""

    gewijzigd = Signal(uuid.UUID)
    conflicten_bekijken = Signal(object)  # uuid.UUID: open the conflict view for this case

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.casus_id = casus_id
        # Open conflicts from a werkkopie sync; on the register: out on a laptop since when.
        self.werkkopie = WerkkopieBalk(db, casus_id)
        self.werkkopie.bekijk_conflicten.connect(self.conflicten_bekijken)
        self.titel = kop("")
        self.titel.setObjectName("casustitel")
        self.subtitel = QLabel()
        self.subtitel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.spoor = StatusSpoor()
        self.signaal = QLabel()
        self.signaal.setObjectName("signaal")
        self.signaal.setStyleSheet(
            "background:#fdecea; color:#922b21; border:1px solid #e6b0aa; border-radius:4px; padding:6px;"
        )
        self.signaal.setWordWrap(True)
        self.plan_signaal = QLabel()
        self.plan_signaal.setObjectName("plansignaal")
        self.plan_signaal.setStyleSheet(
            "background:#fdf2e9; color:#873600; border:1px solid #f0b27a; border-radius:4px; padding:6px;"
        )
        self.plan_signaal.setWordWrap(True)

        self.tabs = QTabWidget()
        self.gezin = GezinTab(db, casus_id)
        self.gezin.gewijzigd.connect(self._na_wijziging)
        self.tabs.addTab(self.gezin, self.tr("&Family"))
        # The other tabs are built when first shown (or first asked for): opening a case
        # builds only what it shows. Until then a placeholder holds the tab's place and title
        # (its Alt shortcut works as before).
        self._plekken: dict[str, QWidget] = {}
        self._gebouwd: dict[str, CasusTab] = {}
        for naam, titel in (
            ("aanmelding", self.tr("&Registration")),
            ("contactmomenten", self.tr("&Contact moments")),
            ("intake", self.tr("&Intake and analysis")),
            ("plannen", self.tr("&Plans")),
            ("hulp", self.tr("&Help and allocations")),
            ("veiligheid", self.tr("&Safety")),
        ):
            self._plekken[naam] = QWidget()
            self.tabs.addTab(self._plekken[naam], titel)
        self.tabs.currentChanged.connect(self._tab_gekozen)

        # Who besides the consultant may open the case (shares, waarnemingen).
        self.delen_knop = QPushButton(self.tr("Who may open this case…"))
        self.delen_knop.clicked.connect(self.open_delen)
        self.delen_dialoog = None
        onder_titel = QHBoxLayout()
        onder_titel.addWidget(self.subtitel, 1)
        onder_titel.addWidget(self.delen_knop)

        lay = QVBoxLayout(self)
        lay.addWidget(self.titel)
        lay.addLayout(onder_titel)
        lay.addWidget(self.spoor)
        lay.addWidget(self.werkkopie)
        lay.addWidget(self.signaal)
        lay.addWidget(self.plan_signaal)
        lay.addWidget(self.tabs, 1)
        self.ververs(alles=True)

    def ververs(self, alles: bool = False) -> None:
        try:
            d = casussen.casus_detail(self.db, self.casus_id)
        except Fout as e:
            widgets.meld_fout(self, self.tr("Case"), str(e))
            return
        self.detail = d
        namen = ", ".join(p.naam for p in d.jeugdigen) or self.tr("no young person registered yet")
        self.titel.setText(f"{d.casusnummer} · {namen}")
        aanmeld = fmt_datum(d.aanmelddatum)
        self.subtitel.setText(
            self.tr("%1 · consultant %2 · registered %3")
            .replace("%1", d.gemeente)
            .replace("%2", d.consulent or self.tr("none"))
            .replace("%3", aanmeld)
        )
        self.spoor.zet(d.status)
        self.signaal.setText(d.signaal or "")
        self.signaal.setVisible(bool(d.signaal) and d.eerste_contact is None)
        signalen = () if d.afgesloten_op else plannen.plannen(self.db, self.casus_id).signalen
        self.plan_signaal.setText(" · ".join(signalen))
        self.plan_signaal.setVisible(bool(signalen))
        if alles:
            self.werkkopie.ververs()  # changes only with a sync or a choice: not on every save
            self.gezin.zet(d.personen)
            if "contactmomenten" in self._gebouwd:  # else filled when it is built
                self._gebouwd["contactmomenten"].zet(d.contactmomenten)
        if "aanmelding" in self._gebouwd:
            self._gebouwd["aanmelding"].zet(d)

    def open_delen(self) -> None:
        from jeugdloket.ui.casussen.delen import DelenDialoog

        self.delen_dialoog = DelenDialoog(
            self.db, self.casus_id, self.detail.casusnummer, self.detail.consulent_id, self
        )
        self.delen_dialoog.open()

    def _na_wijziging(self) -> None:
        self.ververs()
        self.gewijzigd.emit(self.casus_id)

    def _tab_gekozen(self, index: int) -> None:
        pagina = self.tabs.widget(index)
        for naam, plek in self._plekken.items():
            if plek is pagina:
                self._bouw(naam)  # shown in its place: loads its data on the first showEvent
                return
        # The intake shows the people of the case: reload it when it comes back into view.
        if isinstance(pagina, LuieCasusTab):
            pagina.ververs_als_geladen()

    def _bouw(self, naam: str) -> CasusTab:
        """The tab `naam`, built now if it was not yet, in its placeholder's place."""
        if naam in self._gebouwd:
            return self._gebouwd[naam]
        # Imported here, not at module level: the intake and plan editors (diagram, charts,
        # PDF) are only needed once such a tab is shown, and start-up shows the case list first.
        from jeugdloket.ui.intake.werkplaats import IntakeTab
        from jeugdloket.ui.plannen.editor import PlannenTab
        from jeugdloket.ui.veiligheid.tab import VeiligheidTab
        from jeugdloket.ui.zoektool.toewijzing import HulpTab

        soort = {
            "aanmelding": AanmeldingTab,
            "contactmomenten": ContactmomentenTab,
            "intake": IntakeTab,
            "plannen": PlannenTab,
            "hulp": HulpTab,
            "veiligheid": VeiligheidTab,
        }[naam]
        tab = soort(self.db, self.casus_id)
        tab.gewijzigd.connect(self._na_wijziging)
        # The two tabs the header's read fills (the others read their own when shown).
        if naam == "aanmelding":
            tab.zet(self.detail)
        elif naam == "contactmomenten":
            tab.zet(self.detail.contactmomenten)
        self._gebouwd[naam] = tab
        plek = self._plekken.pop(naam)
        i = self.tabs.indexOf(plek)
        # Inserted before the placeholder, which is then removed while it is not the current
        # page: no other tab is shown (and loaded) in between. Signals blocked: the current
        # page stays the same one, or becomes this tab in the placeholder's place.
        with QSignalBlocker(self.tabs):
            getoond = self.tabs.currentIndex() == i
            self.tabs.insertTab(i, tab, self.tabs.tabText(i))
            if getoond:
                self.tabs.setCurrentIndex(i)
            self.tabs.removeTab(i + 1)
        plek.deleteLater()
        return tab

    @property
    def aanmelding(self) -> "AanmeldingTab":
        return self._bouw("aanmelding")  # type: ignore[return-value]

    @property
    def contactmomenten(self) -> "ContactmomentenTab":
        return self._bouw("contactmomenten")  # type: ignore[return-value]

    @property
    def intake(self) -> "IntakeTab":
        return self._bouw("intake")  # type: ignore[return-value]

    @property
    def plannen(self) -> "PlannenTab":
        return self._bouw("plannen")  # type: ignore[return-value]

    @property
    def hulp(self) -> "HulpTab":
        return self._bouw("hulp")  # type: ignore[return-value]

    @property
    def veiligheid(self) -> "VeiligheidTab":
        return self._bouw("veiligheid")  # type: ignore[return-value]

    def bewaar_alles(self) -> None:
        for tab in self._casustabs():
            tab.bewaar_alles()

    def _casustabs(self) -> tuple[CasusTab, ...]:
        """The tabs built so far (one not yet shown has nothing to save)."""
        return (self.gezin, *self._gebouwd.values())

    def kort_titel(self) -> str:
        return self.detail.casusnummer
