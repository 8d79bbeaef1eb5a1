"""The form of one toewijzing (iJw rules checked while typing) and the dialog that requests one.

Used by the case's "Hulp" tab (`toewijzing.HulpTab`): the dialog requests a new toewijzing
from the family's choice; the same form edits an existing one below the list.
"""

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.regels.codelijsten import codelijst
from jeugdloket.services import casussen, intake, toewijzingen
from jeugdloket.ui import opmaak, widgets
from jeugdloket.ui.widgets import DatumVeld, VeldMetFout

CONTROLE_MS = 150  # pause after an edit before the rules are checked (and a change saved)


def productnaam(p: dict[str, Any]) -> str:
    """The product's name; for one imported without it, its JZ020 category."""
    if p.get("product"):
        return p["product"]
    return codelijst("JZ020").get(p.get("productcategorie") or "", "product")


def _getal(tekst: str) -> float | None:
    """'1.250,50' or '1250.5' → 1250.5; ValueError for anything else."""
    tekst = tekst.strip().replace("€", "").replace(" ", "")
    if not tekst:
        return None
    if "," in tekst:
        tekst = tekst.replace(".", "").replace(",", ".")
    return float(tekst)


class ToewijzingFormulier(QWidget):
    """The fields of one toewijzing, with the iJw rules checked while typing."""

    veranderd = Signal()

    def __init__(
        self, db: Database, casus_id: uuid.UUID, laad: bool = True, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.casus_id = casus_id
        self.product: dict[str, Any] = {}
        self.standaard_verwijzer = None
        self.product_label = QLabel()
        self.product_label.setWordWrap(True)
        self.product_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.jeugdige = QComboBox()
        self.doel = QComboBox()
        self.aanvraagdatum = DatumVeld()
        self.ingangsdatum = DatumVeld()
        self.einddatum = DatumVeld()
        self.met_omvang = QRadioButton(self.tr("Extent (volume, unit, frequency)"))
        self.met_budget = QRadioButton(self.tr("Budget"))
        self.met_omvang.setChecked(True)
        groep = QButtonGroup(self)
        groep.addButton(self.met_omvang)
        groep.addButton(self.met_budget)
        self.volume = QSpinBox()
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100000)
        self.volume.setSpecialValueText(self.tr("–"))
        self.eenheid = QComboBox()
        widgets.vul_codes(self.eenheid, codelijst("WJ756"), leeg="–", toon_code=True)
        self.frequentie = QComboBox()
        widgets.vul_codes(self.frequentie, codelijst("WMO757"), leeg="–", toon_code=True)
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(self.tr("amount in euros, e.g. 1.250,00"))
        self.verwijzer = QComboBox()
        widgets.vul_codes(self.verwijzer, codelijst("COD327"), leeg="–", toon_code=True)

        # Long code descriptions and goals do not widen the form (large letters, 1280 wide):
        # the closed box shows what fits, the open list shows all of it.
        for combo, tekens in (
            (self.jeugdige, 16),
            (self.doel, 16),
            (self.eenheid, 8),
            (self.frequentie, 8),
            (self.verwijzer, 16),
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(tekens)

        self.houders: dict[str, VeldMetFout] = {}
        form = QFormLayout(self)
        form.addRow(self.product_label)

        def rij(label: str, naam: str, veld: QWidget) -> None:
            houder = VeldMetFout(veld)
            self.houders[naam] = houder
            form.addRow(label, houder)

        rij(self.tr("Young person"), "jeugdige_ref", self.jeugdige)
        rij(self.tr("Serves goal"), "doel_ref", self.doel)
        rij(self.tr("Requested on"), "aanvraagdatum", self.aanvraagdatum)
        rij(self.tr("Start date"), "ingangsdatum", self.ingangsdatum)
        rij(self.tr("End date"), "einddatum", self.einddatum)
        keuze = QHBoxLayout()
        keuze.addWidget(self.met_omvang)
        keuze.addWidget(self.met_budget)
        keuze.addStretch(1)
        form.addRow(self.tr("Extent or budget"), keuze)
        omvang = QWidget()
        o = QHBoxLayout(omvang)
        o.setContentsMargins(0, 0, 0, 0)
        o.addWidget(self.volume)
        o.addWidget(self.eenheid, 1)
        o.addWidget(self.frequentie, 1)
        self.houders["volume"] = VeldMetFout(omvang)
        form.addRow(self.tr("Volume · unit · frequency"), self.houders["volume"])
        rij(self.tr("Budget (€)"), "budget", self.budget)
        rij(self.tr("Referrer"), "verwijzer", self.verwijzer)
        self.meldingen = QLabel()
        self.meldingen.setObjectName("ijwmeldingen")
        self.meldingen.setWordWrap(True)
        self.meldingen.setStyleSheet("color:#c0392b;")
        form.addRow(self.meldingen)

        self._pauze = QTimer(self)
        self._pauze.setSingleShot(True)
        self._pauze.setInterval(CONTROLE_MS)
        self._pauze.timeout.connect(self.controleer)
        for veld in (self.aanvraagdatum, self.ingangsdatum, self.einddatum, self.budget):
            veld.textEdited.connect(lambda _t: self._pauze.start())
            veld.editingFinished.connect(self.controleer)
        for combo in (self.jeugdige, self.doel, self.eenheid, self.frequentie, self.verwijzer):
            combo.currentIndexChanged.connect(lambda _i: self.controleer())
        self.volume.valueChanged.connect(lambda _v: self._pauze.start())
        self.met_omvang.toggled.connect(lambda _a: self._wissel())
        self.fouten: dict[str, str] = {}
        self._leesfouten: dict[str, str] = {}
        if laad:
            self.laad_keuzes()
            self._wissel()

    def laad_keuzes(self) -> None:
        """The case's jeugdigen and goals for the choices (they may change between visits)."""
        d = casussen.casus_detail(self.db, self.casus_id)
        self.jeugdige.clear()
        for p in d.personen:
            if p.rol == "jeugdige":
                self.jeugdige.addItem(p.naam or p.ref, p.ref)
        self.doel.clear()
        self.doel.addItem(self.tr("– no goal chosen –"), None)
        for doel in intake.intake(self.db, self.casus_id).doelen:
            self.doel.addItem(doel.naam, doel.ref)
        self.standaard_verwijzer = d.verwijzer

    def _wissel(self) -> None:
        omvang = self.met_omvang.isChecked()
        self.houders["volume"].setEnabled(omvang)
        self.houders["budget"].setEnabled(not omvang)
        self.controleer()

    def zet(self, waarden: dict[str, Any]) -> None:
        """Fill the form (from a choice in the zoektool or a stored toewijzing)."""
        for w in self.findChildren(QWidget):
            w.blockSignals(True)
        try:
            self.product = {
                k: waarden.get(k)
                for k in (
                    "aanbieder_agb",
                    "aanbieder",
                    "productcategorie",
                    "productcode",
                    "product",
                    "segment",
                )
            }
            p = self.product
            self.product_label.setText(
                f"<b>{productnaam(p)}</b> ({p.get('productcode') or '–'}, "
                f"categorie {p.get('productcategorie') or '–'}, segment {p.get('segment') or '–'})"
                f"<br>{p.get('aanbieder') or 'aanbieder'} (AGB {p.get('aanbieder_agb') or '–'})"
            )
            widgets.kies_code(self.jeugdige, waarden.get("jeugdige_ref"))
            widgets.kies_code(self.doel, waarden.get("doel_ref"))
            self.aanvraagdatum.zet(waarden.get("aanvraagdatum"))
            self.ingangsdatum.zet(waarden.get("ingangsdatum"))
            self.einddatum.zet(waarden.get("einddatum"))
            budget = waarden.get("budget")
            self.met_budget.setChecked(budget is not None)
            self.met_omvang.setChecked(budget is None)
            self.volume.setValue(waarden.get("volume") or 0)
            widgets.kies_code(self.eenheid, waarden.get("eenheid"))
            widgets.kies_code(self.frequentie, waarden.get("frequentie"))
            self.budget.setText("" if budget is None else opmaak.getal(budget, 2))
            widgets.kies_code(self.verwijzer, waarden.get("verwijzer"))
        finally:
            for w in self.findChildren(QWidget):
                w.blockSignals(False)
        self._wissel()

    def waarden(self) -> dict[str, Any]:
        """The form as service fields; a date or amount that cannot be read goes into `fouten`."""
        leesfouten: dict[str, str] = {}
        uit: dict[str, Any] = dict(self.product)
        uit["jeugdige_ref"] = self.jeugdige.currentData()
        uit["doel_ref"] = self.doel.currentData()
        for naam, veld in (
            ("aanvraagdatum", self.aanvraagdatum),
            ("ingangsdatum", self.ingangsdatum),
            ("einddatum", self.einddatum),
        ):
            try:
                uit[naam] = veld.waarde()
            except ValueError:
                leesfouten[naam] = self.tr("This is not a date: type it as dd-mm-yyyy")
        if self.met_omvang.isChecked():
            uit["volume"] = self.volume.value() or None
            uit["eenheid"] = self.eenheid.currentData()
            uit["frequentie"] = self.frequentie.currentData()
            uit["budget"] = None
        else:
            uit["volume"] = uit["eenheid"] = uit["frequentie"] = None
            try:
                uit["budget"] = _getal(self.budget.text())
            except ValueError:
                leesfouten["budget"] = self.tr("Budget: type an amount, e.g. 1.250,00")
        uit["verwijzer"] = self.verwijzer.currentData()
        self._leesfouten = leesfouten
        return uit

    def controleer(self) -> dict[str, str]:
        """Check the iJw rules now; show each message at its field and in the list below."""
        self._pauze.stop()
        velden = self.waarden()
        fouten = dict(toewijzingen.controleer(velden))
        fouten.update(self._leesfouten)
        self.fouten = fouten
        getoond = set()
        for naam, houder in self.houders.items():
            sleutels = [naam] if naam != "volume" else ["volume", "eenheid", "frequentie", "omvang"]
            melding = next((fouten[s] for s in sleutels if s in fouten), None)
            houder.toon_fout(melding)
            if melding:
                getoond.update(s for s in sleutels if s in fouten)
        self.meldingen.setText("<br>".join(f"• {m}" for m in dict.fromkeys(fouten.values())))
        self.veranderd.emit()
        return fouten


class ToewijzingDialoog(QDialog):
    """Request a new toewijzing from the family's choice; "Aanvragen" only when it is right."""

    def __init__(self, db: Database, casus_id: uuid.UUID, waarden: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request allocation"))
        self.formulier = ToewijzingFormulier(db, casus_id)
        self.formulier.zet(waarden)
        self.knoppen = QDialogButtonBox()
        self.knop_aanvragen = self.knoppen.addButton(
            self.tr("&Request"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.knoppen.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.knoppen.accepted.connect(self.accept)
        self.knoppen.rejected.connect(self.reject)
        uitleg = QLabel(
            self.tr(
                "Fill in what is allocated. The rules of the iJw standard are checked as you"
                " type; the request can be made when nothing is red."
            )
        )
        uitleg.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(uitleg)
        lay.addWidget(self.formulier)
        lay.addStretch(1)
        lay.addWidget(self.knoppen)
        self.formulier.veranderd.connect(self._knop)
        self._knop()
        self.resize(640, 560)

    def _knop(self) -> None:
        self.knop_aanvragen.setEnabled(not self.formulier.fouten)
