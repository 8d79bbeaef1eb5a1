"""Familiegroepsplan and perspectiefplan: services, rules, versions, signals, migration."""

import json
import sqlite3
import uuid
from datetime import date, datetime

import pytest

from jeugdloket.db import maak_engine, migreer, open_database
from jeugdloket.fouten import Validatiefout
from jeugdloket.regels.plannen import Jeugdige, leeftijd, plan_signalen, zestienenhalf
from jeugdloket.services import (
    casuslijst,
    casussen,
    intake,
    plannen,
    uitwisseling,
    uitwisseling_controle,
)

pytestmark = pytest.mark.beide_engines

VANDAAG = date(2026, 11, 23)


@pytest.fixture
def casus(maak_casus):
    return maak_casus(
        gemeente="Doesburg",
        aanmelddatum=datetime(2026, 9, 1, 9, 0),
        personen=[
            {"rol": "jeugdige", "voornaam": "Łukasz", "geboortedatum": date(2010, 3, 10)},
            {"rol": "ouder", "voornaam": "Françoise"},
            {"rol": "netwerk", "voornaam": "Bjørn"},
        ],
    ).id


def test_zestienenhalf_en_leeftijd():
    assert zestienenhalf(date(2010, 3, 10)) == date(2026, 9, 10)
    assert zestienenhalf(date(2010, 8, 31)) == date(2027, 2, 28)  # no 31 February
    assert zestienenhalf(date(2008, 2, 29)) == date(2024, 8, 29)  # 16 years on: again a leap year
    assert leeftijd(date(2010, 11, 24), VANDAAG) == 15
    assert leeftijd(date(2010, 11, 23), VANDAAG) == 16


def test_plan_signalen():
    t = [{"jeugdige": "p1", "status": "aangevraagd"}]
    zestien = Jeugdige("p1", "Łukasz", date(2010, 6, 1))  # 16 on 1-6-2026, due 1-12-2026
    assert plan_signalen([], None, [zestien], set(), VANDAAG) == []
    signalen = plan_signalen(t, None, [zestien], set(), VANDAAG)
    assert signalen == [
        "Familiegroepsplan nog niet aangeboden",
        "Perspectiefplan voor Łukasz nodig, uiterlijk 01-12-2026",
    ]
    assert plan_signalen(t, date(2026, 10, 1), [zestien], {"p1"}, VANDAAG) == []
    assert "te laat" in plan_signalen(t, VANDAAG, [zestien], set(), date(2026, 12, 2))[0]
    vijftien = Jeugdige("p1", "Łukasz", date(2010, 11, 24))
    assert plan_signalen(t, VANDAAG, [vijftien], set(), VANDAAG) == []
    afgewezen = [{"jeugdige": "p1", "status": "afgewezen"}]
    assert plan_signalen(afgewezen, None, [zestien], set(), VANDAAG) == []


def test_familiegroepsplan_invullen_en_vaststellen(db, casus):
    data = plannen.plannen(db, casus)
    assert data.familiegroepsplan == {}
    plannen.zet_familiegroepsplan(
        db,
        casus,
        {
            "aangeboden_op": date(2026, 9, 3),
            "aangeboden_door": "Anouk de Vries",
            "status": "aangeboden",
            "deelnemers": ["p2", "p3", "p9"],
            "nieuwe_deelnemers": ["Tante Ilse", " "],
            "wat_doet_ons_netwerk": [{"wie": "p3", "wat": "Oppassen", "wanneer": "woensdag"}, {}],
        },
    )
    data = plannen.plannen(db, casus)
    fgp = data.familiegroepsplan
    assert fgp["deelnemers"] == ["p2", "p3"]  # p9 is not in the case
    assert fgp["nieuwe_deelnemers"] == ["Tante Ilse"]
    assert fgp["wat_doet_ons_netwerk"] == [{"wie": "p3", "wat": "Oppassen", "wanneer": "woensdag"}]
    with pytest.raises(Validatiefout, match="toekomst"):
        plannen.zet_familiegroepsplan(db, casus, {"aangeboden_op": date(2099, 1, 1)})
    with pytest.raises(Validatiefout, match="vóór"):
        plannen.zet_familiegroepsplan(db, casus, {"opgesteld_op": date(2026, 9, 1)})
    with pytest.raises(Validatiefout):
        plannen.zet_familiegroepsplan(db, casus, {"status": "misschien"})
    with pytest.raises(Validatiefout, match="wie er bij"):
        plannen.stel_vast(db, casus, "familiegroepsplan", date(2026, 10, 1), [])

    v1 = plannen.stel_vast(
        db, casus, "familiegroepsplan", date(2026, 10, 1), ["Françoise", "Bjørn"]
    )
    assert v1.versie == 1
    data = plannen.plannen(db, casus)
    assert data.familiegroepsplan["status"] == "opgesteld"
    assert data.familiegroepsplan["opgesteld_op"] == "2026-10-01"
    assert casussen.casus_detail(db, casus).status.label == "Plan"
    plannen.zet_familiegroepsplan(db, casus, {"evaluatie": "Over zes weken"})
    v2 = plannen.stel_vast(db, casus, "familiegroepsplan", date(2026, 11, 1), ["Françoise"])
    assert v2.versie == 2
    versies = plannen.plannen(db, casus).versies["familiegroepsplan"]
    assert [(v.versie, v.aanwezig) for v in versies] == [
        (1, ("Françoise", "Bjørn")),
        (2, ("Françoise",)),
    ]


