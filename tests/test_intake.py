"""Intake services: Levenskracht, the verklarende analyse, goals, routekaart and their rules."""

import json
import sqlite3
import uuid
from datetime import date, datetime

import pytest

from jeugdloket.db import maak_engine, migreer, open_database
from jeugdloket.fouten import Validatiefout
from jeugdloket.regels.intake import MAX_DOELEN
from jeugdloket.services import (
    analyse,
    casussen,
    intake,
    levenskracht,
    uitwisseling,
    uitwisseling_controle,
)

pytestmark = pytest.mark.beide_engines


@pytest.fixture
def casus(maak_casus):
    d = maak_casus(
        aanmelddatum=datetime(2026, 11, 2, 10, 0),
        personen=[
            {"rol": "jeugdige", "voornaam": "Zoë"},
            {"rol": "ouder", "voornaam": "Marieke"},
            {"rol": "netwerk", "voornaam": "Ria"},
        ],
    )
    return (d.id, *(p.id for p in d.personen))


def status(db, casus_id) -> str:
    return casussen.casus_detail(db, casus_id).status.label


def test_verkennen_per_leefgebied_en_spiegelblad(db, casus):
    cid, zoe, moeder, _ = casus
    data = intake.intake(db, cid)
    assert data.fase == "verkennen"
    assert [lg.sleutel for lg in data.leefgebieden][:2] == [
        "gezin_en_opvoeding",
        "lichamelijke_gezondheid",
    ]
    assert len(data.leefgebieden) == 12 and not any(lg.ingevuld for lg in data.leefgebieden)

    intake.zet_intake(db, cid, {"metgezel_id": moeder})
    levenskracht.zet_leefgebied(db, cid, "school_en_werk", {"score_inwoner": 4, "inwoner_id": zoe})
    levenskracht.zet_leefgebied(
        db, cid, "school_en_werk", {"score_metgezel": 7, "zorgen": " Verzuim "}
    )
    levenskracht.zet_leefgebied(db, cid, "wonen", {"score_inwoner": 6, "score_metgezel": 8})
    data = intake.intake(db, cid)
    school = next(lg for lg in data.leefgebieden if lg.sleutel == "school_en_werk")
    assert (school.score_inwoner, school.score_metgezel, school.zorgen) == (4, 7, "Verzuim")
    assert school.inwoner_id == zoe and school.groot_verschil
    assert [lg.sleutel for lg in data.leefgebieden if lg.groot_verschil] == ["school_en_werk"]
    assert status(db, cid) == "Intake"


@pytest.mark.parametrize("score", [0, 11, 5.5, "7", True])
def test_score_buiten_1_tot_10_wordt_geweigerd(db, casus, score):
    cid = casus[0]
    with pytest.raises(Validatiefout) as e:
        levenskracht.zet_leefgebied(db, cid, "wonen", {"score_inwoner": score})
    assert "Score inwoner" in e.value.fouten["score_inwoner"]
    assert not any(lg.ingevuld for lg in intake.intake(db, cid).leefgebieden)


def test_onbekend_leefgebied_en_vreemde_metgezel(db, casus, maak_casus):
    cid = casus[0]
    with pytest.raises(Validatiefout, match="hobby"):
        levenskracht.zet_leefgebied(db, cid, "hobby", {"zorgen": "x"})
    ander = maak_casus(aanmelddatum=datetime(2026, 11, 3, 9, 0))
    vreemde = casussen.voeg_persoon_toe(db, ander.id, {"rol": "ouder", "voornaam": "X"})
    with pytest.raises(Validatiefout, match="hoort niet bij de casus"):
        intake.zet_intake(db, cid, {"metgezel_id": vreemde.id})


