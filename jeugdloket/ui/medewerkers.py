"""The beheerder's page for the team's accounts: who may sign in, with which roles.

Everything here goes through services/toegang.py and services/medewerkers.py, which refuse
anyone but a beheerder and write each change to the access log – the page only asks.
"""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, Validatiefout
from jeugdloket.services import medewerkers, toegang
from jeugdloket.services.toegang import AccountStand
from jeugdloket.ui import kleuren, widgets
from jeugdloket.ui.widgets import LijstModel, fmt_datum, kop, vraag

ROLLEN = ("consulent", "coördinator", "beheerder")


def _rolvakjes(aan: tuple[str, ...] = ()) -> list[QCheckBox]:
    namen = {
        "consulent": QCoreApplication.translate(
            "MedewerkersPagina", "Consultant – own and shared cases"
        ),
        "coördinator": QCoreApplication.translate(
            "MedewerkersPagina", "Coordinator – all cases, weekly overview, access log"
        ),
        "beheerder": QCoreApplication.translate(
            "MedewerkersPagina", "Administrator – accounts and catalogue, no case contents"
        ),
    }
    vakjes = []
    for rol in ROLLEN:
        vakje = QCheckBox(namen[rol])
        vakje.setObjectName(rol)
        vakje.setChecked(rol in aan)
        vakjes.append(vakje)
    return vakjes


def _gekozen(vakjes: list[QCheckBox]) -> set[str]:
    return {v.objectName() for v in vakjes if v.isChecked()}


# Dialog routes the tests can replace: a modal exec() would block an offscreen test run.
def vraag_nieuwe_medewerker(parent: QWidget) -> tuple[str, str, set[str]] | None:
    """User name, full name and roles of a new medewerker (no password: chosen at sign-in)."""
    gebruikersnaam = QLineEdit()
    gebruikersnaam.setPlaceholderText(
        QCoreApplication.translate("MedewerkersPagina", "e.g. a.devries")
    )
    naam = QLineEdit()
    naam.setPlaceholderText(QCoreApplication.translate("MedewerkersPagina", "e.g. Anouk de Vries"))
    vakjes = _rolvakjes(("consulent",))
    inhoud = [
        (QCoreApplication.translate("MedewerkersPagina", "User name"), gebruikersnaam),
        (QCoreApplication.translate("MedewerkersPagina", "Name"), naam),
        QCoreApplication.translate("MedewerkersPagina", "Roles"),
        *vakjes,
        QCoreApplication.translate(
            "MedewerkersPagina", "The new colleague chooses a password at the first sign-in."
        ),
    ]
    return vraag(
        parent,
        QCoreApplication.translate("MedewerkersPagina", "New staff member"),
        inhoud,
        lambda: (gebruikersnaam.text().strip(), naam.text().strip(), _gekozen(vakjes)),
    )


def vraag_rollen(parent: QWidget, account: AccountStand) -> set[str] | None:
    vakjes = _rolvakjes(account.rollen)
    uitleg = QCoreApplication.translate("MedewerkersPagina", "Roles of %1").replace(
        "%1", f"{account.naam} ({account.gebruikersnaam})"
    )
    return vraag(
        parent,
        QCoreApplication.translate("MedewerkersPagina", "Roles"),
        [uitleg, *vakjes],
        lambda: _gekozen(vakjes),
    )


def vraag_wachtwoord(parent: QWidget, account: AccountStand) -> tuple[str, str] | None:
    """A temporary password the beheerder passes on in person (at least 10 characters)."""
    eerste, tweede = QLineEdit(), QLineEdit()
    for veld in (eerste, tweede):
        veld.setEchoMode(QLineEdit.EchoMode.Password)
    uitleg = QCoreApplication.translate(
        "MedewerkersPagina",
        "A new password for %1, for instance after a forgotten one. Give it in person, not by"
        " e-mail. It also lifts a lock.",
    ).replace("%1", f"{account.naam} ({account.gebruikersnaam})")
    inhoud = [
        uitleg,
        (QCoreApplication.translate("MedewerkersPagina", "Password"), eerste),
        (QCoreApplication.translate("MedewerkersPagina", "Password again"), tweede),
    ]
    return vraag(
        parent,
        QCoreApplication.translate("MedewerkersPagina", "Set password"),
        inhoud,
        lambda: (eerste.text(), tweede.text()),
    )


