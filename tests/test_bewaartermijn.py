"""Bewaartermijn (20 years after the help ended) and destruction by two coördinatoren."""

import copy
import json
import sqlite3
import uuid
from datetime import date

import pytest
from sqlalchemy import inspect, text
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, NietGevonden
from jeugdloket.models import Casus, Toewijzing
from jeugdloket.paden import RESOURCES
from jeugdloket.regels.bewaartermijn import bewaren_tot, einde_hulp, is_verlopen
from jeugdloket.services import bewaartermijn, medewerkers, uitwisseling
from jeugdloket.services.rechten import GeenToegang

pytestmark = pytest.mark.beide_engines

VOORBEELD = RESOURCES / "voorbeelden" / "casus-met-analyse.json"
# Afgesloten 15-12-2026, a toewijzing ending 31-05-2027: kept until 31-05-2047.
LATER = date(2050, 1, 1)


# ---------------------------------------------------------------- the rule


def test_einde_is_de_afsluitdatum_zonder_toewijzingen():
    assert einde_hulp(date(2026, 12, 15)) == date(2026, 12, 15)
    assert einde_hulp("2026-12-15") == date(2026, 12, 15)
    assert bewaren_tot(date(2026, 12, 15)) == date(2046, 12, 15)


def test_een_latere_einddatum_van_een_toewijzing_telt():
    einde = einde_hulp(
        date(2026, 12, 15), [("beeindigd", date(2027, 5, 31)), ("beeindigd", "2026-01-01")]
    )
    assert einde == date(2027, 5, 31)
    assert bewaren_tot(einde) == date(2047, 5, 31)


def test_open_casus_of_lopende_hulp_heeft_geen_einde():
    assert einde_hulp(None, [("beeindigd", date(2020, 1, 1))]) is None
    assert einde_hulp(date(2026, 12, 15), [("gestart", None)]) is None
    assert einde_hulp(date(2026, 12, 15), [("aangevraagd", None)]) is None
    # Refused help never started: it does not keep the file.
    assert einde_hulp(date(2026, 12, 15), [("afgewezen", None)]) == date(2026, 12, 15)
    assert not is_verlopen(None, date(2999, 1, 1))


def test_29_februari():
    # 2080 is a leap year, 2100 is not: the last day of February.
    assert bewaren_tot(date(2080, 2, 29)) == date(2100, 2, 28)
    assert not is_verlopen(date(2080, 2, 29), date(2100, 2, 28))
    assert is_verlopen(date(2080, 2, 29), date(2100, 3, 1))
    # 2008 → 2028 both have a 29 February.
    assert bewaren_tot(date(2008, 2, 29)) == date(2028, 2, 29)


def test_verlopen_vanaf_de_dag_na_bewaren_tot():
    einde = date(2006, 11, 23)
    assert not is_verlopen(einde, date(2026, 11, 23))
    assert is_verlopen(einde, date(2026, 11, 24))


# ---------------------------------------------------------------- the team and the files


@pytest.fixture
def team(db):
    """a.devries (consulent, from the db fixture) and two coördinatoren."""
    systeem = Database(db.engine)
    for naam, volledig in (("r.hendriks", "René Hendriks"), ("s.bos", "Sanne Bos")):
        medewerkers.maak_medewerker(systeem, naam, volledig, "coördinator")
    return {naam: Database(db.engine, naam) for naam in ("a.devries", "r.hendriks", "s.bos")}


def voorbeeld(nummer: str = "2026-0042", afgesloten: str | None = "2026-12-15") -> dict:
    """The full example case (people, contacts, intake, analysis, plans, a toewijzing)."""
    doc = json.loads(VOORBEELD.read_text(encoding="utf-8"))
    casus = doc["casussen"][0]
    casus["casusnummer"] = nummer
    casus["afgesloten_op"] = afgesloten
    casus["reden_afsluiting"] = "31" if afgesloten else None
    return doc


