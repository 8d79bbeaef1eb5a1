"""`jeugdloket bewaartermijn` and `jeugdloket inzage` as a scheduled job or a script would run
them: subprocesses on an encrypted database (JEUGDLOKET_SLEUTEL from conftest)."""

import json
import os

import clivork
import pytest

from jeugdloket.paden import RESOURCES

VOORBEELD = RESOURCES / "voorbeelden" / "casus-met-analyse.json"


def jl(*args, db=None, gebruiker=None):
    omgeving = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    omgeving.pop("JEUGDLOKET_DB", None)
    omgeving.pop("JEUGDLOKET_GEBRUIKER", None)
    cmd = [*args]
    cmd += ["--db", str(db)] if db else []
    cmd += ["--gebruiker", gebruiker] if gebruiker else []
    return clivork.jeugdloket(cmd, env=omgeving, timeout=180)


def _document():
    doc = json.loads(VOORBEELD.read_text(encoding="utf-8"))
    doc["medewerkers"] += [
        {"gebruikersnaam": "r.hendriks", "naam": "René Hendriks", "rol": "coördinator"},
        {"gebruikersnaam": "s.bos", "naam": "Sanne Bos", "rol": "coördinator"},
    ]
    doc["casussen"].append(
        {
            "casusnummer": "2001-0007",
            "gemeente": "Duiven",
            "consulent": "a.devries",
            "aanmelddatum": "2001-03-01",
            "afgesloten_op": "2001-06-30",
            "personen": [{"id": "p1", "rol": "jeugdige", "voornaam": "Kees", "bsn": "123456782"}],
        }
    )
    return doc


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    map_ = tmp_path_factory.mktemp("bewaren")
    bron = map_ / "casussen.json"
    bron.write_text(json.dumps(_document(), ensure_ascii=False), encoding="utf-8")
    pad = map_ / "jeugdloket.db"
    r = jl("import", "casussen", str(bron), db=pad)
    assert r.returncode == 0, r.stderr
    return pad


@pytest.fixture
def register(cli, tmp_path):
    """The document in a register of either engine, with a second coördinator s.bos (on the
    team register with a login of her own)."""
    cli.maak_medewerker("s.bos", "Sanne Bos", "coördinator")
    bron = tmp_path / "casussen.json"
    bron.write_text(json.dumps(_document(), ensure_ascii=False), encoding="utf-8")
    r = cli.jl("import", "casussen", str(bron), als="r.hendriks")
    assert r.returncode == 0, r.stderr
    return cli


def test_bewaartermijn_lijst_en_vernietigen_met_twee_coordinatoren(register):
    cli = register
    r = cli.jl("bewaartermijn", als="r.hendriks")
    assert r.returncode == 0, r.stderr
    assert "2001-0007" in r.stdout and "30-06-2021" in r.stdout
    assert "2026-0901" not in r.stdout  # help still within its term
    assert "Kees" not in r.stdout  # numbers and dates, no names

    r = cli.jl("bewaartermijn", als="a.devries")
    assert r.returncode == 1 and "coördinator" in r.stderr and "Traceback" not in r.stderr

    r = cli.jl("bewaartermijn", "--vraag-vernietiging", "2001-0007", als="r.hendriks")
    assert r.returncode == 2 and "--reden" in r.stderr

    r = cli.jl(
        "bewaartermijn",
        "--vraag-vernietiging",
        "2026-0901",
        "--reden",
        "Bewaartermijn verstreken",
        als="r.hendriks",
    )
    assert r.returncode == 1 and "niet afgesloten" in r.stderr, r.stderr

    r = cli.jl(
        "bewaartermijn",
        "--vraag-vernietiging",
        "2001-0007",
        "--reden",
        "Bewaartermijn verstreken",
        als="r.hendriks",
    )
    assert r.returncode == 0, r.stderr
    assert "--bevestig 2001-0007" in r.stdout

    r = cli.jl("bewaartermijn", "--bevestig", "2001-0007", als="r.hendriks")
    assert r.returncode == 1 and "andere coördinator" in r.stderr
    r = cli.jl("bewaartermijn", "--bevestig", "2001-0007")  # not a medewerker: refused
    assert r.returncode == 1 and "Traceback" not in r.stderr

    r = cli.jl("bewaartermijn", "--bevestig", "2001-0007", als="s.bos")
    assert r.returncode == 0, r.stderr
    assert "Casus 2001-0007 is vernietigd" in r.stdout

    r = cli.jl("bewaartermijn", "--json", als="s.bos")
    assert r.returncode == 0, r.stderr
    uit = json.loads(r.stdout)
    assert uit["verlopen"] == [] and sum(d["aantal"] for d in uit["vernietigd"]) == 1

    r = cli.jl("bewaartermijn", "--bevestig", "2001-0007", als="s.bos")
    assert r.returncode == 1 and "geen open vernietigingsverzoek" in r.stderr
    r = cli.jl("bewaartermijn", "--op", "gisteren", als="s.bos")
    assert r.returncode == 2 and "geen datum" in r.stderr


def test_inzage_schrijft_json_en_pdf(database, tmp_path):
    r = jl("inzage", "--bsn", "111222333", "-o", str(tmp_path), db=database, gebruiker="r.hendriks")
    assert r.returncode == 0, r.stderr
    bestanden = sorted(p.name for p in tmp_path.iterdir())
    assert [b.rsplit(".", 1)[1] for b in bestanden] == ["json", "pdf"]
    assert all("Zo" not in b and "ukasiewicz" not in b for b in bestanden)
    doc = json.loads((tmp_path / bestanden[0]).read_text(encoding="utf-8"))
    assert [c["casusnummer"] for c in doc["casussen"]] == ["2026-0901"]
    assert (tmp_path / bestanden[1]).read_bytes().startswith(b"%PDF")
    assert "2026-0901" in r.stdout and "AVG art. 15 lid 4" in r.stderr


def test_inzage_fouten(database, tmp_path):
    r = jl("inzage", "--persoon", "p1", "-o", str(tmp_path), db=database, gebruiker="r.hendriks")
    assert r.returncode == 2  # --bsn or --casus is required
    r = jl(
        "inzage",
        "--bsn",
        "111222333",
        "--persoon",
        "p1",
        "-o",
        str(tmp_path),
        db=database,
        gebruiker="r.hendriks",
    )
    assert r.returncode == 2 and "--persoon hoort bij --casus" in r.stderr
    r = jl("inzage", "--bsn", "12345", "-o", str(tmp_path), db=database, gebruiker="r.hendriks")
    assert r.returncode == 1 and "BSN 12345" in r.stderr and "Traceback" not in r.stderr
    r = jl(
        "inzage",
        "--casus",
        "2026-0901",
        "--persoon",
        "p9",
        "-o",
        str(tmp_path),
        db=database,
        gebruiker="r.hendriks",
    )
    assert r.returncode == 1 and "geen persoon 'p9'" in r.stderr
    r = jl("inzage", "--bsn", "111222333", "-o", str(tmp_path / "nergens"), db=database)
    assert r.returncode == 1 and "bestaat niet" in r.stderr
    assert list(tmp_path.iterdir()) == []
