"""The case's "Hulp" tab: the toewijzingen, the search with the family, and the choices made.

A toewijzing is requested from a choice in the zoektool through a form that checks the iJw
rules while the consultant fills it in (`services.toewijzingen.controleer`): it can only be
requested when it is right. An existing toewijzing saves each change as it is made, as soon
as the whole is valid again; its status moves on through explicit actions (started, ended
with a JZ588 reason, refused with a WJ759 reason), and it is shared with the provider only
after the family's consent is recorded.
"""

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, Validatiefout
from jeugdloket.regels.codelijsten import codelijst
from jeugdloket.regels.evaluatie import TE_LAAT
from jeugdloket.services import casussen, evaluatie, toewijzingen
from jeugdloket.ui import opmaak, widgets
from jeugdloket.ui.casussen.casustab import LuieCasusTab
from jeugdloket.ui.veldconflict import bewaar_per_veld
from jeugdloket.ui.widgets import DatumVeld, fmt_datum, kop, tekstveld
from jeugdloket.ui.zoektool.evaluatie import EvaluatiePaneel
from jeugdloket.ui.zoektool.toewijzingformulier import (
    ToewijzingDialoog,
    ToewijzingFormulier,
    productnaam,
)
from jeugdloket.ui.zoektool.zoekpaneel import Keuze, ZoekPaneel

STATUSNAAM = {
    "aangevraagd": "aangevraagd",
    "gestart": "gestart",
    "beeindigd": "beëindigd",
    "afgewezen": "afgewezen",
}


def omvang_tekst(t: Any) -> str:
    if t.budget is not None:
        return "budget " + opmaak.bedrag(t.budget)
    if t.volume is None:
        return ""
    eenheid = codelijst("WJ756").get(t.eenheid or "", t.eenheid or "")
    frequentie = codelijst("WMO757").get(t.frequentie or "", t.frequentie or "")
    return f"{t.volume} × {eenheid.lower()} {frequentie.lower()}".strip()