def andere_casus() -> dict:
    """A second family, closed long ago: must stay when the first is destroyed."""
    return {
        "casusnummer": "2001-0007",
        "gemeente": "Duiven",
        "consulent": "a.devries",
        "aanmelddatum": "2001-03-01",
        "afgesloten_op": "2001-06-30",
        "hulpvraag": "Vragen over opvoeding van Kees.",
        "personen": [
            {"id": "p1", "rol": "jeugdige", "voornaam": "Kees", "achternaam": "Veldhuis"},
        ],
        "contactmomenten": [{"datum": "2001-03-02", "soort": "telefonisch", "notitie": "Belde"}],
    }


@pytest.fixture
def dossiers(db, team):
    doc = voorbeeld()
    doc["casussen"].append(andere_casus())
    uitwisseling.importeer(Database(db.engine), doc)
    with db.engine.connect() as conn:
        ids = dict(conn.execute(text("SELECT casusnummer, id FROM casus")).all())
    # SQLite stores the UUID as hex text, PostgreSQL as a uuid.
    return {nr: i if isinstance(i, uuid.UUID) else uuid.UUID(hex=i) for nr, i in ids.items()}


NAMEN = (
    "Łukasiewicz",
    "Marieke",  # … and as it was before an edit
    "Søren",
    "Haddou",
    "de Graaf",
    "111222333",
    "06-12345678",
    "Mariëtte-Annabel",  # the name as it is now …
    "Dorpsstraat",
    "buikpijn",  # in notes, the analysis and the plans
    "grafisch ontwerp",  # the perspectiefplan
    "Tante Ilse",  # a name typed into the familiegroepsplan (JSON list)
)


def test_termijn_van_een_casus(db, dossiers):
    t = bewaartermijn.termijn(db, dossiers["2026-0042"], vandaag=LATER)
    assert t.einde_hulp == date(2027, 5, 31)  # the toewijzing ends after the closing date
    assert t.bewaren_tot == date(2047, 5, 31)
    assert t.verlopen
    assert not bewaartermijn.termijn(db, dossiers["2026-0042"], vandaag=date(2047, 5, 31)).verlopen


def test_niets_op_de_lijst_voor_de_termijn(team, dossiers):
    r = team["r.hendriks"]
    assert [d.casusnummer for d in bewaartermijn.verlopen(r, vandaag=date(2021, 6, 30))] == []
    assert [d.casusnummer for d in bewaartermijn.verlopen(r, vandaag=date(2021, 7, 1))] == [
        "2001-0007"
    ]
    lijst = bewaartermijn.verlopen(r, vandaag=date(2047, 6, 1))
    assert [(d.casusnummer, d.einde_hulp, d.bewaren_tot) for d in lijst] == [
        ("2001-0007", date(2001, 6, 30), date(2021, 6, 30)),
        ("2026-0042", date(2027, 5, 31), date(2047, 5, 31)),
    ]


def test_open_casus_en_lopende_hulp_staan_nooit_op_de_lijst(db, team, dossiers):
    casus_id = dossiers["2001-0007"]
    with Session(db.engine) as s:
        s.add(
            Toewijzing(
                casus_id=casus_id,
                jeugdige_ref="p1",
                productcategorie="45",
                status="gestart",
                aanvraagdatum=date(2001, 4, 1),
            )
        )
        s.commit()
    assert [d.casusnummer for d in bewaartermijn.verlopen(team["r.hendriks"], vandaag=LATER)] == [
        "2026-0042"
    ]
    with Session(db.engine) as s:
        s.get(Casus, dossiers["2026-0042"]).afgesloten_op = None
        s.commit()
    assert bewaartermijn.verlopen(team["r.hendriks"], vandaag=LATER) == []


def test_de_lijst_is_voor_de_coordinator(team, dossiers):
    with pytest.raises(GeenToegang, match="coördinator"):
        bewaartermijn.verlopen(team["a.devries"], vandaag=LATER)


# ---------------------------------------------------------------- two people


