"""The command line as a subprocess: exit codes, Dutch messages, round trip."""

import json
import os
import subprocess
import sys

import clivork
import pytest
from conftest import kopieer_db

DOC = {
    "formaat": "jeugdloket-casussen",
    "versie": 1,
    "medewerkers": [{"gebruikersnaam": "a.devries", "naam": "Anouk de Vries", "rol": "consulent"}],
    "casussen": [
        {
            "casusnummer": "2026-0042",
            "gemeente": "Westervoort",
            "consulent": "a.devries",
            "aanmelddatum": "2026-11-16T09:30:00",
            "eerste_contact": "2026-11-18T10:00:00",
            "verwijzer": "02",
            "hulpvraag": "Zorgen over somberheid en schoolverzuim van Zoë.",
            "soort_vraag": "enkelvoudig",
            "kader": "vrijwillig",
            "personen": [
                {
                    "id": "p1",
                    "rol": "jeugdige",
                    "voornaam": "Zoë",
                    "achternaam": "Łukasiewicz-Çelik",
                    "geboortedatum": "2010-05-01",
                    "bsn": "111222333",
                    "geslacht": "2",
                    "postcode": "6931 AB",
                },
                {
                    "id": "p2",
                    "rol": "ouder",
                    "voornaam": "Marieke",
                    "achternaam": "Jansen",
                    "gezag": True,
                },
                {
                    "id": "p3",
                    "rol": "netwerk",
                    "voornaam": "Henk",
                    "achternaam": "Jansen",
                    "relatie": "17",
                },
            ],
            "levenskracht": {
                "metgezel": "p2",
                "leefgebieden": [
                    {
                        "leefgebied": "school_en_werk",
                        "score_inwoner": 4,
                        "score_metgezel": 7,
                        "gaat_goed": "Sport",
                        "zorgen": "Verzuim",
                    }
                ],
            },
            "toewijzingen": [
                {
                    "jeugdige": "p1",
                    "aanbieder_agb": "12345678",
                    "productcategorie": "45",
                    "productcode": "45A12",
                    "segment": 4,
                    "status": "gestart",
                    "aanvraagdatum": "2026-11-26",
                    "ingangsdatum": "2026-12-01",
                    "einddatum": "2027-05-31",
                    "volume": 2,
                    "eenheid": "04",
                    "frequentie": "2",
                }
            ],
            "contactmomenten": [
                {
                    "datum": "2026-11-18T10:00:00",
                    "soort": "huisbezoek",
                    "notitie": "Kennismaking aan de keukentafel.",
                }
            ],
        },
        {
            "casusnummer": "2025-0007",
            "gemeente": "Doesburg",
            "aanmelddatum": "2025-03-03",
            "afgesloten_op": "2025-09-30",
            "reden_afsluiting": "31",
            "personen": [
                {"id": "p1", "rol": "jeugdige", "voornaam": "Noël", "achternaam": "Øster"}
            ],
        },
    ],
}


def jl(*args, db=None, env=None, invoer=None):
    omgeving = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    omgeving.pop("JEUGDLOKET_DB", None) if env is None or "JEUGDLOKET_DB" not in env else None
    cmd = [*args] + (["--db", str(db)] if db else [])
    return clivork.jeugdloket(cmd, env=omgeving, input=invoer, timeout=120)


def zonder_null(x):
    if isinstance(x, dict):
        return {k: zonder_null(v) for k, v in x.items() if v is not None}
    if isinstance(x, list):
        return [zonder_null(v) for v in x]
    return x


def test_help_in_het_nederlands():
    r = jl("--help")
    assert r.returncode == 0
    for woord in ("demo", "import", "export", "gebruik:", "opties"):
        assert woord in r.stdout


def test_verkeerd_gebruik_geeft_2(tmp_path):
    r = jl("export", "casussen", db=tmp_path / "j.db")
    assert r.returncode == 2
    assert "ontbreken" in r.stderr and "-o" in r.stderr
    assert jl("onzin").returncode == 2


def test_import_export_rondreis(cli, tmp_path):
    """On both engines, as the coördinator (on the team register: as their own login)."""
    bron = tmp_path / "in.json"
    bron.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    r = cli.jl("import", "casussen", str(bron), als="r.hendriks")
    assert r.returncode == 0, r.stderr
    assert "2 nieuw" in r.stdout
    uit = tmp_path / "uit.json"
    r = cli.jl("export", "casussen", "-o", str(uit), als="r.hendriks")
    assert r.returncode == 0, r.stderr
    terug = json.loads(uit.read_text(encoding="utf-8"))
    verwacht = {**DOC, "casussen": sorted(DOC["casussen"], key=lambda c: c["casusnummer"])}
    assert zonder_null(terug) == zonder_null(verwacht)

    # Twice the same document: still one copy of each case.
    r = cli.jl("import", "casussen", str(bron), als="r.hendriks")
    assert r.returncode == 0, r.stderr
    assert "0 nieuw" in r.stdout
    r = cli.jl("export", "casussen", "--casus", "2025-0007", "-o", "-", als="r.hendriks")
    assert r.returncode == 0
    alleen = json.loads(r.stdout)
    assert [c["casusnummer"] for c in alleen["casussen"]] == ["2025-0007"]
    assert alleen["casussen"][0]["personen"][0]["achternaam"] == "Øster"

    # The consulent sees her own case and the team's case without a consulent, not a
    # colleague's; the beheerder no case contents at all.
    r = cli.jl("export", "casussen", "-o", "-", als="b.yilmaz")
    assert r.returncode == 0, r.stderr
    assert [c["casusnummer"] for c in json.loads(r.stdout)["casussen"]] == ["2025-0007"]
    r = cli.jl("export", "casussen", "--casus", "2026-0042", "-o", "-", als="b.yilmaz")
    assert r.returncode == 1 and "andere consulent" in r.stderr and r.stdout == ""
    r = cli.jl("export", "casussen", "-o", "-", als="k.bakker")
    assert r.returncode == 1 and "beheerder" in r.stderr and "Traceback" not in r.stderr

    # A waarneming: b.yilmaz opens a.devries's case with a reason, then may export it.
    r = cli.jl("casus", "waarneming", "2026-0042", "--reden", "Ziekte", als="b.yilmaz")
    assert r.returncode == 0, r.stderr
    r = cli.jl("export", "casussen", "--casus", "2026-0042", "-o", "-", als="b.yilmaz")
    assert r.returncode == 0, r.stderr