def test_netwerk(db, casus):
    cid, _, moeder, oma = casus
    levenskracht.zet_netwerklid(db, cid, oma, 1, "Haalt Zoë op van school")
    levenskracht.zet_netwerklid(db, cid, moeder, 1)
    levenskracht.zet_netwerklid(db, cid, oma, 2, "Haalt Zoë op van school op dinsdag")
    netwerk = {n.naam: n for n in intake.intake(db, cid).netwerk}
    assert netwerk["Ria"].nabijheid == 2 and "dinsdag" in netwerk["Ria"].bijdrage
    with pytest.raises(Validatiefout):
        levenskracht.zet_netwerklid(db, cid, oma, 4)
    levenskracht.verwijder_netwerklid(db, cid, moeder)
    assert [n.naam for n in intake.intake(db, cid).netwerk] == ["Ria"]
    # A person removed from the case leaves the network too.
    casussen.verwijder_persoon(db, oma)
    assert intake.intake(db, cid).netwerk == ()


def test_afronden_vraagt_instandhoudende_factor_doel_en_koppeling(db, casus):
    cid = casus[0]
    with pytest.raises(Validatiefout) as e:
        intake.rond_af(db, cid, date(2026, 11, 20))
    melding = e.value.fouten["afgerond_op"]
    assert "instandhoudende factor" in melding and "nog geen doel" in melding

    f1 = analyse.voeg_factor_toe(
        db, cid, {"type": "predisponerend", "omschrijving": "Moeder somber"}
    )
    doel = analyse.voeg_doel_toe(db, cid, "Zoë gaat weer naar school")
    assert status(db, cid) == "Analyse"
    with pytest.raises(Validatiefout) as e:
        intake.rond_af(db, cid)
    melding = e.value.fouten["afgerond_op"]
    assert "instandhoudende factor" in melding and "Doel 1" in melding and "gekoppeld" in melding

    f2 = analyse.voeg_factor_toe(
        db, cid, {"type": "instandhoudend", "omschrijving": "Thuisblijven"}
    )
    analyse.zet_doel_factoren(db, doel.id, [f2.id])
    data = intake.rond_af(db, cid, date(2026, 11, 20))
    assert data.afgerond_op == date(2026, 11, 20) and data.analyse_datum == date(2026, 11, 20)
    assert status(db, cid) == "Plan"

    # Once afgerond, a change that breaks the conditions is refused and nothing changes.
    with pytest.raises(Validatiefout, match="Heropenen"):
        analyse.verwijder_factor(db, f2.id)
    with pytest.raises(Validatiefout, match="Heropenen"):
        analyse.wijzig_factor(db, f2.id, {"type": "beschermend"})
    with pytest.raises(Validatiefout, match="Heropenen"):
        analyse.zet_doel_factoren(db, doel.id, [])
    data = intake.intake(db, cid)
    assert [f.type for f in data.factoren] == ["predisponerend", "instandhoudend"]
    assert data.doelen[0].factor_ids == (f2.id,)
    # Harmless edits still work; reopening allows everything again.
    analyse.wijzig_factor(db, f1.id, {"omschrijving": "Moeder is al lang somber"})
    intake.heropen(db, cid)
    analyse.verwijder_factor(db, f2.id)
    data = intake.intake(db, cid)
    assert data.afgerond_op is None and data.doelen[0].factor_ids == ()
    assert status(db, cid) == "Analyse"


def test_hoogstens_vijf_doelen_en_prioriteit(db, casus):
    cid = casus[0]
    doelen = [analyse.voeg_doel_toe(db, cid, f"Doel nummer {i}") for i in range(1, MAX_DOELEN + 1)]
    with pytest.raises(Validatiefout, match="al 5 doelen"):
        analyse.voeg_doel_toe(db, cid, "Nog een")
    assert len(intake.intake(db, cid).doelen) == MAX_DOELEN

    analyse.verplaats_doel(db, doelen[3].id, -3)  # the fourth becomes the first
    volgorde = [d.omschrijving for d in intake.intake(db, cid).doelen]
    assert volgorde[:2] == ["Doel nummer 4", "Doel nummer 1"]
    assert [d.prioriteit for d in intake.intake(db, cid).doelen] == [1, 2, 3, 4, 5]
    analyse.verwijder_doel(db, doelen[0].id)
    assert [d.prioriteit for d in intake.intake(db, cid).doelen] == [1, 2, 3, 4]
    analyse.voeg_doel_toe(db, cid, "Weer ruimte")


