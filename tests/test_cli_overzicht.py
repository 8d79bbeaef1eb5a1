"""`jeugdloket overzicht`, `sjabloon casussen` and `import casussen FILE.xlsx` as a subprocess."""

import json
import os
import re
import shutil
from datetime import date, datetime, timedelta

import clivork
import openpyxl
import pytest
from conftest import kopieer_db

from jeugdloket.regels.kpi import laatste_volledige_week

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
            "personen": [
                {
                    "id": "p1",
                    "rol": "jeugdige",
                    "voornaam": "Zoë",
                    "achternaam": "Łukasiewicz-Çelik",
                    "geboortedatum": "2010-05-01",
                    "bsn": "111222333",
                }
            ],
        }
    ],
}


def jl(*args, db=None):
    omgeving = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    omgeving.pop("JEUGDLOKET_DB", None)
    cmd = [*args] + (["--db", str(db)] if db else [])
    return clivork.jeugdloket(cmd, env=omgeving, timeout=120)


@pytest.fixture(scope="module")
def basis(tmp_path_factory):
    """One database made through the CLI, and its export. Each test works on a copy of the
    file: a CLI start costs a second or more, and the file would be the same every time."""
    map_ = tmp_path_factory.mktemp("basis")
    pad = map_ / "j.db"
    bron = map_ / "in.json"
    bron.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    r = jl("import", "casussen", str(bron), db=pad)
    assert r.returncode == 0, r.stderr
    return pad, _export(pad)


@pytest.fixture
def db(tmp_path, basis):
    return kopieer_db(basis[0], tmp_path / "j.db")


@pytest.fixture
def voor(basis) -> str:
    """The export of `db` before the test touched it."""
    return basis[1]


@pytest.fixture(scope="module")
def sjabloon(tmp_path_factory):
    """The empty case template, written once by `jeugdloket sjabloon casussen`."""
    pad = tmp_path_factory.mktemp("sjabloon") / "casussen.xlsx"
    r = jl("sjabloon", "casussen", "-o", str(pad))
    assert r.returncode == 0, r.stderr
    return pad


def _export(db) -> str:
    r = jl("export", "casussen", "-o", "-", db=db)
    assert r.returncode == 0, r.stderr
    return r.stdout


# ---------------------------------------------------------------- overzicht


def test_overzicht_met_week(db, tmp_path):
    uit = tmp_path / "week47.xlsx"
    r = jl("overzicht", "--week", "2026-W47", "-o", str(uit), db=db)
    assert r.returncode == 0, r.stderr
    assert "Weekoverzicht 2026-W47" in r.stdout and "16-11-2026" in r.stdout
    wb = openpyxl.load_workbook(uit)
    assert wb.properties.title == "Weekoverzicht 2026-W47"
    ws = wb["Samenvatting"]
    assert ws["A4"].value == "Nieuwe aanmeldingen" and ws["B4"].value == 1
    assert ws["A6"].value == "Eerste contact binnen 3 werkdagen" and ws["B6"].value == 1


def test_overzicht_zonder_week_is_laatste_volledige_week(db, tmp_path):
    uit = tmp_path / "vorige.xlsx"
    r = jl("overzicht", "-o", str(uit), "--sluitingsdag", "2026-12-24", db=db)
    assert r.returncode == 0, r.stderr
    week = str(laatste_volledige_week(date.today()))
    assert f"Weekoverzicht {week}" in r.stdout
    wb = openpyxl.load_workbook(uit)
    assert wb.properties.title == f"Weekoverzicht {week}"
    noten = " ".join(str(c.value) for rij in wb["Samenvatting"].iter_rows() for c in rij)
    assert "24-12-2026" in noten  # the closing day is named in the notes


@pytest.mark.parametrize(
    ("args", "deel"),
    [
        (["--week", "2026-W54"], "week 54 bestaat niet in 2026"),
        (["--week", "volgende"], "geen week"),
        (["--week", "2026-47"], "2026-W47"),
        (["--sluitingsdag", "24-12-2026"], "geen datum"),
    ],
)
def test_overzicht_ongeldige_invoer_geeft_1(db, tmp_path, args, deel):
    uit = tmp_path / "x.xlsx"
    r = jl("overzicht", *args, "-o", str(uit), db=db)
    assert r.returncode == 1
    assert deel in r.stderr
    assert "Traceback" not in r.stderr
    assert not uit.exists()


