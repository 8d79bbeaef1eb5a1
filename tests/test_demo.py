"""Demo data: believable, deterministic, and valid by the app's own rules."""

import uuid
from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from jeugdloket.db import Database, open_database
from jeugdloket.demo import maak_demo
from jeugdloket.fouten import Fout
from jeugdloket.services import casuslijst, medewerkers
from jeugdloket.services.uitwisseling import exporteer
from jeugdloket.services.uitwisseling_controle import controleer

pytestmark = pytest.mark.beide_engines

VANDAAG = date(2026, 11, 23)
ENGINES = ("sqlite", "postgresql")  # as conftest.ENGINES


@pytest.fixture(scope="module", params=ENGINES)
def demo(request, tmp_path_factory):
    """One 600-case demo per engine for the module (building it is the slow part; the tests
    using it only read), as the whole register (checked internally, not one consulent's)."""
    if request.param == "postgresql":
        doel = request.getfixturevalue("pg_url_module")
    else:
        doel = tmp_path_factory.mktemp("demo") / "jeugdloket.db"
    db = open_database(doel, gebruiker="a.devries")
    medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries", "consulent")
    assert maak_demo(db, 600, seed=7, vandaag=VANDAAG) == 600
    yield Database(db.engine)
    db.sluit()


def test_demo_is_realistisch(demo):
    doc = exporteer(demo)
    cs = doc["casussen"]
    assert len(cs) == 600
    assert {c["gemeente"] for c in cs} == {"Duiven", "Westervoort", "Doesburg"}

    aanmeld = sorted(c["aanmelddatum"][:10] for c in cs)
    assert aanmeld[-1] <= VANDAAG.isoformat()
    assert aanmeld[0] >= (VANDAAG - timedelta(days=18 * 31)).isoformat()
    assert aanmeld[0] <= (VANDAAG - timedelta(days=15 * 30)).isoformat()  # spread, not bunched

    verwijzers = Counter(c.get("verwijzer") for c in cs)
    assert 0.32 <= verwijzers["02"] / 600 <= 0.48  # huisarts ~40%
    assert 0.27 <= verwijzers["01"] / 600 <= 0.43  # gemeente ~35%
    assert 0.05 <= verwijzers["04"] / 600 <= 0.15  # gecertificeerde instelling ~10%
    assert len(verwijzers) >= 5  # the rest spread over other referrers

    jeugdigen = Counter(sum(p["rol"] == "jeugdige" for p in c["personen"]) for c in cs)
    assert set(jeugdigen) == {1, 2, 3}
    rollen = Counter(p["rol"] for c in cs for p in c["personen"])
    assert rollen["ouder"] > 500 and rollen["netwerk"] > 50

    namen = " ".join(
        p.get("achternaam", "") + p.get("voornaam", "") for c in cs for p in c["personen"]
    )
    assert any(ch in namen for ch in "ëéïöüçłø")
    # Some cases are closed, with a reason; some still wait for first contact.
    assert any(c.get("afgesloten_op") and c.get("reden_afsluiting") for c in cs)
    assert any("eerste_contact" not in c for c in cs)


def test_demo_voldoet_aan_de_regels_van_het_uitwisselingsformaat(demo):
    assert controleer(exporteer(demo), VANDAAG)[2] == []


def test_demo_is_reproduceerbaar(tmp_path, db):
    from jeugdloket.db import open_database

    maak_demo(db, 50, seed=3, vandaag=VANDAAG)
    ander = open_database(tmp_path / "ander.db")
    try:
        maak_demo(ander, 50, seed=3, vandaag=VANDAAG)
        assert exporteer(ander) == exporteer(Database(db.engine))
    finally:
        ander.sluit()


def test_demo_gebruikt_bestaande_medewerker_en_weigert_volle_database(demo):
    namen = [m.gebruikersnaam for m in medewerkers.medewerkers(demo)]
    assert namen.count("a.devries") == 1 and len(namen) >= 6
    with pytest.raises(Fout, match="al casussen"):
        maak_demo(demo, 10)
    regels = casuslijst.casuslijst(demo, vandaag=VANDAAG)
    assert any(r.signaal for r in regels)  # the red first-contact signal appears in the demo