def test_samenhang(db, casus):
    cid = casus[0]
    a = analyse.voeg_factor_toe(db, cid, {"type": "uitlokkend", "omschrijving": "Verhuizing"})
    b = analyse.voeg_factor_toe(db, cid, {"type": "instandhoudend", "omschrijving": "Thuisblijven"})
    link = analyse.voeg_samenhang_toe(db, a.id, b.id, "Sinds de verhuizing blijft ze thuis")
    with pytest.raises(Validatiefout, match="zichzelf"):
        analyse.voeg_samenhang_toe(db, a.id, a.id)
    with pytest.raises(Validatiefout, match="al samen"):
        analyse.voeg_samenhang_toe(db, a.id, b.id)
    analyse.wijzig_samenhang(db, link.id, "Na de verhuizing")
    assert intake.intake(db, cid).samenhang[0].toelichting == "Na de verhuizing"
    analyse.verwijder_factor(db, a.id)  # its links go with it
    assert intake.intake(db, cid).samenhang == ()
    with pytest.raises(Validatiefout):
        analyse.voeg_factor_toe(db, cid, {"type": "oorzaak"})


def test_routekaart_en_signalen(db, casus):
    cid, zoe, moeder, _ = casus
    f = analyse.voeg_factor_toe(db, cid, {"type": "instandhoudend", "omschrijving": "Thuisblijven"})
    analyse.voeg_factor_toe(db, cid, {"type": "instandhoudend", "omschrijving": "Ruzie thuis"})
    doel = analyse.voeg_doel_toe(db, cid, "Naar school")
    analyse.zet_doel_factoren(db, doel.id, [f.id])
    signalen = intake.intake(db, cid).signalen
    assert any("Ruzie thuis" in s and "geen doel" in s for s in signalen)
    assert any("Doel 1" in s and "geen actie" in s for s in signalen)

    a = analyse.voeg_actie_toe(
        db, doel.id, {"wie_id": moeder, "wat": "Belt school", "wanneer": "2026-12-01"}
    )
    analyse.voeg_actie_toe(db, doel.id, {"door_consulent": True, "wat": "Zoekt aanbieder"})
    analyse.wijzig_actie(db, a.id, {"status": "gedaan"})
    with pytest.raises(Validatiefout):
        analyse.wijzig_actie(db, a.id, {"status": "half"})
    acties = intake.intake(db, cid).doelen[0].acties
    assert [(x.wie, x.wat, x.status) for x in acties] == [
        ("Marieke", "Belt school", "gedaan"),
        ("consulent", "Zoekt aanbieder", "open"),
    ]
    assert not any("geen actie" in s for s in intake.intake(db, cid).signalen)


