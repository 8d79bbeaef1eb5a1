"""The access log: an entry for every kind of action, append-only, a hash chain that shows
tampering, and the per-case export for the family."""

import csv
import socket
import sqlite3
import threading
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from jeugdloket.db import Database
from jeugdloket.fouten import Validatiefout
from jeugdloket.models.toegang import Logboekregel
from jeugdloket.regels.logboek import BEGIN, bereken_hash, controleer_keten
from jeugdloket.services import (
    backoffice,
    casussen,
    delen,
    intake,
    keten,
    logboek,
    medewerkers,
    plan_pdf,
    plannen,
    rechten,
    toegang,
    toewijzingen,
    uitwisseling,
)
from jeugdloket.services.rechten import GeenToegang

pytestmark = pytest.mark.beide_engines

GOED = "een lange zin als wachtwoord"


def _alles(db) -> list[logboek.LogRegel]:
    with db.engine.connect() as conn:
        return list(reversed(logboek._lees(conn)))


@pytest.fixture
def collega(db):
    medewerkers.maak_medewerker(Database(db.engine), "b.yilmaz", "Burak Yılmaz", "consulent")
    medewerkers.maak_medewerker(Database(db.engine), "r.hendriks", "René Hendriks", "coördinator")
    return Database(db.engine, "b.yilmaz")


def test_elke_soort_handeling_laat_een_regel_achter(db, collega, tmp_path, maak_casus):
    begin = len(_alles(db))
    d = maak_casus()  # aanmaak
    casussen.casus_detail(db, d.id)  # inzage
    casussen.voeg_persoon_toe(  # wijziging
        db, d.id, {"rol": "jeugdige", "voornaam": "Zoë", "geboortedatum": date(2010, 3, 10)}
    )
    intake.zet_intake(db, d.id, {"fase": "verdiepen"})  # wijziging (intake)
    plannen.zet_familiegroepsplan(db, d.id, {"aangeboden_op": date(2026, 11, 18)})  # (plannen)
    t = toewijzingen.maak(
        db,
        d.id,
        {
            "jeugdige_ref": "p1",
            "aanbieder_agb": "12345678",
            "productcategorie": "45",
            "productcode": "45A12",
            "aanvraagdatum": date(2026, 11, 20),
            "einddatum": date(2027, 5, 31),
            "volume": 2,
            "eenheid": "04",
            "frequentie": "2",
        },
    )  # wijziging (toewijzingen)
    toewijzingen.leg_toestemming_vast(db, t.id, "Moeder, mondeling")
    plan_pdf.maak_pdf(db, d.id, "familiegroepsplan", tmp_path / "plan.pdf")  # afdruk
    doc = uitwisseling.exporteer(db, [d.casusnummer])  # export
    doc["casussen"][0]["hulpvraag"] = "Bijgewerkt uit een bestand"
    uitwisseling.importeer(db, doc)  # import
    backoffice.exporteer_backoffice(db, tmp_path / "backoffice.xlsx")  # export
    with pytest.raises(GeenToegang):
        casussen.casus_detail(collega, d.id)  # geweigerd
    delen.open_met_reden(collega, d.id, "Waarneming bij ziekte")  # waarneming
    delen.deel_casus(db, d.id, "b.yilmaz")  # deling
    toegang.zet_wachtwoord(db, "a.devries", GOED)  # beheer
    toegang.meld_aan(db, "a.devries", GOED)  # aanmelding
    logboek.regels(Database(db.engine, "r.hendriks"), casusnummer=d.casusnummer)  # logboek

    regels = _alles(db)[begin:]
    acties = {r.actie for r in regels}
    assert acties >= {
        "aanmaak",
        "inzage",
        "wijziging",
        "afdruk",
        "export",
        "import",
        "geweigerd",
        "waarneming",
        "deling",
        "beheer",
        "aanmelding",
        "logboek",
    }
    per_casus = [r for r in regels if r.casus_id == d.id]
    assert {r.actie for r in per_casus} >= {
        "aanmaak",
        "inzage",
        "wijziging",
        "afdruk",
        "export",
        "import",
        "geweigerd",
        "waarneming",
    }
    # Who, when, which case, which workstation – on every entry.
    for r in per_casus:
        assert r.casusnummer == d.casusnummer
        assert r.werkplek == socket.gethostname()
        assert abs(r.moment - datetime.now()) < timedelta(minutes=5)
        assert r.gebruiker in ("a.devries", "b.yilmaz")
    assert {r.omschrijving for r in per_casus if r.actie == "wijziging"} >= {
        "persoon toegevoegd",
        "intake gewijzigd",
        "familiegroepsplan gewijzigd",
        "toewijzing aangevraagd",
        "toestemming van het gezin vastgelegd",
    }
    # Every entry says what happened in words, not as the name of a function.
    assert all("_" not in (r.omschrijving or "") for r in per_casus)
    assert [r.actie for r in per_casus if r.gebruiker == "b.yilmaz"] == ["geweigerd", "waarneming"]
    assert [r.omschrijving for r in per_casus if r.actie == "afdruk"] == ["plan als PDF"]
    assert len([r for r in per_casus if r.actie == "export"]) == 2  # exchange file, back office
    assert logboek.controleer(Database(db.engine)).intact


