"""The weekly overview from a real database to the workbook: figures, formats, and not one
trace of the clients in it."""

import json
import tempfile
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.datetime import to_excel

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.rapporten.weekoverzicht import Afgebroken, schrijf_weekoverzicht
from jeugdloket.regels import kpi_feiten
from jeugdloket.services import medewerkers, overzicht, uitwisseling

pytestmark = pytest.mark.beide_engines

D = date.fromisoformat

PERSONEN = {
    # ref, case: (voornaam, achternaam, geboortedatum, bsn, straat, huisnummer, postcode)
    ("2026-0042", "p1"): (
        "Zoë",
        "Łukasiewicz-Çelik",
        "2010-05-01",
        "111222333",
        "Kerkstraat",
        "12",
        "6931 AB",
    ),
    ("2026-0042", "p2"): (
        "Marieke",
        "Jansen-Brouwer",
        "1981-07-09",
        "367418253",
        "Kerkstraat",
        "12",
        "6931 AB",
    ),
    ("2026-0042", "p3"): (
        "Sven-Åke",
        "Jansen-Brouwer",
        "2009-03-14",
        "209494177",
        "Kerkstraat",
        "12",
        "6931 AB",
    ),
    ("2026-0043", "p1"): (
        "Noël",
        "Øster",
        "2012-02-29",
        "762984594",
        "Dorpsstraat",
        "1a",
        "6921 KL",
    ),
    ("2025-0007", "p1"): (
        "Ülkü",
        "Öztürk",
        "2008-12-24",
        "278086998",
        "Rijnstraat",
        "7",
        "6986 CB",
    ),
}


def _persoon(nummer: str, ref: str, rol: str) -> dict:
    voornaam, achternaam, geboren, bsn, straat, huisnummer, postcode = PERSONEN[(nummer, ref)]
    return {
        "id": ref,
        "rol": rol,
        "voornaam": voornaam,
        "achternaam": achternaam,
        "geboortedatum": geboren,
        "bsn": bsn,
        "straat": straat,
        "huisnummer": huisnummer,
        "postcode": postcode,
        "woonplaats": "Westervoort",
        "telefoon": "0612345678",
        "email": "gezin@example.org",
    }


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
            "hulpvraag": "Zorgen over somberheid en schoolverzuim van Zoë Łukasiewicz-Çelik.",
            "personen": [
                _persoon("2026-0042", "p1", "jeugdige"),
                _persoon("2026-0042", "p2", "ouder"),
                _persoon("2026-0042", "p3", "jeugdige"),
            ],
            "verklarende_analyse": {"afgerond_op": "2026-11-20"},
            "familiegroepsplan": {"aangeboden_op": "2026-11-18", "status": "aangeboden"},
            "perspectiefplannen": [{"jeugdige": "p3", "opgesteld_op": "2026-11-19"}],
            "toewijzingen": [
                {
                    "jeugdige": "p1",
                    "aanbieder_agb": "12345678",
                    "productcategorie": "45",
                    "segment": 1,
                    "status": "gestart",
                    "aanvraagdatum": "2026-11-17",
                    "ingangsdatum": "2026-11-19",
                    "einddatum": "2027-05-31",
                },
                {
                    "jeugdige": "p3",
                    "aanbieder_agb": "87654321",
                    "productcategorie": "48",
                    "segment": 5,
                    "status": "aangevraagd",
                    "aanvraagdatum": "2026-10-01",
                },
            ],
            "contactmomenten": [
                {
                    "datum": "2026-11-18T10:00:00",
                    "soort": "huisbezoek",
                    "notitie": "Bij Zoë thuis, Kerkstraat 12.",
                }
            ],
        },
        {
            "casusnummer": "2026-0043",
            "gemeente": "Duiven",
            "aanmelddatum": "2026-11-14T11:00:00",  # a Saturday; no first contact yet
            "verwijzer": "06",
            "personen": [_persoon("2026-0043", "p1", "jeugdige")],
        },
        {
            "casusnummer": "2025-0007",
            "gemeente": "Doesburg",
            "consulent": "a.devries",
            "aanmelddatum": "2025-03-03",
            "eerste_contact": "2025-03-04",
            "afgesloten_op": "2026-11-20",
            "reden_afsluiting": "31",
            "personen": [_persoon("2025-0007", "p1", "jeugdige")],
        },
    ],
}


@pytest.fixture
def gevuld(db):
    uitwisseling.importeer(db, json.loads(json.dumps(DOC)))
    # The weekly overview is the coördinator's (services/rechten.py): read it as one.
    medewerkers.maak_medewerker(Database(db.engine), "r.hendriks", "René Hendriks", "coördinator")
    return Database(db.engine, "r.hendriks")