def test_overzicht_alleen_naar_xlsx(db, tmp_path):
    r = jl("overzicht", "-o", str(tmp_path / "x.csv"), db=db)
    assert r.returncode == 1 and ".xlsx" in r.stderr
    r = jl("overzicht", "--week", "2026-W47", db=db)
    assert r.returncode == 2 and "ontbreken" in r.stderr


# ---------------------------------------------------------------- sjabloon + import xlsx


def _vul(pad, rijen: dict[str, list[dict]]) -> None:
    wb = openpyxl.load_workbook(pad)
    for blad, lijst in rijen.items():
        ws = wb[blad]
        kop = [c.value for c in ws[1]]
        for rij in lijst:
            onbekend = set(rij) - set(kop)
            assert not onbekend, onbekend
            ws.append([rij.get(k) for k in kop])
    wb.save(pad)


def _ingevuld(tmp_path, sjabloon, **extra) -> tuple:
    pad = tmp_path / "casussen.xlsx"
    shutil.copy2(sjabloon, pad)
    rijen = {
        "Medewerkers": [{"gebruikersnaam": "b.jansen", "naam": "Bram Jansen", "rol": "consulent"}],
        "Casussen": [
            {
                "casusnummer": "2026-0101",
                "gemeente": "Duiven",
                "consulent": "b.jansen",
                "aanmelddatum": datetime(2026, 11, 2, 9, 15),  # a real Excel date-time
                "eerste_contact": "04-11-2026 14:00",  # Dutch text
                "verwijzer": 2,  # Excel made a number of "02"
                "soort_vraag": "enkelvoudig",
                "kader": "vrijwillig",
            },
            {"casusnummer": "2026-0102", "gemeente": "Doesburg", "aanmelddatum": "2026-11-03"},
        ],
        "Personen": [
            {
                "casusnummer": "2026-0101",
                "id": "p1",
                "rol": "jeugdige",
                "voornaam": "Noël",
                "achternaam": "Øster",
                "geboortedatum": datetime(2012, 2, 29),
                "bsn": 12345672,  # 012345672: Excel dropped the leading zero
                "geslacht": 2,
            },
            {
                "casusnummer": "2026-0101",
                "id": "p2",
                "rol": "ouder",
                "voornaam": "Ülkü",
                "achternaam": "Öztürk",
                "gezag": "ja",
                "telefoon": 612345678,
            },
            {"casusnummer": "2026-0102", "id": "p1", "rol": "jeugdige", "voornaam": "Sam"},
        ],
        "Contactmomenten": [
            {
                "casusnummer": "2026-0101",
                "datum": datetime(2026, 11, 4, 14, 0),
                "soort": "huisbezoek",
                "medewerker": "b.jansen",
            }
        ],
        "Toewijzingen": [
            {
                "casusnummer": "2026-0101",
                "jeugdige": "p1",
                "aanbieder_agb": 1234567,  # "01234567"
                "productcategorie": 45.0,
                "segment": "4",
                "status": "gestart",
                "aanvraagdatum": datetime(2026, 11, 5),
                "ingangsdatum": "2026-11-09",
                "einddatum": "2027-05-31",
            }
        ],
        "Familiegroepsplan": [
            {
                "casusnummer": "2026-0101",
                "aangeboden_op": datetime(2026, 11, 4),
                "status": "aangeboden",
                "deelnemers": "p2",
            }
        ],
        "Verklarende analyse": [{"casusnummer": "2026-0101", "afgerond_op": "10-11-2026"}],
    }
    for blad, lijst in extra.items():
        rijen.setdefault(blad, []).extend(lijst)
    _vul(pad, rijen)
    return pad, rijen


def test_sjabloon_heeft_de_bladen_en_kolommen(tmp_path):
    pad = tmp_path / "s.xlsx"
    r = jl("sjabloon", "casussen", "-o", str(pad))
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(pad)
    assert wb.sheetnames[0] == "Instructies"
    for blad in ("Casussen", "Personen", "Contactmomenten", "Toewijzingen"):
        assert blad in wb.sheetnames
    assert [c.value for c in wb["Casussen"][1]][:4] == [
        "casusnummer",
        "gemeente",
        "consulent",
        "aanmelddatum",
    ]
    personen = [c.value for c in wb["Personen"][1]]
    assert personen[:3] == ["casusnummer", "id", "rol"] and "bsn" in personen
    assert "aanvraagdatum" in [c.value for c in wb["Toewijzingen"][1]]
    tekst = " ".join(str(c.value) for rij in wb["Instructies"].iter_rows() for c in rij)
    assert "alles-of-niets" in tekst
    # an empty template imports nothing and is no error
    r = jl("import", "casussen", str(pad), db=tmp_path / "leeg.db")
    assert r.returncode == 0, r.stderr
    assert "0 nieuw" in r.stdout


