"""Roles and the access log on the command line (subprocesses, a demo database made by the CLI –
encrypted with JEUGDLOKET_SLEUTEL from conftest when the app encrypts)."""

import csv
import json
import os
import sqlite3

import clivork
import pytest


def jl(*args, db=None, gebruiker=None, env=None):
    omgeving = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    omgeving.pop("JEUGDLOKET_DB", None)
    omgeving.pop("JEUGDLOKET_GEBRUIKER", None)
    cmd = [*args]
    cmd += ["--db", str(db)] if db else []
    cmd += ["--gebruiker", gebruiker] if gebruiker else []
    return clivork.jeugdloket(cmd, env=omgeving, timeout=180)


@pytest.fixture(scope="module")
def demo_bron(tmp_path_factory):
    pad = tmp_path_factory.mktemp("demo") / "demo.db"
    r = jl("demo", "--casussen", "30", "--seed", "5", db=pad)
    assert r.returncode == 0, r.stderr
    return pad


@pytest.fixture
def demo(demo_bron, tmp_path):
    """A fresh copy of the encrypted demo database for each test."""
    pad = tmp_path / "demo.db"
    pad.write_bytes(demo_bron.read_bytes())
    return pad


def _verbind(pad):
    """A raw connection, as a shell would make one: SQLCipher with the key if encrypted."""
    if pad.read_bytes()[:16] == b"SQLite format 3\x00":
        return sqlite3.connect(pad)
    from jeugdloket.beveiliging.sleutel import verbind

    return verbind(pad, os.environ["JEUGDLOKET_SLEUTEL"])


def _casussen(db, gebruiker):
    r = jl("export", "casussen", "-o", "-", db=db, gebruiker=gebruiker)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["casussen"]


def test_rollen_gelden_ook_op_de_opdrachtregel(demo):
    alle = _casussen(demo, "r.hendriks")  # coördinator: every case
    assert len(alle) == 30
    eigen = _casussen(demo, "a.devries")  # consulent: only her own
    assert eigen and {c["consulent"] for c in eigen} == {"a.devries"}
    ander = next(c["casusnummer"] for c in alle if c["consulent"] not in ("a.devries", None))

    r = jl("export", "casussen", "--casus", ander, "-o", "-", db=demo, gebruiker="a.devries")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert f"Casus {ander} is van een andere consulent" in r.stderr and "waarneming" in r.stderr
    assert r.stdout == ""

    r = jl("export", "casussen", "-o", "-", db=demo, gebruiker="i.smit")
    assert r.returncode == 1 and "beheerder" in r.stderr
    r = jl("export", "casussen", "-o", "-", db=demo, gebruiker="niemand")
    assert r.returncode == 1 and "onbekend" in r.stderr

    r = jl(
        "casus",
        "waarneming",
        ander,
        "--reden",
        "Waarneming tijdens ziekte",
        db=demo,
        gebruiker="a.devries",
    )
    assert r.returncode == 0, r.stderr
    assert "tot" in r.stdout and "gelogd" in r.stdout
    r = jl("export", "casussen", "--casus", ander, "-o", "-", db=demo, gebruiker="a.devries")
    assert r.returncode == 0, r.stderr
    # Without --gebruiker the command line acts for the OS user, logged as such.
    assert len(_casussen(demo, None)) == 30


def test_logboek_controleer_en_knoeien(demo):
    assert _casussen(demo, "a.devries")  # a few entries
    r = jl("logboek", "controleer", db=demo)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Logboek in orde:") and "regels" in r.stdout
    # A consulent does not check the log.
    assert jl("logboek", "controleer", db=demo, gebruiker="a.devries").returncode == 1

    # Someone with the file (and its key) and an SQLite shell changes who opened a file.
    con = _verbind(demo)
    with pytest.raises(Exception, match="alleen worden aangevuld"):
        con.execute("UPDATE logboek SET gebruiker = 'r.hendriks' WHERE volgnummer = 2")
    con.rollback()
    con.execute("DROP TRIGGER logboek_geen_update")
    con.execute("UPDATE logboek SET gebruiker = 'r.hendriks' WHERE volgnummer = 2")
    con.commit()
    con.close()
    r = jl("logboek", "controleer", db=demo)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "NIET in orde" in r.stderr and "Logboekregel 2" in r.stderr
    assert "Eerste regel die niet klopt: 2" in r.stderr