@pytest.fixture
def werkboek(gevuld, tmp_path):
    o = overzicht.weekoverzicht(gevuld, "2026-W47")
    pad = tmp_path / "weekoverzicht.xlsx"
    stappen = []
    schrijf_weekoverzicht(o, pad, voortgang=lambda a, b: stappen.append((a, b)))
    assert stappen[-1][0] == stappen[-1][1] and stappen == sorted(stappen)
    return pad


def _samenvatting(wb) -> dict[str, tuple]:
    ws = wb["Samenvatting"]
    return {ws.cell(r, 1).value: tuple(ws.cell(r, c) for c in range(1, 6)) for r in range(4, 18)}


def test_labels_in_kolom_a_exact_zoals_kpi_md(werkboek):
    wb = openpyxl.load_workbook(werkboek)
    ws = wb["Samenvatting"]
    assert [ws.cell(r, 1).value for r in range(4, 18)] == [
        "Nieuwe aanmeldingen",
        "Open casussen",
        "Eerste contact binnen 3 werkdagen",
        "Verklarende analyse segment 1 en 2",
        "Familiegroepsplan aangeboden",
        "Familiegroepsplan opgesteld",
        "Perspectiefplan 16+",
        "Wachtenden",
        "Wachtenden jeugdbescherming",
        "Evaluatie na 3 maanden",
        "Caseload per consulent",
        "Aanmeldingen per verwijzer",
        "Actieve toewijzingen per segment",
        "Afgesloten",
    ]
    assert [ws.cell(3, c).value for c in range(1, 5)] == [
        "Kengetal",
        "Waarde",
        "Norm",
        "Teller/noemer",
    ]
    assert ws.freeze_panes == "A4"
    assert "TabelSamenvatting" in ws.tables


def test_waarden_normen_en_formaten(werkboek):
    wb = openpyxl.load_workbook(werkboek)
    s = _samenvatting(wb)

    def waarde(label):
        return s[label][1].value

    assert waarde("Nieuwe aanmeldingen") == 1
    assert s["Nieuwe aanmeldingen"][1].number_format == "0"
    assert waarde("Open casussen") == 2  # the case closed on 20 November is not open
    # 0042 registered Monday: contact Wednesday, in time; 0043 registered Saturday: none
    eerste = s["Eerste contact binnen 3 werkdagen"]
    assert eerste[1].value == pytest.approx(0.5) and eerste[1].number_format == "0.0%"
    assert (eerste[2].value, eerste[3].value) == ("100%", "1/2")
    assert eerste[1].fill.start_color.rgb.endswith("FFC7CE")  # red: below 75%
    va = s["Verklarende analyse segment 1 en 2"]
    assert (va[1].value, va[3].value) == (1, "1/1")
    assert va[1].fill.start_color.rgb.endswith("C6EFCE")
    assert waarde("Familiegroepsplan aangeboden") == 1
    assert waarde("Familiegroepsplan opgesteld") == 0
    assert s["Familiegroepsplan opgesteld"][2].value == "–"
    # the 16-year-old with care has no plan; the plan of the other (waiting) jeugdige does not count
    assert (waarde("Perspectiefplan 16+"), s["Perspectiefplan 16+"][3].value) == (0, "0/1")
    assert waarde("Wachtenden") == 1
    jb = s["Wachtenden jeugdbescherming"]
    assert (jb[1].value, jb[2].value) == (1, "0")
    assert jb[1].fill.start_color.rgb.endswith("FFD8A8")  # orange
    assert waarde("Evaluatie na 3 maanden") == "n.v.t."
    assert s["Evaluatie na 3 maanden"][1].fill.fill_type is None
    assert waarde("Caseload per consulent") == 1.0
    assert waarde("Aanmeldingen per verwijzer") == 1
    assert waarde("Actieve toewijzingen per segment") == 1
    assert waarde("Afgesloten") == 1
    doorloop = (D("2026-11-20") - D("2025-03-03")).days
    assert f"{doorloop},0 dagen" in s["Afgesloten"][4].value
    # a legend explains the colours
    teksten = [c.value for rij in wb["Samenvatting"].iter_rows() for c in rij if c.value]
    assert {"groen", "oranje", "rood"} <= set(teksten)


