"""The window's side of encryption and backups: the passphrase dialog, opening, the check at
start and the backup on close. Every question is answered by a monkeypatched function."""

from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from jeugdloket.beveiliging import sleutel as s
from jeugdloket.beveiliging.sleutel import Soort, bestandssoort
from jeugdloket.db import open_database, sleutel_van
from jeugdloket.services import backup, casuslijst, casussen, medewerkers
from jeugdloket.ui import beveiliging as bv

SLEUTEL = "kikker springt over de sloot"


@pytest.fixture(autouse=True)
def _geen_omgeving_geen_sleutelbos(monkeypatch):
    monkeypatch.delenv(s.OMGEVING, raising=False)
    monkeypatch.setattr(s, "_keyring", lambda: None)
    monkeypatch.setattr(bv, "meld", lambda soort, tekst: None)


def _niet_vragen(*args, **kw):
    raise AssertionError("hier hoort geen vraag te komen")


def _met_casus(pad, sleutel=SLEUTEL):
    db = open_database(pad, gebruiker="a.devries", sleutel=sleutel)
    medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries")
    casussen.maak_casus(
        db, casussen.NieuweCasus(gemeente="Duiven", aanmelddatum=datetime(2026, 3, 2, 9))
    )
    return db


def test_dialoog_nieuwe_sleutel_pas_ok_als_sterk_en_gelijk(qtbot, tmp_path):
    d = bv.SleutelDialoog(tmp_path / "j.db", nieuw=True)
    qtbot.addWidget(d)
    ok = d.knoppen.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    d.sleutel.setText("welkom123")
    assert not ok.isEnabled() and "te kort" in d.melding.text()
    d.sleutel.setText(SLEUTEL)
    d.herhaling.setText(SLEUTEL[:-1])
    assert not ok.isEnabled() and d.melding.text()
    d.herhaling.setText(SLEUTEL)
    assert ok.isEnabled() and d.melding.text() == ""
    assert d.antwoord() == bv.Antwoord(SLEUTEL, False)
    assert not d.onthouden.isVisible()  # no keyring on this machine: no promise to remember


def test_eerste_start_kiest_sleutel_en_maakt_versleutelde_database(tmp_path, monkeypatch):
    gevraagd = []

    def vraag(pad, nieuw, melding=""):
        gevraagd.append(nieuw)
        return bv.Antwoord(SLEUTEL)

    monkeypatch.setattr(bv, "vraag_sleutel", vraag)
    db = bv.open_database_venster(str(tmp_path / "j.db"))
    try:
        assert gevraagd == [True] and sleutel_van(db.engine) == SLEUTEL
    finally:
        db.sluit()
    assert bestandssoort(tmp_path / "j.db") is Soort.VERSLEUTELD


def test_verkeerde_sleutel_wordt_opnieuw_gevraagd(tmp_path, monkeypatch):
    _met_casus(tmp_path / "j.db").sluit()
    antwoorden = iter(["een verkeerde lange zin", SLEUTEL])
    meldingen = []

    def vraag(pad, nieuw, melding=""):
        assert not nieuw
        meldingen.append(melding)
        return bv.Antwoord(next(antwoorden))

    monkeypatch.setattr(bv, "vraag_sleutel", vraag)
    db = bv.open_database_venster(str(tmp_path / "j.db"))
    assert meldingen[0] == "" and meldingen[1]  # second time: "not correct"
    assert len(casuslijst.casuslijst(db)) == 1
    db.sluit()

    monkeypatch.setattr(bv, "vraag_sleutel", lambda *a, **k: None)  # cancelled: app stops
    assert bv.open_database_venster(str(tmp_path / "j.db")) is None


def test_sleutel_uit_omgeving_of_sleutelbos_zonder_vraag(tmp_path, monkeypatch):
    _met_casus(tmp_path / "j.db").sluit()
    monkeypatch.setattr(bv, "vraag_sleutel", _niet_vragen)
    monkeypatch.setenv(s.OMGEVING, SLEUTEL)
    bv.open_database_venster(str(tmp_path / "j.db")).sluit()
    monkeypatch.delenv(s.OMGEVING)
    monkeypatch.setattr(s, "uit_sleutelbos", lambda pad: SLEUTEL)
    bv.open_database_venster(str(tmp_path / "j.db")).sluit()


def test_demo_database_opent_zonder_vraag(tmp_path, monkeypatch):
    _met_casus(tmp_path / "demo.db", sleutel=s.DEMO_SLEUTEL).sluit()
    monkeypatch.setattr(bv, "vraag_sleutel", _niet_vragen)
    db = bv.open_database_venster(str(tmp_path / "demo.db"))
    try:
        assert bv.is_demo(db)
    finally:
        db.sluit()


def test_gewone_database_later_of_nu_versleutelen(tmp_path, monkeypatch):
    pad = tmp_path / "oud.db"
    _met_casus(pad, sleutel=None).sluit()
    monkeypatch.setattr(bv, "vraag_versleutelen", lambda pad: False)
    db = bv.open_database_venster(str(pad))
    assert not db.versleuteld
    db.sluit()

    monkeypatch.setattr(bv, "vraag_versleutelen", lambda pad: True)
    monkeypatch.setattr(bv, "vraag_sleutel", lambda pad, nieuw, melding="": bv.Antwoord(SLEUTEL))
    db = bv.open_database_venster(str(pad))
    try:
        assert db.versleuteld and len(casuslijst.casuslijst(db)) == 1
    finally:
        db.sluit()
    assert bestandssoort(pad) is Soort.VERSLEUTELD