def test_vier_ogen_dezelfde_persoon_wordt_geweigerd(team, dossiers):
    r = team["r.hendriks"]
    v = bewaartermijn.vraag_vernietiging(
        r, dossiers["2026-0042"], "Bewaartermijn verstreken", vandaag=LATER
    )
    assert v.status == "aangevraagd" and v.gevraagd_door == "r.hendriks"
    assert v.bewaren_tot == date(2047, 5, 31)
    with pytest.raises(GeenToegang, match="andere coördinator"):
        bewaartermijn.bevestig_vernietiging(r, v.id, vandaag=LATER)
    # Nothing happened.
    assert bewaartermijn.termijn(r, dossiers["2026-0042"], vandaag=LATER).verlopen
    [lijn] = [d for d in bewaartermijn.verlopen(r, vandaag=LATER) if d.casusnummer == "2026-0042"]
    assert lijn.verzoek is not None and lijn.verzoek.id == v.id


def test_een_consulent_mag_niet_vragen_of_bevestigen(team, dossiers):
    a = team["a.devries"]
    with pytest.raises(GeenToegang, match="coördinator"):
        bewaartermijn.vraag_vernietiging(a, dossiers["2026-0042"], "Termijn voorbij", vandaag=LATER)
    v = bewaartermijn.vraag_vernietiging(
        team["r.hendriks"], dossiers["2026-0042"], "Termijn voorbij", vandaag=LATER
    )
    with pytest.raises(GeenToegang, match="coördinator"):
        bewaartermijn.bevestig_vernietiging(a, v.id, vandaag=LATER)


def test_zonder_naam_geen_vernietiging(db, dossiers):
    # Internal work or the anonymous command line may do much, but not this.
    with pytest.raises(GeenToegang, match="bij naam"):
        bewaartermijn.vraag_vernietiging(
            Database(db.engine), dossiers["2026-0042"], "Termijn voorbij", vandaag=LATER
        )


def test_niet_voor_de_termijn_en_niet_zonder_reden(team, dossiers):
    r = team["r.hendriks"]
    with pytest.raises(Fout, match="bewaard worden tot en met 31-05-2047"):
        bewaartermijn.vraag_vernietiging(
            r, dossiers["2026-0042"], "Bewaartermijn verstreken", vandaag=date(2047, 5, 31)
        )
    with pytest.raises(Fout, match="reden"):
        bewaartermijn.vraag_vernietiging(r, dossiers["2026-0042"], "weg", vandaag=LATER)
    bewaartermijn.vraag_vernietiging(r, dossiers["2026-0042"], "Termijn voorbij", vandaag=LATER)
    with pytest.raises(Fout, match="loopt al een verzoek"):
        bewaartermijn.vraag_vernietiging(
            team["s.bos"], dossiers["2026-0042"], "Termijn voorbij", vandaag=LATER
        )


def test_intrekken(team, dossiers):
    v = bewaartermijn.vraag_vernietiging(
        team["r.hendriks"], dossiers["2026-0042"], "Termijn voorbij", vandaag=LATER
    )
    ingetrokken = bewaartermijn.intrekken(team["s.bos"], v.id)
    assert ingetrokken.status == "ingetrokken" and ingetrokken.ingetrokken_door == "s.bos"
    with pytest.raises(Fout, match="ingetrokken"):
        bewaartermijn.bevestig_vernietiging(team["s.bos"], v.id, vandaag=LATER)
    assert bewaartermijn.termijn(team["s.bos"], dossiers["2026-0042"]).einde_hulp is not None
    # A new request is possible again.
    bewaartermijn.vraag_vernietiging(
        team["r.hendriks"], dossiers["2026-0042"], "Termijn voorbij", vandaag=LATER
    )


def test_hulp_die_na_het_verzoek_is_vastgelegd_houdt_het_dossier(db, team, dossiers):
    v = bewaartermijn.vraag_vernietiging(
        team["r.hendriks"], dossiers["2001-0007"], "Termijn voorbij", vandaag=LATER
    )
    with Session(db.engine) as s:
        s.add(
            Toewijzing(
                casus_id=dossiers["2001-0007"],
                jeugdige_ref="p1",
                productcategorie="45",
                status="gestart",
                aanvraagdatum=date(2001, 4, 1),
            )
        )
        s.commit()
    with pytest.raises(Fout, match="niet \\(meer\\) voorbij de bewaartermijn"):
        bewaartermijn.bevestig_vernietiging(team["s.bos"], v.id, vandaag=LATER)