def bevestig(parent: QWidget, tekst: str) -> bool:
    return widgets.bevestig(
        parent, QCoreApplication.translate("MedewerkersPagina", "Staff members"), tekst
    )


def meld_fout(parent: QWidget, tekst: str) -> None:
    widgets.meld_fout(
        parent, QCoreApplication.translate("MedewerkersPagina", "Staff members"), tekst
    )


class AccountsModel(LijstModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.koppen = (
            self.tr("User name"),
            self.tr("Name"),
            self.tr("Roles"),
            self.tr("Sign-in"),
        )

    def stand(self, a: AccountStand) -> str:
        if not a.actief:
            return self.tr("not active")
        if a.geblokkeerd_tot is not None and a.geblokkeerd_tot > datetime.now():
            return self.tr("locked until %1").replace("%1", fmt_datum(a.geblokkeerd_tot))
        if not a.heeft_wachtwoord:
            return self.tr("chooses a password at the first sign-in")
        return self.tr("active")

    def data(self, index: QModelIndex | QPersistentModelIndex, rol=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.rijen[index.row()]
        if rol == Qt.ItemDataRole.DisplayRole:
            return (a.gebruikersnaam, a.naam, ", ".join(a.rollen), self.stand(a))[index.column()]
        if rol == Qt.ItemDataRole.ForegroundRole and not a.actief:
            return QColor(kleuren.ZACHT)
        return None


class MedewerkersPagina(QWidget):
    """Accounts and roles (beheerder): new, roles, password, unlock, (in)active."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        uitleg = QLabel(
            self.tr(
                "Who may sign in, and with which roles. A consultant sees their own and shared"
                " cases, a coordinator all cases and the figures, an administrator the accounts"
                " and the catalogue but no case contents. Every change is in the access log."
            )
        )
        uitleg.setWordWrap(True)
        self.model = AccountsModel(self)
        self.tabel = widgets.lijsttabel(self.model)
        self.tabel.selectionModel().selectionChanged.connect(self._knoppen_bijwerken)
        self.tabel.doubleClicked.connect(lambda _i: self.wijzig_rollen())

        self.nieuw_knop = QPushButton(self.tr("New staff member…"))
        self.nieuw_knop.clicked.connect(self.nieuwe_medewerker)
        self.rollen_knop = QPushButton(self.tr("Roles…"))
        self.rollen_knop.clicked.connect(self.wijzig_rollen)
        self.wachtwoord_knop = QPushButton(self.tr("Set password…"))
        self.wachtwoord_knop.clicked.connect(self.zet_wachtwoord)
        self.ontgrendel_knop = QPushButton(self.tr("Unlock"))
        self.ontgrendel_knop.clicked.connect(self.ontgrendel)
        self.actief_knop = QPushButton(self.tr("Deactivate"))
        self.actief_knop.clicked.connect(self.wissel_actief)
        knoppen = QHBoxLayout()
        for knop in (
            self.nieuw_knop,
            self.rollen_knop,
            self.wachtwoord_knop,
            self.ontgrendel_knop,
            self.actief_knop,
        ):
            knoppen.addWidget(knop)
        knoppen.addStretch(1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        laag = QVBoxLayout(self)
        laag.addWidget(kop(self.tr("Staff members")))
        laag.addWidget(uitleg)
        laag.addLayout(knoppen)
        laag.addWidget(self.tabel, 1)
        laag.addWidget(self.status)
        self.ververs()

    # ------------------------------------------------------------------ data
    def ververs(self, kies: str | None = None) -> None:
        kies = kies or (self.gekozen().gebruikersnaam if self.gekozen() else None)
        try:
            self.model.zet(toegang.accounts(self.db))
        except Fout as e:
            self.model.zet([])
            self.status.setText(str(e))
        self.tabel.resizeColumnsToContents()
        if kies:
            for i, a in enumerate(self.model.rijen):
                if a.gebruikersnaam == kies:
                    self.tabel.selectRow(i)
        self._knoppen_bijwerken()

    def gekozen(self) -> AccountStand | None:
        rijen = self.tabel.selectionModel().selectedRows()
        return self.model.rij(rijen[0].row()) if rijen else None

    def _knoppen_bijwerken(self, *_args) -> None:
        a = self.gekozen()
        for knop in (self.rollen_knop, self.wachtwoord_knop, self.actief_knop):
            knop.setEnabled(a is not None)
        self.ontgrendel_knop.setEnabled(
            a is not None and a.geblokkeerd_tot is not None and a.geblokkeerd_tot > datetime.now()
        )
        self.actief_knop.setText(
            self.tr("Activate again") if a is not None and not a.actief else self.tr("Deactivate")
        )

    def _voer_uit(self, handeling, gelukt: str, kies: str | None) -> bool:
        """Run a service call; a refusal is shown in Dutch, never a traceback."""
        try:
            handeling()
        except Validatiefout as e:
            meld_fout(self, "\n".join(e.fouten.values()))
            return False
        except Fout as e:
            meld_fout(self, str(e))
            return False
        self.status.setText(gelukt)
        self.ververs(kies)
        return True

    # ------------------------------------------------------------------ actions
    def nieuwe_medewerker(self) -> None:
        antwoord = vraag_nieuwe_medewerker(self)
        if antwoord is None:
            return
        gebruikersnaam, naam, rollen = antwoord
        if not rollen:
            meld_fout(self, self.tr("Choose at least one role."))
            return

        def maak() -> None:
            hoofdrol = next(r for r in ROLLEN if r in rollen)
            m = medewerkers.maak_medewerker(self.db, gebruikersnaam, naam, hoofdrol)
            if len(rollen) > 1:
                toegang.zet_rollen(self.db, m.gebruikersnaam, rollen)

        self._voer_uit(
            maak,
            self.tr("%1 added; the password is chosen at the first sign-in.").replace(
                "%1", gebruikersnaam.lower()
            ),
            gebruikersnaam.lower(),
        )

    def wijzig_rollen(self) -> None:
        a = self.gekozen()
        if a is None:
            return
        rollen = vraag_rollen(self, a)
        if rollen is None:
            return
        self._voer_uit(
            lambda: toegang.zet_rollen(self.db, a.gebruikersnaam, rollen),
            self.tr("Roles of %1 changed.").replace("%1", a.gebruikersnaam),
            a.gebruikersnaam,
        )

    def zet_wachtwoord(self) -> None:
        a = self.gekozen()
        if a is None:
            return
        antwoord = vraag_wachtwoord(self, a)
        if antwoord is None:
            return
        self._voer_uit(
            lambda: toegang.zet_wachtwoord(self.db, a.gebruikersnaam, *antwoord),
            self.tr("New password set for %1.").replace("%1", a.gebruikersnaam),
            a.gebruikersnaam,
        )

    def ontgrendel(self) -> None:
        a = self.gekozen()
        if a is None:
            return
        self._voer_uit(
            lambda: toegang.ontgrendel(self.db, a.gebruikersnaam),
            self.tr("%1 can sign in again.").replace("%1", a.gebruikersnaam),
            a.gebruikersnaam,
        )

    def wissel_actief(self) -> None:
        a = self.gekozen()
        if a is None:
            return
        if a.actief:
            vraagtekst = self.tr(
                "Deactivate %1? They can no longer sign in; their name stays on their cases and"
                " in the log. Hand their open cases to a colleague first."
            ).replace("%1", f"{a.naam} ({a.gebruikersnaam})")
            if not bevestig(self, vraagtekst):
                return
        gelukt = (
            self.tr("%1 is active again.") if not a.actief else self.tr("%1 is no longer active.")
        ).replace("%1", a.gebruikersnaam)
        self._voer_uit(
            lambda: toegang.zet_actief(self.db, a.gebruikersnaam, not a.actief),
            gelukt,
            a.gebruikersnaam,
        )