def test_controle_bij_start_dagelijkse_backup_en_backup_bij_sluiten(qtbot, tmp_path):
    pad = tmp_path / "j.db"
    db = _met_casus(pad)
    bewaking = bv.Bewaking(db)
    with qtbot.waitSignal(bewaking.klaar, timeout=20000) as signaal:
        bewaking.start()
    assert signaal.args[0].ok
    [dagelijks] = backup.backups(pad)
    assert dagelijks.soort == "dagelijks"
    gesloten = bewaking.bij_afsluiten()
    assert gesloten is not None and bestandssoort(gesloten) is Soort.VERSLEUTELD
    db.sluit()


def test_beschadiging_bij_start_biedt_nieuwste_goede_backup(qtbot, tmp_path, monkeypatch):
    pad = tmp_path / "j.db"
    db = _met_casus(pad)
    goed = backup.automatische_backup(db, "dagelijks", nu=datetime(2026, 3, 1, 9))
    casussen.maak_casus(
        db, casussen.NieuweCasus(gemeente="Duiven", aanmelddatum=datetime(2026, 3, 3, 9))
    )
    # The check finds damage (simulated: real damage is tested in test_backup.py).
    monkeypatch.setattr(
        backup, "controleer", lambda db: backup.Integriteit(False, ("page 7: btree",))
    )
    aangeboden = []

    def vraag(pad_, integriteit, kandidaat):
        aangeboden.append((integriteit.tekst, kandidaat.pad))
        return True

    monkeypatch.setattr(bv, "vraag_herstel", vraag)
    bewaking = bv.Bewaking(db)
    with qtbot.waitSignal(bewaking.afsluiten_gevraagd, timeout=20000):
        bewaking.start()
    assert aangeboden == [("page 7: btree", goed)]
    assert bewaking.bij_afsluiten() is None  # never a backup of a damaged database
    assert len(casuslijst.casuslijst(db)) == 1  # the restored file is what the engine sees now
    db.sluit()
    assert [b.soort for b in backup.backups(pad)] == ["voor-herstel", "dagelijks"]


def test_beschadigde_eerste_pagina_lijkt_verkeerde_sleutel_maar_backup_wordt_aangeboden(
    tmp_path, monkeypatch
):
    """SQLCipher cannot tell a damaged first page from a wrong key; a key that opens the
    backups is the right one, so the damaged file gets the backup offered."""
    pad = tmp_path / "j.db"
    db = _met_casus(pad)
    goed = backup.automatische_backup(db, "dagelijks", nu=datetime(2026, 3, 1, 9))
    db.sluit()
    data = bytearray(pad.read_bytes())
    data[200:400] = bytes(200)  # inside page 1
    pad.write_bytes(bytes(data))
    assert not s.sleutel_past(pad, SLEUTEL)

    monkeypatch.setattr(bv, "vraag_sleutel", lambda pad, nieuw, melding="": bv.Antwoord(SLEUTEL))
    aangeboden = []
    monkeypatch.setattr(
        bv, "vraag_herstel", lambda p, i, kandidaat: aangeboden.append(kandidaat.pad) or True
    )
    db = bv.open_database_venster(str(pad))
    try:
        assert aangeboden == [goed]
        assert len(casuslijst.casuslijst(db)) == 1
    finally:
        db.sluit()
    assert [b.soort for b in backup.backups(pad)] == ["voor-herstel", "dagelijks"]

    # A key that opens no backup either is simply wrong: asked again, then the app stops.
    monkeypatch.setattr(
        bv, "vraag_sleutel", lambda pad, nieuw, melding="": bv.Antwoord("een verkeerde lange zin")
    )
    assert bv.open_database_venster(str(pad)) is None


def test_afgekapt_bestand_met_de_goede_sleutel_heet_beschadigd(tmp_path, monkeypatch):
    """A file cut short past its first page: the key decrypts page 1, so the app knows the key
    is right – it offers the backup, or says the file is damaged; never "wrong passphrase"."""
    pad = tmp_path / "j.db"
    db = _met_casus(pad)
    goed = backup.automatische_backup(db, "dagelijks", nu=datetime(2026, 3, 1, 9))
    db.sluit()
    heel = pad.read_bytes()
    pad.write_bytes(heel[: 3 * 4096])
    assert s.toets_sleutel(pad, SLEUTEL) == s.BESCHADIGD
    assert s.toets_sleutel(pad, "een verkeerde lange zin") == s.VERKEERD

    gevraagd, aangeboden, meldingen = [], [], []
    monkeypatch.setattr(
        bv,
        "vraag_sleutel",
        lambda pad, nieuw, melding="": gevraagd.append(melding) or bv.Antwoord(SLEUTEL),
    )
    monkeypatch.setattr(
        bv,
        "vraag_herstel",
        lambda p, i, kandidaat: aangeboden.append((i.tekst, kandidaat.pad)) or True,
    )
    monkeypatch.setattr(bv, "meld", lambda soort, tekst: meldingen.append((soort, tekst)))
    db = bv.open_database_venster(str(pad))
    try:
        assert gevraagd == [""]  # asked once, never told the right key is wrong
        [(uitleg, kandidaat)] = aangeboden
        assert kandidaat == goed and ("sleutel" in uitleg or "passphrase" in uitleg)
        assert len(casuslijst.casuslijst(db)) == 1
    finally:
        db.sluit()

    # No backup next to it: the message says damaged (and how to restore), the file is kept.
    for b in backup.backups(pad):
        b.pad.unlink()
    pad.write_bytes(heel[: 3 * 4096])
    meldingen.clear()
    gevraagd.clear()
    assert bv.open_database_venster(str(pad)) is None
    assert gevraagd == [""]
    [(soort, tekst)] = meldingen
    assert soort == "fout" and "herstel" in tekst and str(pad) in tekst
    assert pad.read_bytes() == heel[: 3 * 4096]