def test_ingevuld_sjabloon_importeren(db, tmp_path, sjabloon):
    pad, _ = _ingevuld(tmp_path, sjabloon)
    r = jl("import", "casussen", str(pad), db=db)
    assert r.returncode == 0, r.stderr
    assert "2 nieuw" in r.stdout
    # conversions that were a guess are said; those that are not (02, 01234567) are not
    assert "0612345678" in r.stderr and "Let op" in r.stderr
    assert "verwijzer" not in r.stderr
    doc = json.loads(_export(db))
    c = next(c for c in doc["casussen"] if c["casusnummer"] == "2026-0101")
    assert c["aanmelddatum"] == "2026-11-02T09:15:00"
    assert c["eerste_contact"] == "2026-11-04T14:00:00"
    assert c["verwijzer"] == "02" and c["consulent"] == "b.jansen"
    p1, p2 = c["personen"]
    assert (p1["voornaam"], p1["achternaam"], p1["geboortedatum"]) == (
        "Noël",
        "Øster",
        "2012-02-29",
    )
    assert p1["bsn"] == "012345672" and p1["geslacht"] == "2"
    assert p2["gezag"] is True and p2["telefoon"] == "0612345678"
    t = c["toewijzingen"][0]
    assert (t["aanbieder_agb"], t["productcategorie"], t["segment"]) == ("01234567", "45", 4)
    assert t["aanvraagdatum"] == "2026-11-05" and t["einddatum"] == "2027-05-31"
    assert c["familiegroepsplan"]["deelnemers"] == ["p2"]
    assert c["verklarende_analyse"]["afgerond_op"] == "2026-11-10"
    assert c["contactmomenten"][0]["medewerker"] == "b.jansen"
    # the same workbook again: nothing changes
    r = jl("import", "casussen", str(pad), db=db)
    assert r.returncode == 0 and "0 nieuw, 0 bijgewerkt, 2 ongewijzigd" in r.stdout


ANALYSE = {
    "Levenskracht": [
        {"casusnummer": "2026-0101", "leefgebied": "school_en_werk", "score_inwoner": 4,
         "score_metgezel": 6.0, "zorgen": "Veel verzuim", "inwoner": "p1"},
    ],
    "Draagkracht": [
        {"casusnummer": "2026-0101", "metgezel": "p2", "draagkracht": "Oma helpt",
         "draaglast": "Schulden"},
    ],
    "Netwerk": [{"casusnummer": "2026-0101", "persoon": "p2", "nabijheid": 1, "bijdrage": "Ouder"}],
    "Factoren": [
        {"casusnummer": "2026-0101", "id": "f1", "type": "instandhoudend", "niveau": "gezin",
         "leefgebied": "gezin_en_opvoeding", "omschrijving": "Ruzie thuis", "herkend": "ja"},
        {"casusnummer": "2026-0101", "id": "f2", "type": "beschermend", "niveau": "kind",
         "omschrijving": "Sport"},
    ],
    "Samenhang": [{"casusnummer": "2026-0101", "van": "f1", "naar": "f2", "toelichting": "x"}],
    "Doelen": [
        {"casusnummer": "2026-0101", "id": "d1", "prioriteit": 1, "omschrijving": "Naar school",
         "goed_genoeg": "4 dagen per week", "factoren": "f1; f2"},
    ],
    "Acties": [
        {"casusnummer": "2026-0101", "doel": "d1", "wie": "p2", "wat": "Gesprek met school",
         "wanneer": datetime(2026, 12, 15), "status": "open"},
        {"casusnummer": "2026-0101", "doel": "d1", "wie": "p1", "wat": "Fietsen",
         "wanneer": "na de kerst"},
    ],
}  # fmt: skip


