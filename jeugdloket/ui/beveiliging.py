"""Unlocking the database at start, the integrity check, and backups while the window runs.

Every question to the user goes through a small module-level function (`vraag_sleutel`,
`vraag_versleutelen`, `vraag_herstel`, `meld`): tests replace them, because a real modal
`exec()` would hang a test run.

The database layer (jeugdloket.db and the services: SQLAlchemy, SQLModel, the models, ±0.7 s)
is imported where it is used, not with this module: the passphrase dialog shows while that layer
loads in the background (ui/snelstart.laad_vooraf), and a passphrase is typed in that time.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.beveiliging import sleutel as s
from jeugdloket.beveiliging.sleutel import Soort, bestandssoort
from jeugdloket.beveiliging.versleutel import versleutel_database
from jeugdloket.fouten import Fout
from jeugdloket.paden import is_postgres_url
from jeugdloket.ui import opmaak
from jeugdloket.ui.taken import Taak

if TYPE_CHECKING:
    from jeugdloket.db import Database
    from jeugdloket.services import backup


def open_database(doel: str, sleutel: str | None = None) -> Database:
    """jeugdloket.db.open_database, loaded when a file is really opened."""
    from jeugdloket.db import open_database as openen

    return openen(doel, sleutel=sleutel)


def sleutel_van(engine) -> str | None:
    from jeugdloket.db import sleutel_van as van

    return van(engine)


def sqlite_pad_van(doel: str) -> Path | None:
    """The file a plain path names without loading the database layer; a URL through it."""
    if is_postgres_url(doel):
        return None
    if "://" not in doel:
        return Path(doel).expanduser().resolve()
    from jeugdloket.db import sqlite_pad_van as pad_van

    return pad_van(doel)


def _backup():
    from jeugdloket.services import backup

    return backup


_POGINGEN = 5


@dataclass(frozen=True)
class Antwoord:
    sleutel: str
    onthouden: bool = False


class SleutelDialoog(QDialog):
    """Ask the passphrase of a database; for a new one, choose it twice with a strength check."""

    def __init__(self, pad: Path, nieuw: bool, melding: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.nieuw = nieuw
        self.setWindowTitle(self.tr("Jeugdloket – passphrase"))
        self.uitleg = QLabel()
        self.uitleg.setWordWrap(True)
        if nieuw:
            self.uitleg.setText(
                self.tr(
                    "Choose a passphrase for the new database %1. The data on this laptop is "
                    "encrypted with it: without it nobody can read the file – nor can you, so "
                    "keep it safe. At least 12 characters; a sentence of a few words works well."
                ).replace("%1", str(pad))
            )
        else:
            self.uitleg.setText(
                self.tr("The database %1 is encrypted. Type its passphrase.").replace(
                    "%1", str(pad)
                )
            )
        self.sleutel = QLineEdit()
        self.sleutel.setEchoMode(QLineEdit.EchoMode.Password)
        self.herhaling = QLineEdit()
        self.herhaling.setEchoMode(QLineEdit.EchoMode.Password)
        self.melding = QLabel(melding)
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet("color: #b00020")
        self.onthouden = QCheckBox(self.tr("Remember on this computer (the system's keyring)"))
        self.onthouden.setVisible(s.sleutelbos_beschikbaar())

        formulier = QFormLayout()
        formulier.addRow(self.tr("Passphrase"), self.sleutel)
        if nieuw:
            formulier.addRow(self.tr("Once more"), self.herhaling)
        self.knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.knoppen.accepted.connect(self.accept)
        self.knoppen.rejected.connect(self.reject)
        laag = QVBoxLayout(self)
        laag.addWidget(self.uitleg)
        laag.addLayout(formulier)
        laag.addWidget(self.melding)
        laag.addWidget(self.onthouden)
        laag.addWidget(self.knoppen)
        if nieuw:
            self.sleutel.textChanged.connect(self._controleer)
            self.herhaling.textChanged.connect(self._controleer)
            self._controleer()

    def problemen(self) -> list[str]:
        """What keeps the OK button disabled (Dutch, from the strength rule)."""
        if not self.nieuw:
            return []
        problemen = s.sterkte_problemen(self.sleutel.text())
        if not problemen and self.herhaling.text() != self.sleutel.text():
            problemen.append(self.tr("The two passphrases are not the same."))
        return problemen

    def _controleer(self) -> None:
        problemen = self.problemen()
        self.knoppen.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problemen)
        self.melding.setText(" ".join(problemen) if self.sleutel.text() else "")

    def antwoord(self) -> Antwoord:
        return Antwoord(
            self.sleutel.text(), self.onthouden.isVisible() and self.onthouden.isChecked()
        )


# ------------------------------------------------------------------ questions (monkeypatched in tests)


def vraag_sleutel(pad: Path, nieuw: bool, melding: str = "") -> Antwoord | None:
    dialoog = SleutelDialoog(pad, nieuw, melding)
    if dialoog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialoog.antwoord()


def vraag_versleutelen(pad: Path) -> bool:
    """A plain database: encrypt it now (True) or open it as it is (False)."""
    vak = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("Beveiliging", "Jeugdloket"), ""
    )
    vak.setText(
        QCoreApplication.translate(
            "Beveiliging",
            "The database %1 is not encrypted: anyone who gets hold of the file (a lost laptop, "
            "a copy) can read every case. Encrypt it now? You choose a passphrase; the plain "
            "file is then overwritten. (On the command line: jeugdloket versleutel.)",
        ).replace("%1", str(pad))
    )
    nu = vak.addButton(
        QCoreApplication.translate("Beveiliging", "Encrypt now"), QMessageBox.ButtonRole.AcceptRole
    )
    vak.addButton(
        QCoreApplication.translate("Beveiliging", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    vak.exec()
    return vak.clickedButton() is nu


def vraag_herstel(
    pad: Path, integriteit: backup.Integriteit, kandidaat: backup.Backup | None
) -> bool:
    """The integrity check failed: restore the newest good backup (True)?"""
    tekst = QCoreApplication.translate(
        "Beveiliging", "The check of the database %1 found damage: %2"
    ).replace("%1", str(pad))
    tekst = tekst.replace("%2", integriteit.tekst)
    if kandidaat is None:
        meld(
            "fout",
            tekst
            + "\n\n"
            + QCoreApplication.translate("Beveiliging", "There is no good backup in %1.").replace(
                "%1", str(_backup().backupmap(pad))
            ),
        )
        return False
    vraag = QCoreApplication.translate(
        "Beveiliging",
        "Restore the backup of %1? The damaged database is kept as a copy in the backups folder.",
    ).replace("%1", opmaak.datum_tijd(kandidaat.moment))
    knop = QMessageBox.question(
        None, QCoreApplication.translate("Beveiliging", "Jeugdloket"), tekst + "\n\n" + vraag
    )
    return knop == QMessageBox.StandardButton.Yes


def meld(soort: str, tekst: str) -> None:
    """A message box: soort is 'info', 'waarschuwing' or 'fout'."""
    functie = {
        "info": QMessageBox.information,
        "waarschuwing": QMessageBox.warning,
        "fout": QMessageBox.critical,
    }[soort]
    functie(None, QCoreApplication.translate("Beveiliging", "Jeugdloket"), tekst)


# ------------------------------------------------------------------ opening


def _onthoud(pad: Path, antwoord: Antwoord) -> None:
    if antwoord.onthouden:
        s.naar_sleutelbos(pad, antwoord.sleutel)


_SLEUTEL_FOUT = object()  # the key opens neither the database nor a backup: really wrong


def _beschadigd(pad: Path, doel: str, sleutel: str, zeker: bool = False):
    """The database does not open with this key. If the key opens a good backup of this
    database, the key is right and the database damaged – offer that backup. `zeker`: SQLCipher
    already showed the key to be right (a later page is damaged); without a backup, say so.
    Returns the opened Database, None (stop) or _SLEUTEL_FOUT."""
    kandidaat = _backup().nieuwste_goede_backup(pad, sleutel)
    if kandidaat is None:
        if not zeker:
            return _SLEUTEL_FOUT
        meld(
            "fout",
            QCoreApplication.translate(
                "Beveiliging",
                "The database %1 is damaged (the passphrase is right, but part of the file is"
                " missing or broken) and there is no good backup next to it. Nothing has been"
                " changed. Restore a backup you keep elsewhere with: jeugdloket herstel BACKUP"
                " --db %1",
            ).replace("%1", str(pad)),
        )
        return None
    if zeker:
        uitleg = QCoreApplication.translate(
            "Beveiliging", "the passphrase is right, but part of the file is missing or broken"
        )
    else:
        uitleg = QCoreApplication.translate(
            "Beveiliging", "the file does not open with the passphrase that opens its backups"
        )
    integriteit = _backup().Integriteit(False, (uitleg,))
    if not vraag_herstel(pad, integriteit, kandidaat):
        return None
    try:
        uitkomst = _backup().herstel(pad, kandidaat.pad, sleutel)
    except Fout as e:
        meld("fout", str(e))
        return None
    meld("info", _hersteld_tekst(uitkomst))
    return open_database(doel, sleutel=sleutel)


def _probeer(pad: Path, doel: str, sleutel: str, backups: bool = True):
    """Open with this key: the Database, None (stop), or _SLEUTEL_FOUT (try another key).
    `backups`: also try the key on the backups when it does not open the file (not for the
    demo passphrase, tried on every file: that would cost a key derivation per backup)."""
    toets = s.toets_sleutel(pad, sleutel)
    if toets == s.PAST:
        return open_database(doel, sleutel=sleutel)
    if toets == s.VERKEERD and not backups:
        return _SLEUTEL_FOUT
    return _beschadigd(pad, doel, sleutel, zeker=toets == s.BESCHADIGD)


def _open_versleuteld(pad: Path, doel: str) -> Database | None:
    bekend = [k for k in (s.uit_omgeving(), s.uit_sleutelbos(pad)) if k]
    for kandidaat in (*bekend, s.DEMO_SLEUTEL):
        uitkomst = _probeer(pad, doel, kandidaat, backups=kandidaat in bekend)
        if uitkomst is not _SLEUTEL_FOUT:
            return uitkomst
    melding = ""
    for _ in range(_POGINGEN):
        antwoord = vraag_sleutel(pad, nieuw=False, melding=melding)
        if antwoord is None:
            return None
        uitkomst = _probeer(pad, doel, antwoord.sleutel)
        if uitkomst is not _SLEUTEL_FOUT:
            if uitkomst is not None:
                _onthoud(pad, antwoord)
            return uitkomst
        melding = QCoreApplication.translate(
            "Beveiliging", "The passphrase is not correct. Nothing has been changed."
        )
    meld(
        "fout",
        QCoreApplication.translate(
            "Beveiliging", "The passphrase is not correct. Jeugdloket closes."
        ),
    )
    return None


def _nieuwe_sleutel(pad: Path) -> Antwoord | None:
    uit_omgeving = s.uit_omgeving()
    if uit_omgeving:
        return Antwoord(uit_omgeving)
    antwoord = vraag_sleutel(pad, nieuw=True)
    # The dialog enforces the rule; checked again so that no weak key slips through.
    while antwoord is not None and s.sterkte_problemen(antwoord.sleutel):
        antwoord = vraag_sleutel(pad, True, " ".join(s.sterkte_problemen(antwoord.sleutel)))
    return antwoord


def _open_gewoon(pad: Path, doel: str) -> Database | None:
    if not vraag_versleutelen(pad):
        return open_database(doel)
    antwoord = _nieuwe_sleutel(pad)
    if antwoord is None:
        return open_database(doel)

    try:
        versleutel_database(pad, antwoord.sleutel)
    except Fout as e:
        meld("fout", str(e))
        return open_database(doel)
    _onthoud(pad, antwoord)
    meld(
        "info",
        QCoreApplication.translate(
            "Beveiliging",
            "The database is encrypted. The plain file has been overwritten and removed. "
            "Without the passphrase the data cannot be read: keep it safe.",
        ),
    )
    return open_database(doel, sleutel=antwoord.sleutel)


def _open(doel: str) -> Database | None:
    pad = sqlite_pad_van(doel)
    if pad is None:  # a team database (PostgreSQL): its server protects it
        return open_database(doel)
    soort = bestandssoort(pad)
    if soort is Soort.VERSLEUTELD:
        return _open_versleuteld(pad, doel)
    if soort is Soort.GEWOON:
        return _open_gewoon(pad, doel)
    antwoord = _nieuwe_sleutel(pad)  # first start: new databases are encrypted
    if antwoord is None:
        return None
    db = open_database(doel, sleutel=antwoord.sleutel)
    _onthoud(pad, antwoord)
    return db


def open_database_venster(doel: str) -> Database | None:
    """Open the database for the window, asking what is needed; None: the user stopped.

    A file too damaged to open is offered the newest good backup.
    """
    try:
        return _open(doel)
    except Exception as e:
        from sqlalchemy.exc import DatabaseError

        from jeugdloket.db import SleutelFout

        if isinstance(e, SleutelFout):
            meld("fout", str(e))
            return None
        if not isinstance(e, DatabaseError):
            raise
        pad = sqlite_pad_van(doel)
        if pad is None:
            raise
        integriteit = _backup().Integriteit(False, (str(e.orig or e),))
        sleutel = _sleutel_voor_backups(pad)
        kandidaat = _backup().nieuwste_goede_backup(pad, sleutel)
        if not vraag_herstel(pad, integriteit, kandidaat) or kandidaat is None:
            return None
        try:
            uitkomst = _backup().herstel(pad, kandidaat.pad, sleutel)
        except Fout as fout:
            meld("fout", str(fout))
            return None
        meld("info", _hersteld_tekst(uitkomst))
        return _open(doel)


def _sleutel_voor_backups(pad: Path) -> str | None:
    """The key of a damaged encrypted file whose header still reads: env, keyring or asked."""
    if bestandssoort(pad) is not Soort.VERSLEUTELD:
        return None
    for kandidaat in (s.uit_omgeving(), s.uit_sleutelbos(pad), s.DEMO_SLEUTEL):
        if kandidaat and s.sleutel_past(pad, kandidaat):
            return kandidaat
    antwoord = vraag_sleutel(pad, nieuw=False)
    return antwoord.sleutel if antwoord else None


def _hersteld_tekst(uitkomst: backup.Herstel) -> str:
    tekst = QCoreApplication.translate("Beveiliging", "The backup %1 has been restored.").replace(
        "%1", uitkomst.hersteld_van.name
    )
    if uitkomst.kopie is not None:
        tekst += " " + QCoreApplication.translate(
            "Beveiliging", "The damaged database is kept in %1."
        ).replace("%1", str(uitkomst.kopie))
    return tekst


def is_demo(db: Database) -> bool:
    return sleutel_van(db.engine) == s.DEMO_SLEUTEL


# ------------------------------------------------------------------ while the window runs


def _controle_en_dagelijkse_backup(db: Database) -> backup.Integriteit:
    """In a worker thread: the quick check, then the daily backup if one is due."""
    uitkomst = _backup().controleer(db)
    if uitkomst.ok and db.pad is not None and _backup().dagelijkse_backup_nodig(db.pad):
        _backup().automatische_backup(db, "dagelijks")
    return uitkomst


class Bewaking(QObject):
    """The integrity check at start (off the UI thread) and the backup when the window closes.

    `afsluiten_gevraagd` is emitted after a restore: the window must close without saving into
    the restored file, and the app then asks to be started again.
    """

    klaar = Signal(object)  # backup.Integriteit
    afsluiten_gevraagd = Signal()

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.integriteit: backup.Integriteit | None = None
        self._taak: Taak | None = None

    def start(self) -> None:
        self._taak = Taak(_controle_en_dagelijkse_backup, self.db)
        self._taak.signalen.klaar.connect(self._uitkomst)
        self._taak.signalen.mislukt.connect(
            lambda tekst: self._uitkomst(_backup().Integriteit(False, (tekst,)))
        )
        self._taak.start()

    def _uitkomst(self, integriteit: backup.Integriteit) -> None:
        self.integriteit = integriteit
        self.klaar.emit(integriteit)
        pad = self.db.pad
        if integriteit.ok or pad is None:
            return
        sleutel = sleutel_van(self.db.engine)
        kandidaat = _backup().nieuwste_goede_backup(pad, sleutel)
        if not vraag_herstel(pad, integriteit, kandidaat) or kandidaat is None:
            return
        self.db.engine.dispose()  # our own connections must not hold the file
        try:
            uitkomst = _backup().herstel(pad, kandidaat.pad, sleutel)
        except Fout as e:
            meld("fout", str(e))
            return
        meld(
            "info",
            _hersteld_tekst(uitkomst)
            + " "
            + QCoreApplication.translate("Beveiliging", "Start Jeugdloket again."),
        )
        self.afsluiten_gevraagd.emit()

    def bij_afsluiten(self) -> Path | None:
        """The backup on close; only of a database that passed the check at start, so that a
        damaged file never pushes good backups out of the retention."""
        if self.integriteit is None or not self.integriteit.ok or self.db.pad is None:
            return None
        try:
            return _backup().automatische_backup(self.db, "afsluiten")
        except Exception as e:  # the window is gone: say it where it can still be seen
            print(f"Backup bij afsluiten mislukt: {e}", file=sys.stderr)
            return None
