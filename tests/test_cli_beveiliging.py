"""Encryption, backup, herstel and versleutel on the command line, as a subprocess – the way
issue 7 is checked: databases made through the CLI with JEUGDLOKET_SLEUTEL, inspected from
outside, damaged, restored."""

import json
import os
import pty
import shutil
import sqlite3
import subprocess
import sys

import clivork
import pytest
from conftest import TEST_SLEUTEL

from jeugdloket.beveiliging.sleutel import DEMO_SLEUTEL, Soort, bestandssoort
from jeugdloket.db import open_database
from jeugdloket.paden import RESOURCES
from jeugdloket.services import uitwisseling

VOORBEELD = RESOURCES / "voorbeelden" / "casus-met-analyse.json"


def jl(*args, db, sleutel: str | None = TEST_SLEUTEL, **kw):
    omgeving = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    omgeving.pop("JEUGDLOKET_DB", None)
    omgeving.pop("JEUGDLOKET_SLEUTEL", None)
    if sleutel is not None:
        omgeving["JEUGDLOKET_SLEUTEL"] = sleutel
    # stdin: nothing, no terminal, as in a scheduled job
    return clivork.jeugdloket([*args, "--db", str(db)], env=omgeving, timeout=120, **kw)


def _export(db, **kw) -> dict:
    r = jl("export", "casussen", "-o", "-", db=db, **kw)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _tweede_casus(tmp_path):
    doc = uitwisseling.lees_json(VOORBEELD)
    casus = doc["casussen"][0]
    casus["casusnummer"] = "2026-0902"
    bestand = tmp_path / "tweede.json"
    bestand.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return bestand


def test_cli_maakt_versleutelde_database_en_weigert_verkeerde_sleutel(tmp_path):
    db = tmp_path / "j.db"
    r = jl("import", "casussen", str(VOORBEELD), db=db)
    assert r.returncode == 0, r.stderr
    assert bestandssoort(db) is Soort.VERSLEUTELD
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchone()
    inhoud = db.read_bytes()
    for naam in ("Łukasiewicz", "Søren", "111222333", "Dorpsstraat"):
        assert naam.encode() not in inhoud
    assert [c["casusnummer"] for c in _export(db)["casussen"]] == ["2026-0901"]
    inhoud = db.read_bytes()  # an export is written in the access log: compare from here

    r = jl("export", "casussen", "-o", "-", db=db, sleutel="een verkeerde lange zin")
    assert r.returncode == 1 and r.stdout == ""
    assert "De sleutel klopt niet" in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == inhoud

    # No variable and no terminal: exit 2 with a Dutch explanation, and nothing made.
    r = jl("export", "casussen", "-o", "-", db=db, sleutel=None)
    assert r.returncode == 2 and "JEUGDLOKET_SLEUTEL" in r.stderr and "terminal" in r.stderr
    nieuw = tmp_path / "nieuw.db"
    r = jl("import", "casussen", str(VOORBEELD), db=nieuw, sleutel=None)
    assert r.returncode == 2 and "JEUGDLOKET_SLEUTEL" in r.stderr and not nieuw.exists()


def test_demo_gebruikt_de_demo_sleutel(tmp_path):
    db = tmp_path / "demo.db"
    r = jl("demo", "--casussen", "3", "--seed", "1", db=db, sleutel=None)
    assert r.returncode == 0, r.stderr
    assert DEMO_SLEUTEL in r.stderr
    assert bestandssoort(db) is Soort.VERSLEUTELD
    # Without a variable the demo passphrase is tried before anything is asked.
    assert len(_export(db, sleutel=None)["casussen"]) == 3


def test_versleutel_zet_gewone_database_om(tmp_path):
    db = tmp_path / "oud.db"
    d = open_database(db, gebruiker="a.devries")  # a database from before encryption
    uitwisseling.importeer(d, uitwisseling.lees_json(VOORBEELD))
    d.sluit()
    r = jl("export", "casussen", "-o", "-", db=db)
    assert r.returncode == 0
    assert "niet versleuteld" in r.stderr and "jeugdloket versleutel" in r.stderr
    voor = json.loads(r.stdout)

    r = jl("versleutel", db=db)
    assert r.returncode == 0, r.stderr
    assert "versleuteld" in r.stdout and "overschreven en verwijderd" in r.stdout
    assert bestandssoort(db) is Soort.VERSLEUTELD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["oud.db"]
    assert b"Dorpsstraat" not in db.read_bytes()
    r = jl("export", "casussen", "-o", "-", db=db)
    assert r.returncode == 0 and "niet versleuteld" not in r.stderr
    assert json.loads(r.stdout) == voor

    r = jl("versleutel", db=db)
    assert r.returncode == 0 and "al versleuteld" in r.stdout
    assert jl("versleutel", db=tmp_path / "er-niet.db").returncode == 1