def test_sjabloon_met_analyse_importeren(db, tmp_path, sjabloon):
    """Levenskracht, network, factors, links, goals and actions from their own sheets."""
    pad, _ = _ingevuld(tmp_path, sjabloon, **ANALYSE)
    r = jl("import", "casussen", str(pad), db=db)
    assert r.returncode == 0, r.stderr
    c = next(c for c in json.loads(_export(db))["casussen"] if c["casusnummer"] == "2026-0101")
    lk = c["levenskracht"]
    assert (lk["metgezel"], lk["draagkracht"], lk["draaglast"]) == ("p2", "Oma helpt", "Schulden")
    lg = lk["leefgebieden"][0]
    assert (lg["leefgebied"], lg["score_inwoner"], lg["score_metgezel"]) == ("school_en_werk", 4, 6)
    assert lk["netwerk"] == [{"persoon": "p2", "nabijheid": 1, "bijdrage": "Ouder"}]
    va = c["verklarende_analyse"]
    assert va["afgerond_op"] == "2026-11-10"
    f1 = va["factoren"][0]
    assert (f1["id"], f1["type"], f1["herkend"]) == ("f1", "instandhoudend", True)
    assert va["samenhang"][0]["van"] == "f1" and va["samenhang"][0]["naar"] == "f2"
    d1 = va["doelen"][0]
    assert d1["factoren"] == ["f1", "f2"] and d1["goed_genoeg"] == "4 dagen per week"
    assert [(a["wie"], a["wanneer"]) for a in d1["acties"]] == [
        ("p2", "2026-12-15"),
        ("p1", "na de kerst"),
    ]


@pytest.mark.parametrize(
    ("blad", "rij", "delen"),
    [
        ("Acties", {"casusnummer": "2026-0101", "doel": "d7", "wat": "x"},
         ["Blad Acties", "rij 4", "kolom doel", "'d7'", "wel: d1"]),
        ("Samenhang", {"casusnummer": "2026-0101", "van": "f1", "naar": "f9"},
         ["Casus 2026-0101", "f9"]),
        ("Factoren", {"casusnummer": "2026-0101", "id": "f3", "type": "erg"},
         ["Casus 2026-0101", "erg"]),
        ("Draagkracht", {"casusnummer": "2026-0101", "draagkracht": "nog een"},
         ["Blad Draagkracht", "rij 3", "één rij per casus"]),
    ],
)  # fmt: skip
def test_fout_in_analysebladen(db, voor, tmp_path, sjabloon, blad, rij, delen):
    extra = {k: list(v) for k, v in ANALYSE.items()}
    extra[blad] = extra[blad] + [rij]
    pad, _ = _ingevuld(tmp_path, sjabloon, **extra)
    r = jl("import", "casussen", str(pad), db=db)
    assert r.returncode == 1, r.stdout
    for deel in delen:
        assert deel in r.stderr, r.stderr
    assert _export(db) == voor


@pytest.mark.parametrize(
    ("wijzig", "delen"),
    [
        (
            lambda wb: wb.create_sheet("Notities").append(["iets"]),
            ["Blad Notities", "onbekend blad"],
        ),
        (
            lambda wb: wb["Personen"].cell(1, 18, "naam"),
            ["Blad Personen", "kolom R", "onbekende kolom 'naam'"],
        ),
        (
            lambda wb: wb["Contactmomenten"].append([None, "2026-11-05", "telefonisch"]),
            ["Blad Contactmomenten", "rij 3", "casusnummer ontbreekt"],
        ),
        (
            lambda wb: wb["Personen"].append(["2026-0999", "p1", "jeugdige"]),
            ["Blad Personen", "rij 5", "2026-0999", "niet op het blad Casussen"],
        ),
        (
            lambda wb: wb["Casussen"].append(["2026-0101", "Duiven", None, "2026-11-05"]),
            ["Blad Casussen", "rij 4", "ook op rij 2"],
        ),
        (
            lambda wb: wb["Toewijzingen"].cell(2, 6, 2.5),
            ["Blad Toewijzingen", "rij 2", "kolom segment", "geen geheel getal"],
        ),
        # the rules of the exchange format, with its own messages
        (
            lambda wb: wb["Personen"].cell(2, 8, "123456789"),
            ["Casus 2026-0101", "BSN"],
        ),
        (
            lambda wb: wb["Toewijzingen"].cell(2, 2, "p9"),
            ["Casus 2026-0101", "p9"],
        ),
    ],
)
def test_ongeldig_werkboek_geeft_1_en_verandert_niets(db, voor, tmp_path, sjabloon, wijzig, delen):
    pad, _ = _ingevuld(tmp_path, sjabloon)
    wb = openpyxl.load_workbook(pad)
    wijzig(wb)
    wb.save(pad)
    r = jl("import", "casussen", str(pad), db=db)
    assert r.returncode == 1, r.stdout
    for deel in delen:
        assert deel in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
    assert _export(db) == voor


