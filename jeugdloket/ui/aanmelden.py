"""Signing in, the idle lock, and the reason asked before opening a colleague's case.

Every question goes through a small module-level function (`vraag_aanmelding`, `vraag_reden`,
`meld`): tests replace them, because a real modal `exec()` would hang a test run.

The module loads without the database layer (SQLAlchemy, SQLModel, the models: ±0.7 s): at start
the sign-in dialog shows while that layer loads in the background (ui/snelstart.py), so the
services are imported where they are used.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.fouten import Fout, Validatiefout
from jeugdloket.ui.widgets import kop

if TYPE_CHECKING:
    from jeugdloket.db import Database
    from jeugdloket.services.medewerkers import MedewerkerData

# Minutes without keyboard or mouse input before the window locks (QSettings can change it).
STANDAARD_MINUTEN = 5
INSTELLING_MINUTEN = "beveiliging/vergrendelen_na_minuten"


def _tr(tekst: str) -> str:
    return QCoreApplication.translate("Aanmelden", tekst)


def _foutlabel() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020")
    return label


# ------------------------------------------------------------------ signing in


@dataclass(frozen=True)
class AanmeldFeiten:
    """What the sign-in dialog shows that depends on the database."""

    eerste_account: bool  # no medewerkers yet: the dialog makes the first account
    demo: bool  # someone still has the public demo password
    demo_wachtwoord: str
    voorstel: str | None  # a werkkopie's own consultant


def aanmeld_feiten(db: Database) -> AanmeldFeiten:
    """Read off the UI thread at start (ui/snelstart.py), or directly for an open database."""
    from jeugdloket.services import toegang, werkkopie

    eerste = toegang.aantal_medewerkers(db) == 0
    stand = werkkopie.stand(db)
    return AanmeldFeiten(
        eerste,
        not eerste and toegang.demo_wachtwoord_actief(db),
        toegang.DEMO_WACHTWOORD,
        stand.gebruiker if stand else None,
    )


class AanmeldDialoog(QDialog):
    """Gebruikersnaam and password; a second password field for a first sign-in; for an empty
    database the first account (name, gebruikersnaam, password twice)."""

    def __init__(
        self, db: Database | None, gebruiker: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db: Database | None = None  # None: still opening (zet_database follows)
        self.medewerker: MedewerkerData | None = None
        self.eerste_account = False
        self._klik_wacht = False  # "Sign in" pressed before the database was open
        self.terugval: str | None = None  # opening failed: the normal start takes over
        self.setWindowTitle(self.tr("Jeugdloket – sign in"))
        self.uitleg = QLabel()
        self.uitleg.setWordWrap(True)
        self.gebruikersnaam = QLineEdit(gebruiker or "")
        self.naam = QLineEdit()
        self.wachtwoord = QLineEdit()
        self.wachtwoord.setEchoMode(QLineEdit.EchoMode.Password)
        self.herhaling = QLineEdit()
        self.herhaling.setEchoMode(QLineEdit.EchoMode.Password)
        self.melding = _foutlabel()
        self.bezig = QLabel()  # "opening the database": news, not an error
        self.bezig.setWordWrap(True)
        self.bezig.setVisible(False)
        self.demo = QLabel()
        self.demo.setWordWrap(True)
        self.demo.setStyleSheet("color: #8a5a00")

        self.formulier = QFormLayout()
        self.formulier.addRow(self.tr("User name"), self.gebruikersnaam)
        self.formulier.addRow(self.tr("Name"), self.naam)
        self.formulier.addRow(self.tr("Password"), self.wachtwoord)
        self.formulier.addRow(self.tr("Password again"), self.herhaling)
        self.knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.knoppen.accepted.connect(self.probeer)
        self.knoppen.rejected.connect(self.reject)
        laag = QVBoxLayout(self)
        laag.addWidget(self.uitleg)
        laag.addLayout(self.formulier)
        laag.addWidget(self.melding)
        laag.addWidget(self.bezig)
        laag.addWidget(self.demo)
        laag.addWidget(self.knoppen)

        self.uitleg.setText(self.tr("Sign in with your user name and password."))
        self.formulier.setRowVisible(self.naam, False)
        self.formulier.setRowVisible(self.herhaling, False)
        self.demo.setVisible(False)
        (self.wachtwoord if gebruiker else self.gebruikersnaam).setFocus()
        if db is not None:
            self.zet_database(db, aanmeld_feiten(db))

    def zet_database(self, db: Database, feiten: AanmeldFeiten) -> None:
        """The database is open: show what depends on it, and sign in if that was asked."""
        self.db = db
        self.eerste_account = feiten.eerste_account
        if self.eerste_account:
            self.uitleg.setText(
                self.tr(
                    "This database has no users yet. Create the first account: it gets every "
                    "role (consultant, coordinator, administrator) and can add colleagues."
                )
            )
        self.formulier.setRowVisible(self.naam, self.eerste_account)
        self.formulier.setRowVisible(self.herhaling, self.eerste_account)
        if not self.eerste_account and feiten.demo:
            self.demo.setText(
                self.tr(
                    "Demo data: every demo user has the public password %1 – for example "
                    "a.devries (consultant), r.hendriks (coordinator), i.smit (administrator)."
                ).replace("%1", feiten.demo_wachtwoord)
            )
        self.demo.setVisible(bool(self.demo.text()))
        if feiten.voorstel and not self.gebruikersnaam.text():
            # A werkkopie's own consultant, when nothing was typed yet.
            self.gebruikersnaam.setText(feiten.voorstel)
            if self.gebruikersnaam.hasFocus():
                self.wachtwoord.setFocus()
        if self.isVisible():
            self.adjustSize()  # rows and the demo note appeared: room for them, nothing cut off
        if self._klik_wacht:
            self._klik_wacht = False
            self.knoppen.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
            self.bezig.setVisible(False)
            self.probeer()

    def voorbereiding_mislukt(self, melding: str) -> None:
        """Opening in the background failed: close, the normal start shows why (and offers a
        backup for a damaged file)."""
        self.terugval = melding
        self.reject()

    def probeer(self) -> None:
        """Check what was typed; stays open with a message when it is refused."""
        if self.db is None:
            # Typed faster than the file opened: sign in the moment it is open.
            self._klik_wacht = True
            self.knoppen.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.melding.clear()
            self.bezig.setText(self.tr("Opening the database – one moment…"))
            self.bezig.setVisible(True)
            self.adjustSize()
            return
        from jeugdloket.services import toegang

        herhaling = self.herhaling.text() if self.formulier.isRowVisible(self.herhaling) else None
        try:
            if self.eerste_account:
                self.medewerker = toegang.maak_eerste_account(
                    self.db,
                    self.gebruikersnaam.text(),
                    self.naam.text(),
                    self.wachtwoord.text(),
                    self.herhaling.text(),
                )
            else:
                self.medewerker = toegang.meld_aan(
                    self.db, self.gebruikersnaam.text(), self.wachtwoord.text(), herhaling
                )
        except toegang.EersteAanmelding as e:
            self.formulier.setRowVisible(self.herhaling, True)
            self.melding.setText(str(e))
            self.herhaling.setFocus()
            return
        except Validatiefout as e:
            self.melding.setText(str(e))
            return
        except toegang.AanmeldFout as e:
            self.melding.setText(str(e))
            self.wachtwoord.clear()
            self.herhaling.clear()
            self.wachtwoord.setFocus()
            return
        except Fout as e:
            self.melding.setText(str(e))
            return
        self.accept()


class TeamAanmeldDialoog(QDialog):
    """Sign in on the team register: the user name and password are those of one's own login
    on the PostgreSQL server; the dialog connects with them (nothing is stored)."""

    def __init__(self, doel: str, gebruiker: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.doel = doel
        self.db: Database | None = None
        self.medewerker: MedewerkerData | None = None
        self.setWindowTitle(self.tr("Jeugdloket – sign in to the team register"))
        uitleg = QLabel(
            self.tr(
                "Sign in with your user name and password for the team register. "
                "Forgot your password? Ask the administrator of your team."
            )
        )
        uitleg.setWordWrap(True)
        self.gebruikersnaam = QLineEdit(gebruiker or "")
        self.wachtwoord = QLineEdit()
        self.wachtwoord.setEchoMode(QLineEdit.EchoMode.Password)
        self.melding = _foutlabel()
        formulier = QFormLayout()
        formulier.addRow(self.tr("User name"), self.gebruikersnaam)
        formulier.addRow(self.tr("Password"), self.wachtwoord)
        self.knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.knoppen.accepted.connect(self.probeer)
        self.knoppen.rejected.connect(self.reject)
        laag = QVBoxLayout(self)
        laag.addWidget(uitleg)
        laag.addLayout(formulier)
        laag.addWidget(self.melding)
        laag.addWidget(self.knoppen)
        (self.wachtwoord if gebruiker else self.gebruikersnaam).setFocus()

    def probeer(self) -> None:
        from jeugdloket.services import team, toegang

        try:
            self.db, self.medewerker = team.meld_aan(
                self.doel, self.gebruikersnaam.text(), self.wachtwoord.text()
            )
        except toegang.AanmeldFout as e:
            self.melding.setText(str(e))
            self.wachtwoord.clear()
            self.wachtwoord.setFocus()
            return
        except Fout as e:
            self.melding.setText(str(e))
            return
        self.accept()


def vraag_teamaanmelding(
    doel: str, gebruiker: str | None = None
) -> tuple[Database, MedewerkerData] | None:
    """The team register opened as the signed-in medewerker's login, or None (cancelled)."""
    dialoog = TeamAanmeldDialoog(doel, gebruiker)
    if dialoog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialoog.db, dialoog.medewerker


