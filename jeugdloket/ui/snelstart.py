"""The fast start of an encrypted file: the sign-in dialog first, the database behind it.

Before the window can ask anything, the database layer must load (SQLAlchemy, SQLModel, pydantic
and the model classes: ±0.7 s) and the file must open; done in that order, a consultant looked at
nothing for 1.3–1.5 s. When the file's passphrase needs no question (JEUGDLOKET_SLEUTEL, the
keyring, the demo passphrase), the sign-in dialog shows as soon as Qt runs, and the layer loads
and the file opens in the background while the user types; "Sign in" pressed before that is done
signs in the moment it is. Everything else (a plain file, a new one, a passphrase to ask, a file
that does not open) takes the normal start in ui/app.py, which asks and explains.

Nothing of the database is shown or read for the user before the sign-in: the background work
only opens the file (the same open as the normal start: migrations with a backup first) and reads
what the dialog itself needs (whether there are users yet, whether the demo password is active).
"""

import importlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from jeugdloket.beveiliging import sleutel as s
from jeugdloket.beveiliging.sleutel import Soort, bestandssoort
from jeugdloket.ui.aanmelden import AanmeldDialoog, AanmeldFeiten, aanmeld_feiten
from jeugdloket.ui.taken import Taak, pool

if TYPE_CHECKING:
    from jeugdloket.db import Database
    from jeugdloket.services.medewerkers import MedewerkerData

# What the main window needs after the sign-in and does not draw: loaded while the user types.
_VOORAF = (
    "jeugdloket.db",
    "jeugdloket.services.toegang",
    "jeugdloket.services.werkkopie",
    "jeugdloket.services.casuslijst",
    "jeugdloket.services.backup",
)


def laad_vooraf() -> threading.Thread:
    """Start importing the database layer in a thread (its import holds the interpreter only
    between Qt's own work; a module imported twice waits for the first import)."""

    def laad() -> None:
        for module in _VOORAF:
            __import__(module)

    # Not a daemon: a start cancelled at once waits for it instead of ending the interpreter
    # under an import (which can crash the process).
    draad = threading.Thread(target=laad, name="jeugdloket-vooraf")
    draad.start()
    return draad


def bekende_sleutel(doel: str) -> str | None:
    """The passphrase of an encrypted database file that opens without a question, or None.

    Only a plain path (a URL or PostgreSQL goes the normal way) to an existing encrypted file.
    JEUGDLOKET_SLEUTEL or the keyring are taken as they are: the background open checks them (a
    stale one falls back to the normal start, which asks). Without those, the public demo
    passphrase is tested here (one key derivation, 0.15–0.2 s, kept for the open that follows),
    so that a consultant's own file asks its passphrase first, as before."""
    if "://" in doel:
        return None
    pad = Path(doel).expanduser()
    if not pad.is_file() or bestandssoort(pad) is not Soort.VERSLEUTELD:
        return None
    bekend = s.uit_omgeving() or s.uit_sleutelbos(pad)
    if bekend:
        return bekend
    if s.toets_sleutel(pad, s.DEMO_SLEUTEL) == s.PAST:
        return s.DEMO_SLEUTEL
    return None


@dataclass
class _Voorbereiding:
    db: "Database | None" = None  # kept here too: a cancelled start must close it


def _voorbereiden(doel: str, sleutel: str, uit: _Voorbereiding) -> tuple:
    """In the thread pool: open the file and read what the dialog shows."""
    from jeugdloket.db import open_database

    uit.db = open_database(doel, sleutel=sleutel)
    feiten = aanmeld_feiten(uit.db)
    for module in _VOORAF:  # already loading in laad_vooraf's thread: wait for it here
        __import__(module)
    # What SQLAlchemy otherwise does at the first ORM query – the sign-in's (±0.15 s).
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    return uit.db, feiten


def _open(dialoog: AanmeldDialoog, db: "Database", feiten: AanmeldFeiten) -> None:
    if not dialoog.isVisible():
        return  # cancelled meanwhile: snelle_aanmelding closes this database
    dialoog.zet_database(db, feiten)
    if dialoog.isVisible():
        # Still typing: the main window's own modules next (Qt widgets: on this thread), ±0.1 s
        # less between "Sign in" and the case list.
        QTimer.singleShot(0, _laad_venstermodules)


def _laad_venstermodules() -> None:
    for module in ("jeugdloket.ui.hoofdvenster", "jeugdloket.ui.beveiliging"):
        importlib.import_module(module)


@dataclass
class Aanmelding:
    db: "Database | None"
    medewerker: "MedewerkerData | None"  # None: cancelled
    terugval: bool = False  # opening failed: start the normal way (it explains why)


def snelle_aanmelding(doel: str, sleutel: str, gebruiker: str | None) -> Aanmelding:
    """Show the sign-in dialog at once while `doel` opens with `sleutel` in the background."""
    uit = _Voorbereiding()
    dialoog = AanmeldDialoog(None, gebruiker)
    taak = Taak(_voorbereiden, doel, sleutel, uit)
    taak.signalen.klaar.connect(lambda u: _open(dialoog, *u))
    taak.signalen.mislukt.connect(dialoog.voorbereiding_mislukt)
    taak.start()
    geaccepteerd = dialoog.exec() == QDialog.DialogCode.Accepted
    if not geaccepteerd:
        # Cancelled (or failed) while the file may still be opening: let that task end (its
        # signal included: emitted into a closing application it crashes the process) and close
        # the file, so no connection or thread outlives the start.
        pool().waitForDone()
        if uit.db is not None:
            uit.db.sluit()
        return Aanmelding(None, None, terugval=dialoog.terugval is not None)
    return Aanmelding(dialoog.db, dialoog.medewerker)
