"""The fast start (ui/snelstart.py): the sign-in dialog shows before the database is open, a
sign-in pressed early goes through once it is, and anything unusual falls back to the normal
start. The dialog runs its real modal loop; timers inside that loop act as the user."""

import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import text

from jeugdloket.beveiliging import sleutel as s
from jeugdloket.beveiliging.bestanden import in_gebruik
from jeugdloket.db import open_database
from jeugdloket.services import medewerkers, toegang
from jeugdloket.ui import snelstart
from jeugdloket.ui.aanmelden import AanmeldDialoog, aanmeld_feiten
from jeugdloket.ui.app import installeer_vertaling

WACHTWOORD = "Een goed wachtwoord 42"
EIGEN_SLEUTEL = "kikker springt over de sloot"


@pytest.fixture(autouse=True)
def _nederlands_zonder_sleutelbos(qapp, monkeypatch):
    installeer_vertaling(qapp, "nl")
    monkeypatch.delenv(s.OMGEVING, raising=False)
    monkeypatch.setattr(s, "_keyring", lambda: None)


def _bestand(pad, sleutel):
    db = open_database(pad, gebruiker="a.devries", sleutel=sleutel)
    medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries")
    toegang.zet_wachtwoord(db, "a.devries", WACHTWOORD)
    db.sluit()
    return str(pad)


def _als_gebruiker(actie) -> None:
    """Run `actie(dialog)` once the modal sign-in dialog runs; close it after 20 s whatever
    happens, so that a broken start fails the test instead of hanging the run."""

    def doe():
        dialoog = QApplication.activeModalWidget()
        if dialoog is None:
            QTimer.singleShot(5, doe)
            return
        actie(dialoog)

    QTimer.singleShot(0, doe)
    QTimer.singleShot(20_000, lambda: QApplication.activeModalWidget() and doe_dicht())

    def doe_dicht():
        QApplication.activeModalWidget().reject()


def test_alleen_een_versleuteld_bestand_met_bekende_sleutel_gaat_snel(tmp_path, monkeypatch):
    demo = _bestand(tmp_path / "demo.db", s.DEMO_SLEUTEL)
    eigen = _bestand(tmp_path / "eigen.db", EIGEN_SLEUTEL)
    gewoon = _bestand(tmp_path / "gewoon.db", None)
    assert snelstart.bekende_sleutel(demo) == s.DEMO_SLEUTEL
    # A consultant's own passphrase is asked first (the normal start), as are plain and new
    # files, URLs and the team register.
    assert snelstart.bekende_sleutel(eigen) is None
    assert snelstart.bekende_sleutel(gewoon) is None
    assert snelstart.bekende_sleutel(str(tmp_path / "nieuw.db")) is None
    assert snelstart.bekende_sleutel(f"sqlite:///{demo}") is None
    assert snelstart.bekende_sleutel("postgresql://x@localhost/jl") is None
    # With JEUGDLOKET_SLEUTEL (or the keyring) the dialog comes first; the open checks it.
    monkeypatch.setenv(s.OMGEVING, EIGEN_SLEUTEL)
    assert snelstart.bekende_sleutel(eigen) == EIGEN_SLEUTEL


def test_aanmelden_voordat_de_database_open_is(qtbot, tmp_path, monkeypatch):
    pad = _bestand(tmp_path / "demo.db", s.DEMO_SLEUTEL)
    poort = threading.Event()
    echt = snelstart.aanmeld_feiten

    def traag(db):  # the file opens slowly: the user is quicker
        assert poort.wait(20)
        return echt(db)

    monkeypatch.setattr(snelstart, "aanmeld_feiten", traag)
    gezien = {}

    def typ(dialoog):
        gezien["open bij tonen"] = dialoog.db is not None
        qtbot.keyClicks(dialoog.gebruikersnaam, "a.devries")
        qtbot.keyClicks(dialoog.wachtwoord, WACHTWOORD)
        dialoog.knoppen.accepted.emit()  # "Aanmelden"
        gezien["melding"] = dialoog.bezig.text() if dialoog.bezig.isVisibleTo(dialoog) else ""
        gezien["knoppen"] = dialoog.knoppen.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        gezien["nog open"] = dialoog.isVisible()
        poort.set()

    _als_gebruiker(typ)
    uit = snelstart.snelle_aanmelding(pad, s.DEMO_SLEUTEL, None)
    try:
        assert gezien["open bij tonen"] is False
        assert "De database wordt geopend" in gezien["melding"]
        assert gezien["knoppen"] is False and gezien["nog open"] is True
        # Signed in the moment the file was open, the normal way: checked and logged.
        assert not uit.terugval
        assert uit.medewerker.gebruikersnaam == "a.devries"
        with uit.db.engine.connect() as conn:
            log = conn.execute(text("SELECT gebruiker, actie FROM logboek")).all()
        assert ("a.devries", "aanmelding") in [tuple(r) for r in log]
    finally:
        uit.db.sluit()