def test_bladen_per_kengetal_met_echte_datums(werkboek):
    wb = openpyxl.load_workbook(werkboek)
    assert wb.sheetnames[0] == "Samenvatting" and wb.sheetnames[-1] == "Trend"
    assert len(wb.sheetnames) == 16
    ws = wb["3 Eerste contact"]
    assert ws.freeze_panes == "A4"
    kop = [c.value for c in ws[3]]
    assert kop == [
        "Casusnummer",
        "Aanmelddatum",
        "Deadline eerste contact",
        "Eerste contact",
        "Voldoet",
        "Consulent",
    ]
    rijen = {r[0].value: r for r in ws.iter_rows(min_row=4) if r[0].value}
    assert set(rijen) == {"2026-0042", "2026-0043"}
    deadline = rijen["2026-0043"][2]
    assert deadline.value == datetime(2026, 11, 18) and deadline.number_format == "DD-MM-YYYY"
    assert rijen["2026-0043"][3].value is None and rijen["2026-0043"][4].value == "nee"
    assert "Kengetal3" in ws.tables

    # 8: per aanbieder beside the waiting cases
    ws = wb["8 Wachtenden"]
    kop = [c.value for c in ws[3]]
    assert kop[:3] == ["Aanbieder (AGB)", "Wachtenden", "Langste wachttijd (dagen)"]
    assert [c.value for c in ws[4]][:3] == ["87654321", 1, 52]
    assert "J-0002" in [c.value for c in ws[4]]  # pseudonym of 0042/p3
    # 12: per verwijzer, week and 12 weeks
    ws = wb["12 Verwijzers"]
    assert [c.value for c in ws[4]][:4] == ["02", "Huisarts", 1, 1]
    assert [c.value for c in ws[5]][:4] == ["06", "Zelfverwijzer/geen verwijzer", 0, 1]
    # 13: the five segments
    ws = wb["13 Segmenten"]
    assert [ws.cell(r, 1).value for r in range(4, 9)] == [1, 2, 3, 4, 5]


def test_trend_en_eigenschappen(werkboek):
    wb = openpyxl.load_workbook(werkboek)
    ws = wb["Trend"]
    assert [ws.cell(r, 1).value for r in (4, 15)] == ["2026-W36", "2026-W47"]
    assert ws.cell(15, 2).value == datetime(2026, 11, 16)
    assert ws.cell(15, 2).number_format == "DD-MM-YYYY"
    kop = [c.value for c in ws[3]]
    kolom3 = kop.index("3. Eerste contact binnen 3 werkdagen") + 1
    assert ws.cell(15, kolom3).value == pytest.approx(0.5)
    assert ws.cell(15, kolom3).number_format == "0.0%"
    assert ws.cell(4, kolom3).value is None  # n.v.t.: an empty cell, a gap in the line
    assert len(ws._charts) == 3
    p = wb.properties
    assert p.title == "Weekoverzicht 2026-W47"
    assert p.creator == "Jeugdloket"


def _dagvormen(d: date) -> set[str]:
    maanden = (
        "januari februari maart april mei juni juli augustus september oktober november december"
    )
    maand = maanden.split()[d.month - 1]
    return {
        d.isoformat(),
        f"{d:%d-%m-%Y}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d:%d/%m/%Y}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d:%d.%m.%Y}",
        f"{d:%Y%m%d}",
        f"{d:%d%m%Y}",
        f"{d.day} {maand} {d.year}",
        f"{d:%d-%m-%y}",
    }


def test_geen_enkel_spoor_van_clienten(werkboek):
    verboden: set[str] = set()
    geboortedata: set[date] = set()
    for voornaam, achternaam, geboren, bsn, straat, huisnummer, postcode in PERSONEN.values():
        verboden |= {voornaam, achternaam, bsn, straat, f"{straat} {huisnummer}", postcode}
        verboden |= {postcode.replace(" ", ""), "gezin@example.org", "0612345678"}
        verboden |= set(achternaam.split("-"))
        geboortedata.add(D(geboren))
        verboden |= _dagvormen(D(geboren))
    verboden_klein = {v.casefold() for v in verboden}
    serienummers = {to_excel(d) for d in geboortedata}

    def controleer(waarde, waar: str) -> None:
        if waarde is None:
            return
        if isinstance(waarde, datetime):
            assert waarde.date() not in geboortedata, waar
        elif isinstance(waarde, date):
            assert waarde not in geboortedata, waar
        elif isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
            assert waarde not in serienummers, waar
            assert str(waarde) not in verboden, waar
        else:
            tekst = str(waarde).casefold()
            for v in verboden_klein:
                assert v not in tekst, f"{waar}: {v!r} in {waarde!r}"

    wb = openpyxl.load_workbook(werkboek)
    gezien = 0
    for ws in wb.worksheets:
        controleer(ws.title, f"bladnaam {ws.title}")
        for rij in ws.iter_rows():
            for cel in rij:
                controleer(cel.value, f"{ws.title}!{cel.coordinate}")
                gezien += cel.value is not None
    assert gezien > 100
    p = wb.properties
    for veld in (
        "title",
        "subject",
        "creator",
        "keywords",
        "description",
        "lastModifiedBy",
        "category",
        "identifier",
        "contentStatus",
    ):
        controleer(getattr(p, veld), f"eigenschap {veld}")

    # Also the raw package: shared strings, chart titles, app properties, table names.
    with zipfile.ZipFile(werkboek) as z:
        for naam in z.namelist():
            tekst = z.read(naam).decode("utf-8", errors="replace").casefold()
            for v in verboden_klein:
                assert v not in tekst, f"{naam}: {v!r}"