def test_een_inzage_per_opening_niet_per_keer_lezen(db, monkeypatch, maak_casus):
    d = maak_casus()
    nu = datetime(2026, 11, 23, 10, 0, 0)
    monkeypatch.setattr(rechten, "klok", lambda: nu)
    for _ in range(5):  # the case view reads again after every save
        casussen.casus_detail(db, d.id)
        intake.intake(db, d.id)
        plannen.plannen(db, d.id)
    inzage = [r for r in _alles(db) if r.actie == "inzage" and r.casus_id == d.id]
    assert len(inzage) == 1
    # Opened again later: a new entry.
    monkeypatch.setattr(rechten, "klok", lambda: datetime.now() + rechten.INZAGE_VENSTER)
    casussen.casus_detail(db, d.id)
    assert len([r for r in _alles(db) if r.actie == "inzage" and r.casus_id == d.id]) == 2


def test_een_geweigerde_wijziging_laat_geen_wijzigingsregel_achter(db, maak_casus):
    d = maak_casus()
    voor = len(_alles(db))
    with pytest.raises(Validatiefout):
        casussen.wijzig_casus(db, d.id, {"gemeente": ""})
    assert len(_alles(db)) == voor  # nothing changed, nothing logged


def test_de_regel_staat_in_dezelfde_transactie_als_de_wijziging(db, monkeypatch, maak_casus):
    d = maak_casus()
    voor = len(_alles(db))

    def kapot(*_a, **_k):
        raise RuntimeError("schijf vol")

    monkeypatch.setattr(keten, "schrijf", kapot)
    # The team register writes the change and its entry in one statement (services/schrijven):
    # there the entry fails on the server (no moment, no hash: NOT NULL).
    monkeypatch.setattr(keten, "functieregels", lambda *_a, **_k: '[{"gebruiker": "x"}]')
    with pytest.raises((RuntimeError, IntegrityError)):
        casussen.wijzig_casus(db, d.id, {"hulpvraag": "Mag niet zonder spoor"})
    monkeypatch.undo()
    # The change was rolled back together with its entry that could not be written.
    assert casussen.casus_detail(Database(db.engine), d.id).hulpvraag is None
    assert len([r for r in _alles(db)[voor:] if r.actie == "wijziging"]) == 0


