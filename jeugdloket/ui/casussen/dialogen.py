"""Dialogs of the case register: new case, add a person, close a case (signing in: ui/aanmelden.py)."""

import uuid
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Validatiefout
from jeugdloket.models import nu
from jeugdloket.regels.codelijsten import (
    GEMEENTEN,
    KADER,
    ROLLEN_PERSOON,
    SOORT_VRAAG,
    codelijst,
)
from jeugdloket.regels.validatie import persoon_fouten
from jeugdloket.services import casussen, medewerkers
from jeugdloket.ui.widgets import DatumVeld, VeldMetFout, kies_code, vul_codes, widget_waarde


class PersoonFormulier(QWidget):
    """The fields of one person; used inline (autosave) on the Gezin tab and in the add dialog."""

    VELDEN = casussen.PERSOON_VELDEN

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rol = QComboBox()
        vul_codes(self.rol, ROLLEN_PERSOON)
        self.voornaam = QLineEdit()
        self.tussenvoegsel = QLineEdit()
        self.tussenvoegsel.setMaximumWidth(120)
        self.achternaam = QLineEdit()
        self.geboortedatum = DatumVeld()
        self.bsn = QLineEdit()
        self.bsn.setMaxLength(11)
        self.bsn.setMaximumWidth(130)
        self.bsn.setPlaceholderText(self.tr("9 digits"))
        self.geslacht = QComboBox()
        vul_codes(self.geslacht, codelijst("COD046"), leeg="")
        self.gezag = QComboBox()
        self.gezag.addItem(self.tr("unknown"), None)
        self.gezag.addItem(self.tr("yes"), True)
        self.gezag.addItem(self.tr("no"), False)
        self.relatie = QComboBox()
        vul_codes(self.relatie, codelijst("COD472"), leeg="")
        self.telefoon = QLineEdit()
        self.email = QLineEdit()
        self.straat = QLineEdit()
        self.huisnummer = QLineEdit()
        self.huisnummer.setMaximumWidth(80)
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(90)
        self.postcode.setPlaceholderText("1234 AB")
        self.woonplaats = QLineEdit()

        self.houders: dict[str, VeldMetFout] = {}
        labels = {
            "rol": self.tr("Role"),
            "voornaam": self.tr("First name"),
            "tussenvoegsel": self.tr("Prefix"),
            "achternaam": self.tr("Surname"),
            "geboortedatum": self.tr("Date of birth"),
            "bsn": self.tr("BSN"),
            "geslacht": self.tr("Sex"),
            "gezag": self.tr("Parental authority"),
            "relatie": self.tr("Relation"),
            "telefoon": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "straat": self.tr("Street"),
            "huisnummer": self.tr("House number"),
            "postcode": self.tr("Postcode"),
            "woonplaats": self.tr("Town"),
        }
        groepen = (
            (
                self.tr("Person"),
                (
                    "rol",
                    "voornaam",
                    "tussenvoegsel",
                    "achternaam",
                    "geboortedatum",
                    "bsn",
                    "geslacht",
                ),
            ),
            (
                self.tr("Contact and address"),
                ("telefoon", "email", "straat", "huisnummer", "postcode", "woonplaats"),
            ),
            (self.tr("In the family"), ("gezag", "relatie")),
        )
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for i, (titel, velden) in enumerate(groepen):
            groep = QGroupBox(titel)
            form = QFormLayout(groep)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for naam in velden:
                w = getattr(self, naam)
                w.setObjectName(naam)
                houder = VeldMetFout(w)
                self.houders[naam] = houder
                label = QLabel(labels[naam])
                label.setBuddy(w)
                form.addRow(label, houder)
            # Person left; contact and family role stacked on the right.
            lay.addWidget(groep, 0 if i < 2 else 1, 0 if i == 0 else 1, 2 if i == 0 else 1, 1)
        lay.setColumnStretch(0, 1)
        lay.setColumnStretch(1, 1)
        lay.setRowStretch(1, 1)
        # Keyboard order follows reading order: the person first, then contact, then family role.
        volgorde = [getattr(self, n) for _t, velden in groepen for n in velden]
        for a, b in zip(volgorde, volgorde[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def zet(self, p: casussen.PersoonData | None) -> None:
        for naam in self.VELDEN:
            w = getattr(self, naam)
            waarde = getattr(p, naam) if p else None
            w.blockSignals(True)
            if isinstance(w, DatumVeld):
                w.zet(waarde)
            elif isinstance(w, QComboBox):
                kies_code(w, waarde if p else (None if naam != "rol" else "jeugdige"))
            else:
                w.setText(waarde or "")
            w.blockSignals(False)
            self.houders[naam].toon_fout(None)

    def waarden(self) -> tuple[dict, dict[str, str]]:
        """Typed values and the fields whose text could not be read."""
        waarden, fouten = {}, {}
        for naam in self.VELDEN:
            try:
                waarden[naam] = widget_waarde(getattr(self, naam))
            except ValueError:
                fouten[naam] = self.tr("This is not a date: type it as dd-mm-yyyy")
        return waarden, fouten

    def toon_fouten(self, fouten: dict[str, str]) -> None:
        for naam, houder in self.houders.items():
            houder.toon_fout(fouten.get(naam))


class PersoonDialoog(QDialog):
    """Add a person to the case; saved only when every field is right."""

    def __init__(
        self,
        db: Database,
        casus_id: uuid.UUID,
        rol: str = "jeugdige",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.casus_id = casus_id
        self.persoon: casussen.PersoonData | None = None
        self.setWindowTitle(self.tr("Add person"))
        self.formulier = PersoonFormulier()
        self.formulier.zet(None)
        kies_code(self.formulier.rol, rol)
        knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        knoppen.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        knoppen.accepted.connect(self.accept)
        knoppen.rejected.connect(self.reject)
        self.knoppen = knoppen
        lay = QVBoxLayout(self)
        lay.addWidget(self.formulier)
        lay.addWidget(knoppen)
        # Inline validation as soon as a field is left, before anything is saved.
        for naam in ("bsn", "postcode", "email", "telefoon", "geboortedatum"):
            getattr(self.formulier, naam).editingFinished.connect(
                lambda n=naam: self._controleer(n)
            )
        self.formulier.voornaam.setFocus()

    def _controleer(self, naam: str) -> None:
        waarden, fouten = self.formulier.waarden()
        if naam in fouten:
            self.formulier.houders[naam].toon_fout(fouten[naam])
            return
        melding = persoon_fouten({naam: waarden[naam] or None}).get(naam)
        self.formulier.houders[naam].toon_fout(melding)

    def accept(self) -> None:
        waarden, fouten = self.formulier.waarden()
        if fouten:
            self.formulier.toon_fouten(fouten)
            return
        try:
            self.persoon = casussen.voeg_persoon_toe(self.db, self.casus_id, waarden)
        except Validatiefout as e:
            self.formulier.toon_fouten(e.fouten)
            return
        super().accept()


class NieuweCasusDialoog(QDialog):
    """Register an aanmelding: the essentials now, the rest on the case's tabs (saved as typed)."""

    def __init__(
        self, db: Database, medewerker_id: uuid.UUID | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.casus: casussen.CasusDetail | None = None
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(520)

        self.gemeente = QComboBox()
        self.gemeente.setEditable(True)
        self.gemeente.addItems(GEMEENTEN)
        self.aanmelddatum = DatumVeld(met_tijd=True)
        self.aanmelddatum.zet(nu().replace(second=0))
        self.verwijzer = QComboBox()
        vul_codes(self.verwijzer, codelijst("COD327"), leeg="")
        self.soort_vraag = QComboBox()
        vul_codes(self.soort_vraag, SOORT_VRAAG)
        self.kader = QComboBox()
        vul_codes(self.kader, KADER)
        self.consulent = QComboBox()
        self.consulent.addItem("", None)
        for m in medewerkers.medewerkers(db):
            self.consulent.addItem(m.naam, str(m.id))
        kies_code(self.consulent, str(medewerker_id) if medewerker_id else None)
        self.hulpvraag = QPlainTextEdit()
        self.hulpvraag.setPlaceholderText(
            self.tr("In the family's own words: what is going on, what do they ask?")
        )
        self.hulpvraag.setTabChangesFocus(True)
        self.hulpvraag.setMinimumHeight(90)

        self.houders = {}
        form = QFormLayout()
        for naam, label in (
            ("gemeente", self.tr("Municipality")),
            ("aanmelddatum", self.tr("Registered on")),
            ("verwijzer", self.tr("Referred by")),
            ("soort_vraag", self.tr("Kind of question")),
            ("kader", self.tr("Framework")),
            ("consulent", self.tr("Consultant")),
            ("hulpvraag", self.tr("Request for help")),
        ):
            w = getattr(self, naam)
            w.setObjectName(naam)
            self.houders[naam] = VeldMetFout(w)
            lbl = QLabel(label)
            lbl.setBuddy(w)
            form.addRow(lbl, self.houders[naam])

        knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register case"))
        knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        knoppen.accepted.connect(self.accept)
        knoppen.rejected.connect(self.reject)
        self.knoppen = knoppen
        lay = QVBoxLayout(self)
        uitleg = QLabel(
            self.tr(
                "The case number is assigned on saving. Everything else can be added in the case."
            )
        )
        uitleg.setWordWrap(True)
        lay.addWidget(uitleg)
        lay.addLayout(form)
        lay.addWidget(knoppen)

    def accept(self) -> None:
        try:
            aanmelddatum = self.aanmelddatum.waarde()
        except ValueError:
            self.houders["aanmelddatum"].toon_fout(
                self.tr("This is not a date: type it as dd-mm-yyyy hh:mm")
            )
            return
        try:
            self.casus = casussen.maak_casus(
                self.db,
                casussen.NieuweCasus(
                    gemeente=self.gemeente.currentText(),
                    aanmelddatum=aanmelddatum,
                    verwijzer=self.verwijzer.currentData(),
                    hulpvraag=self.hulpvraag.toPlainText(),
                    soort_vraag=self.soort_vraag.currentData(),
                    kader=self.kader.currentData(),
                    consulent_id=uuid.UUID(self.consulent.currentData())
                    if self.consulent.currentData()
                    else None,
                ),
            )
        except Validatiefout as e:
            for naam, houder in self.houders.items():
                houder.toon_fout(e.fouten.get(naam))
            return
        super().accept()


class AfsluitenDialoog(QDialog):
    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.casus_id = casus_id
        self.casus: casussen.CasusDetail | None = None
        self.setWindowTitle(self.tr("Close case"))
        self.datum = DatumVeld()
        self.datum.zet(date.today())
        self.reden = QComboBox()
        vul_codes(self.reden, codelijst("JZ588"), leeg="")
        kies_code(self.reden, "31")
        self.houders = {
            "afgesloten_op": VeldMetFout(self.datum),
            "reden_afsluiting": VeldMetFout(self.reden),
        }
        form = QFormLayout()
        form.addRow(self.tr("Closed on"), self.houders["afgesloten_op"])
        form.addRow(self.tr("Reason"), self.houders["reden_afsluiting"])
        knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close case"))
        knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        knoppen.accepted.connect(self.accept)
        knoppen.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Good is good enough. Why is the help ending?")))
        lay.addLayout(form)
        lay.addWidget(knoppen)

    def accept(self) -> None:
        try:
            datum = self.datum.waarde()
        except ValueError:
            self.houders["afgesloten_op"].toon_fout(
                self.tr("This is not a date: type it as dd-mm-yyyy")
            )
            return
        if datum is None:
            self.houders["afgesloten_op"].toon_fout(self.tr("Fill in the date"))
            return
        try:
            self.casus = casussen.sluit_casus(
                self.db, self.casus_id, datum, self.reden.currentData()
            )
        except Validatiefout as e:
            for naam, houder in self.houders.items():
                houder.toon_fout(e.fouten.get(naam))
            return
        super().accept()