def test_geen_excelbestand(db, voor, tmp_path):
    nep = tmp_path / "nep.xlsx"
    nep.write_text("dit is geen werkboek", encoding="utf-8")
    r = jl("import", "casussen", str(nep), db=db)
    assert r.returncode == 1 and "geen leesbaar Excel-bestand" in r.stderr
    r = jl("import", "casussen", str(tmp_path / "weg.xlsx"), db=db)
    assert r.returncode == 1 and "niet gevonden" in r.stderr
    oud = tmp_path / "oud.xls"
    oud.write_bytes(b"\xd0\xcf\x11\xe0")
    r = jl("import", "casussen", str(oud), db=db)
    assert r.returncode == 1 and ".xlsx" in r.stderr
    assert _export(db) == voor
    assert "Traceback" not in r.stderr


def test_datum_als_getal_wordt_gemeld(tmp_path, sjabloon):
    pad, _ = _ingevuld(
        tmp_path,
        sjabloon,
        Casussen=[
            {
                "casusnummer": "2026-0103",
                "gemeente": "Duiven",
                "aanmelddatum": 46330,  # a date cell that lost its format: 04-11-2026
            }
        ],
    )
    db = tmp_path / "g.db"
    r = jl("import", "casussen", str(pad), db=db)
    assert r.returncode == 0, r.stderr
    assert "Blad Casussen, rij 4, kolom aanmelddatum" in r.stderr and "04-11-2026" in r.stderr
    doc = json.loads(_export(db))
    c = next(c for c in doc["casussen"] if c["casusnummer"] == "2026-0103")
    assert c["aanmelddatum"] == (date(1899, 12, 30) + timedelta(days=46330)).isoformat()


# ---------------------------------------------------------------- both engines


def _cellen(pad) -> dict:
    """Every value of the workbook, sheet by sheet (the figures and their lists)."""
    wb = openpyxl.load_workbook(pad)
    return {ws.title: [[c.value for c in rij] for rij in ws.iter_rows()] for ws in wb.worksheets}


def test_overzicht_gelijk_op_beide_engines(tmp_path, pg_server, pg_url):
    """The same demo cases on an SQLite file and on the team register: the coördinator's
    weekly workbook holds the same figures on both, each made as the coördinator."""
    from clihulp import postgres_cli, sqlite_cli

    bestand, team = sqlite_cli(tmp_path), postgres_cli(pg_server, pg_url)
    demo = tmp_path / "demo.db"
    assert jl("demo", "--casussen", "60", "--seed", "7", db=demo).returncode == 0
    casussen = tmp_path / "demo.json"
    r = jl("export", "casussen", "-o", str(casussen), db=demo)
    assert r.returncode == 0, r.stderr
    for cli in (bestand, team):
        r = cli.jl("import", "casussen", str(casussen))  # as the administrator
        assert r.returncode == 0, r.stderr
        assert "60 nieuw" in r.stdout

    week = str(laatste_volledige_week(date.today()).plus(-2))
    uit = {}
    for cli in (bestand, team):
        uit[cli.engine] = tmp_path / f"{cli.engine}.xlsx"
        r = cli.jl("overzicht", "--week", week, "-o", str(uit[cli.engine]), als="r.hendriks")
        assert r.returncode == 0, (cli.engine, r.stderr)
        # A consulent gets no team figures, on either engine.
        r = cli.jl("overzicht", "--week", week, "-o", str(tmp_path / "x.xlsx"), als="a.devries")
        assert r.returncode == 1 and "coördinator" in r.stderr, (cli.engine, r.stderr)
        assert "Traceback" not in r.stderr
    sqlite, postgres = _cellen(uit["sqlite"]), _cellen(uit["postgresql"])
    assert sqlite["Samenvatting"][3][1] is not None
    # Made a few seconds apart: the moment each was made may differ by a minute.
    assert _zonder_moment(postgres) == _zonder_moment(sqlite)


def _zonder_moment(cellen: dict) -> dict:
    moment = re.compile(r"Gemaakt op \d\d-\d\d-\d{4} \d\d:\d\d")
    return {
        blad: [
            [moment.sub("Gemaakt op …", w) if isinstance(w, str) else w for w in rij]
            for rij in rijen
        ]
        for blad, rijen in cellen.items()
    }
