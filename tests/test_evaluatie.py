"""The evaluation of help after three months: when it is due (signals in the case list and per
toewijzing), scores per goal, a decision per toewijzing carried out on the toewijzing, per-field
saves, the exchange round trip, and figure 10 of the weekly overview."""

import copy
from datetime import date, timedelta

import pytest

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, Validatiefout, VeldConflict
from jeugdloket.regels import kpi
from jeugdloket.regels.evaluatie import (
    BINNENKORT,
    TE_LAAT,
    evaluatie_stand,
    plus_maanden,
)
from jeugdloket.regels.kpi_feiten import casus_uit_document
from jeugdloket.services import (
    casuslijst,
    casussen,
    evaluatie,
    medewerkers,
    overzicht,
    toewijzingen,
    uitwisseling,
    uitwisseling_controle,
)
from tests.evaluatie_hulp import dag, document, importeer

pytestmark = pytest.mark.beide_engines

VANDAAG = date.today()


# ---------------------------------------------------------------- the rule, pure


def test_drie_maanden_na_de_start_met_signaal_twee_weken_vooraf():
    assert plus_maanden(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert plus_maanden(date(2026, 10, 31), 3) == date(2027, 1, 31)
    start = date(2026, 12, 1)
    assert evaluatie_stand("gestart", start, None, [], date(2027, 2, 14)).niveau is None
    stand = evaluatie_stand("gestart", start, None, [], date(2027, 2, 15))
    assert (stand.uiterlijk, stand.niveau) == (date(2027, 3, 1), BINNENKORT)
    assert evaluatie_stand("gestart", start, None, [], date(2027, 3, 1)).niveau == BINNENKORT
    assert evaluatie_stand("gestart", start, None, [], date(2027, 3, 2)).niveau == TE_LAAT
    # an evaluation moment after the start: the next one three months after it
    stand = evaluatie_stand("gestart", start, None, [date(2027, 2, 20)], date(2027, 3, 2))
    assert (stand.uiterlijk, stand.niveau, stand.laatste) == (
        date(2027, 5, 20),
        None,
        date(2027, 2, 20),
    )
    # one on the start day does not count (figure 10: after the ingangsdatum)
    assert evaluatie_stand("gestart", start, None, [start], date(2027, 3, 2)).niveau == TE_LAAT
    # help that does not run has nothing to evaluate
    assert evaluatie_stand("aangevraagd", None, None, [], date(2027, 3, 2)) is None
    assert evaluatie_stand("gestart", start, date(2027, 2, 1), [], date(2027, 3, 2)) is None


# ---------------------------------------------------------------- signals


def test_signalen_per_toewijzing_en_in_de_casuslijst(db):
    cid = importeer(db, document(start_a=100, start_b=80))
    tw = {t.productcode: t for t in toewijzingen.lijst(db, cid)}
    standen = evaluatie.standen(db, cid)
    assert standen[tw["45A12"].id].niveau == TE_LAAT  # 100 days: past three months
    assert standen[tw["54001"].id].niveau == BINNENKORT  # 80 days: within two weeks
    regel = casuslijst.casusregel(db, cid)
    assert regel.evaluatie_niveau == TE_LAAT
    assert regel.evaluatie_signaal.startswith("Evaluatie te laat")

    # an evaluation today: both clocks start again, the list is quiet
    evaluatie.maak(db, cid, VANDAAG)
    standen = evaluatie.standen(db, cid)
    assert {s.niveau for s in standen.values()} == {None}
    assert {s.uiterlijk for s in standen.values()} == {plus_maanden(VANDAAG, 3)}
    regel = casuslijst.casusregel(db, cid)
    assert (regel.evaluatie_niveau, regel.evaluatie_signaal) == (None, None)


def test_recent_gestarte_hulp_geeft_nog_geen_signaal(db):
    cid = importeer(db, document(start_a=30, start_b=20))
    assert {s.niveau for s in evaluatie.standen(db, cid).values()} == {None}
    assert casuslijst.casusregel(db, cid).evaluatie_niveau is None


# ---------------------------------------------------------------- recording


def test_scores_per_doel_en_besluiten_voeren_de_wijziging_uit(db):
    cid = importeer(db)
    tw = {t.productcode: t for t in toewijzingen.lijst(db, cid)}
    e = evaluatie.maak(db, cid, VANDAAG, deelnemers=["p2"], aanbieder_aanwezig=True)
    assert e.ref == "e1"
    assert [(d.doel_ref, d.doel, d.score_gezin) for d in e.doelen] == [
        ("d1", "Zoë gaat weer elke dag naar school", None),
        ("d2", "Minder ruzie aan tafel", None),
    ]
    e = evaluatie.zet_doel(
        db, e.id, "d1", {"score_gezin": 7, "woorden_gezin": "Ze gaat weer, vaak met tegenzin"}
    )
    e = evaluatie.zet_doel(db, e.id, "d1", {"score_consulent": 6}, basis={"score_consulent": None})
    d1 = e.doelen[0]
    assert (d1.score_gezin, d1.score_consulent, d1.woorden_gezin) == (
        7,
        6,
        "Ze gaat weer, vaak met tegenzin",
    )
    with pytest.raises(Validatiefout) as fout:
        evaluatie.zet_doel(db, e.id, "d2", {"score_gezin": 11})
    assert "Score van het gezin" in str(fout.value) and "11" in str(fout.value)

    # aanpassen: the toewijzing changes, the decision keeps what changed
    a = tw["45A12"]
    e = evaluatie.leg_besluit_vast(
        db, e.id, a.id, "aanpassen", "Meer uren rond de schooldag", wijzigingen={"volume": 3},
        basis={"volume": 2},
    )  # fmt: skip
    assert toewijzingen.toewijzing(db, a.id).volume == 3
    (b,) = e.besluiten
    assert (b.toewijzing_ref, b.besluit, b.gevolg) == ("t1", "aanpassen", {"volume": 3})
    assert b.uitgevoerd_op is not None and b.toewijzing_id == a.id
    assert toewijzingen.toewijzing(db, a.id).ref == "t1"
    with pytest.raises(Fout, match="al besloten"):
        evaluatie.leg_besluit_vast(db, e.id, a.id, "doorgaan")

    # afschalen must lower the help; nothing is kept when it does not
    g = tw["54001"]
    with pytest.raises(Validatiefout, match="niet lager"):
        evaluatie.leg_besluit_vast(db, e.id, g.id, "afschalen", wijzigingen={"volume": 5})
    assert len(evaluatie.evaluaties(db, cid)[0].besluiten) == 1

    # beëindigen goes through toewijzingen.beeindig with the end date and JZ588 reason
    with pytest.raises(Validatiefout) as fout:
        evaluatie.leg_besluit_vast(db, e.id, g.id, "beeindigen")
    assert set(fout.value.fouten) == {"einddatum", "reden_beeindiging"}
    e = evaluatie.leg_besluit_vast(
        db, e.id, g.id, "beeindigen", "Doel bereikt", einddatum=VANDAAG, reden_jz588="31"
    )
    na = toewijzingen.toewijzing(db, g.id)
    assert (na.status, na.einddatum, na.reden_beeindiging, na.ref) == (
        "beeindigd",
        VANDAAG,
        "31",
        "t2",
    )
    assert e.besluit_voor("t2").gevolg == {
        "status": "beeindigd",
        "einddatum": VANDAAG.isoformat(),
        "reden_beeindiging": "31",
    }
    # an ended toewijzing gets no further decision; an evaluation with decisions stays
    e2 = evaluatie.maak(db, cid, VANDAAG)
    with pytest.raises(Validatiefout, match="beëindigd"):
        evaluatie.leg_besluit_vast(db, e2.id, g.id, "doorgaan")
    with pytest.raises(Fout, match="blijft bewaard"):
        evaluatie.verwijder(db, e.id)
    evaluatie.verwijder(db, e2.id)
    assert [x.ref for x in evaluatie.evaluaties(db, cid)] == ["e1"]


def test_een_mislukte_wijziging_laat_geen_besluit_achter(db):
    cid = importeer(db)
    a = next(t for t in toewijzingen.lijst(db, cid) if t.productcode == "45A12")
    e = evaluatie.maak(db, cid, VANDAAG)
    # a colleague changed the volume since the user read it: conflict, no decision kept
    toewijzingen.wijzig(db, a.id, {"volume": 4}, basis={"volume": 2})
    with pytest.raises(VeldConflict):
        evaluatie.leg_besluit_vast(
            db, e.id, a.id, "aanpassen", wijzigingen={"volume": 3}, basis={"volume": 2}
        )
    assert evaluatie.evaluaties(db, cid)[0].besluiten == []
    assert toewijzingen.toewijzing(db, a.id).volume == 4


def test_datum_en_velden_per_veld(db):
    cid = importeer(db)
    with pytest.raises(Validatiefout, match="toekomst"):
        evaluatie.maak(db, cid, VANDAAG + timedelta(days=1))
    e = evaluatie.maak(db, cid, VANDAAG, samenvatting="Goed gesprek")
    # a colleague's edit of another field is kept; of the same field: a conflict
    evaluatie.wijzig(
        db,
        e.id,
        {"samenvatting": "Goed gesprek, moeder blij"},
        basis={"samenvatting": "Goed gesprek"},
    )
    e2 = evaluatie.wijzig(db, e.id, {"deelnemers": ["p2", "p3"]}, basis={"deelnemers": None})
    assert e2.samenvatting == "Goed gesprek, moeder blij" and e2.deelnemers == ["p2", "p3"]
    with pytest.raises(VeldConflict):
        evaluatie.wijzig(
            db, e.id, {"samenvatting": "Anders"}, basis={"samenvatting": "Goed gesprek"}
        )


def test_alleen_wie_de_casus_mag_openen(db):
    cid = importeer(db)
    medewerkers.maak_medewerker(Database(db.engine), "b.bakker", "Bram Bakker", "consulent")
    ander = Database(db.engine, gebruiker="b.bakker")
    with pytest.raises(Fout):
        evaluatie.maak(ander, cid, VANDAAG)
    assert evaluatie.evaluaties(db, cid) == []


# ---------------------------------------------------------------- exchange format and figure 10


def test_uitwisseling_rondreis_van_evaluaties(db, tmp_path):
    cid = importeer(db)
    tw = {t.productcode: t for t in toewijzingen.lijst(db, cid)}
    e = evaluatie.maak(
        db, cid, VANDAAG - timedelta(days=1), deelnemers=["p2"], samenvatting="Samen met De Vlinder"
    )
    evaluatie.zet_doel(
        db,
        e.id,
        "d2",
        {"score_gezin": 5, "score_consulent": 4, "woorden_consulent": "Nog veel ruzie"},
    )
    evaluatie.leg_besluit_vast(
        db, e.id, tw["45A12"].id, "afschalen", "Het gaat beter", wijzigingen={"volume": 1}
    )
    doc = uitwisseling.exporteer(db)
    c = doc["casussen"][0]
    assert c["toewijzingen"][0]["id"] == "t1" and "id" not in c["toewijzingen"][1]
    (ev,) = c["evaluaties"]
    assert ev["id"] == "e1" and ev["datum"] == (VANDAAG - timedelta(days=1)).isoformat()
    assert ev["doelen"] == [
        {
            "doel": "d2",
            "score_gezin": 5,
            "score_consulent": 4,
            "woorden_consulent": "Nog veel ruzie",
        }
    ]
    (b,) = ev["besluiten"]
    assert (b["toewijzing"], b["besluit"], b["gevolg"]) == ("t1", "afschalen", {"volume": 1})
    assert uitwisseling_controle.controleer(doc)[2] == []

    # the same document again: nothing rewritten; into a fresh database and out again: the same
    r = uitwisseling.importeer(db, doc)
    assert (r.nieuw, r.bijgewerkt, r.ongewijzigd) == (0, 0, 1)
    from jeugdloket.db import open_database

    ander = open_database(tmp_path / "ander.db", gebruiker="a.devries")
    try:
        uitwisseling.importeer(ander, doc)
        assert uitwisseling.exporteer(ander)["casussen"] == doc["casussen"]
        cid2 = casussen.zoek_casusnummer(ander, "2026-0042")
        (terug,) = evaluatie.evaluaties(ander, cid2)
        assert terug.besluiten[0].toewijzing == "Ambulante gezinsbegeleiding – De Vlinder"
    finally:
        ander.sluit()


@pytest.mark.parametrize(
    ("wijzig", "melding"),
    [
        (lambda c: c["evaluaties"][0]["besluiten"][0].update(toewijzing="t9"), "toewijzing 't9'"),
        (lambda c: c["evaluaties"][0]["doelen"][0].update(doel="d7"), "doel 'd7'"),
        (lambda c: c["evaluaties"][0]["doelen"][0].update(score_gezin=0), "score_gezin 0"),
        (
            lambda c: c["evaluaties"][0]["besluiten"][0].update(besluit="stoppen"),
            "besluit 'stoppen'",
        ),
        (lambda c: c["evaluaties"][0].update(datum="2027-02-30"), "datum '2027-02-30'"),
        (lambda c: c["toewijzingen"][1].update(id="t1"), "id 't1' staat twee keer"),
    ],
)
def test_uitwisseling_regels_van_evaluaties(wijzig, melding):
    doc = document()
    c = doc["casussen"][0]
    c["toewijzingen"][0]["id"] = "t1"
    c["evaluaties"] = [
        {"id": "e1", "datum": dag(5), "doelen": [{"doel": "d1", "score_gezin": 6}],
         "besluiten": [{"toewijzing": "t1", "besluit": "doorgaan"}]}
    ]  # fmt: skip
    assert uitwisseling_controle.controleer(copy.deepcopy(doc))[2] == []
    wijzig(c)
    fouten = uitwisseling_controle.controleer(doc)[2]
    assert any(melding in f and "Casus 2026-0042" in f for f in fouten), fouten


def _tien(c: dict) -> kpi.Kengetal:
    return kpi.bereken([casus_uit_document(c)], "2026-W47").kengetallen[9]


def test_een_evaluatie_telt_als_evaluatiemoment_voor_kengetal_10():
    # kpi.md figure 10, W = 2026-W47, P = Sunday 22-11-2026: of the toewijzingen active on P with
    # ingangsdatum <= P - 91 days (23-08-2026), the share whose case has an evaluation moment
    # dated after the ingangsdatum and <= P.
    c = {
        "casusnummer": "2026-0100",
        "aanmelddatum": "2026-06-01",
        "toewijzingen": [
            {"jeugdige": "p1", "productcategorie": "45", "status": "gestart",
             "aanvraagdatum": "2026-06-10", "ingangsdatum": "2026-07-01"},
            {"jeugdige": "p1", "productcategorie": "45", "status": "gestart",
             "aanvraagdatum": "2026-06-10", "ingangsdatum": "2026-08-23"},
            {"jeugdige": "p1", "productcategorie": "45", "status": "gestart",
             "aanvraagdatum": "2026-06-10", "ingangsdatum": "2026-09-01"},  # too recent
        ],
    }  # fmt: skip
    k = _tien(c)
    assert (k.teller, k.noemer) == (0, 2)
    # a recorded evaluation is an evaluation moment, as a contactmoment of soort evaluatie is
    c["evaluaties"] = [{"id": "e1", "datum": "2026-10-01"}]
    k = _tien(c)
    assert (k.teller, k.noemer) == (2, 2)
    assert k.regels[0][k.kolommen.index("laatste_evaluatie")] == date(2026, 10, 1)
    # after the ingangsdatum: one on 23-08 counts only for the toewijzing started 01-07
    c["evaluaties"] = [{"id": "e1", "datum": "2026-08-23"}]
    assert (_tien(c).teller, _tien(c).noemer) == (1, 2)
    # and on or before P: one on Monday 23-11 does not count in week 47
    c["evaluaties"] = [{"id": "e1", "datum": "2026-11-23"}]
    assert _tien(c).teller == 0
    # both kinds together: the last of them on or before P is shown
    c["evaluaties"] = [{"id": "e1", "datum": "2026-09-15"}]
    c["contactmomenten"] = [{"datum": "2026-11-02T10:00:00", "soort": "evaluatie"}]
    k = _tien(c)
    assert k.teller == 2
    assert k.regels[0][k.kolommen.index("laatste_evaluatie")] == date(2026, 11, 2)


def test_kengetal_10_uit_de_database(db):
    cid = importeer(db, document(start_a=120, start_b=110))
    medewerkers.maak_medewerker(Database(db.engine), "c.coordinator", "Cor Dinator", "coördinator")
    coord = Database(db.engine, gebruiker="c.coordinator")
    week = kpi.laatste_volledige_week(VANDAAG)

    def tien():
        return overzicht.weekoverzicht(coord, week).kengetallen[9]

    assert (tien().teller, tien().noemer) == (0, 2)
    evaluatie.maak(db, cid, week.zondag - timedelta(days=3))
    assert (tien().teller, tien().noemer) == (2, 2)