def test_geen_twee_mensen_met_dezelfde_naam_in_een_gezin(demo):
    for c in exporteer(demo)["casussen"]:
        namen = [
            (p.get("voornaam"), p.get("tussenvoegsel"), p.get("achternaam")) for p in c["personen"]
        ]
        assert len(namen) == len(set(namen)), (c["casusnummer"], namen)


# ---------------------------------------------------------------- the intake in the demo


def _als_tekst(waarde):
    """Values as SQLite hands them out (ISO text, 0/1, hex), so one check fits both engines."""
    if isinstance(waarde, datetime):
        return waarde.isoformat(sep=" ")
    if isinstance(waarde, date):
        return waarde.isoformat()
    if isinstance(waarde, bool):
        return int(waarde)
    if isinstance(waarde, uuid.UUID):
        return waarde.hex
    return waarde


def _rijen(db, sql: str) -> list[tuple]:
    if db.engine.dialect.name == "postgresql":
        sql = sql.replace("%", "%%")  # psycopg's placeholders, not LIKE's wildcard
    with db.engine.connect() as conn:
        return [tuple(map(_als_tekst, r)) for r in conn.exec_driver_sql(sql).all()]


def test_demo_toont_de_intake_in_alle_stadia(demo):
    from jeugdloket.regels.status import Status

    regels = casuslijst.casuslijst(demo, vandaag=VANDAAG)
    stand = Counter(r.status for r in regels)
    for status in (Status.IN_CONTACT, Status.INTAKE, Status.ANALYSE, Status.PLAN):
        assert stand[status] >= 25, stand  # each stage is there, in numbers
    lopend = sum(stand[s] for s in (Status.IN_CONTACT, Status.INTAKE, Status.ANALYSE, Status.PLAN))
    met_intake = stand[Status.INTAKE] + stand[Status.ANALYSE] + stand[Status.PLAN]
    assert 0.55 <= met_intake / lopend <= 0.85, stand  # ~75% of the older cases
    assert stand[Status.PLAN] > stand[Status.ANALYSE]  # most older analyses are afgerond

    # Only cases with a first contact some days back have an intake; only older ones analyses.
    for nummer, contact, afgesloten, intake_op, analyse_datum in _rijen(
        demo,
        "SELECT c.casusnummer, c.eerste_contact, c.afgesloten_op, i.aangemaakt_op, "
        "i.analyse_datum FROM intake i JOIN casus c ON c.id = i.casus_id",
    ):
        assert contact is not None, nummer
        einde = date.fromisoformat(afgesloten) if afgesloten else VANDAAG
        eerste = date.fromisoformat(contact[:10])
        assert (einde - eerste).days >= 10, nummer
        assert eerste <= date.fromisoformat(intake_op[:10]) <= einde, nummer
        if analyse_datum:
            assert (einde - eerste).days >= 25, nummer
            assert date.fromisoformat(intake_op[:10]) <= date.fromisoformat(analyse_datum), nummer


