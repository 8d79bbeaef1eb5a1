"""Catalogue maintenance: the workbook contract in and out, errors with their place, what a
second import changes, versions, waiting times, experiences, the template and the migration."""

import sqlite3
import uuid
from datetime import date
from decimal import Decimal

import pytest
from catalogus_hulp import KOPPEN, VANDAAG, D, klein, schrijf
from openpyxl import load_workbook
from sqlalchemy import text

from jeugdloket.db import maak_engine, migreer, open_database
from jeugdloket.fouten import ImportFout, NietGevonden, Validatiefout
from jeugdloket.migrations import HEAD
from jeugdloket.rapporten import catalogus_werkboek
from jeugdloket.services import catalogus, catalogus_beheer
from jeugdloket.services.zoeken_catalogus import zoek

pytestmark = pytest.mark.beide_engines


@pytest.fixture
def geladen(db, tmp_path):
    catalogus.importeer(db, schrijf(tmp_path / "klein.xlsx"), vandaag=VANDAAG)
    return db


def test_import_leest_de_contractindeling(db, tmp_path):
    s = catalogus.importeer(db, schrijf(tmp_path / "klein.xlsx"), vandaag=VANDAAG)
    assert s.versie == 1
    assert (len(s.aanbieders.nieuw), len(s.producten.nieuw), len(s.contracten.nieuw)) == (7, 9, 12)
    assert len(s.wachttijden.nieuw) == 7
    # a contract that had already ended is new, and says so
    assert any("66666666" in r and "(al verlopen)" in r for r in s.contracten.nieuw)
    cat = catalogus.huidige_catalogus(db)
    lexis = next(a for a in cat.aanbieders if a.agb == "11111111")
    assert lexis.postcode == "6921 AB" and lexis.website == "www.lexis.nl"
    dys = next(p for p in cat.producten if p.productcode == "45001")
    assert dys.tarief == Decimal("1.50") and dys.eenheid == "01"
    assert dys.trefwoorden == ("dyslexie", "lezen", "spelling")
    assert (dys.leeftijd_van, dys.leeftijd_tot) == (7, 13)
    a = catalogus_beheer.aanbieder(db, "33333333")
    assert (a.soort, a.hoofdaannemer_agb, a.hoofdaannemer) == (
        "onderaannemer",
        "22222222",
        "De Vlinder Jeugdhulp",
    )
    assert catalogus_beheer.aanbieder(db, "22222222").onderaannemers == (
        ("33333333", "Kinderpraktijk Zonnestraal"),
    )


def test_excel_eigenaardigheden_worden_goed_gelezen(db, tmp_path):
    rijen = klein()
    rijen["Aanbieders"][0][0] = 1234567  # AGB as a number: the leading zero was lost
    rijen["Contracten"][0][0] = "01234567"
    rijen["Wachttijden"][0][0] = 1234567
    rijen["Producten"][0][0] = 45001  # productcode as a number
    rijen["Producten"][0][6] = 1  # eenheid "01" as a number
    rijen["Producten"][0][7] = "€ 1,50"
    rijen["Contracten"][1][3] = "2026-01-01"  # dates as text, ISO and Dutch
    rijen["Contracten"][4][4] = "31-12-2028"
    rijen["Producten"][1][5] = "Ambulant"
    cat = catalogus_werkboek.lees_werkboek(schrijf(tmp_path / "x.xlsx", rijen), vandaag=VANDAAG)
    assert cat.aanbieders[0].agb == "01234567"
    dys = next(p for p in cat.producten if p.productcode == "45001")
    assert (dys.eenheid, dys.tarief) == ("01", Decimal("1.50"))
    assert next(p for p in cat.producten if p.productcode == "45002").setting == "ambulant"
    assert {c.geldig_van for c in cat.contracten if c.aanbieder_agb == "33333333"} == {
        date(2026, 1, 1)
    }