def test_gelijktijdige_schrijvers_krijgen_elk_een_eigen_volgnummer(db):
    """Two windows, or the overview's background tasks, log at the same moment: every entry
    gets the next number and the chain stays whole (before: both read entry n, both appended
    n + 1, and one of them failed on the unique volgnummer)."""
    begin = len(_alles(db))
    fouten: list[BaseException] = []
    start = threading.Barrier(4)

    def schrijver(naam: str) -> None:
        try:
            start.wait()
            for i in range(15):
                with db.sessie() as s:
                    regel = {"gebruiker": naam, "actie": "inzage", "omschrijving": f"keer {i}"}
                    keten.schrijf(s, [regel])
        except BaseException as e:  # reported below, with the thread's name
            fouten.append(e)

    draden = [threading.Thread(target=schrijver, args=(f"t{n}",)) for n in range(4)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    assert fouten == []
    regels = _alles(db)
    assert len(regels) == begin + 60
    assert [r.volgnummer for r in regels] == list(range(1, begin + 61))
    assert logboek.controleer(Database(db.engine)).intact


def test_logboek_wijzigen_of_verwijderen_wordt_geweigerd(db, maak_casus):
    maak_casus()
    with db.engine.connect() as conn:
        for sql in (
            "UPDATE logboek SET gebruiker = 'iemand anders'",
            "DELETE FROM logboek",
            "DELETE FROM logboek WHERE volgnummer = 1",
        ):
            with pytest.raises(IntegrityError, match="alleen worden aangevuld"):
                conn.execute(text(sql))
            conn.rollback()
    if db.engine.dialect.name == "sqlite":  # also for whoever opens the file with sqlite3
        con = sqlite3.connect(db.engine.url.database)
        with pytest.raises(sqlite3.IntegrityError, match="alleen worden aangevuld"):
            con.execute("UPDATE logboek SET actie = 'inzage' WHERE volgnummer = 1")
        con.close()
    assert logboek.controleer(Database(db.engine)).intact


def _knoei(db, *sql: str) -> None:
    """What someone with the file and sqlite3 could do – or a PostgreSQL superuser: get past
    the guards, then edit."""
    if db.engine.dialect.name == "sqlite":
        con = sqlite3.connect(db.engine.url.database)
        con.execute("DROP TRIGGER logboek_geen_update")
        con.execute("DROP TRIGGER logboek_geen_delete")
        for opdracht in sql:
            con.execute(opdracht)
        con.commit()
        con.close()
        return
    with db.engine.begin() as conn:
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")  # no triggers
        for opdracht in sql:
            conn.exec_driver_sql(opdracht)


def _met_regels(db, maak_casus, n: int = 6) -> casussen.CasusDetail:
    d = maak_casus(db)
    for i in range(n):
        casussen.wijzig_casus(db, d.id, {"hulpvraag": f"versie {i}"})
    return d


def test_gewijzigde_regel_wordt_gevonden_en_genoemd(db, maak_casus):
    _met_regels(db, maak_casus)
    systeem = Database(db.engine)
    assert logboek.controleer(systeem).intact
    _knoei(db, "UPDATE logboek SET gebruiker = 'b.yilmaz' WHERE volgnummer = 4")
    uitkomst = logboek.controleer(systeem)
    assert uitkomst.breuk is not None and uitkomst.breuk.volgnummer == 4
    assert "Logboekregel 4" in uitkomst.breuk.melding and "gewijzigd" in uitkomst.breuk.melding
    assert uitkomst.aantal == 3


def test_verwijderde_regel_wordt_gevonden(db, maak_casus):
    _met_regels(db, maak_casus)
    _knoei(db, "DELETE FROM logboek WHERE volgnummer = 3")
    breuk = logboek.controleer(Database(db.engine)).breuk
    assert breuk.volgnummer == 3 and "ontbreekt" in breuk.melding


def test_herberekende_hash_helpt_niet_zonder_de_rest_van_de_keten(db, maak_casus):
    _met_regels(db, maak_casus)
    t = Logboekregel.__table__
    with db.engine.connect() as conn:
        rij = dict(conn.execute(select(t).where(t.c.volgnummer == 2)).mappings().one())
    rij["casus_id"] = None
    rij["casusnummer"] = None  # hide which case it was about, and fix this row's own hash
    nieuw = bereken_hash(rij["vorige_hash"], rij)
    _knoei(
        db,
        f"UPDATE logboek SET casus_id = NULL, casusnummer = NULL, hash = '{nieuw}' "
        "WHERE volgnummer = 2",
    )
    breuk = logboek.controleer(Database(db.engine)).breuk
    assert breuk.volgnummer == 3 and "sluit niet aan" in breuk.melding


def test_keten_als_zuivere_functie():
    regels, vorige = [], BEGIN
    for i in range(1, 4):
        r = {
            "volgnummer": i,
            "moment": datetime(2026, 11, 23, 10, i),
            "gebruiker": "a.devries",
            "actie": "inzage",
            "casus_id": None,
            "casusnummer": "2026-0001",
            "werkplek": "laptop-7",
            "reden": None,
            "omschrijving": "Zoë – ł",
        }
        r["vorige_hash"], r["hash"] = vorige, bereken_hash(vorige, r)
        vorige = r["hash"]
        regels.append(r)
    assert controleer_keten(regels).intact and controleer_keten(regels).aantal == 3
    regels[1]["omschrijving"] = "Zoe"
    assert controleer_keten(regels).breuk.volgnummer == 2


def test_regels_filteren_voor_de_coordinator(db, collega, maak_casus):
    d = maak_casus()
    ander = maak_casus()
    casussen.casus_detail(db, ander.id)
    coordinator = Database(db.engine, "r.hendriks")
    per_casus = logboek.regels(coordinator, casusnummer=d.casusnummer)
    assert per_casus and {r.casusnummer for r in per_casus} == {d.casusnummer}
    per_medewerker = logboek.regels(coordinator, gebruiker="a.devries")
    assert {r.gebruiker for r in per_medewerker} == {"a.devries"}
    assert per_medewerker[0].medewerker == "Anouk de Vries"
    vandaag = date.today()
    assert logboek.regels(coordinator, van=vandaag, tot=vandaag)
    assert logboek.regels(coordinator, van=vandaag + timedelta(days=1)) == []
    # Looking at the log leaves a trace too; consultants may not look.
    assert logboek.regels(coordinator, limiet=1)[0].actie == "logboek"
    with pytest.raises(GeenToegang, match="coördinator"):
        logboek.regels(collega)
    with pytest.raises(GeenToegang):
        logboek.regels(db)


@pytest.mark.parametrize("soort", ["csv", "xlsx"])
def test_wie_heeft_mijn_dossier_ingezien(db, collega, tmp_path, soort, maak_casus):
    d = maak_casus()
    casussen.casus_detail(db, d.id)
    delen.open_met_reden(collega, d.id, "Waarneming bij ziekte van de consulent")
    casussen.casus_detail(collega, d.id)
    coordinator = Database(db.engine, "r.hendriks")
    pad = tmp_path / f"inzage.{soort}"
    aantal = logboek.exporteer_casus(coordinator, d.casusnummer, pad)
    if soort == "csv":
        with open(pad, encoding="utf-8-sig", newline="") as f:
            rijen = list(csv.reader(f, delimiter=";"))
        kop, rijen = rijen[0], rijen[1:]
    else:
        ws = load_workbook(pad).active
        alle = [list(r) for r in ws.iter_rows(values_only=True)]
        assert "casus " + d.casusnummer in alle[0][0]
        kop, rijen = alle[3], alle[4:]
    assert kop == ["Datum", "Tijd", "Medewerker", "Wat", "Reden"]
    assert len(rijen) == aantal
    wie = [(r[2], r[3]) for r in rijen]
    assert ("Anouk de Vries", "Dossier aangemaakt") in wie
    assert ("Anouk de Vries", "Dossier ingezien") in wie
    assert ("Burak Yılmaz", "Geopend als waarnemer (met reden)") in wie
    assert ("Burak Yılmaz", "Dossier ingezien") in wie
    assert any(r[4] == "Waarneming bij ziekte van de consulent" for r in rijen)
    # The export is logged on the case; a consulent cannot make one.
    assert logboek.regels(coordinator, casusnummer=d.casusnummer, limiet=1)[0].actie == "logboek"
    with pytest.raises(GeenToegang):
        logboek.exporteer_casus(db, d.casusnummer, tmp_path / "x.csv")


def test_onbekende_casus_en_verkeerd_bestandstype(db, tmp_path):
    systeem = Database(db.engine)
    with pytest.raises(Exception, match="staat niets in het logboek"):
        logboek.exporteer_casus(systeem, "2099-0001", tmp_path / "x.csv")
    with pytest.raises(Exception, match=".csv of .xlsx"):
        logboek.exporteer_casus(systeem, "2099-0001", tmp_path / "x.pdf")


def test_weekoverzicht_is_van_de_coordinator_en_staat_in_het_logboek(db, collega, maak_casus):
    from jeugdloket.services import overzicht

    maak_casus()
    coordinator = Database(db.engine, "r.hendriks")
    o = overzicht.weekoverzicht(coordinator, "2026-W47")
    assert o.week.maandag == date(2026, 11, 16)
    laatste = logboek.regels(coordinator, limiet=1)[0]  # this look is logged after reading
    assert (laatste.gebruiker, laatste.actie, laatste.casusnummer) == (
        "r.hendriks",
        "overzicht",
        None,
    )
    with pytest.raises(GeenToegang, match="coördinator"):
        overzicht.weekoverzicht(db, "2026-W47")
