"""The evaluation of the help with the family and the provider (from the case's "Hulp" tab).

Choose or start an evaluation; per goal of the analysis the family's and the consultant's score
(1–10) and words, each saved per field as it is left; per running toewijzing a decision –
doorgaan, aanpassen, afschalen, beëindigen – carried out on the toewijzing at once.
"""

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, Validatiefout
from jeugdloket.regels.codelijsten import codelijst
from jeugdloket.regels.evaluatie import BESLUITEN, SCORE_MAX
from jeugdloket.services import evaluatie, toewijzingen
from jeugdloket.taal import vertaal
from jeugdloket.ui import widgets
from jeugdloket.ui.veldconflict import bewaar_per_veld
from jeugdloket.ui.widgets import DatumVeld, fmt_datum, kop


def score_veld() -> QSpinBox:
    """0 shows as "–": not scored."""
    veld = QSpinBox()
    veld.setRange(0, SCORE_MAX)
    veld.setSpecialValueText("–")
    return veld


class BesluitRegel(QWidget):
    """The decision for one running toewijzing: what, why, and the change it makes."""

    uitvoeren = Signal(object)

    def __init__(self, t: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.t = t
        self.besluit = QComboBox()
        for code, naam in BESLUITEN.items():
            self.besluit.addItem(vertaal(naam), code)
        self.toelichting = QLineEdit()
        self.toelichting.setPlaceholderText(self.tr("Why (in the family's words where possible)"))
        self.volume = QSpinBox()
        self.volume.setRange(0, 9999)
        self.volume.setValue(t.volume or 0)
        self.einddatum = DatumVeld()
        self.einddatum.zet(t.einddatum)
        self.reden = QComboBox()
        widgets.vul_codes(self.reden, codelijst("JZ588"), toon_code=True)
        self.knop = QPushButton(self.tr("Carry out"))
        self.knop.clicked.connect(lambda: self.uitvoeren.emit(self))
        self.besluit.currentIndexChanged.connect(self._toon)
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.besluit, 0, 0)
        lay.addWidget(self.toelichting, 0, 1, 1, 3)
        self.label_volume = QLabel(self.tr("Volume"))
        self.label_einde = QLabel(self.tr("End date"))
        lay.addWidget(self.label_volume, 1, 0)
        lay.addWidget(self.volume, 1, 1)
        lay.addWidget(self.label_einde, 1, 2)
        lay.addWidget(self.einddatum, 1, 3)
        lay.addWidget(self.reden, 2, 1, 1, 3)
        lay.addWidget(self.knop, 0, 4)
        self._toon()

    def _toon(self) -> None:
        code = self.besluit.currentData()
        wijzigen = code in ("aanpassen", "afschalen", "doorgaan")
        met_volume = wijzigen and self.t.volume is not None
        self.volume.setVisible(met_volume)
        self.label_volume.setVisible(met_volume)
        self.reden.setVisible(code == "beeindigen")

    def waarden(self) -> dict[str, Any]:
        """Arguments for evaluatie.leg_besluit_vast."""
        code = self.besluit.currentData()
        uit: dict[str, Any] = {"besluit": code, "toelichting": self.toelichting.text()}
        try:
            einde = self.einddatum.waarde()
        except ValueError:
            einde = None
        if code == "beeindigen":
            uit |= {"einddatum": einde, "reden_jz588": self.reden.currentData()}
            return uit
        wijzigingen: dict[str, Any] = {}
        if self.t.volume is not None and self.volume.value() != self.t.volume:
            wijzigingen["volume"] = self.volume.value()
        if einde != self.t.einddatum:
            wijzigingen["einddatum"] = einde
        uit["wijzigingen"] = wijzigingen
        uit["basis"] = {k: getattr(self.t, k) for k in wijzigingen}
        return uit