def test_perspectiefplan_per_jeugdige(db, casus):
    with pytest.raises(Validatiefout, match="geen jeugdige"):
        plannen.zet_perspectiefplan(db, casus, "p2", {"eigen_woorden": "x"})
    plannen.zet_perspectiefplan(
        db, casus, "p1", {"eigen_woorden": "Ik wil kok worden.", "hulp_na_18_kaders": ["Wmo"]}
    )
    plannen.zet_gebied(db, casus, "p1", "wonen", {"nu": "Thuis", "wens_na_18": "Op kamers"})
    plannen.zet_gebied(
        db, casus, "p1", "leren_en_werken", {"acties": [{"wie": "p1", "wat": "Open dag"}]}
    )
    plannen.zet_gebied(db, casus, "p1", "wonen", {"nodig": "Huurtoeslag"})
    pp = plannen.plannen(db, casus).perspectiefplannen["p1"]
    assert [g["gebied"] for g in pp["gebieden"]] == ["wonen", "leren_en_werken"]
    assert pp["gebieden"][0] == {
        "gebied": "wonen",
        "nu": "Thuis",
        "wens_na_18": "Op kamers",
        "nodig": "Huurtoeslag",
    }
    with pytest.raises(Validatiefout, match="kader"):
        plannen.zet_perspectiefplan(db, casus, "p1", {"hulp_na_18_kaders": ["AOW"]})
    with pytest.raises(Validatiefout):
        plannen.zet_gebied(db, casus, "p1", "school", {"nu": "x"})

    # Round trip through the exchange format, and a second import changes nothing.
    doc = uitwisseling.exporteer(db)
    assert doc["casussen"][0]["perspectiefplannen"][0]["eigen_woorden"] == "Ik wil kok worden."
    assert uitwisseling_controle.controleer(doc)[2] == []
    r = uitwisseling.importeer(db, doc)
    assert r.ongewijzigd == 1


def test_signalen_in_de_casus(db, casus):
    # A toewijzing without an offer; Łukasz turned 16 on 10-03-2026, so the plan was due 10-09.
    doc = uitwisseling.exporteer(db)
    doc["casussen"][0]["toewijzingen"] = [
        {
            "jeugdige": "p1",
            "productcategorie": "45",
            "status": "aangevraagd",
            "aanvraagdatum": "2026-11-01",
        }
    ]
    uitwisseling.importeer(db, doc)
    signalen = plannen.plannen(db, casus, vandaag=VANDAAG).signalen
    assert signalen[0] == "Familiegroepsplan nog niet aangeboden"
    assert "Perspectiefplan voor Łukasz te laat" in signalen[1]
    regel = casuslijst.casusregel(db, casus)
    assert "Familiegroepsplan nog niet aangeboden" in regel.plan_signaal
    plannen.zet_familiegroepsplan(db, casus, {"aangeboden_op": date(2026, 11, 2)})
    plannen.zet_perspectiefplan(db, casus, "p1", {"opgesteld_op": date(2026, 11, 20)})
    assert plannen.plannen(db, casus, vandaag=VANDAAG).signalen == ()
    assert not casuslijst.casusregel(db, casus).plan_signaal


def test_migratie_0004_verhuist_plannen_uit_extra(tmp_path):
    pad = tmp_path / "oud.db"
    engine = maak_engine(pad)
    migreer(engine, "0003")
    engine.dispose()
    casus_id, p1 = uuid.uuid4(), uuid.uuid4()
    extra = {
        "familiegroepsplan": {
            "aangeboden_op": "2026-11-18",
            "status": "opgesteld",
            "opgesteld_op": "2026-12-02",
            "deelnemers": ["p1"],
            "wat_doen_we_zelf": "Samen eten",
            "eigen": 1,
        },
        "perspectiefplannen": [
            {
                "jeugdige": "p1",
                "opgesteld_op": "2026-12-10",
                "gebieden": [{"gebied": "wonen", "nu": "Thuis"}],
                "betrokkenen": ["school"],
            }
        ],
        "toewijzingen": [
            {
                "jeugdige": "p1",
                "productcategorie": "45",
                "status": "aangevraagd",
                "aanvraagdatum": "2026-11-26",
            }
        ],
    }
    con = sqlite3.connect(pad)
    nu = "2026-11-20 10:00:00.000000"
    con.execute(
        "INSERT INTO casus (id, version, aangemaakt_op, bijgewerkt_op, casusnummer, gemeente,"
        " aanmelddatum, extra, zoektekst, jeugdigen) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            casus_id.hex,
            1,
            nu,
            nu,
            "2026-0001",
            "Duiven",
            "2026-11-16T09:30:00",
            json.dumps(extra),
            "",
            "",
        ),
    )
    con.execute(
        "INSERT INTO persoon (id, version, aangemaakt_op, bijgewerkt_op, casus_id, ref, volgorde,"
        " rol, voornaam) VALUES (?,?,?,?,?,?,?,?,?)",
        (p1.hex, 1, nu, nu, casus_id.hex, "p1", 1, "jeugdige", "Zoë"),
    )
    con.commit()
    con.close()
    db = open_database(pad)
    try:
        data = plannen.plannen(db, casus_id)
        assert data.familiegroepsplan == extra["familiegroepsplan"]
        assert data.perspectiefplannen["p1"] == extra["perspectiefplannen"][0]
        c = uitwisseling.exporteer(db)["casussen"][0]
        for deel in ("familiegroepsplan", "perspectiefplannen", "toewijzingen"):
            assert c[deel] == extra[deel]
        # The familiegroepsplan is opgesteld (Plan); the toewijzing makes it Hulp ingezet.
        assert casussen.casus_detail(db, casus_id).status.label == "Hulp ingezet"
        assert intake.intake(db, casus_id).factoren == ()
    finally:
        db.sluit()