def vraag_aanmelding(db: Database, gebruiker: str | None = None) -> MedewerkerData | None:
    """The signed-in medewerker, or None when the user cancelled."""
    dialoog = AanmeldDialoog(db, gebruiker)
    if dialoog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialoog.medewerker


# ------------------------------------------------------------------ a colleague's case


class RedenDialoog(QDialog):
    """Why a consultant opens a case that is not theirs (waarneming); the reason is logged."""

    def __init__(self, casusnummer: str, melding: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open case %1").replace("%1", casusnummer))
        uitleg = QLabel(
            melding
            + "\n\n"
            + self.tr(
                "To open it as a stand-in (waarneming), give the reason. You then have access "
                "until the end of the day; the reason is written in the access log and the "
                "family can ask who opened their file."
            )
        )
        uitleg.setWordWrap(True)
        self.reden = QPlainTextEdit()
        self.reden.setPlaceholderText(
            self.tr("For example: stand-in during the holiday of the consultant")
        )
        self.reden.setMaximumHeight(90)
        self.knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open as stand-in"))
        self.knoppen.accepted.connect(self.accept)
        self.knoppen.rejected.connect(self.reject)
        laag = QVBoxLayout(self)
        laag.addWidget(uitleg)
        laag.addWidget(self.reden)
        laag.addWidget(self.knoppen)


def vraag_reden(parent: QWidget | None, casusnummer: str, melding: str) -> str | None:
    dialoog = RedenDialoog(casusnummer, melding, parent)
    if dialoog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialoog.reden.toPlainText()


def meld(parent: QWidget | None, tekst: str) -> None:
    QMessageBox.warning(parent, _tr("Jeugdloket"), tekst)


def mag_openen(parent: QWidget | None, db: Database, casus_id: uuid.UUID) -> bool:
    """Before a case tab opens: own case – yes; a colleague's – ask a reason (consultant);
    otherwise say why not. The service checks again when the tab reads the case."""
    from jeugdloket.services import delen, rechten

    stand = rechten.toegang_tot(db, casus_id)
    if stand.mag:
        return True
    if not stand.met_reden:
        meld(parent, stand.melding or "")
        return False
    melding = stand.melding or ""
    while True:
        reden = vraag_reden(parent, stand.casusnummer, melding)
        if reden is None:
            return False
        try:
            delen.open_met_reden(db, casus_id, reden)
            return True
        except Validatiefout as e:
            melding = str(e)
        except Fout as e:
            meld(parent, str(e))
            return False


# ------------------------------------------------------------------ the idle lock


class VergrendelScherm(QWidget):
    """What the window shows while locked: who is signed in and a password field."""

    ontgrendel_gevraagd = Signal(str)
    afsluiten_gevraagd = Signal()

    def __init__(self, naam: str, parent: QWidget | None = None):
        super().__init__(parent)
        titel = kop(self.tr("Jeugdloket is locked"), 18)
        uitleg = QLabel(
            self.tr(
                "Locked after a period without use, so nobody can read along. Everything you "
                "typed has been saved. %1: type your password to continue."
            ).replace("%1", naam)
        )
        uitleg.setWordWrap(True)
        self.wachtwoord = QLineEdit()
        self.wachtwoord.setEchoMode(QLineEdit.EchoMode.Password)
        self.wachtwoord.setPlaceholderText(self.tr("Password"))
        self.wachtwoord.returnPressed.connect(self._verder)
        self.melding = _foutlabel()
        self.verder = QPushButton(self.tr("Continue"))
        self.verder.setDefault(True)
        self.verder.clicked.connect(self._verder)
        self.stoppen = QPushButton(self.tr("Quit Jeugdloket"))
        self.stoppen.clicked.connect(self.afsluiten_gevraagd)

        kader = QWidget()
        # A fixed width lets the wrapped explanation take the height it needs (no clipping).
        kader.setFixedWidth(460)
        laag = QVBoxLayout(kader)
        laag.addWidget(titel)
        laag.addWidget(uitleg)
        laag.addWidget(self.wachtwoord)
        laag.addWidget(self.melding)
        laag.addWidget(self.verder)
        laag.addWidget(self.stoppen)
        # Centred by stretches, not an alignment flag: a layout with alignment sizes the box by
        # its size hint and clips the wrapped explanation.
        rij = QHBoxLayout()
        rij.addStretch(1)
        rij.addWidget(kader)
        rij.addStretch(1)
        buiten = QVBoxLayout(self)
        buiten.addStretch(1)
        buiten.addLayout(rij)
        buiten.addStretch(2)

    def _verder(self) -> None:
        self.ontgrendel_gevraagd.emit(self.wachtwoord.text())


_INVOER = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def _bewaar_alles(venster: QMainWindow) -> None:
    """Flush every pending autosave of the open case tabs before the content is hidden."""
    tabs = getattr(venster, "tabs", None)
    if tabs is None:
        return
    for i in range(tabs.count()):
        bewaar = getattr(tabs.widget(i), "bewaar_alles", None)
        if callable(bewaar):
            bewaar()


class Vergrendeling(QObject):
    """Locks `venster` after `minuten` without input: saves first, then shows VergrendelScherm
    instead of the content (kept as it is, nothing closed). The password of the signed-in
    medewerker unlocks it; failed attempts count towards the lock-out like a sign-in."""

    vergrendeld = Signal()
    ontgrendeld = Signal()

    def __init__(
        self,
        venster: QMainWindow,
        db: Database,
        medewerker: MedewerkerData,
        minuten: float | None = None,
        afsluiten: Callable[[], None] | None = None,
    ):
        super().__init__(venster)
        self.venster = venster
        self.db = db
        self.medewerker = medewerker
        if minuten is None:
            minuten = float(QSettings().value(INSTELLING_MINUTEN, STANDAARD_MINUTEN))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minuten * 60_000)))
        self.timer.timeout.connect(self.vergrendel)
        self.scherm: VergrendelScherm | None = None
        self._inhoud: QWidget | None = None
        self._verborgen: list[QWidget] = []
        self._uitgezet: list[QAction] = []
        self._afsluiten = afsluiten or venster.close
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    @property
    def actief(self) -> bool:
        return self.scherm is not None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INVOER and not self.actief:
            self.timer.start()  # restart: the idle time counts from the last input
        return False

    def vergrendel(self) -> None:
        if self.actief:
            return
        _bewaar_alles(self.venster)
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        # Other windows (an open dialog) would show data on top of the lock screen.
        self._verborgen = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not self.venster and w.isWindow()
        ]
        for w in self._verborgen:
            w.hide()
        # Shortcuts would still work behind the lock screen (Ctrl+N opens a dialog).
        self._uitgezet = [a for a in self.venster.findChildren(QAction) if a.isEnabled()]
        for a in self._uitgezet:
            a.setEnabled(False)
        self.venster.menuBar().setEnabled(False)
        self._inhoud = self.venster.takeCentralWidget()
        self.scherm = VergrendelScherm(self.medewerker.naam)
        self.scherm.ontgrendel_gevraagd.connect(self.probeer)
        self.scherm.afsluiten_gevraagd.connect(self._afsluiten)
        self.venster.setCentralWidget(self.scherm)
        self.scherm.wachtwoord.setFocus()
        self.vergrendeld.emit()

    def probeer(self, wachtwoord: str) -> bool:
        if self.scherm is None:
            return True
        from jeugdloket.services import toegang

        try:
            toegang.meld_aan(
                self.db, self.medewerker.gebruikersnaam, wachtwoord, omschrijving="ontgrendeld"
            )
        except Fout as e:
            self.scherm.melding.setText(str(e))
            self.scherm.wachtwoord.clear()
            return False
        self.ontgrendel()
        return True

    def ontgrendel(self) -> None:
        if self.scherm is None:
            return
        scherm = self.venster.takeCentralWidget()
        self.venster.setCentralWidget(self._inhoud)
        self._inhoud.show()  # taken out, the content was hidden: exactly as it was, typed text too
        self._inhoud = None
        if scherm is not None:
            scherm.deleteLater()
        self.scherm = None
        self.venster.menuBar().setEnabled(True)
        for a in self._uitgezet:
            a.setEnabled(True)
        for w in self._verborgen:
            w.show()
        self._uitgezet, self._verborgen = [], []
        self.timer.start()
        self.ontgrendeld.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