# ---------------------------------------------------------------- what destruction leaves


def _alle_rijen(engine) -> dict[str, list[dict]]:
    with engine.connect() as conn:
        return {
            tabel: [dict(r) for r in conn.execute(text(f'SELECT * FROM "{tabel}"')).mappings()]
            for tabel in inspect(conn).get_table_names()
        }


def _bytes(pad) -> bytes:
    """The database as it lies on disk: main file plus whatever a WAL still holds."""
    con = sqlite3.connect(pad)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = pad.read_bytes()
    wal = pad.with_name(pad.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def zoals_sqlcipher(db):
    """Deleted content stays in the file unless removed: SQLCipher's default (secure_delete
    off), which Debian's plain SQLite does not share. A name is also edited once, so an old
    version of a row lies in the free space of its page."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("over de bytes van het SQLite-bestand (laptop); PostgreSQL ruimt op met VACUUM")
    from sqlalchemy import event

    def uit(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA secure_delete = OFF")

    event.listen(db.engine, "connect", uit)
    db.engine.dispose()
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE persoon SET voornaam = 'Mariëtte-Annabel' WHERE voornaam = 'Marieke'"
        )
    yield
    event.remove(db.engine, "connect", uit)


def _vernietig(team, casus_id):
    v = bewaartermijn.vraag_vernietiging(
        team["r.hendriks"], casus_id, "Bewaartermijn verstreken", vandaag=LATER
    )
    return v, bewaartermijn.bevestig_vernietiging(team["s.bos"], v.id, vandaag=LATER)


def test_zonder_wissen_en_vacuum_blijven_namen_in_het_bestand(
    db, team, dossiers, zoals_sqlcipher, monkeypatch
):
    """The control for the test below: a plain DELETE leaves names in the bytes."""
    monkeypatch.setattr(bewaartermijn, "_wis_bij_verwijderen", lambda conn: None)
    monkeypatch.setattr(bewaartermijn, "ruim_bestand_op", lambda db: False)
    _vernietig(team, dossiers["2026-0042"])
    data = _bytes(db.pad)
    assert [naam for naam in NAMEN if naam.encode() in data]


def test_vernietigen_laat_niets_van_de_casus_achter(db, team, dossiers, zoals_sqlcipher):
    casus_id = dossiers["2026-0042"]
    met_casus = _alle_rijen(db.engine)
    ids = {casus_id.hex}
    for rijen in met_casus.values():
        for rij in rijen:
            if rij.get("casus_id") == casus_id.hex and "id" in rij:
                ids.add(rij["id"])
    assert len(ids) > 30  # people, contacts, scores, factors, goals, plans, toewijzing …
    vooraf = _bytes(db.pad)
    for naam in NAMEN:
        assert naam.encode() in vooraf, naam  # the check below would find them

    v, uit = _vernietig(team, casus_id)
    assert uit.casusnummer == "2026-0042" and uit.opgeschoond
    assert uit.rijen["persoon"] == 6 and uit.rijen["casus"] == 1

    # No row of any table refers to the case or to a row of it (the access log keeps the case
    # number and id by design: append-only, no content).
    for tabel, rijen in _alle_rijen(db.engine).items():
        if tabel == "logboek":
            continue
        for rij in rijen:
            for kolom, waarde in rij.items():
                assert not (isinstance(waarde, str) and any(i in waarde for i in ids)), (
                    tabel,
                    kolom,
                )
                if isinstance(waarde, str):
                    for naam in NAMEN:
                        assert naam not in waarde, (tabel, kolom, naam)
    # The other family is untouched.
    assert bewaartermijn.termijn(team["s.bos"], dossiers["2001-0007"]).einde_hulp == date(
        2001, 6, 30
    )

    # The file itself: no name in the bytes (VACUUM after the destruction; the WAL emptied).
    data = _bytes(db.pad)
    for naam in NAMEN:
        assert naam.encode() not in data, naam
    assert b"Veldhuis" in data

    # What stays: the request and the count, no client data.
    [verzoek] = bewaartermijn.verzoeken(team["s.bos"])
    assert (verzoek.casusnummer, verzoek.status, verzoek.casus_id) == (
        "2026-0042",
        "vernietigd",
        None,
    )
    assert (verzoek.gevraagd_door, verzoek.bevestigd_door) == ("r.hendriks", "s.bos")
    assert verzoek.bevestigd_op is not None
    assert bewaartermijn.tellingen(db) == [(LATER, 1)]
    with pytest.raises(Fout, match="al vernietigd"):
        bewaartermijn.bevestig_vernietiging(team["s.bos"], v.id, vandaag=LATER)


def test_telling_loopt_op(team, dossiers):
    r, s = team["r.hendriks"], team["s.bos"]
    for nummer, vrager, bevestiger in (("2026-0042", r, s), ("2001-0007", s, r)):
        v = bewaartermijn.vraag_vernietiging(
            vrager, dossiers[nummer], "Termijn voorbij", vandaag=LATER
        )
        bewaartermijn.bevestig_vernietiging(bevestiger, v.id, vandaag=LATER)
    assert bewaartermijn.tellingen(r) == [(LATER, 2)]
    assert bewaartermijn.verlopen(r, vandaag=LATER) == []


def test_alles_of_niets(db, team, dossiers, monkeypatch):
    """Anything of the case left behind: the whole destruction is rolled back."""
    echt = bewaartermijn._verwijder_casus

    def half(conn, casus_id):
        echt(conn, casus_id)
        raise bewaartermijn.Restant("Vernietigen afgebroken, er is niets verwijderd: test")

    monkeypatch.setattr(bewaartermijn, "_verwijder_casus", half)
    v = bewaartermijn.vraag_vernietiging(
        team["r.hendriks"], dossiers["2026-0042"], "Termijn voorbij", vandaag=LATER
    )
    with pytest.raises(bewaartermijn.Restant):
        bewaartermijn.bevestig_vernietiging(team["s.bos"], v.id, vandaag=LATER)
    assert bewaartermijn.termijn(db, dossiers["2026-0042"]).einde_hulp == date(2027, 5, 31)
    assert bewaartermijn.verzoeken(db, alleen_open=True)[0].id == v.id
    assert bewaartermijn.tellingen(db) == []


def test_vernietiging_staat_in_het_logboek(db, team, dossiers):
    v = bewaartermijn.vraag_vernietiging(
        team["r.hendriks"], dossiers["2026-0042"], "Termijn voorbij", vandaag=LATER
    )
    bewaartermijn.bevestig_vernietiging(team["s.bos"], v.id, vandaag=LATER)
    with db.engine.connect() as conn:
        acties = conn.execute(
            text("SELECT gebruiker, actie FROM logboek WHERE casusnummer = '2026-0042'")
        ).all()
    assert ("r.hendriks", "vernietiging gevraagd") in acties
    assert ("s.bos", "vernietigd") in acties


def test_casusnummer_opzoeken(db, dossiers):
    assert bewaartermijn.casus_id_van(db, "2026-0042") == dossiers["2026-0042"]
    with pytest.raises(NietGevonden, match="2099-0001"):
        bewaartermijn.casus_id_van(db, "2099-0001")
    with pytest.raises(NietGevonden, match="geen open vernietigingsverzoek"):
        bewaartermijn.open_verzoek_voor(db, "2026-0042")


def test_voorbeeld_wordt_niet_gewijzigd():
    # The fixture changes a copy: the shipped example stays as it is.
    assert (
        json.loads(VOORBEELD.read_text(encoding="utf-8"))["casussen"][0].get("afgesloten_op")
        is None
    )
    assert copy.deepcopy(voorbeeld())["casussen"][0]["afgesloten_op"] == "2026-12-15"