def test_db_en_gebruiker_uit_de_omgeving(tmp_path):
    """--db before the subcommand and JEUGDLOKET_DB work too."""
    bron = tmp_path / "in.json"
    bron.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "j.db"
    r = jl("import", "casussen", str(bron), env={"JEUGDLOKET_DB": str(db)})
    assert r.returncode == 0, r.stderr
    r = subprocess.run(
        [sys.executable, "-m", "jeugdloket", "--db", str(db), "export", "casussen", "-o", "-"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["casussen"]) == 2


def test_gebruiker_is_op_het_teamregister_de_login(pg_server, pg_url):
    """On the team register --gebruiker must be the login the URL carries (exit 2)."""
    from clihulp import postgres_cli

    cli = postgres_cli(pg_server, pg_url)
    r = cli.jl("export", "casussen", "-o", "-", als="a.devries", gebruiker="r.hendriks")
    assert r.returncode == 2 and "(a.devries)" in r.stderr and "Traceback" not in r.stderr
    r = cli.jl("export", "casussen", "-o", "-", als="a.devries", gebruiker="a.devries")
    assert r.returncode == 0, r.stderr
    # A wrong password: refused, in Dutch, without a traceback.
    r = cli.jl("export", "casussen", "-o", "-", als="a.devries", env={"PGPASSWORD": "fout"})
    assert r.returncode != 0 and "Traceback" not in r.stderr, r.stderr


@pytest.fixture(scope="module")
def met_doc(tmp_path_factory):
    """A database with DOC imported through the CLI, and its export (made once per module)."""
    map_ = tmp_path_factory.mktemp("met_doc")
    goed = map_ / "goed.json"
    goed.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    assert jl("import", "casussen", str(goed), db=map_ / "j.db").returncode == 0
    r = jl("export", "casussen", "-o", "-", db=map_ / "j.db")
    assert r.returncode == 0, r.stderr
    return map_ / "j.db", r.stdout


@pytest.mark.parametrize(
    ("wijziging", "moet_bevatten"),
    [
        (lambda d: d["casussen"][0]["personen"][0].update(bsn="123456789"), ["2026-0042", "BSN"]),
        (lambda d: d["casussen"][0].update(verwijzer="99"), ["2026-0042", "erwijzer"]),
        (
            lambda d: d["casussen"][0].update(eerste_contact="2026-11-15T10:00:00"),
            ["2026-0042", "erste contact"],
        ),
        (lambda d: d["casussen"][0]["toewijzingen"][0].update(jeugdige="p9"), ["2026-0042", "p9"]),
    ],
)
def test_ongeldig_document_wordt_geweigerd_en_verandert_niets(
    tmp_path, met_doc, wijziging, moet_bevatten
):
    db = kopieer_db(met_doc[0], tmp_path / "j.db")
    voor = met_doc[1]

    fout = json.loads(json.dumps(DOC))
    fout["casussen"][1]["gemeente"] = "Duiven"  # would be an update if the import went through
    wijziging(fout)
    slecht = tmp_path / "slecht.json"
    slecht.write_text(json.dumps(fout, ensure_ascii=False), encoding="utf-8")
    r = jl("import", "casussen", str(slecht), db=db)
    assert r.returncode == 1
    for deel in moet_bevatten:
        assert deel in r.stderr
    assert "Traceback" not in r.stderr
    assert jl("export", "casussen", "-o", "-", db=db).stdout == voor


def test_kapotte_json_en_ontbrekend_bestand(tmp_path):
    kapot = tmp_path / "kapot.json"
    kapot.write_text('{"formaat": "jeugdloket-casussen", ', encoding="utf-8")
    r = jl("import", "casussen", str(kapot), db=tmp_path / "j.db")
    assert r.returncode == 1 and "Traceback" not in r.stderr and "regel" in r.stderr
    r = jl("import", "casussen", str(tmp_path / "bestaat-niet.json"), db=tmp_path / "j.db")
    assert r.returncode == 1 and "Traceback" not in r.stderr


def test_demo(tmp_path):
    db = tmp_path / "demo.db"
    r = jl("demo", "--casussen", "40", "--seed", "3", db=db)
    assert r.returncode == 0, r.stderr
    assert "40 demo-casussen" in r.stdout
    doc = json.loads(jl("export", "casussen", "-o", "-", db=db).stdout)
    assert len(doc["casussen"]) == 40
    assert {c["gemeente"] for c in doc["casussen"]} <= {"Duiven", "Westervoort", "Doesburg"}
    r = jl("demo", "--casussen", "5", db=db)
    assert r.returncode == 1 and "Traceback" not in r.stderr
