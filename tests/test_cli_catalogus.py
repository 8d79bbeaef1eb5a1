"""`catalogus import/export/sjabloon` and `zoek` as a subprocess (`python -m jeugdloket`)."""

import json
import os

import clivork
import pytest
from catalogus_hulp import D, klein, schrijf
from openpyxl import load_workbook


def jl(*args, db=None):
    omgeving = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    omgeving.pop("JEUGDLOKET_DB", None)
    cmd = [*args] + (["--db", str(db)] if db else [])
    return clivork.jeugdloket(cmd, env=omgeving, timeout=120)


def test_import_zoek_json_export(cli, tmp_path):
    """The beheerder keeps the catalogue, a consulent searches it: on both engines (on the
    team register each as their own login)."""
    r = cli.jl("catalogus", "import", str(schrijf(tmp_path / "klein.xlsx")), als="k.bakker")
    assert r.returncode == 0, r.stderr
    assert "Aanbieders: 7 nieuw" in r.stdout and "Contracten: 12 nieuw" in r.stdout

    r = cli.jl(
        "zoek", "dyslexi", "--leeftijd", "8", "--datum", "2026-11-23", "--json", als="a.devries"
    )
    assert r.returncode == 0, r.stderr
    resultaten = json.loads(r.stdout)
    assert isinstance(resultaten, list) and len(resultaten) == 2
    for x in resultaten:
        for sleutel in ("aanbieder_agb", "aanbieder", "productcode", "product", "segment",
                        "wachttijd_weken", "score", "reden"):  # fmt: skip
            assert sleutel in x
    assert [x["aanbieder_agb"] for x in resultaten] == ["33333333", "11111111"]
    assert resultaten[0]["score"] >= resultaten[1]["score"]
    assert "leeftijd 8 binnen 7–13" in resultaten[0]["reden"]

    r = cli.jl("zoek", "dyslexie", "--gemeente", "Duiven", "--datum", "2026-11-23", als="a.devries")
    assert r.returncode == 0, r.stderr
    assert "1 resultaten voor 'dyslexie'" in r.stdout and "Lexis Leerpraktijk" in r.stdout
    assert "gecontracteerd in Duiven tot 31-12-2026" in r.stdout
    # without --datum: today; an expired contract never appears
    r = cli.jl("zoek", "oud zorg", "--json", als="a.devries")
    assert r.returncode == 0 and all(x["aanbieder_agb"] != "66666666" for x in json.loads(r.stdout))
    r = cli.jl("zoek", "onvindbaarwoord", als="a.devries")
    assert r.returncode == 0 and "Geen gecontracteerd aanbod gevonden" in r.stdout

    uit = tmp_path / "uit.xlsx"
    r = cli.jl("catalogus", "export", "-o", str(uit), als="k.bakker")
    assert r.returncode == 0, r.stderr
    assert load_workbook(uit).sheetnames == ["Aanbieders", "Producten", "Contracten", "Wachttijden"]
    r = cli.jl("catalogus", "import", str(uit), als="k.bakker")
    assert (
        r.returncode == 0
        and "Contracten: 0 nieuw, 0 gewijzigd, 0 beëindigd, 12 ongewijzigd" in r.stdout
    )
    assert "Let op" not in r.stderr

    # An optional column left out of the workbook: imported, and said.
    wb = load_workbook(uit)
    ws = wb["Aanbieders"]
    ws.delete_cols(next(c.column for c in ws[1] if c.value == "website"))
    wb.save(uit)
    r = cli.jl("catalogus", "import", str(uit), als="k.bakker")
    assert r.returncode == 0, r.stderr
    assert "Let op: Blad Aanbieders: geen kolom website; die blijft overal leeg" in r.stderr


def test_fout_werkboek_geeft_1_en_verandert_niets(tmp_path):
    db = tmp_path / "j.db"
    assert jl("catalogus", "import", str(schrijf(tmp_path / "goed.xlsx")), db=db).returncode == 0
    voor = jl("zoek", "", "--json", "--aantal", "0", db=db).stdout

    rijen = klein()
    rijen["Producten"][1][4] = 7
    rijen["Contracten"].append(["44444444", "99999", "Duiven", D(2026, 1, 1), None])
    rijen["Contracten"][0][2] = "Duiven"  # would be a change if the import went through
    r = jl("catalogus", "import", str(schrijf(tmp_path / "fout.xlsx", rijen)), db=db)
    assert r.returncode == 1
    assert "Blad Producten, rij 3, kolom segment: 7 kan niet; kies 1 t/m 5" in r.stderr
    assert (
        "Blad Contracten, rij 14, kolom productcode: 99999 staat niet op het blad Producten"
        in r.stderr
    )
    assert "er is niets opgeslagen" in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert jl("zoek", "", "--json", "--aantal", "0", db=db).stdout == voor

    r = jl("catalogus", "import", str(tmp_path / "weg.xlsx"), db=db)
    assert r.returncode == 1 and "niet gevonden" in r.stderr and "Traceback" not in r.stderr
    r = jl("zoek", "x", "--gemeente", "Arnhem", db=db)
    assert r.returncode == 1 and "Gemeente 'Arnhem' staat in geen enkel contract" in r.stderr


def test_verkeerd_gebruik_geeft_2(tmp_path):
    db = tmp_path / "j.db"
    r = jl("zoek", "x", "--segment", "7", db=db)
    assert r.returncode == 2 and "kies uit" in r.stderr
    r = jl("zoek", "x", "--datum", "31-02-2026", db=db)
    assert r.returncode == 2 and "bestaat niet als datum" in r.stderr
    r = jl("catalogus", "export", db=db)
    assert r.returncode == 2 and "ontbreken" in r.stderr
    assert jl("catalogus", db=db).returncode == 2


def test_sjabloon(tmp_path):
    uit = tmp_path / "sjabloon.xlsx"
    r = jl("catalogus", "sjabloon", "-o", str(uit))
    assert r.returncode == 0, r.stderr
    assert "jeugdloket catalogus import" in r.stdout
    assert load_workbook(uit).sheetnames[0] == "Toelichting"
    r = jl("catalogus", "sjabloon", "-o", str(tmp_path / "x.csv"))
    assert r.returncode == 1 and ".xlsx" in r.stderr


def test_consulent_mag_catalogus_niet_importeren(cli, tmp_path):
    """On the team register only a beheerder's login may replace the catalogue: a consulent's
    import is refused by the database itself, reported as a Dutch sentence (no driver error)
    and nothing is written. (On a file the command line acts for the file's owner.)"""
    if not cli.team:
        pytest.skip("de rechten per login gelden op het teamregister")
    werkboek = str(schrijf(tmp_path / "klein.xlsx"))
    r = cli.jl("catalogus", "import", werkboek, als="a.devries")
    assert r.returncode == 1
    assert r.stderr.startswith("Geen toegang: de teamdatabase staat dit niet toe voor deze login")
    assert "Traceback" not in r.stderr and "Error" not in r.stderr

    r = cli.jl("zoek", "dyslexie", "--datum", "2026-11-23", "--json", als="a.devries")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == []

    r = cli.jl("catalogus", "import", werkboek, als="k.bakker")
    assert r.returncode == 0, r.stderr