def test_rondreis_via_uitwisseling_en_terug_in_de_werkplaats(db, casus, tmp_path):
    cid, zoe, moeder, oma = casus
    intake.zet_intake(
        db, cid, {"metgezel_id": moeder, "draagkracht": "Humor", "samenvatting": "Kort"}
    )
    levenskracht.zet_leefgebied(
        db, cid, "school_en_werk", {"score_inwoner": 4, "score_metgezel": 7}
    )
    levenskracht.zet_netwerklid(db, cid, oma, 1, "Oppassen")
    f = analyse.voeg_factor_toe(
        db, cid, {"type": "instandhoudend", "omschrijving": "Ł-factor", "herkend": True}
    )
    g = analyse.voeg_factor_toe(
        db, cid, {"type": "beschermend", "omschrijving": "Oma", "x": 10.0, "y": 20.5}
    )
    analyse.voeg_samenhang_toe(db, g.id, f.id, "Oma doorbreekt het")
    d = analyse.voeg_doel_toe(db, cid, "Naar school")
    analyse.zet_doel_factoren(db, d.id, [f.id])
    analyse.wijzig_doel(db, d.id, {"goed_genoeg": "Vier dagen per week"})
    analyse.voeg_actie_toe(
        db, d.id, {"wie_id": zoe, "wat": "Fietst mee", "wanneer": "na de herfst"}
    )
    intake.rond_af(db, cid, date(2026, 11, 21))

    doc = uitwisseling.exporteer(db)
    c = doc["casussen"][0]
    assert c["levenskracht"]["metgezel"] == "p2"
    assert c["levenskracht"]["netwerk"] == [
        {"persoon": "p3", "nabijheid": 1, "bijdrage": "Oppassen"}
    ]
    assert c["verklarende_analyse"]["doelen"][0]["factoren"] == ["f1"]
    assert c["verklarende_analyse"]["afgerond_op"] == "2026-11-21"
    assert uitwisseling_controle.controleer(doc)[2] == []

    ander = open_database(tmp_path / "ander.db")  # a second file, on either engine
    try:
        uitwisseling.importeer(ander, doc)
        assert uitwisseling.exporteer(ander)["casussen"] == doc["casussen"]
        nieuw_id = casussen.zoek_casusnummer(ander, c["casusnummer"])
        data = intake.intake(ander, nieuw_id)
        assert data.afgerond_op == date(2026, 11, 21) and data.draagkracht == "Humor"
        assert data.factoren[1].x == 10.0 and data.factoren[0].herkend is True
        assert data.doelen[0].acties[0].wie == "Zoë"
        assert casussen.casus_detail(ander, nieuw_id).status.label == "Plan"
        # Importing the same document again changes nothing.
        r = uitwisseling.importeer(ander, doc)
        assert r.ongewijzigd == 1
    finally:
        ander.sluit()


def test_migratie_0003_verhuist_een_volledige_analyse_uit_extra(tmp_path):
    pad = tmp_path / "oud.db"
    engine = maak_engine(pad)
    migreer(engine, "0002")
    engine.dispose()
    casus_id, p1, p2 = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    extra = {
        "levenskracht": {
            "metgezel": "p2",
            "leefgebieden": [{"leefgebied": "wonen", "score_inwoner": 3, "score_metgezel": 8}],
        },
        "verklarende_analyse": {
            "afgerond_op": "2026-11-25",
            "factoren": [
                {"id": "f1", "type": "instandhoudend", "omschrijving": "Zoë blijft thuis"},
                {"id": "f2", "type": "beschermend", "eigen": "bewaard"},
            ],
            "samenhang": [{"van": "f2", "naar": "f1", "toelichting": "helpt"}],
            "doelen": [
                {
                    "id": "d1",
                    "prioriteit": 1,
                    "omschrijving": "School",
                    "factoren": ["f1"],
                    "acties": [{"wie": "p2", "wat": "Bellen", "wanneer": "2026-12-15"}],
                }
            ],
        },
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
    for pid, ref, rol in ((p1, "p1", "jeugdige"), (p2, "p2", "ouder")):
        con.execute(
            "INSERT INTO persoon (id, version, aangemaakt_op, bijgewerkt_op, casus_id, ref,"
            " volgorde, rol, voornaam) VALUES (?,?,?,?,?,?,?,?,?)",
            (pid.hex, 1, nu, nu, casus_id.hex, ref, int(ref[1]), rol, ref.upper()),
        )
    con.commit()
    con.close()

    db = open_database(pad)
    try:
        data = intake.intake(db, casus_id)
        assert data.metgezel_id == p2 and data.afgerond_op == date(2026, 11, 25)
        assert [(f.ref, f.type) for f in data.factoren] == [
            ("f1", "instandhoudend"),
            ("f2", "beschermend"),
        ]
        assert data.doelen[0].acties[0].wie_id == p2
        c = uitwisseling.exporteer(db)["casussen"][0]
        assert c["verklarende_analyse"] == extra["verklarende_analyse"]
        assert c["levenskracht"] == extra["levenskracht"]
        assert c["toewijzingen"] == extra["toewijzingen"]  # moved on by migration 0006
        # The analysis is afgerond (Plan), and the requested toewijzing makes it Hulp ingezet.
        assert casussen.casus_detail(db, casus_id).status.label == "Hulp ingezet"
    finally:
        db.sluit()