def _export_tekst(db, pad):
    catalogus.exporteer(db, pad)
    wb = load_workbook(pad, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    finally:
        wb.close()


@pytest.mark.parametrize(
    ("breek", "verwacht"),
    [
        (
            {"bladnamen": {"Producten": "Product"}},
            ["Blad Producten: blad ontbreekt (bedoelt u het blad 'Product'?)"],
        ),
        (
            {"koppen": {"Aanbieders": ["agb-code", *KOPPEN["Aanbieders"][1:]]}},
            ["Blad Aanbieders, rij 1: kolom agb ontbreekt (bedoelt u 'agb-code'?)"],
        ),
    ],
)
def test_verkeerde_bladen_of_kolommen(geladen, tmp_path, breek, verwacht):
    voor = _export_tekst(geladen, tmp_path / "voor.xlsx")
    with pytest.raises(ImportFout) as fout:
        catalogus.importeer(geladen, schrijf(tmp_path / "fout.xlsx", **breek), vandaag=VANDAAG)
    for deel in verwacht:
        assert any(m.startswith(deel) for m in fout.value.meldingen), fout.value.meldingen
    assert _export_tekst(geladen, tmp_path / "na.xlsx") == voor
    assert len(catalogus.versies(geladen)) == 1


def test_elke_fout_met_blad_rij_en_kolom_en_niets_opgeslagen(geladen, tmp_path):
    voor = _export_tekst(geladen, tmp_path / "voor.xlsx")
    r = klein()
    r["Aanbieders"][1][0] = "1234"  # row 3: not 8 digits
    r["Aanbieders"][2][2] = "99999999"  # row 4: unknown hoofdaannemer
    r["Aanbieders"][3][5] = "geen-mail"  # row 5
    r["Producten"][0][1] = "99"  # row 2: no JZ020 code
    r["Producten"][1][4] = 7  # row 3: segment 7
    r["Producten"][2][5] = "dag"  # row 4: not a setting
    r["Producten"][3][7] = -3  # row 5: negative tarief
    r["Producten"][4][8], r["Producten"][4][9] = 14, 12  # row 6: van > tot
    r["Producten"].append(list(r["Producten"][5]))  # row 11: duplicate productcode 52001
    r["Contracten"][0][3] = "31-02-2026"  # row 2: no such date
    r["Contracten"][4][4] = D(2025, 1, 1)  # row 6: geldig_tot before geldig_van
    r["Contracten"].append(["44444444", "99999", "Duiven", D(2026, 1, 1), None])  # row 14
    r["Contracten"].append(["44444444", "44001", "Duiven", D(2026, 6, 1), None])  # row 15: overlap
    r["Wachttijden"].append(["11111111", "52001", 2, D(2026, 11, 1)])  # row 9: no contract
    r["Wachttijden"].append(["55555555", "47001", 2, D(2027, 1, 1)])  # row 10: future
    r["Wachttijden"].append(["44444444", "43001", 1, D(2026, 11, 2)])  # row 11: duplicate
    with pytest.raises(ImportFout) as fout:
        catalogus.importeer(geladen, schrijf(tmp_path / "fout.xlsx", r), vandaag=VANDAAG)
    meldingen = fout.value.meldingen
    verwacht = [
        "Blad Aanbieders, rij 3, kolom agb: '1234' is geen AGB-code (8 cijfers)",
        "Blad Aanbieders, rij 4, kolom hoofdaannemer_agb: 99999999 staat niet op het blad Aanbieders",
        "Blad Aanbieders, rij 5, kolom email: 'geen-mail' is geen e-mailadres",
        "Blad Producten, rij 2, kolom productcategorie: '99' is geen code uit JZ020",
        "Blad Producten, rij 3, kolom segment: 7 kan niet; kies 1 t/m 5",
        "Blad Producten, rij 4, kolom setting: 'dag' is geen setting",
        "Blad Producten, rij 5, kolom tarief: -3 is negatief",
        "Blad Producten, rij 6, kolom leeftijd_tot: 12 ligt onder leeftijd_van (14)",
        "Blad Producten, rij 11, kolom productcode: productcode 52001 staat ook in rij 7",
        "Blad Contracten, rij 2, kolom geldig_van: '31-02-2026' bestaat niet als datum",
        "Blad Contracten, rij 6, kolom geldig_tot: 01-01-2025 ligt vóór geldig_van (01-01-2026)",
        "Blad Contracten, rij 14, kolom productcode: 99999 staat niet op het blad Producten",
        "Blad Contracten, rij 15, kolom geldig_van: overlapt met het contract in rij 12",
        "Blad Wachttijden, rij 9, kolom productcode: geen contract voor aanbieder 11111111 en "
        "product 52001",
        "Blad Wachttijden, rij 10, kolom peildatum: 01-01-2027 ligt in de toekomst",
        "Blad Wachttijden, rij 11, kolom productcode: de wachttijd van 44444444 voor 43001 staat "
        "ook in rij 6",
    ]
    for deel in verwacht:
        assert any(m.startswith(deel) for m in meldingen), (deel, meldingen)
    # nothing changed: the same catalogue, no new version, the search as before
    assert _export_tekst(geladen, tmp_path / "na.xlsx") == voor
    assert [v.nummer for v in catalogus.versies(geladen)] == [1]
    assert zoek(geladen, "dyslexie", datum=VANDAAG)[0].wachttijd_weken == 1


def test_geen_werkboek(db, tmp_path):
    with pytest.raises(ImportFout) as fout:
        catalogus.importeer(db, tmp_path / "bestaat-niet.xlsx")
    assert "niet gevonden" in fout.value.meldingen[0]
    kapot = tmp_path / "kapot.xlsx"
    kapot.write_text("geen excel", encoding="utf-8")
    with pytest.raises(ImportFout) as fout:
        catalogus.importeer(db, kapot)
    assert "geen leesbaar Excel-bestand" in fout.value.meldingen[0]


def test_tweede_import_meldt_nieuw_gewijzigd_en_beeindigd(db, tmp_path):
    eerst = klein()
    eerst["Contracten"].append(
        ["44444444", "45003", "Duiven", D(2026, 1, 1), D(2026, 9, 30)]
    )  # runs at the first import, has ended at the second
    for w in eerst["Wachttijden"]:
        w[3] = D(2026, 5, 1)  # reported before the first import
    catalogus.importeer(db, schrijf(tmp_path / "a.xlsx", eerst), vandaag=date(2026, 6, 1))
    catalogus_beheer.voeg_ervaring_toe(
        db, "66666666", "45001", 4, "Oud maar goed", date(2025, 5, 1)
    )

    r = klein()
    for w in r["Wachttijden"]:
        w[3] = D(2026, 5, 1)
    r["Contracten"].append(["44444444", "45003", "Duiven", D(2026, 1, 1), D(2026, 9, 30)])
    r["Aanbieders"] = [a for a in r["Aanbieders"] if a[0] != "66666666"]  # provider gone
    r["Contracten"] = [c for c in r["Contracten"] if c[0] != "66666666"]
    r["Contracten"] = [c for c in r["Contracten"] if (c[0], c[1]) != ("22222222", "52001")]
    r["Wachttijden"] = [w for w in r["Wachttijden"] if (w[0], w[1]) != ("22222222", "52001")]
    r["Aanbieders"].append(["88888888", "Nieuw Begin", None, "algemeen"] + [None] * 6)
    r["Contracten"].append(["88888888", "45002", "Doesburg", D(2026, 11, 1), None])
    r["Producten"][0][7] = 1.65  # tarief 45001
    next(c for c in r["Contracten"] if c[:2] == ["22222222", "45002"])[2] = (
        "Duiven; Westervoort; Doesburg"  # one more municipality
    )
    r["Wachttijden"][0][2] = 6  # 11111111 × 45001
    s = catalogus.importeer(db, schrijf(tmp_path / "b.xlsx", r), vandaag=VANDAAG)

    assert s.versie == 2
    assert s.aanbieders.nieuw == ("88888888 Nieuw Begin",)
    assert s.aanbieders.beeindigd == ("66666666 Oud Zorg: niet meer in het werkboek",)
    assert s.producten.gewijzigd == ("45001 Dyslexiebehandeling: tarief",)
    assert len(s.contracten.nieuw) == 1 and "88888888" in s.contracten.nieuw[0]
    assert len(s.contracten.gewijzigd) == 1 and s.contracten.gewijzigd[0].endswith(": gemeenten")
    beeindigd = sorted(s.contracten.beeindigd)
    assert len(beeindigd) == 3
    assert any(
        "22222222" in t and "52001" in t and "niet meer in het werkboek" in t for t in beeindigd
    )
    assert any("66666666" in t and "niet meer in het werkboek" in t for t in beeindigd)
    assert any("45003" in t and "einddatum 30-09-2026 verstreken" in t for t in beeindigd)
    assert s.contracten.ongewijzigd == 9
    assert len(s.wachttijden.gewijzigd) == 1 and "was 3 weken" in s.wachttijden.gewijzigd[0]
    assert len(s.wachttijden.beeindigd) == 1
    regels = "\n".join(s.regels())
    assert "Contracten: 1 nieuw, 1 gewijzigd, 3 beëindigd, 9 ongewijzigd" in regels

    # the provider that left is kept (with its experience) but no longer found
    with db.engine.connect() as c:
        assert (
            c.execute(text("SELECT vervallen_op FROM aanbieder WHERE agb = '66666666'")).scalar()
            == VANDAAG.isoformat()
        )
    assert catalogus_beheer.ervaringen(db, "66666666")[0].tekst == "Oud maar goed"
    assert not zoek(db, "oud zorg", datum=date(2025, 6, 1))
    assert zoek(db, "nieuw begin", datum=VANDAAG)[0].aanbieder_agb == "88888888"

    # the same workbook again: nothing new, and the first version is still there
    s3 = catalogus.importeer(db, tmp_path / "b.xlsx", vandaag=VANDAAG)
    assert (s3.aanbieders.nieuw, s3.contracten.beeindigd, s3.contracten.ongewijzigd) == ((), (), 12)
    assert [v.nummer for v in catalogus.versies(db)] == [3, 2, 1]
    assert catalogus.versies(db)[0].door == "a.devries"
    catalogus.exporteer(db, tmp_path / "v1.xlsx", versie=1)
    assert catalogus_werkboek.lees_werkboek(
        tmp_path / "v1.xlsx"
    ) == catalogus_werkboek.lees_werkboek(tmp_path / "a.xlsx")
    with pytest.raises(NietGevonden):
        catalogus.exporteer(db, tmp_path / "v9.xlsx", versie=9)


def test_export_import_rondreis(geladen, tmp_path):
    bron = catalogus_werkboek.lees_werkboek(tmp_path / "klein.xlsx")
    uit = catalogus.exporteer(geladen, tmp_path / "export.xlsx")
    assert catalogus_werkboek.lees_werkboek(uit) == bron
    s = catalogus.importeer(geladen, uit, vandaag=VANDAAG)
    for w in s.per_blad().values():
        assert (w.nieuw, w.gewijzigd, w.beeindigd) == ((), (), ())
    # exactly the contract's layout: the four sheets, the columns in their order
    wb = load_workbook(uit)
    assert wb.sheetnames == list(KOPPEN)
    for blad, koppen in KOPPEN.items():
        ws = wb[blad]
        assert [c.value for c in ws[1]] == koppen
    assert wb["Aanbieders"]["A2"].number_format == "@"
    assert wb["Contracten"]["D2"].number_format == "DD-MM-YYYY"
    assert wb["Producten"]["H2"].number_format == "#,##0.00"
    assert (
        catalogus_werkboek.lees_werkboek(catalogus.exporteer(geladen, tmp_path / "2.xlsx")) == bron
    )


def test_sjabloon(db, tmp_path):
    pad = catalogus_werkboek.sjabloon(tmp_path / "sjabloon.xlsx")
    wb = load_workbook(pad)
    assert wb.sheetnames == ["Toelichting", *KOPPEN]
    assert "alles-of-niets" in " ".join(
        str(c.value) for c in wb["Toelichting"]["A"] if c.value is not None
    )
    for blad, koppen in KOPPEN.items():
        ws = wb[blad]
        assert [c.value for c in ws[1]] == koppen
        assert all(c.comment is not None for c in ws[1])
        assert ws.max_row > 1 or ws["A2"].value is None
    assert wb["Aanbieders"]["A2"].number_format == "@"
    assert wb["Producten"]["G50"].number_format == "@"  # eenheid "04" stays text
    assert any("ambulant" in dv.formula1 for dv in wb["Producten"].data_validations.dataValidation)
    # filled in by hand (the template's own formats, the instructions sheet left in)
    ws = wb["Aanbieders"]
    ws.append(["12345678", "Praktijk Test"])
    wb["Producten"].append(["45A01", "45", "Test", None, 4, "ambulant", "04", 80])
    wb["Contracten"].append(["12345678", "45a01", "Duiven", "2026-01-01"])
    wb.save(pad)
    s = catalogus.importeer(db, pad, vandaag=VANDAAG)
    assert len(s.contracten.nieuw) == 1
    assert zoek(db, "test", datum=VANDAAG)[0].productcode == "45A01"
    # the empty template itself is refused: it would empty the whole catalogue
    with pytest.raises(ImportFout) as fout:
        catalogus.importeer(db, catalogus_werkboek.sjabloon(tmp_path / "leeg.xlsx"))
    assert any("het blad is leeg" in m for m in fout.value.meldingen)


def test_wachttijd_in_de_app(geladen, tmp_path):
    w = catalogus_beheer.zet_wachttijd(geladen, "22222222", "45003", 4, date(2026, 11, 20))
    assert (w.weken, w.peildatum) == (4, date(2026, 11, 20))
    r = zoek(geladen, "autisme", datum=VANDAAG)[0]
    assert (r.wachttijd_weken, r.wachttijd_peildatum) == (4, date(2026, 11, 20))
    catalogus_beheer.zet_wachttijd(geladen, "22222222", "45003", 2, date(2026, 11, 21))
    assert zoek(geladen, "autisme", datum=VANDAAG)[0].wachttijd_weken == 2
    # it is in the export, so export → edit → import keeps it
    cat = catalogus_werkboek.lees_werkboek(catalogus.exporteer(geladen, tmp_path / "e.xlsx"))
    assert any(
        (x.aanbieder_agb, x.productcode, x.wachttijd_weken) == ("22222222", "45003", 2)
        for x in cat.wachttijden
    )
    with pytest.raises(Validatiefout) as fout:
        catalogus_beheer.zet_wachttijd(geladen, "11111111", "52001", 2)
    assert "geen contract" in fout.value.fouten["productcode"]
    with pytest.raises(Validatiefout) as fout:
        catalogus_beheer.zet_wachttijd(geladen, "11111111", "45001", -1, date(2099, 1, 1))
    assert set(fout.value.fouten) == {"weken", "peildatum"}
    with pytest.raises(Validatiefout) as fout:
        catalogus_beheer.zet_wachttijd(geladen, "12121212", "45001", 1)
    assert "aanbieder_agb" in fout.value.fouten


def test_ervaringen(geladen):
    from jeugdloket.services import medewerkers

    assert medewerkers.zoek_medewerker(geladen, "a.devries") is not None
    e = catalogus_beheer.voeg_ervaring_toe(
        geladen, "11111111", "45001", 5, "  Snel gestart  ", VANDAAG
    )
    catalogus_beheer.voeg_ervaring_toe(geladen, "11111111", "45001", 4, None, date(2026, 10, 1))
    assert (e.medewerker, e.tekst, e.product) == (
        "Anouk de Vries",
        "Snel gestart",
        "Dyslexiebehandeling",
    )
    assert [x.score for x in catalogus_beheer.ervaringen(geladen, "11111111", "45001")] == [5, 4]
    r = zoek(geladen, "dyslexie", gemeente="Duiven", datum=VANDAAG)[0]
    assert (r.ervaringen_gemiddeld, r.ervaringen_aantal) == (4.5, 2)
    assert "2 ervaringen, gemiddeld 4,5" in r.reden
    with pytest.raises(Validatiefout):
        catalogus_beheer.voeg_ervaring_toe(geladen, "11111111", "45001", 6)


def test_demo_catalogus(db):
    s = catalogus.laad_demo(db, vandaag=VANDAAG)
    hoofd = catalogus.huidige_catalogus(db)
    assert len(s.aanbieders.nieuw) == 133 and len(hoofd.producten) == 300
    assert sum(1 for a in hoofd.aanbieders if a.hoofdaannemer_agb is None) == 64
    assert {p.segment for p in hoofd.producten} == {1, 2, 3, 4, 5}
    assert {p.productcategorie for p in hoofd.producten} == {str(c) for c in range(40, 56)}
    assert any(p.productcode == "54001" for p in hoofd.producten)
    assert len(catalogus_beheer.ervaringen(db)) == 45
    catalogus.laad_demo(db, vandaag=VANDAAG)  # twice: experiences are not doubled
    assert len(catalogus_beheer.ervaringen(db)) == 45
    assert zoek(db, "dyslexie", leeftijd=9, gemeente="Duiven", datum=VANDAAG)


def test_migratie_0005_behoudt_gegevens(tmp_path):
    pad = tmp_path / "oud.db"
    engine = maak_engine(pad)
    migreer(engine, "0004")
    engine.dispose()
    casus_id = uuid.uuid4()
    con = sqlite3.connect(pad)
    nu = "2026-11-20 10:00:00.000000"
    con.execute(
        "INSERT INTO casus (id, version, aangemaakt_op, bijgewerkt_op, casusnummer, gemeente,"
        " aanmelddatum, zoektekst, jeugdigen) VALUES (?,?,?,?,?,?,?,?,?)",
        (casus_id.hex, 1, nu, nu, "2026-0001", "Duiven", "2026-11-16T09:30:00", "", ""),
    )
    con.commit()
    con.close()
    db = open_database(pad, gebruiker="x")
    try:
        with db.engine.connect() as c:
            # upgraded through 0005 to the newest revision
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            assert c.execute(text("SELECT casusnummer FROM casus")).scalar() == "2026-0001"
            assert c.execute(text("SELECT teller FROM catalogus_stand")).scalar() == 0
            for tabel in ("aanbieder", "product", "contract", "wachttijd", "ervaring"):
                assert c.execute(text(f"SELECT count(*) FROM {tabel}")).scalar() == 0
        assert zoek(db, "dyslexie") == []
        assert list((tmp_path / "backups").glob(f"oud-*-voor-{HEAD}.db"))
    finally:
        db.sluit()


def _zonder_kolommen(blad_kolommen: dict[str, list[str]]) -> tuple[dict, dict]:
    """klein() and KOPPEN with some columns taken out of some sheets."""
    rijen, koppen = klein(), {b: list(k) for b, k in KOPPEN.items()}
    for blad, weg in blad_kolommen.items():
        houden = [i for i, k in enumerate(koppen[blad]) if k not in weg]
        koppen[blad] = [koppen[blad][i] for i in houden]
        rijen[blad] = [[rij[i] for i in houden] for rij in rijen[blad]]
    return rijen, koppen


def test_optionele_kolommen_mogen_ontbreken_met_een_opmerking(db, tmp_path):
    """catalogus.md calls the contact columns optional and lets geldig_tot be empty: a
    workbook without those columns is read as if they were empty – and that is said."""
    rijen, koppen = _zonder_kolommen(
        {"Aanbieders": ["telefoon", "email", "website"], "Contracten": ["geldig_tot"]}
    )
    pad = schrijf(tmp_path / "zonder.xlsx", rijen, koppen)
    cat = catalogus_werkboek.lees_werkboek(pad, vandaag=VANDAAG)
    assert cat.opmerkingen == (
        "Blad Aanbieders: geen kolom telefoon; die blijft overal leeg",
        "Blad Aanbieders: geen kolom email; die blijft overal leeg",
        "Blad Aanbieders: geen kolom website; die blijft overal leeg",
        "Blad Contracten: geen kolom geldig_tot; die blijft overal leeg",
    )
    assert all(a.telefoon is None and a.email is None for a in cat.aanbieders)
    assert all(c.geldig_tot is None for c in cat.contracten)
    catalogus.importeer(db, pad, vandaag=VANDAAG)
    assert zoek(db, "dyslexie", gemeente="Duiven", datum=VANDAAG)


@pytest.mark.parametrize(
    ("blad", "kop", "verwacht"),
    [
        # A column that looks like a typo of an optional one is not quietly left empty.
        ("Aanbieders", ("email", "e-mail"), "kolom email ontbreekt (bedoelt u 'e-mail'?)"),
        # Required columns stay required.
        ("Producten", ("naam", None), "kolom naam ontbreekt"),
        ("Wachttijden", ("peildatum", None), "kolom peildatum ontbreekt"),
    ],
)
def test_verplichte_of_verschreven_kolom_wordt_geweigerd(db, tmp_path, blad, kop, verwacht):
    oud, nieuw = kop
    if nieuw is None:
        rijen, koppen = _zonder_kolommen({blad: [oud]})
    else:
        rijen, koppen = klein(), {**KOPPEN, blad: [nieuw if k == oud else k for k in KOPPEN[blad]]}
    with pytest.raises(ImportFout) as fout:
        catalogus.importeer(db, schrijf(tmp_path / "fout.xlsx", rijen, koppen), vandaag=VANDAAG)
    assert f"Blad {blad}, rij 1: {verwacht}; rij 1 noemt de kolommen" in fout.value.meldingen
    assert catalogus.versies(db) == []
