"""Demo data: believable, deterministic, and valid by the app's own rules."""

from collections import Counter
from datetime import date, timedelta

import pytest

from jeugdloket.services import Fout, casussen, medewerkers
from jeugdloket.services.demo import maak_demo
from jeugdloket.services.uitwisseling import controleer, exporteer

VANDAAG = date(2026, 11, 23)


@pytest.fixture
def demo(db):
    assert maak_demo(db, 600, seed=7, vandaag=VANDAAG) == 600
    return db


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
    ander = open_database(tmp_path / "ander.db", gebruiker="x")
    try:
        maak_demo(ander, 50, seed=3, vandaag=VANDAAG)
        assert exporteer(ander) == exporteer(db)
    finally:
        ander.sluit()


def test_demo_gebruikt_bestaande_medewerker_en_weigert_volle_database(demo):
    namen = [m.gebruikersnaam for m in medewerkers.medewerkers(demo)]
    assert namen.count("a.devries") == 1 and len(namen) >= 6
    with pytest.raises(Fout, match="al casussen"):
        maak_demo(demo, 10)
    regels = casussen.casuslijst(demo, vandaag=VANDAAG)
    assert any(r.signaal for r in regels)  # the red first-contact signal appears in the demo


def test_geen_twee_mensen_met_dezelfde_naam_in_een_gezin(demo):
    for c in exporteer(demo)["casussen"]:
        namen = [
            (p.get("voornaam"), p.get("tussenvoegsel"), p.get("achternaam")) for p in c["personen"]
        ]
        assert len(namen) == len(set(namen)), (c["casusnummer"], namen)