def test_logboek_controleer_op_beide_engines(cli, tmp_path):
    """Entries written by several medewerkers (on the team register each as their own login,
    through the server's append function) form one intact chain; the coördinator checks it."""
    from test_cli import DOC

    bron = tmp_path / "in.json"
    bron.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    r = cli.jl("import", "casussen", str(bron), als="r.hendriks")
    assert r.returncode == 0, r.stderr
    r = cli.jl("export", "casussen", "-o", "-", als="a.devries")
    assert r.returncode == 0, r.stderr
    r = cli.jl("export", "casussen", "--casus", "2026-0042", "-o", "-", als="b.yilmaz")
    assert r.returncode == 1, r.stderr  # refused: a log entry too
    r = cli.jl("logboek", "controleer", als="r.hendriks")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Logboek in orde:") and "regels" in r.stdout
    # A consulent does not check the log (on the team register she could not read it whole).
    r = cli.jl("logboek", "controleer", als="a.devries")
    assert r.returncode == 1 and "coördinator" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
    r = cli.jl("logboek", "toon", "--json", als="r.hendriks")
    assert r.returncode == 0, r.stderr
    wie = {regel["gebruiker"] for regel in json.loads(r.stdout)}
    assert {"r.hendriks", "a.devries", "b.yilmaz"} <= wie


def test_wie_heeft_mijn_dossier_ingezien(demo, tmp_path):
    nummer = _casussen(demo, "a.devries")[0]["casusnummer"]
    uit = tmp_path / "inzage.csv"
    r = jl("logboek", "export", "--casus", nummer, "-o", str(uit), db=demo, gebruiker="r.hendriks")
    assert r.returncode == 0, r.stderr
    assert f"Casus {nummer}" in r.stdout
    with open(uit, encoding="utf-8-sig", newline="") as f:
        rijen = list(csv.reader(f, delimiter=";"))
    assert rijen[0] == ["Datum", "Tijd", "Medewerker", "Wat", "Reden"]
    assert ["Anouk de Vries", "Gegevens geëxporteerd"] in [r[2:4] for r in rijen[1:]]
    xlsx = tmp_path / "inzage.xlsx"
    assert jl("logboek", "export", "--casus", nummer, "-o", str(xlsx), db=demo).returncode == 0
    assert xlsx.stat().st_size > 0
    r = jl("logboek", "export", "--casus", nummer, "-o", str(tmp_path / "x.txt"), db=demo)
    assert r.returncode == 1 and ".csv of .xlsx" in r.stderr
    r = jl("logboek", "export", "--casus", nummer, "-o", str(uit), db=demo, gebruiker="a.devries")
    assert r.returncode == 1 and "coördinator" in r.stderr

    r = jl("logboek", "toon", "--casus", nummer, "--json", db=demo, gebruiker="r.hendriks")
    assert r.returncode == 0, r.stderr
    regels = json.loads(r.stdout)
    assert {x["casusnummer"] for x in regels} == {nummer}
    assert {"export", "logboek"} <= {x["actie"] for x in regels}


def test_medewerkers_beheren(demo):
    r = jl(
        "medewerker",
        "maak",
        "p.nieuw",
        "--naam",
        "Piet Nieuw",
        "--rol",
        "consulent",
        "--rol",
        "beheerder",
        db=demo,
        gebruiker="i.smit",
    )
    assert r.returncode == 0, r.stderr
    r = jl("medewerker", "lijst", db=demo, gebruiker="i.smit")
    assert r.returncode == 0, r.stderr
    regel = next(x for x in r.stdout.splitlines() if x.startswith("p.nieuw"))
    assert "consulent, beheerder" in regel and "nog geen wachtwoord" in regel
    r = jl(
        "medewerker",
        "wachtwoord",
        "p.nieuw",
        db=demo,
        gebruiker="i.smit",
        env={"JEUGDLOKET_WACHTWOORD": "kort"},
    )
    assert r.returncode == 1 and "minstens 10 tekens" in r.stderr
    r = jl(
        "medewerker",
        "wachtwoord",
        "p.nieuw",
        db=demo,
        gebruiker="i.smit",
        env={"JEUGDLOKET_WACHTWOORD": "een lang genoeg wachtwoord"},
    )
    assert r.returncode == 0, r.stderr
    r = jl(
        "medewerker",
        "maak",
        "x.stiekem",
        "--naam",
        "X",
        "--rol",
        "coördinator",
        db=demo,
        gebruiker="a.devries",
    )
    assert r.returncode == 1 and "beheerder" in r.stderr
    r = jl(
        "medewerker", "rollen", "a.devries", "--rol", "coördinator", db=demo, gebruiker="a.devries"
    )
    assert r.returncode == 1