def test_fout_wachtwoord_houdt_het_scherm_open(qtbot, tmp_path):
    pad = _bestand(tmp_path / "demo.db", s.DEMO_SLEUTEL)
    meldingen = []

    def typ(dialoog):
        if dialoog.db is None:  # wait until open, then type a wrong password
            QTimer.singleShot(10, lambda: typ(dialoog))
            return
        dialoog.gebruikersnaam.setText("a.devries")
        dialoog.wachtwoord.setText("fout")
        dialoog.knoppen.accepted.emit()
        meldingen.append(dialoog.melding.text())
        dialoog.reject()

    _als_gebruiker(typ)
    uit = snelstart.snelle_aanmelding(pad, s.DEMO_SLEUTEL, "a.devries")
    assert uit.medewerker is None and not uit.terugval
    assert meldingen and meldingen[0]  # the refusal is said in the dialog
    assert not in_gebruik(tmp_path / "demo.db", s.DEMO_SLEUTEL)  # closed again


def test_annuleren_tijdens_het_openen_sluit_de_database(qtbot, tmp_path, monkeypatch):
    pad = _bestand(tmp_path / "demo.db", s.DEMO_SLEUTEL)
    poort = threading.Event()
    echt = snelstart.aanmeld_feiten

    def traag(db):
        assert poort.wait(20)
        return echt(db)

    monkeypatch.setattr(snelstart, "aanmeld_feiten", traag)

    def annuleer(dialoog):
        dialoog.reject()
        poort.set()

    _als_gebruiker(annuleer)
    uit = snelstart.snelle_aanmelding(pad, s.DEMO_SLEUTEL, None)
    assert uit.medewerker is None and uit.db is None and not uit.terugval
    assert not in_gebruik(tmp_path / "demo.db", s.DEMO_SLEUTEL)


def test_een_sleutel_die_niet_past_valt_terug_op_de_gewone_start(qtbot, tmp_path, monkeypatch):
    pad = _bestand(tmp_path / "eigen.db", EIGEN_SLEUTEL)
    monkeypatch.setenv(s.OMGEVING, "een oude sleutel die niet meer past")
    sleutel = snelstart.bekende_sleutel(pad)
    assert sleutel is not None
    _als_gebruiker(lambda dialoog: None)  # the dialog closes by itself
    uit = snelstart.snelle_aanmelding(pad, sleutel, None)
    assert uit.terugval and uit.medewerker is None and uit.db is None


def test_het_programma_start_met_het_aanmeldscherm_en_stopt_netjes(tmp_path):
    """The installed start (`python -m jeugdloket --db FILE`): the smoke test closes the sign-in
    dialog as soon as it runs – while the file may still be opening behind it."""
    pad = _bestand(tmp_path / "demo.db", s.DEMO_SLEUTEL)
    omgeving = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "JEUGDLOKET_ZELFTEST": "aanmelden",
        "HOME": str(tmp_path),  # QSettings of its own
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    omgeving.pop(s.OMGEVING, None)
    uit = subprocess.run(
        [sys.executable, "-m", "jeugdloket", "--db", pad],
        capture_output=True,
        text=True,
        env=omgeving,
        timeout=120,
    )
    assert uit.returncode == 0, uit.stderr
    assert "zelftest aanmelden: AanmeldDialoog 'Jeugdloket – aanmelden'" in uit.stdout
    assert "Traceback" not in uit.stderr
    assert not in_gebruik(tmp_path / "demo.db", s.DEMO_SLEUTEL)


def test_het_scherm_groeit_mee_als_de_database_open_is(qtbot, tmp_path):
    """What appears once the file is open (the demo note) and the waiting note fit in the
    dialog: nothing cut off, the fields keep their height."""
    pad = tmp_path / "demo.db"
    db = open_database(pad, gebruiker="a.devries", sleutel=s.DEMO_SLEUTEL)
    medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries")
    with db.engine.begin() as conn:  # as the demo stores it: one fixed hash of the public password
        conn.execute(
            text("UPDATE medewerker SET wachtwoord_hash = :h"), {"h": toegang.DEMO_WACHTWOORD_HASH}
        )
    dialoog = AanmeldDialoog(None, "a.devries")
    qtbot.addWidget(dialoog)
    dialoog.show()
    veldhoogte = dialoog.wachtwoord.height()

    def past(label) -> bool:
        return label.isVisible() and label.height() >= label.heightForWidth(label.width())

    dialoog.knoppen.accepted.emit()  # before the file is open: the waiting note
    qtbot.waitUntil(lambda: past(dialoog.bezig), timeout=3000)
    assert dialoog.wachtwoord.height() >= veldhoogte
    dialoog._klik_wacht = False  # this test looks at the dialog, it does not sign in
    dialoog.zet_database(db, aanmeld_feiten(db))
    assert "jeugdloket-demo" in dialoog.demo.text()
    qtbot.waitUntil(lambda: past(dialoog.demo), timeout=3000)
    assert dialoog.wachtwoord.height() >= veldhoogte
    db.sluit()