def test_backup_en_herstel_rondreis(tmp_path):
    db = tmp_path / "j.db"
    assert jl("import", "casussen", str(VOORBEELD), db=db).returncode == 0
    kopie = tmp_path / "kopie.db"
    r = jl("backup", "-o", str(kopie), db=db)
    assert r.returncode == 0, r.stderr
    assert "versleuteld met dezelfde sleutel" in r.stdout
    assert bestandssoort(kopie) is Soort.VERSLEUTELD
    assert b"Dorpsstraat" not in kopie.read_bytes()

    assert jl("import", "casussen", str(_tweede_casus(tmp_path)), db=db).returncode == 0
    assert len(_export(db)["casussen"]) == 2

    r = jl("herstel", str(kopie), db=db)
    assert r.returncode == 0, r.stderr
    assert "integrity_check" in r.stdout
    assert [c["casusnummer"] for c in _export(db)["casussen"]] == ["2026-0901"]
    [opzij] = (tmp_path / "backups").glob("j-*-voor-herstel.db")
    assert bestandssoort(opzij) is Soort.VERSLEUTELD
    assert len(_export(opzij)["casussen"]) == 2  # nothing overwritten without a copy

    # A damaged (cut short) backup is refused and changes nothing.
    kapot = tmp_path / "kapot.db"
    kapot.write_bytes(kopie.read_bytes()[: 40 * 4096 + 100])
    voor = db.read_bytes()
    r = jl("herstel", str(kapot), db=db)
    assert r.returncode == 1 and "niet bruikbaar" in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == voor
    r = jl("herstel", str(kopie), db=db, sleutel="een verkeerde lange zin")
    assert r.returncode == 1 and "niet bruikbaar" in r.stderr
    assert jl("backup", "-o", str(tmp_path / "b.db"), db=tmp_path / "leeg.db").returncode == 1

    # A page damaged in the middle (the file still opens): no backup of it is written.
    data = bytearray(db.read_bytes())
    schade = len(data) - 4096 + 100  # inside the last page: the file still opens
    data[schade : schade + 64] = bytes(64)
    db.write_bytes(bytes(data))
    r = jl("backup", "-o", str(tmp_path / "van-kapot.db"), db=db)
    assert r.returncode == 1 and "is beschadigd" in r.stderr and "geen backup" in r.stderr
    assert not (tmp_path / "van-kapot.db").exists()

    # The database itself cut short (a full disk, a copy broken off): the right key is told
    # apart from a wrong one, and the backup brings it back.
    db.write_bytes(db.read_bytes()[: 6 * 4096])
    r = jl("export", "casussen", "-o", str(tmp_path / "x.json"), db=db)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "beschadigd (de sleutel klopt" in r.stderr and "jeugdloket herstel" in r.stderr
    r = jl("export", "casussen", "-o", str(tmp_path / "x.json"), db=db, sleutel="verkeerd, lang")
    assert r.returncode == 1 and "De sleutel klopt niet" in r.stderr
    assert jl("herstel", str(kopie), db=db).returncode == 0
    assert [c["casusnummer"] for c in _export(db)["casussen"]] == ["2026-0901"]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_sleutel_op_de_terminal_twee_keer_kiezen(tmp_path):
    """Without the variable but on a terminal the CLI asks (no echo), twice, with the rule."""
    db = tmp_path / "j.db"
    hoofd, kind = pty.openpty()
    omgeving = {k: v for k, v in os.environ.items() if k not in ("JEUGDLOKET_SLEUTEL",)}
    proces = subprocess.Popen(
        [sys.executable, "-m", "jeugdloket", "import", "casussen", str(VOORBEELD), "--db", str(db)],
        stdin=kind,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=omgeving,
        start_new_session=True,  # no controlling terminal: getpass reads the pty on stdin
    )
    os.close(kind)
    gelezen = alles = b""

    def na_vraag(vraag: str, antwoord: str) -> None:
        # Type only after the prompt: getpass flushes what was typed ahead when it hides echo.
        nonlocal gelezen, alles
        while gelezen.count(vraag.encode()) < 1:
            stuk = os.read(proces.stderr.fileno(), 4096)
            assert stuk, alles.decode()
            gelezen += stuk
            alles += stuk
        gelezen = gelezen[gelezen.index(vraag.encode()) + len(vraag) :]
        os.write(hoofd, antwoord.encode() + b"\n")

    na_vraag("Nieuwe sleutel: ", "kort")
    na_vraag("Nieuwe sleutel: ", "ijsvogel boven de rivier")
    na_vraag("Nog een keer: ", "ijsvogel boven de rivier")
    uit, fout = proces.communicate(timeout=60)
    os.close(hoofd)
    uit, fout = uit.decode(), alles.decode() + fout.decode()
    assert proces.returncode == 0, fout
    assert "te kort" in fout and "1 nieuw" in uit
    assert bestandssoort(db) is Soort.VERSLEUTELD
    assert "ijsvogel" not in fout + uit
    d = open_database(db, sleutel="ijsvogel boven de rivier")
    d.sluit()


def test_sqlite3_en_strings_van_buitenaf(tmp_path):
    if not (shutil.which("sqlite3") and shutil.which("strings")):
        pytest.skip("sqlite3 of strings ontbreekt")
    db = tmp_path / "j.db"
    assert jl("import", "casussen", str(VOORBEELD), db=db).returncode == 0
    r = subprocess.run(
        ["sqlite3", str(db), "SELECT * FROM persoon"], capture_output=True, text=True
    )
    assert r.returncode != 0 and "file is not a database" in r.stderr
    zichtbaar = subprocess.run(["strings", str(db)], capture_output=True, text=True).stdout
    for naam in ("ukasiewicz", "Søren", "111222333", "Dorpsstraat", "persoon", "casus"):
        assert naam not in zichtbaar