class EvaluatiePaneel(QWidget):
    """All evaluations of a case; one shown at a time."""

    gewijzigd = Signal()

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.casus_id = db, casus_id
        self.huidige: evaluatie.EvaluatieData | None = None
        self.doelvelden: dict[str, dict[str, QWidget]] = {}
        self.besluitregels: dict[uuid.UUID, BesluitRegel] = {}

        self.keuze = QComboBox()
        self.keuze.currentIndexChanged.connect(self._kies)
        self.nieuwe_datum = DatumVeld()
        self.nieuwe_datum.zet(date.today())
        self.knop_nieuw = QPushButton(self.tr("&New evaluation on"))
        self.knop_nieuw.clicked.connect(self.nieuw)
        boven = QHBoxLayout()
        boven.addWidget(kop(self.tr("Evaluation"), 13))
        boven.addWidget(self.keuze, 1)
        boven.addWidget(self.knop_nieuw)
        boven.addWidget(self.nieuwe_datum)
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet("color:#555;")

        self.doelen_box = QGroupBox(self.tr("Goals: how far are we? (1–10)"))
        self.doelen_grid = QGridLayout(self.doelen_box)
        self.besluiten_box = QGroupBox(self.tr("Decision per allocation"))
        self.besluiten_lay = QVBoxLayout(self.besluiten_box)
        inhoud = QWidget()
        il = QVBoxLayout(inhoud)
        il.addWidget(self.doelen_box)
        il.addWidget(self.besluiten_box)
        il.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inhoud)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(boven)
        lay.addWidget(self.melding)
        lay.addWidget(scroll, 1)

    # -- loading
    def laad(self, kies: uuid.UUID | None = None) -> None:
        vorige = kies or (self.huidige.id if self.huidige else None)
        alle = evaluatie.evaluaties(self.db, self.casus_id)
        self.keuze.blockSignals(True)
        self.keuze.clear()
        for e in alle:
            self.keuze.addItem(f"{fmt_datum(e.datum)} ({e.ref})", e)
        index = next((i for i, e in enumerate(alle) if e.id == vorige), 0 if alle else -1)
        self.keuze.setCurrentIndex(index)
        self.keuze.blockSignals(False)
        self._toon(alle[index] if index >= 0 else None)

    def _kies(self, index: int) -> None:
        self._toon(self.keuze.itemData(index) if index >= 0 else None)

    def _toon(self, e: evaluatie.EvaluatieData | None) -> None:
        self.huidige = e
        for box in (self.doelen_box, self.besluiten_box):
            box.setVisible(e is not None)
        if e is None:
            self.melding.setText(
                self.tr(
                    "No evaluation yet. Evaluate with the family and the provider three months after the help started."
                )
            )
            return
        self.melding.setText("")
        self._toon_doelen(e)
        self._toon_besluiten(e)

    def _leeg(self, lay) -> None:
        while lay.count():
            item = lay.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _toon_doelen(self, e: evaluatie.EvaluatieData) -> None:
        self._leeg(self.doelen_grid)
        self.doelvelden.clear()
        for kolom, tekst in enumerate(
            (
                self.tr("Goal"),
                self.tr("Family"),
                self.tr("Consultant"),
                self.tr("In the family's words"),
                self.tr("The consultant's words"),
            )
        ):
            self.doelen_grid.addWidget(QLabel(f"<b>{tekst}</b>"), 0, kolom)
        if not e.doelen:
            self.doelen_grid.addWidget(QLabel(self.tr("The analysis has no goals yet.")), 1, 0)
        for rij, d in enumerate(e.doelen, start=1):
            naam = QLabel(d.doel)
            naam.setWordWrap(True)
            velden = {
                "score_gezin": score_veld(),
                "score_consulent": score_veld(),
                "woorden_gezin": QLineEdit(),
                "woorden_consulent": QLineEdit(),
            }
            for veld, w in velden.items():
                w.setObjectName(f"{veld}_{d.doel_ref}")
                waarde = getattr(d, veld)
                if isinstance(w, QSpinBox):
                    w.setValue(waarde or 0)
                    w.editingFinished.connect(lambda r=d.doel_ref, v=veld: self._bewaar_doel(r, v))
                else:
                    w.setText(waarde or "")
                    w.editingFinished.connect(lambda r=d.doel_ref, v=veld: self._bewaar_doel(r, v))
            self.doelvelden[d.doel_ref] = velden
            self.doelen_grid.addWidget(naam, rij, 0)
            for kolom, w in enumerate(velden.values(), start=1):
                self.doelen_grid.addWidget(w, rij, kolom)
        self.doelen_grid.setColumnStretch(0, 2)
        self.doelen_grid.setColumnStretch(3, 2)
        self.doelen_grid.setColumnStretch(4, 2)

    def _toon_besluiten(self, e: evaluatie.EvaluatieData) -> None:
        self._leeg(self.besluiten_lay)
        self.besluitregels.clear()
        alle = toewijzingen.lijst(self.db, self.casus_id)
        standen = evaluatie.standen(self.db, self.casus_id)
        getoond = 0
        for t in alle:
            besluit = e.besluit_voor(t.ref) if t.ref else None
            if besluit is None and t.status != "gestart":
                continue
            getoond += 1
            titel = QLabel(f"<b>{evaluatie.toewijzing_tekst(t)}</b> – {t.jeugdige_naam}")
            self.besluiten_lay.addWidget(titel)
            if besluit is not None:
                self.besluiten_lay.addWidget(QLabel(self._besluit_tekst(besluit)))
                continue
            stand = standen.get(t.id)
            if stand is not None:
                self.besluiten_lay.addWidget(QLabel(stand.tekst()))
            regel = BesluitRegel(t)
            regel.uitvoeren.connect(self._voer_uit)
            self.besluitregels[t.id] = regel
            self.besluiten_lay.addWidget(regel)
        if not getoond:
            self.besluiten_lay.addWidget(QLabel(self.tr("No running allocation to decide on.")))

    def _besluit_tekst(self, b: evaluatie.BesluitData) -> str:
        tekst = self.tr("Decision: %1").replace("%1", b.besluit_tekst)
        if b.gevolg:
            tekst += " (" + ", ".join(f"{k} {v}" for k, v in b.gevolg.items()) + ")"
        if b.uitgevoerd_op:
            tekst += " – " + self.tr("carried out %1").replace("%1", fmt_datum(b.uitgevoerd_op))
        if b.toelichting:
            tekst += f": {b.toelichting}"
        return tekst

    # -- actions
    def nieuw(self) -> None:
        try:
            datum = self.nieuwe_datum.waarde()
            e = evaluatie.maak(self.db, self.casus_id, datum)
        except ValueError:
            self.melding.setText(self.tr("Date: write it as dd-mm-yyyy"))
            return
        except (Fout, Validatiefout) as fout:
            self.melding.setText(str(fout))
            return
        self.laad(kies=e.id)
        self.gewijzigd.emit()

    def _bewaar_doel(self, doel_ref: str, veld: str) -> None:
        e = self.huidige
        if e is None:
            return
        d = next((x for x in e.doelen if x.doel_ref == doel_ref), None)
        w = self.doelvelden[doel_ref][veld]
        waarde = (w.value() or None) if isinstance(w, QSpinBox) else (w.text().strip() or None)
        getoond = getattr(d, veld) if d is not None else None
        if waarde == getoond:
            return
        try:
            ok, nieuw = bewaar_per_veld(
                self,
                lambda b: evaluatie.zet_doel(self.db, e.id, doel_ref, {veld: waarde}, basis=b),
                {veld: getoond},
                lambda: self.laad(kies=e.id),
            )
        except (Fout, Validatiefout) as fout:
            self.melding.setText(str(fout))
            return
        if ok:
            self.huidige = nieuw
            self.keuze.setItemData(self.keuze.currentIndex(), nieuw)
            self.melding.setText(self.tr("Saved."))
            self.gewijzigd.emit()

    def _voer_uit(self, regel: BesluitRegel) -> None:
        if self.huidige is None:
            return
        try:
            nieuw = evaluatie.leg_besluit_vast(
                self.db, self.huidige.id, regel.t.id, **regel.waarden()
            )
        except (Fout, Validatiefout) as fout:
            widgets.meld_fout(self, self.tr("Decision"), str(fout))
            return
        self.laad(kies=nieuw.id)
        self.gewijzigd.emit()