def test_afbreken_laat_het_doel_onaangeroerd(gevuld, tmp_path):
    o = overzicht.weekoverzicht(gevuld, "2026-W47")
    map_ = tmp_path / "uit"
    map_.mkdir()
    pad = map_ / "weekoverzicht.xlsx"
    pad.write_bytes(b"het vorige overzicht")
    tijdelijk_voor = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    teller = {"n": 0}

    def afgebroken() -> bool:
        teller["n"] += 1
        return teller["n"] > 5

    with pytest.raises(Afgebroken):
        schrijf_weekoverzicht(o, pad, afgebroken=afgebroken)
    assert pad.read_bytes() == b"het vorige overzicht"
    assert [p.name for p in map_.iterdir()] == ["weekoverzicht.xlsx"]  # no temp file left
    # nor openpyxl's streamed sheets (they hold casusnummers) in the system's temp folder
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= tijdelijk_voor
    schrijf_weekoverzicht(o, pad)
    assert openpyxl.load_workbook(pad).sheetnames[0] == "Samenvatting"


def test_standaardweek_en_ongeldige_week(gevuld):
    o = overzicht.weekoverzicht(gevuld, vandaag=D("2026-11-25"))
    assert str(o.week) == "2026-W47"
    assert str(overzicht.laatste_volledige_week(D("2026-11-22"))) == "2026-W46"
    with pytest.raises(Fout, match="2026-W47"):
        overzicht.lees_week("2026-47")
    with pytest.raises(overzicht.OngeldigeWeek, match="bestaat niet"):
        overzicht.weekoverzicht(gevuld, "2026-W60")


def test_records_uit_database_gelijk_aan_uitwisselingsdocument(gevuld):
    """The loader reads the storage of today; the figures are defined on the exchange format.
    Both must give the same records, whatever table a part lives in."""
    uit_db = {c.casusnummer: c for c in overzicht.laad_casussen(gevuld)}
    doc = uitwisseling.exporteer(gevuld)
    uit_doc = {c["casusnummer"]: kpi_feiten.casus_uit_document(c) for c in doc["casussen"]}
    assert set(uit_db) == set(uit_doc) == {"2026-0042", "2026-0043", "2025-0007"}
    for nummer, verwacht in uit_doc.items():
        gelezen = uit_db[nummer]
        for veld in (
            "aanmelddatum",
            "consulent",
            "verwijzer",
            "eerste_contact",
            "afgesloten_op",
            "analyse_afgerond_op",
            "familiegroepsplan",
            "toewijzingen",
            "evaluaties",
        ):
            assert getattr(gelezen, veld) == getattr(verwacht, veld), (nummer, veld)
        assert sorted(gelezen.jeugdigen, key=lambda j: j.ref) == sorted(
            verwacht.jeugdigen, key=lambda j: j.ref
        )
        assert sorted(gelezen.perspectiefplannen, key=lambda p: p.jeugdige) == sorted(
            verwacht.perspectiefplannen, key=lambda p: p.jeugdige
        )


def test_scherm_bron_onthoudt_weken(gevuld):
    bron = overzicht.OverzichtBron(gevuld)
    a = bron.overzicht("2026-W47")
    assert bron.overzicht("2026-W47") is a
    b = bron.overzicht("2026-W46")
    assert [p.waarden for p in b.trend[1:]] == [p.waarden for p in a.trend[:-1]]
    uitwisseling.importeer(
        gevuld,
        {
            "formaat": "jeugdloket-casussen",
            "versie": 1,
            "casussen": [
                {
                    "casusnummer": "2026-0050",
                    "gemeente": "Duiven",
                    "aanmelddatum": "2026-11-17",
                }
            ],
        },
    )
    assert bron.overzicht("2026-W47").kengetal(1).waarde == 1  # remembered until refreshed
    bron.ververs()
    assert bron.overzicht("2026-W47").kengetal(1).waarde == 2
    assert (D("2026-11-22") - timedelta(days=6)) == a.week.maandag