def test_demo_intake_volgt_de_regels_van_de_analyse(demo):
    from jeugdloket.regels.intake import DREMPEL_VERSCHIL, MAX_DOELEN
    from jeugdloket.services import intake

    per_casus = Counter(c for (c,) in _rijen(demo, "SELECT casus_id FROM leefgebied_score"))
    assert per_casus and all(4 <= n <= 9 for n in per_casus.values())
    scores = _rijen(demo, "SELECT score_inwoner, score_metgezel FROM leefgebied_score")
    assert all(1 <= s <= 10 for s, _ in scores)
    assert all(m is None or 1 <= m <= 10 for _, m in scores)
    assert any(m is not None and abs(s - m) >= DREMPEL_VERSCHIL for s, m in scores)

    doelen = Counter(c for (c,) in _rijen(demo, "SELECT casus_id FROM doel"))
    assert doelen and max(doelen.values()) <= MAX_DOELEN
    factoren = Counter(c for (c,) in _rijen(demo, "SELECT casus_id FROM factor"))
    assert all(3 <= n <= 7 for n in factoren.values())
    assert set(factoren) == set(doelen)  # an analysis has factors and goals
    typen = Counter(t for (t,) in _rijen(demo, "SELECT type FROM factor"))
    assert set(typen) == {"predisponerend", "uitlokkend", "instandhoudend", "beschermend"}
    statussen = Counter(s for (s,) in _rijen(demo, "SELECT status FROM actie"))
    assert set(statussen) == {"open", "bezig", "gedaan"}
    assert _rijen(demo, "SELECT count(*) FROM actie WHERE door_consulent")[0][0] > 0

    kop = _rijen(demo, "SELECT casus_id, fase, analyse_datum, afgerond_op, auteur FROM intake")
    afgerond = [r for r in kop if r[3]]
    assert afgerond and len(afgerond) < len([r for r in kop if r[2]])
    for _, fase, analyse_datum, afgerond_op, auteur in kop:
        if analyse_datum is None:
            assert fase in ("verkennen", "verdiepen") and afgerond_op is None and auteur is None
        else:
            assert fase in ("verdiepen", "vervullen") and auteur
        if afgerond_op:
            assert fase == "vervullen" and analyse_datum <= afgerond_op
    for casus_id, *_ in afgerond:
        data = intake.intake(demo, uuid.UUID(hex=casus_id))
        assert data.ontbreekt_voor_afronden == [], data.ontbreekt_voor_afronden
        eerste = next(f for f in data.doelen[0].factor_ids)
        assert any(f.id == eerste and f.type == "instandhoudend" for f in data.factoren)
        assert all(d.acties for d in data.doelen)
        assert 1 <= len(data.samenhang) <= 4


def test_demo_intake_verwijst_alleen_naar_de_eigen_casus(demo):
    vreemd = {
        "metgezel": "SELECT count(*) FROM intake i JOIN persoon p ON p.id = i.metgezel_id "
        "WHERE p.casus_id != i.casus_id",
        "inwoner": "SELECT count(*) FROM leefgebied_score s JOIN persoon p ON p.id = s.inwoner_id "
        "WHERE p.casus_id != s.casus_id",
        "netwerk": "SELECT count(*) FROM netwerklid n JOIN persoon p ON p.id = n.persoon_id "
        "WHERE p.casus_id != n.casus_id OR p.rol = 'jeugdige'",
        "wie": "SELECT count(*) FROM actie a JOIN doel d ON d.id = a.doel_id "
        "JOIN persoon p ON p.id = a.wie_id WHERE p.casus_id != d.casus_id",
        "samenhang": "SELECT count(*) FROM samenhang s JOIN factor v ON v.id = s.van_id "
        "JOIN factor n ON n.id = s.naar_id WHERE v.casus_id != s.casus_id "
        "OR n.casus_id != s.casus_id OR s.van_id = s.naar_id",
        "doel_factor": "SELECT count(*) FROM doel_factor df JOIN doel d ON d.id = df.doel_id "
        "JOIN factor f ON f.id = df.factor_id WHERE f.casus_id != d.casus_id",
        "doel zonder factor": "SELECT count(*) FROM doel d WHERE NOT EXISTS "
        "(SELECT 1 FROM doel_factor df WHERE df.doel_id = d.id)",
        "actie zonder wie": "SELECT count(*) FROM actie WHERE (wie_id IS NULL) = "
        "(NOT door_consulent)",
        "dangling": "SELECT count(*) FROM actie a LEFT JOIN persoon p ON p.id = a.wie_id "
        "WHERE a.wie_id IS NOT NULL AND p.id IS NULL",
    }
    for naam, sql in vreemd.items():
        assert _rijen(demo, sql)[0][0] == 0, naam
    # Scores: the child from 12 (and then the metgezel is someone else), a parent below.
    for rol, geboren, gescoord in _rijen(
        demo,
        "SELECT p.rol, j.geboortedatum, s.aangemaakt_op FROM leefgebied_score s "
        "JOIN persoon p ON p.id = s.inwoner_id JOIN casus c ON c.id = s.casus_id "
        "JOIN persoon j ON j.casus_id = c.id AND j.ref = 'p1'",
    ):
        leeftijd = (date.fromisoformat(gescoord[:10]) - date.fromisoformat(geboren)).days // 365
        assert rol == ("jeugdige" if leeftijd >= 12 else "ouder") or abs(leeftijd - 12) <= 1


