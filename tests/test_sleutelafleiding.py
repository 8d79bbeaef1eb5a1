"""The key of an encrypted file is derived once per process (issue 16): the file, its salt and
its 256,000 rounds stay as they are; further connections and a key check reuse the key."""

import hashlib
import re
import threading

import pytest
from sqlalchemy import text

from jeugdloket.beveiliging import sleutel as s
from jeugdloket.db import DatabaseBeschadigd, SleutelFout, maak_engine, open_database
from jeugdloket.services import medewerkers

SLEUTEL = "kikker springt over de sloot"


def _versleuteld(pad) -> None:
    db = open_database(pad, sleutel=SLEUTEL)
    medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries")
    db.sluit()


def _gelezen(con) -> list[str]:
    return [r[0] for r in con.execute("SELECT gebruikersnaam FROM medewerker").fetchall()]


def test_afgeleide_sleutel_opent_het_bestand_een_andere_zin_niet(tmp_path, monkeypatch):
    pad = tmp_path / "j.db"
    assert s.ruwe_sleutel(pad, SLEUTEL) is None  # no file yet: SQLCipher picks its salt
    _versleuteld(pad)
    ruw = s.ruwe_sleutel(pad, SLEUTEL)
    assert ruw is not None and re.fullmatch(r"x'[0-9a-f]{64}'", ruw)
    con = s.verbind_versleuteld(pad, SLEUTEL, ruw)
    assert _gelezen(con) == ["a.devries"]
    con.close()

    # The file keeps SQLCipher 4's settings: the passphrase opens it the usual way.
    con = s.sqlcipher_module().connect(str(pad))
    con.execute(s.pragma_key(SLEUTEL))
    assert _gelezen(con) == ["a.devries"]
    assert con.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"
    con.close()

    anders = s.ruwe_sleutel(pad, "een heel andere zin hier")
    assert anders != ruw
    con = s.verbind_versleuteld(pad, "een heel andere zin hier", anders)
    with pytest.raises(Exception, match="not a database"):
        _gelezen(con)
    con.close()
    assert s.toets_sleutel(pad, "een heel andere zin hier") == s.VERKEERD
    with pytest.raises(SleutelFout, match="De sleutel klopt niet"):
        open_database(pad, sleutel="een heel andere zin hier")
    # A wrong passphrase is not kept: its key is derived anew when it is tried again.
    afleidingen = []
    echt = hashlib.pbkdf2_hmac
    monkeypatch.setattr(
        hashlib, "pbkdf2_hmac", lambda *a, **k: afleidingen.append(a[3]) or echt(*a, **k)
    )
    assert s.toets_sleutel(pad, "een heel andere zin hier") == s.VERKEERD
    assert s.toets_sleutel(pad, SLEUTEL) == s.PAST
    monkeypatch.undo()
    assert afleidingen == [256_000]  # the wrong one again; the right one was kept

    gewoon = tmp_path / "gewoon.db"
    open_database(gewoon).sluit()
    assert s.ruwe_sleutel(gewoon, SLEUTEL) is None


def test_sleutel_wordt_eenmaal_afgeleid(tmp_path, monkeypatch):
    pad = tmp_path / "j.db"
    _versleuteld(pad)
    afleidingen = []
    echt = hashlib.pbkdf2_hmac

    def tel(*args, **kwargs):
        afleidingen.append(args[3])
        return echt(*args, **kwargs)

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", tel)
    # The key checked first (as the CLI and the window do), then the file opened, then two
    # connections at once (the window's background threads): one derivation for all.
    assert s.toets_sleutel(pad, SLEUTEL) == s.PAST
    db = open_database(pad, sleutel=SLEUTEL)
    try:
        with db.engine.connect() as a, db.engine.connect() as b:
            for conn in (a, b):
                assert conn.execute(text("SELECT count(*) FROM medewerker")).scalar() == 1
    finally:
        db.sluit()
    assert afleidingen == [256_000]


def test_afleiding_op_de_achtergrond_is_dezelfde_sleutel(tmp_path, monkeypatch):
    pad = tmp_path / "j.db"
    _versleuteld(pad)
    waar = []
    echt = hashlib.pbkdf2_hmac

    def tel(*args, **kwargs):
        waar.append(threading.current_thread().name)
        return echt(*args, **kwargs)

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", tel)
    s.begin_afleiding(pad, SLEUTEL)
    ruw = s.ruwe_sleutel(pad, SLEUTEL)  # waits for the background thread
    assert waar == ["sleutelafleiding"]
    zout = pad.read_bytes()[:16]
    assert ruw == "x'" + echt("sha512", SLEUTEL.encode(), zout, 256_000, 32).hex() + "'"
    engine = maak_engine(pad, SLEUTEL)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM medewerker")).scalar() == 1
    engine.dispose()


def test_beschadigd_bestand_blijft_beschadigd_heten(tmp_path):
    pad = tmp_path / "j.db"
    _versleuteld(pad)
    inhoud = pad.read_bytes()
    pad.write_bytes(inhoud[: len(inhoud) // 2])  # cut short: the first page still decrypts
    with pytest.raises(DatabaseBeschadigd, match="beschadigd"):
        maak_engine(pad, SLEUTEL)


def test_demozin_die_niet_past_wordt_een_keer_geprobeerd(tmp_path, monkeypatch):
    """Every start tries the public demo passphrase before asking: on a consultant's own file
    that answer is remembered (nothing secret), and a demo file still opens with it."""
    eigen, demo = tmp_path / "eigen.db", tmp_path / "demo.db"
    _versleuteld(eigen)
    open_database(demo, sleutel=s.DEMO_SLEUTEL).sluit()
    pogingen = []
    echt = s.verbind_versleuteld

    def teller(pad, sleutel, ruw=None):
        pogingen.append(ruw is not None)
        return echt(pad, sleutel, ruw)

    monkeypatch.setattr(s, "verbind_versleuteld", teller)
    assert s.toets_sleutel(eigen, s.DEMO_SLEUTEL) == s.VERKEERD
    assert pogingen == [True]  # the derived key only: demo files have the default settings
    assert s.toets_sleutel(eigen, s.DEMO_SLEUTEL) == s.VERKEERD
    assert pogingen == [True]  # remembered: no derivation, no connection
    assert s.toets_sleutel(eigen, SLEUTEL) == s.PAST  # the right one still opens it
    assert s.toets_sleutel(demo, s.DEMO_SLEUTEL) == s.PAST
    # A wrong own passphrase gets both tries every time (it may be a typing error).
    pogingen.clear()
    assert s.toets_sleutel(eigen, "verkeerd getypt") == s.VERKEERD
    assert s.toets_sleutel(eigen, "verkeerd getypt") == s.VERKEERD
    assert pogingen == [True, False, True, False]