class ToewijzingenModel(widgets.LijstModel):
    KOLOMMEN = (
        "young",
        "product",
        "provider",
        "status",
        "start",
        "end",
        "extent",
        "consent",
        "evaluation",
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        koppen = {
            "young": self.tr("Young person"),
            "product": self.tr("Product"),
            "provider": self.tr("Provider"),
            "status": self.tr("Status"),
            "start": self.tr("Start"),
            "end": self.tr("End"),
            "extent": self.tr("Extent"),
            "consent": self.tr("Consent"),
            "evaluation": self.tr("Evaluation"),
        }
        self.koppen = [koppen[k] for k in self.KOLOMMEN]
        self.standen: dict = {}  # toewijzing id -> EvaluatieStand (running help only)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t = self.rijen[index.row()]
        kolom = self.KOLOMMEN[index.column()]
        stand = self.standen.get(t.id)
        if kolom == "evaluation" and stand is not None and stand.niveau is not None:
            # Orange from two weeks before the due date, red after it.
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor("#f5b7b1" if stand.niveau == TE_LAAT else "#fad7a0")
            if role == Qt.ItemDataRole.ToolTipRole:
                return stand.tekst()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if kolom == "evaluation":
            if stand is None:
                return ""
            return self.tr("by %1").replace("%1", fmt_datum(stand.uiterlijk))
        if kolom == "young":
            return t.jeugdige_naam or t.jeugdige_ref
        if kolom == "product":
            code = t.productcode or t.productcategorie
            return f"{productnaam({'product': t.product, 'productcategorie': t.productcategorie})} ({code})"
        if kolom == "provider":
            return t.aanbieder or (f"AGB {t.aanbieder_agb}" if t.aanbieder_agb else "")
        if kolom == "status":
            return STATUSNAAM.get(t.status, t.status)
        if kolom == "start":
            return fmt_datum(t.ingangsdatum)
        if kolom == "end":
            return fmt_datum(t.einddatum)
        if kolom == "extent":
            return omvang_tekst(t)
        if kolom == "consent":
            if t.gedeeld_op:
                return self.tr("shared %1").replace("%1", fmt_datum(t.gedeeld_op))
            return fmt_datum(t.toestemming_op) if t.toestemming_op else self.tr("not yet")
        return None


# Dialog routes the tests can replace: a modal exec() would block an offscreen test run.
def vraag_code(parent: QWidget, titel: str, uitleg: str, codes: dict[str, str]) -> str | None:
    combo = QComboBox()
    widgets.vul_codes(combo, codes, toon_code=True)
    return widgets.vraag(parent, titel, [uitleg, combo], combo.currentData)


def vraag_datum(parent: QWidget, titel: str, uitleg: str, standaard: date) -> date | None:
    veld = DatumVeld()
    veld.zet(standaard)

    def waarde() -> date | None:
        try:
            return veld.waarde()
        except ValueError:
            return None

    return widgets.vraag(parent, titel, [uitleg, veld], waarde)


def vraag_toestemming(parent: QWidget) -> str | None:
    """Who gave consent and how (e.g. 'moeder en vader, mondeling bij huisbezoek')."""
    uitleg = parent.tr(
        "The family agrees that this allocation and what is needed for it is shared"
        " with the provider. Who gave consent, and how?"
    )
    veld = tekstveld(parent.tr("e.g. mother and father, verbally during the home visit"), 70)
    return widgets.vraag(
        parent,
        parent.tr("Consent of the family"),
        [uitleg, veld],
        lambda: veld.toPlainText().strip() or None,
    )


class HulpTab(LuieCasusTab):
    """The case's help: toewijzingen with their status, the zoektool, the family's choices."""

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.dialoog: ToewijzingDialoog | None = None
        self.zoekpaneel: ZoekPaneel | None = None
        self._keuze: Keuze | None = None
        self._keuze_id: uuid.UUID | None = None
        self.huidige: Any = None

        self.stapel = QStackedWidget()
        overzicht = QWidget()
        self.knop_zoek = QPushButton(self.tr("&Find care with the family…"))
        self.knop_zoek.setToolTip(
            self.tr("Contracted care that fits this case: age, municipality, the case's words")
        )
        self.knop_zoek.clicked.connect(self.open_zoektool)
        self.knop_evalueer = QPushButton(self.tr("&Evaluate…"))
        self.knop_evalueer.setToolTip(
            self.tr(
                "Evaluate the help with the family and the provider: scores per goal, a decision per allocation"
            )
        )
        self.knop_evalueer.clicked.connect(self.open_evaluatie)
        self.evaluatiepaneel: EvaluatiePaneel | None = None
        self.model = ToewijzingenModel(self)
        self.tabel = QTableView()
        self.tabel.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.tabel.setAccessibleName(self.tr("Allocations of this case"))
        self.tabel.setModel(self.model)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.verticalHeader().hide()
        self.tabel.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabel.horizontalHeader().setStretchLastSection(True)
        self.tabel.selectionModel().currentRowChanged.connect(self._kies)
        self.leeg = QLabel(
            self.tr(
                'No allocation yet. Use "Find care with the family" to look at contracted care'
                " together, choose, and request the allocation."
            )
        )
        self.leeg.setWordWrap(True)

        self.formulier = ToewijzingFormulier(db, casus_id, laad=False)  # read when shown
        self.formulier.veranderd.connect(self._formulier_veranderd)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.opslag = QLabel()
        self.opslag.setStyleSheet("color:#555;")
        self.knop_toestemming = QPushButton(self.tr("Record &consent…"))
        self.knop_toestemming.clicked.connect(self.toestemming)
        self.knop_delen = QPushButton(self.tr("&Share with provider"))
        self.knop_delen.clicked.connect(self.delen)
        self.knop_start = QPushButton(self.tr("Help &started…"))
        self.knop_start.clicked.connect(self.gestart)
        self.knop_einde = QPushButton(self.tr("&End…"))
        self.knop_einde.clicked.connect(self.beeindigen)
        self.knop_afwijzen = QPushButton(self.tr("Re&fused…"))
        self.knop_afwijzen.clicked.connect(self.afwijzen)
        self.knop_verwijder = QPushButton(self.tr("&Delete request"))
        self.knop_verwijder.clicked.connect(self.verwijderen)
        acties = QVBoxLayout()
        for knop in (
            self.knop_toestemming,
            self.knop_delen,
            self.knop_start,
            self.knop_einde,
            self.knop_afwijzen,
            self.knop_verwijder,
        ):
            acties.addWidget(knop)
        acties.addStretch(1)
        # Below the list: the chosen toewijzing's fields on the left, its status and what can
        # happen next on the right.
        self.detail = QWidget()
        d = QHBoxLayout(self.detail)
        d.setContentsMargins(0, 0, 0, 0)
        links_d = QVBoxLayout()
        links_d.addWidget(self.formulier)
        links_d.addWidget(self.opslag)
        links_d.addStretch(1)
        rechts_d = QVBoxLayout()
        rechts_d.addWidget(self.status_label)
        rechts_d.addLayout(acties)
        d.addLayout(links_d, 3)
        d.addLayout(rechts_d, 1)

        self.keuzes = QListWidget()
        self.keuzes.setAccessibleName(self.tr("The family's choices"))
        self.keuzes.setWordWrap(True)
        boven_w = QWidget()
        ll = QVBoxLayout(boven_w)
        ll.setContentsMargins(0, 0, 0, 0)
        boven = QHBoxLayout()
        boven.addWidget(kop(self.tr("Allocations"), 13))
        boven.addStretch(1)
        boven.addWidget(self.knop_evalueer)
        boven.addWidget(self.knop_zoek)
        ll.addLayout(boven)
        ll.addWidget(self.leeg)
        ll.addWidget(self.tabel, 1)
        onder_w = QWidget()
        ol = QHBoxLayout(onder_w)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(widgets.rolvlak(self.detail), 3)
        keuze_w = QWidget()
        kl = QVBoxLayout(keuze_w)
        kl.setContentsMargins(0, 0, 0, 0)
        kl.addWidget(QLabel(self.tr("<b>Discussed with the family</b>")))
        kl.addWidget(self.keuzes, 1)
        ol.addWidget(keuze_w, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(boven_w)
        splitter.addWidget(onder_w)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        o = QVBoxLayout(overzicht)
        o.setContentsMargins(0, 0, 0, 0)
        o.addWidget(splitter)
        self.stapel.addWidget(overzicht)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stapel)
        self._bewaar = QTimer(self)
        self._bewaar.setSingleShot(True)
        self._bewaar.setInterval(widgets.AUTOSAVE_MS)
        self._bewaar.timeout.connect(self.bewaar)
        self._toon_detail(None)

    # -- loading
    def laad(self, kies: uuid.UUID | None = None) -> None:
        self.geladen = True
        self.bewaar()  # a pending change first, while the form still shows it
        vorige = kies or (self.huidige.id if self.huidige is not None else None)
        # The form's choices are refilled below (the goal combo is emptied on the way):
        # nothing the form shows until the next toewijzing is put in is a change to save.
        self.huidige = None
        self.formulier.laad_keuzes()
        rijen = toewijzingen.lijst(self.db, self.casus_id)
        self.model.standen = evaluatie.standen(self.db, self.casus_id)
        self.model.zet(rijen)
        self.leeg.setVisible(not rijen)
        self.tabel.setVisible(bool(rijen))
        self.keuzes.clear()
        for k in toewijzingen.keuzes(self.db, self.casus_id):
            self.keuzes.addItem(self._keuzetekst(k))
        rij = next((i for i, t in enumerate(rijen) if t.id == vorige), 0 if rijen else -1)
        if rij >= 0:
            self.tabel.selectRow(rij)
            self._kies(self.model.index(rij, 0))
        else:
            self._toon_detail(None)

    def _keuzetekst(self, k: Any) -> str:
        besproken = k.besproken or []
        gekozen = next(
            (
                b
                for b in besproken
                if b.get("aanbieder_agb") == k.gekozen_agb
                and b.get("productcode") == k.gekozen_productcode
            ),
            {},
        )
        wat = f"{gekozen.get('product', k.gekozen_productcode or '')} – {gekozen.get('aanbieder', k.gekozen_agb or '')}"
        return f"{fmt_datum(k.moment)}: " + self.tr(
            "%1 options discussed; chosen %2. Reason: %3"
        ).replace("%1", str(len(besproken))).replace("%2", wat).replace("%3", k.reden_keuze or "–")

    def _kies(self, index: QModelIndex, *_vorig) -> None:
        if not index.isValid() or index.row() >= len(self.model.rijen):
            self._toon_detail(None)
            return
        self._toon_detail(self.model.rijen[index.row()])

    def _toon_detail(self, t: Any) -> None:
        self.bewaar()  # a pending change of the previous toewijzing first
        self.huidige = t
        self.detail.setVisible(t is not None)
        if t is None:
            return
        self.formulier.zet(_als_dict(t))
        bewerkbaar = t.status in ("aangevraagd", "gestart")
        self.formulier.setEnabled(bewerkbaar)
        regels = [self.tr("Status: <b>%1</b>").replace("%1", STATUSNAAM.get(t.status, t.status))]
        if t.status == "beeindigd" and t.reden_beeindiging:
            regels.append(
                self.tr("Ended: %1").replace(
                    "%1", codelijst("JZ588").get(t.reden_beeindiging, t.reden_beeindiging)
                )
            )
        if t.status == "afgewezen" and t.reden_afwijzing:
            regels.append(
                self.tr("Refused: %1").replace(
                    "%1", codelijst("WJ759").get(t.reden_afwijzing, t.reden_afwijzing)
                )
            )
        if t.toestemming_op:
            regels.append(
                self.tr("Consent %1: %2")
                .replace("%1", fmt_datum(t.toestemming_op))
                .replace("%2", t.toestemming_toelichting or "")
            )
        else:
            regels.append(
                self.tr(
                    "No consent recorded yet: the allocation cannot be shared with the provider."
                )
            )
        if t.gedeeld_op:
            regels.append(
                self.tr("Shared with the provider %1").replace("%1", fmt_datum(t.gedeeld_op))
            )
        self.status_label.setText("<br>".join(regels))
        self.knop_toestemming.setEnabled(t.toestemming_op is None and t.status != "afgewezen")
        self.knop_delen.setEnabled(t.gedeeld_op is None and t.status in ("aangevraagd", "gestart"))
        self.knop_start.setEnabled(t.status == "aangevraagd")
        self.knop_einde.setEnabled(t.status == "gestart")
        self.knop_afwijzen.setEnabled(t.status == "aangevraagd")
        self.knop_verwijder.setEnabled(t.status == "aangevraagd")
        self.opslag.setText("")

    # -- editing an existing toewijzing: saved as soon as the whole is valid
    def _formulier_veranderd(self) -> None:
        if self.huidige is None or not self.formulier.isEnabled():
            return
        if self.formulier.fouten:
            self._bewaar.stop()
            self.opslag.setText(self.tr("Not saved yet: correct what is marked red."))
        else:
            self._bewaar.start()

    def bewaar(self) -> None:
        self._bewaar.stop()
        t = self.huidige
        if t is None or self.formulier.fouten or not self.formulier.isEnabled():
            return
        velden = self.formulier.waarden()
        wijzigingen = {k: v for k, v in velden.items() if getattr(t, k, None) != v}
        if not wijzigingen:
            return
        # Per field, against the values shown: a colleague's edit of another field is kept,
        # of the same field the user chooses.
        basis = {k: getattr(t, k, None) for k in wijzigingen}
        try:
            opgeslagen, nieuw = bewaar_per_veld(
                self,
                lambda b: toewijzingen.wijzig(self.db, t.id, wijzigingen, basis=b),
                basis,
                lambda: self.laad(kies=t.id),
            )
        except Validatiefout as e:
            self.opslag.setText(str(e))
            return
        except Fout as e:
            widgets.meld_fout(self, self.tr("Allocation"), str(e))
            return
        if not opgeslagen:
            return
        self.huidige = nieuw
        self.model.vervang(nieuw)
        self.opslag.setText(self.tr("Saved."))
        self.gewijzigd.emit()

    def bewaar_alles(self) -> None:
        if self._bewaar.isActive() or self.formulier._pauze.isActive():
            self.formulier.controleer()
            self.bewaar()

    # -- actions
    def _actie(self, functie, *args) -> None:
        try:
            nieuw = functie(self.db, *args)
        except (Fout, Validatiefout) as e:
            widgets.meld_fout(self, self.tr("Allocation"), str(e))
            return
        self.laad(kies=getattr(nieuw, "id", None))
        self.gewijzigd.emit()

    def toestemming(self) -> None:
        if self.huidige is None:
            return
        toelichting = vraag_toestemming(self)
        if toelichting:
            self._actie(toewijzingen.leg_toestemming_vast, self.huidige.id, toelichting)

    def delen(self) -> None:
        if self.huidige is not None:
            self._actie(toewijzingen.deel_met_aanbieder, self.huidige.id)

    def gestart(self) -> None:
        if self.huidige is None:
            return
        datum = vraag_datum(
            self,
            self.tr("Help started"),
            self.tr("On which date did the help start?"),
            self.huidige.ingangsdatum or date.today(),
        )
        if datum is not None:
            self._actie(toewijzingen.start, self.huidige.id, datum)

    def beeindigen(self) -> None:
        if self.huidige is None:
            return
        datum = vraag_datum(
            self, self.tr("End allocation"), self.tr("Last day of the help:"), date.today()
        )
        if datum is None:
            return
        reden = vraag_code(
            self, self.tr("End allocation"), self.tr("Reason (JZ588):"), codelijst("JZ588")
        )
        if reden is not None:
            self._actie(toewijzingen.beeindig, self.huidige.id, datum, reden)

    def afwijzen(self) -> None:
        if self.huidige is None:
            return
        reden = vraag_code(
            self, self.tr("Refuse allocation"), self.tr("Reason (WJ759):"), codelijst("WJ759")
        )
        if reden is not None:
            self._actie(toewijzingen.wijs_af, self.huidige.id, reden)

    def verwijderen(self) -> None:
        if self.huidige is None:
            return
        if widgets.bevestig(
            self, self.tr("Delete request"), self.tr("Delete this requested allocation?")
        ):
            try:
                toewijzingen.verwijder(self.db, self.huidige.id)
            except Fout as e:
                widgets.meld_fout(self, self.tr("Allocation"), str(e))
                return
            self.huidige = None
            self.laad()
            self.gewijzigd.emit()

    # -- the evaluation
    def open_evaluatie(self) -> EvaluatiePaneel:
        if self.evaluatiepaneel is None:
            self.evaluatiepaneel = EvaluatiePaneel(self.db, self.casus_id)
            self.evaluatiepaneel.gewijzigd.connect(self.gewijzigd.emit)
            terug = QPushButton(self.tr("← Back to the allocations"))
            terug.clicked.connect(self._terug_van_evaluatie)
            pagina = QWidget()
            p = QVBoxLayout(pagina)
            p.setContentsMargins(0, 0, 0, 0)
            p.addWidget(terug, 0, Qt.AlignmentFlag.AlignLeft)
            p.addWidget(self.evaluatiepaneel, 1)
            self.evaluatiepagina = pagina
            self.stapel.addWidget(pagina)
        self.evaluatiepaneel.laad()
        self.stapel.setCurrentWidget(self.evaluatiepagina)
        return self.evaluatiepaneel

    def _terug_van_evaluatie(self) -> None:
        self.stapel.setCurrentIndex(0)
        self.laad()

    # -- the zoektool and the family's choice
    def open_zoektool(self) -> ZoekPaneel:
        if self.zoekpaneel is None:
            self.zoekpaneel = ZoekPaneel(self.db, self.casus_id)
            self.zoekpaneel.gekozen.connect(self._gekozen)
            terug = QPushButton(self.tr("← Back to the allocations"))
            terug.clicked.connect(lambda: self.stapel.setCurrentIndex(0))
            pagina = QWidget()
            p = QVBoxLayout(pagina)
            p.setContentsMargins(0, 0, 0, 0)
            p.addWidget(terug, 0, Qt.AlignmentFlag.AlignLeft)
            p.addWidget(self.zoekpaneel, 1)
            self.zoekpagina = pagina
            self.stapel.addWidget(pagina)
        else:
            self.zoekpaneel.zoek_nu()
        self.stapel.setCurrentWidget(self.zoekpagina)
        self.zoekpaneel.tekst.setFocus()
        return self.zoekpaneel

    def _gekozen(self, keuze: Keuze) -> None:
        """Record what was discussed and chosen (it stays in the file even when no toewijzing
        follows), then open the request form filled from the choice."""
        r = keuze.resultaat
        besproken = [
            {
                "aanbieder_agb": b.aanbieder_agb,
                "aanbieder": b.aanbieder,
                "productcode": b.productcode,
                "product": b.product,
                "segment": b.segment,
                "wachttijd_weken": b.wachttijd_weken,
                "reden": b.reden,
            }
            for b in keuze.besproken
        ]
        filters = {
            k: (v.isoformat() if isinstance(v, date) else v) for k, v in keuze.filters.items()
        }
        try:
            self._keuze_id = toewijzingen.leg_keuze_vast(
                self.db,
                self.casus_id,
                keuze.zoekvraag,
                filters,
                besproken,
                {"aanbieder_agb": r.aanbieder_agb, "productcode": r.productcode},
                keuze.reden,
            )
        except (Fout, Validatiefout) as e:
            widgets.meld_fout(self, self.tr("Choice"), str(e))
            return
        self._keuze = keuze
        jeugdige_ref = None
        detail = casussen.casus_detail(self.db, self.casus_id)
        for p in detail.personen:
            if p.id == keuze.jeugdige_id:
                jeugdige_ref = p.ref
        eenheid = r.eenheid if r.eenheid in codelijst("WJ756") else None
        waarden = {
            "aanbieder_agb": r.aanbieder_agb,
            "aanbieder": r.aanbieder,
            "productcategorie": r.productcategorie,
            "productcode": r.productcode,
            "product": r.product,
            "segment": r.segment,
            "jeugdige_ref": jeugdige_ref,
            "aanvraagdatum": date.today(),
            "ingangsdatum": None,
            "einddatum": None,
            "volume": None,
            "eenheid": eenheid,
            "frequentie": None,
            "budget": None,
            "verwijzer": detail.verwijzer,
        }
        self.stapel.setCurrentIndex(0)
        self.laad()
        self.dialoog = ToewijzingDialoog(self.db, self.casus_id, waarden, self)
        self.dialoog.accepted.connect(self._aanvragen)
        self.dialoog.open()

    def _aanvragen(self) -> None:
        dlg = self.dialoog
        if dlg is None:
            return
        try:
            nieuw = toewijzingen.maak(
                self.db, self.casus_id, dlg.formulier.waarden(), keuze_id=self._keuze_id
            )
        except (Fout, Validatiefout) as e:
            widgets.meld_fout(self, self.tr("Allocation"), str(e))
            dlg.open()  # keep what was typed; the message says what to change
            return
        self.dialoog = None
        self.laad(kies=nieuw.id)
        self.gewijzigd.emit()


def _als_dict(t: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(t)