def test_demo_intake_ligt_niet_in_de_toekomst(demo):
    grens = VANDAAG.isoformat()
    for tabel in (
        "intake",
        "leefgebied_score",
        "netwerklid",
        "factor",
        "samenhang",
        "doel",
        "actie",
    ):
        laatste = max(
            filter(
                None, _rijen(demo, f"SELECT max(aangemaakt_op), max(bijgewerkt_op) FROM {tabel}")[0]
            )
        )
        assert laatste[:10] <= grens, tabel
    datums = _rijen(demo, "SELECT analyse_datum, afgerond_op FROM intake")
    assert all((d or "") <= grens and (a or "") <= grens for d, a in datums)
    for (wanneer,) in _rijen(demo, "SELECT wanneer FROM actie WHERE wanneer IS NOT NULL"):
        if wanneer[:1].isdigit():
            assert wanneer <= grens
    # Closed cases: the analysis was done before the case was closed.
    assert (
        _rijen(
            demo,
            "SELECT count(*) FROM intake i JOIN casus c ON c.id = i.casus_id WHERE c.afgesloten_op "
            "IS NOT NULL AND (i.analyse_datum > c.afgesloten_op OR i.afgerond_op > c.afgesloten_op)",
        )[0][0]
        == 0
    )
    # Every text is filled in: no template placeholder left over.
    for tabel, kolom in (
        ("intake", "samenvatting"),
        ("intake", "draagkracht"),
        ("leefgebied_score", "zorgen"),
        ("netwerklid", "bijdrage"),
        ("factor", "omschrijving"),
        ("doel", "goed_genoeg"),
        ("actie", "wat"),
    ):
        assert _rijen(demo, f"SELECT count(*) FROM {tabel} WHERE {kolom} LIKE '%{{%'")[0][0] == 0


def test_snel_schrijven_geeft_dezelfde_rijen_als_sqlalchemy(tmp_path, monkeypatch):
    """`schrijven.schrijf` bypasses SQLAlchemy's per-row work; the stored rows must be the same."""
    from sqlalchemy import insert

    from jeugdloket.db import open_database
    from jeugdloket.demo import schrijven

    snel = open_database(tmp_path / "snel.db")
    gewoon = open_database(tmp_path / "gewoon.db")
    try:
        maak_demo(snel, 80, seed=3, vandaag=VANDAAG)
        monkeypatch.setattr(
            schrijven,
            "schrijf",
            lambda conn, model, rijen, geheugen=None: rijen and conn.execute(insert(model), rijen),
        )
        maak_demo(gewoon, 80, seed=3, vandaag=VANDAAG)
        tabellen = [
            t
            for (t,) in _rijen(snel, "SELECT name FROM sqlite_master WHERE type = 'table'")
            if t != "alembic_version"
        ]
        assert {"casus", "persoon", "leefgebied_score", "actie"} <= set(tabellen)
        for tabel in tabellen:
            a = sorted(_rijen(snel, f"SELECT * FROM {tabel}"), key=repr)
            assert a == sorted(_rijen(gewoon, f"SELECT * FROM {tabel}"), key=repr), tabel
    finally:
        snel.sluit()
        gewoon.sluit()


def test_uuid_is_een_gewone_versie_4_uuid():
    import random

    from jeugdloket.demo.toeval import nieuwe_uuid

    a, b = random.Random(11), random.Random(11)
    for _ in range(200):
        u = nieuwe_uuid(a)
        n = b.getrandbits(128)
        assert u.version == 4 and u.variant == uuid.RFC_4122
        assert u == uuid.UUID(hex=u.hex) and hash(u) == hash(uuid.UUID(hex=u.hex))
        assert u.int & ~((0xF000 << 64) | (0xC000 << 48)) == n & ~((0xF000 << 64) | (0xC000 << 48))
