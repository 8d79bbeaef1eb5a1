"""The weekly figures of kpi.md, each against a tiny dataset computed by hand."""

from datetime import date
from fractions import Fraction

import holidays
import pytest

from jeugdloket.regels import kpi
from jeugdloket.regels.kpi import Week, bereken
from jeugdloket.regels.kpi_feiten import (
    CasusFeit,
    FamiliegroepsplanFeit,
    JeugdigeFeit,
    PerspectiefplanFeit,
    ToewijzingFeit,
    als_dag,
    casus_uit_document,
)
from jeugdloket.regels.werkdagen import Werkdagen

D = date.fromisoformat


def casus(nummer: str, aanmeld, **velden) -> CasusFeit:
    """A record as the loader makes it: every date a calendar date."""
    for k in ("eerste_contact", "afgesloten_op"):
        if k in velden:
            velden[k] = als_dag(velden[k])
    return CasusFeit(casusnummer=nummer, aanmelddatum=als_dag(aanmeld), **velden)


def tw(jeugdige="p1", **velden) -> ToewijzingFeit:
    for k in ("aanvraagdatum", "ingangsdatum", "einddatum"):
        if isinstance(velden.get(k), str):
            velden[k] = D(velden[k])
    velden.setdefault("status", "gestart")
    velden.setdefault("aanvraagdatum", velden.get("ingangsdatum"))
    return ToewijzingFeit(jeugdige=jeugdige, **velden)


def kengetal(casussen, week: str, nummer: int, **kw) -> kpi.Kengetal:
    return bereken(casussen, week, **kw).kengetal(nummer)


# ---------------------------------------------------------------- weeks


def test_iso_week_lezen():
    w = Week.lees("2026-W47")
    assert (w.maandag, w.zondag) == (D("2026-11-16"), D("2026-11-22"))
    assert str(Week.lees("2026w7")) == "2026-W07"
    assert str(Week.lees(" 2026-W53 ")) == "2026-W53"  # 2026 has 53 ISO weeks
    assert Week.lees("2026-W53").zondag == D("2027-01-03")


@pytest.mark.parametrize(
    ("tekst", "deel"),
    [
        ("2026-W54", "bestaat niet in 2026"),
        ("2025-W53", "1 tot en met 52"),
        ("2026-W00", "bestaat niet"),
        ("week 47", "geen week"),
        ("2026-11-16", "geen week"),
        ("", "geen week"),
    ],
)
def test_ongeldige_week_geeft_nederlandse_melding(tekst, deel):
    with pytest.raises(ValueError, match=deel):
        Week.lees(tekst)


@pytest.mark.parametrize(
    ("vandaag", "week"),
    [
        ("2026-11-23", "2026-W47"),  # Monday: last week is complete
        ("2026-11-22", "2026-W46"),  # Sunday: this week is not over yet
        ("2027-01-04", "2026-W53"),
        ("2026-01-01", "2025-W52"),
    ],
)
def test_laatste_volledige_week(vandaag, week):
    assert str(kpi.laatste_volledige_week(D(vandaag))) == week


def test_week_plus_over_de_jaargrens():
    assert str(Week.lees("2026-W53").plus(1)) == "2027-W01"
    assert str(Week.lees("2027-W01").plus(-2)) == "2026-W52"


# ---------------------------------------------------------------- figure 3: first contact


@pytest.mark.parametrize(
    ("aanmeld", "deadline", "waarom"),
    [
        ("2026-11-16", "2026-11-19", "Monday → Thursday"),
        ("2026-11-14", "2026-11-18", "Saturday → Wednesday"),
        ("2026-12-24", "2026-12-30", "Christmas: Thu 24 Dec → Wed 30 Dec"),
        ("2026-04-02", "2026-04-09", "Good Friday and Easter Monday"),
        ("2026-04-03", "2026-04-09", "registered on Good Friday itself"),
        ("2026-04-24", "2026-04-30", "Koningsdag Monday 27 April 2026"),
        (
            "2025-04-25",
            "2025-04-30",
            "Koningsdag 2025 on Saturday 26 April: Monday 28 is a werkdag",
        ),
        ("2026-05-12", "2026-05-18", "Hemelvaart Thursday 14 May 2026"),
        ("2026-12-31", "2027-01-06", "New Year's Day"),
    ],
)
def test_deadline_eerste_contact(aanmeld, deadline, waarom):
    assert Werkdagen().deadline_eerste_contact(D(aanmeld)) == D(deadline), waarom


def test_koningsdag_op_26_april_als_27_april_een_zondag_is():
    nl = holidays.NL(years=2025)
    assert D("2025-04-26") in nl and D("2025-04-27") not in nl and D("2025-04-28") not in nl


def test_eerste_contact_rond_kerst_deadline_in_de_week_telt():
    """W53 2026 (28 Dec – 3 Jan): the population is the cases whose deadline falls in it."""
    casussen = [
        # registered Thu 24 Dec → deadline Wed 30 Dec; contact late in the afternoon: in time
        casus("2026-0001", "2026-12-24T09:00:00", eerste_contact="2026-12-30T16:45:00"),
        casus("2026-0002", "2026-12-24", eerste_contact="2026-12-31T08:00:00"),  # late
        casus("2026-0003", "2026-12-24"),  # no first contact: late
        # registered Wed 23 Dec → deadline Tue 29 Dec; contact on the day of registration
        casus("2026-0004", "2026-12-23T11:00:00", eerste_contact="2026-12-23T15:00:00"),
        # registered Mon 28 Dec (in W53) → deadline Thu 31 Dec
        casus("2026-0005", "2026-12-28", eerste_contact="2026-12-31"),
        # registered Fri 18 Dec → deadline Wed 23 Dec: week 52, not in the population
        casus("2026-0006", "2026-12-18"),
        # registered Thu 31 Dec, in W53, but the deadline (Wed 6 Jan) is in week 1
        casus("2026-0007", "2026-12-31"),
    ]
    k = kengetal(casussen, "2026-W53", 3)
    assert (k.teller, k.noemer) == (3, 5)
    assert k.breuk == Fraction(3, 5) and k.waarde == pytest.approx(0.6)
    assert k.weergave == "60,0%"
    assert k.beoordeling == "rood"
    rijen = {r[0]: r for r in k.regels}
    assert set(rijen) == {"2026-0001", "2026-0002", "2026-0003", "2026-0004", "2026-0005"}
    kolommen = k.kolommen
    assert rijen["2026-0001"][kolommen.index("deadline")] == D("2026-12-30")
    assert rijen["2026-0004"][kolommen.index("deadline")] == D("2026-12-29")
    assert [rijen[n][kolommen.index("voldoet")] for n in sorted(rijen)] == [
        True,
        False,
        False,
        True,
        True,
    ]
    # week 1 of 2027 holds the case registered on 31 December
    assert [r[0] for r in kengetal(casussen, "2027-W01", 3).regels] == ["2026-0007"]


def test_eerste_contact_zaterdag_aanmelding():
    casussen = [
        casus("2026-0010", "2026-11-14T10:00:00", eerste_contact="2026-11-18T17:00:00"),
        casus("2026-0011", "2026-11-14", eerste_contact="2026-11-19"),
    ]
    k = kengetal(casussen, "2026-W47", 3)
    assert (k.teller, k.noemer) == (1, 2)
    assert k.weergave == "50,0%"


def test_eerste_contact_met_sluitingsdag():
    # Friday 15 May 2026 (after Hemelvaart) closed: registered Tue 12 May → Tue 19 May
    c = [casus("2026-0020", "2026-05-12", eerste_contact="2026-05-19")]
    zonder = kengetal(c, "2026-W21", 3)  # deadline Monday 18 May: one day late
    assert (zonder.teller, zonder.noemer) == (0, 1)
    k = kengetal(c, "2026-W21", 3, sluitingsdagen=[D("2026-05-15")])
    assert (k.teller, k.noemer) == (1, 1)
    assert k.beoordeling == "groen"


def test_lege_populatie_is_nvt():
    k = kengetal([casus("2026-0030", "2026-01-05")], "2026-W47", 3)
    assert (k.teller, k.noemer, k.waarde, k.breuk) == (0, 0, None, None)
    assert k.weergave == "n.v.t."
    assert k.beoordeling is None
    leeg = bereken([], "2026-W47")
    for n in (3, 4, 5, 6, 7, 10):
        assert leeg.kengetal(n).weergave == "n.v.t."
    assert leeg.kengetal(11).weergave == "n.v.t."  # no consulent with open cases
    assert leeg.kengetal(1).waarde == 0 and leeg.kengetal(8).waarde == 0


# ---------------------------------------------------------------- 1, 2, 11, 12, 14


@pytest.fixture
def register():
    return [
        casus("2026-0101", "2026-11-16T09:30:00", verwijzer="02", consulent="a"),
        casus("2026-0102", "2026-11-22T23:59:00", verwijzer="01", consulent="b"),
        casus("2026-0103", "2026-11-23T08:00:00", verwijzer="02", consulent="a"),  # after W
        casus("2026-0104", "2026-11-15", verwijzer="02", consulent="a"),
        casus("2026-0105", "2026-01-05", afgesloten_op="2026-11-22", consulent="b"),
        casus("2026-0106", "2026-10-01", afgesloten_op="2026-11-23", verwijzer="06", consulent="b"),
        casus("2026-0107", "2026-09-07", afgesloten_op="2026-11-16", verwijzer="02"),
        casus("2026-0108", "2026-10-20"),
    ]


def test_nieuwe_aanmeldingen(register):
    k = kengetal(register, "2026-W47", 1)
    assert k.waarde == 2
    assert [r[0] for r in k.regels] == ["2026-0101", "2026-0102"]
    assert k.regels[0] == ("2026-0101", D("2026-11-16"), "02", "a")


def test_open_casussen_op_de_peildatum(register):
    k = kengetal(register, "2026-W47", 2)
    # closed on P itself is not open; closed the day after P is
    assert [r[0] for r in k.regels] == [
        "2026-0101",
        "2026-0102",
        "2026-0104",
        "2026-0106",
        "2026-0108",
    ]
    assert k.waarde == 5


def test_caseload_per_consulent(register):
    k = kengetal(register, "2026-W47", 11)
    assert k.uitsplitsing == [("a", 2), ("b", 2), ("(geen consulent)", 1)]
    assert k.waarde == 2.0 and k.weergave == "2,0"
    assert k.extra == {"consulenten": 2, "hoogste": 2, "zonder_consulent": 1}
    assert len(k.regels) == 5


def test_aanmeldingen_per_verwijzer_week_en_12_weken(register):
    k = kengetal(register, "2026-W47", 12)
    assert k.waarde == 2
    # 12 weeks ending with W47: Monday 31 August up to Sunday 22 November
    assert k.uitsplitsing == [("01", 1, 1), ("02", 1, 3), ("06", 0, 1), ("onbekend", 0, 1)]
    assert k.extra["twaalf_weken"] == 6


def test_afgesloten_en_doorlooptijd(register):
    k = kengetal(register, "2026-W47", 14)
    assert k.waarde == 2
    assert {r[0]: r[3] for r in k.regels} == {"2026-0105": 321, "2026-0107": 70}
    assert k.extra["gemiddelde_doorlooptijd"] == 195.5


# ---------------------------------------------------------------- toewijzingen: 4–10, 13


@pytest.fixture
def zorg():
    """P = Sunday 22 November 2026; P − 91 days = Sunday 23 August 2026."""
    t1 = casus(
        "2026-0201",
        "2026-07-01",
        consulent="a",
        analyse_afgerond_op=D("2026-11-22"),  # on P: counts
        familiegroepsplan=FamiliegroepsplanFeit(D("2026-11-01"), "opgesteld", D("2026-11-23")),
        perspectiefplannen=(PerspectiefplanFeit("p1", D("2026-11-20")),),
        jeugdigen=(JeugdigeFeit("p1", D("2010-11-22")), JeugdigeFeit("p2", D("2010-11-23"))),
        toewijzingen=(
            tw("p1", segment=1, aanvraagdatum="2026-08-01", ingangsdatum="2026-08-23"),
            tw(
                "p2",
                segment=2,
                aanvraagdatum="2026-11-01",
                ingangsdatum="2026-11-22",
                einddatum="2026-11-22",
            ),
            tw(
                "p2",
                segment=4,
                status="afgewezen",
                aanvraagdatum="2026-10-01",
                ingangsdatum="2026-10-05",
            ),
            tw(
                "p1",
                segment=3,
                status="aangevraagd",
                aanvraagdatum="2026-11-22",
                aanbieder_agb="11111111",
                productcategorie="45",
            ),
        ),
        evaluaties=(D("2026-08-23"), D("2026-11-23")),  # on ingang and after P: neither counts
    )
    t2 = casus(
        "2026-0202",
        "2026-04-01",
        consulent="b",
        jeugdigen=(JeugdigeFeit("p1", D("2009-01-01")),),
        toewijzingen=(
            tw("p1", segment=2, ingangsdatum="2026-06-01", einddatum="2026-11-21"),  # ended
            tw(
                "p1",
                segment=5,
                status=None,
                aanvraagdatum="2026-09-01",
                ingangsdatum="2026-11-23",
                aanbieder_agb="22222222",
                productcategorie="48",
            ),
            tw("p1", segment=1, status="aangevraagd", aanvraagdatum="2026-11-23"),  # after P
            tw(
                "p1",
                segment=4,
                status="beeindigd",
                ingangsdatum="2026-05-01",
                einddatum="2026-12-31",
                aanbieder_agb="33333333",
            ),
        ),
        evaluaties=(D("2026-08-01"),),
    )
    t3 = casus(
        "2026-0203",
        "2026-10-01",
        consulent="a",
        analyse_afgerond_op=D("2026-11-23"),  # after P
        familiegroepsplan=FamiliegroepsplanFeit(D("2026-11-23"), "aangeboden", None),
        jeugdigen=(JeugdigeFeit("p1", D("2012-03-03")),),
        toewijzingen=(
            tw("p1", segment=1, ingangsdatum="2026-11-10"),
            tw("p1", segment=2, ingangsdatum="2026-10-10"),
            tw(
                "p1",
                segment=3,
                status="aangevraagd",
                aanvraagdatum="2026-10-23",
                aanbieder_agb="11111111",
                productcategorie="48",
            ),
        ),
    )
    t4 = casus(
        "2026-0204",
        "2026-03-01",
        jeugdigen=(JeugdigeFeit("p1", D("2008-06-01")),),
        toewijzingen=(tw("p1", segment=1, status="afgewezen", ingangsdatum="2026-04-01"),),
    )
    return [t4, t3, t2, t1]  # order of loading must not matter


def test_verklarende_analyse_segment_1_en_2(zorg):
    k = kengetal(zorg, "2026-W47", 4)
    # jeugdigen, not toewijzingen: 0203/p1 has two (segments 1 and 2) and counts once
    assert [(r[0], r[2], r[4]) for r in k.regels] == [
        ("2026-0201", "1", True),
        ("2026-0201", "2", True),
        ("2026-0203", "1/2", False),
    ]
    assert (k.teller, k.noemer) == (2, 3)
    assert k.weergave == "66,7%"
    assert k.beoordeling == "rood"


def test_familiegroepsplan_aangeboden_en_opgesteld(zorg):
    k5 = kengetal(zorg, "2026-W47", 5)
    assert [r[0] for r in k5.regels] == ["2026-0201", "2026-0202", "2026-0203"]
    assert (k5.teller, k5.noemer) == (1, 3)
    k6 = kengetal(zorg, "2026-W47", 6)
    # status opgesteld but drawn up after P: not yet
    assert (k6.teller, k6.noemer, k6.weergave) == (0, 3, "0,0%")
    assert k6.beoordeling is None  # no norm


def test_perspectiefplan_16_plus(zorg):
    k = kengetal(zorg, "2026-W47", 7)
    # 0201/p1 turns 16 on P (in); 0201/p2 turns 16 the day after P (out); 0202/p1 is 17
    assert [(r[0], r[2], r[3]) for r in k.regels] == [
        ("2026-0201", D("2026-11-20"), True),
        ("2026-0202", None, False),
    ]
    assert (k.teller, k.noemer, k.weergave) == (1, 2, "50,0%")


def test_wachtenden_en_per_aanbieder(zorg):
    k = kengetal(zorg, "2026-W47", 8)
    kol = k.kolommen
    assert [(r[0], r[kol.index("dagen_wachtend")]) for r in k.regels] == [
        ("2026-0202", 82),
        ("2026-0203", 30),
        ("2026-0201", 0),
    ]
    assert k.waarde == 3
    assert k.uitsplitsing == [("22222222", 1, 82), ("11111111", 2, 30)]
    assert k.extra["langste_wachttijd"] == 82


def test_wachtenden_jeugdbescherming(zorg):
    k = kengetal(zorg, "2026-W47", 9)
    assert [r[0] for r in k.regels] == ["2026-0202", "2026-0203"]
    assert k.waarde == 2 and k.beoordeling == "rood"
    assert kpi.beoordeel(9, 0) == "groen" and kpi.beoordeel(9, 1) == "oranje"


def test_evaluatie_na_3_maanden(zorg):
    k = kengetal(zorg, "2026-W47", 10)
    kol = k.kolommen
    assert [(r[0], r[kol.index("ingangsdatum")], r[kol.index("voldoet")]) for r in k.regels] == [
        ("2026-0201", D("2026-08-23"), False),  # started exactly P − 91: in the population
        ("2026-0202", D("2026-05-01"), True),
    ]
    assert k.regels[1][kol.index("laatste_evaluatie")] == D("2026-08-01")
    assert (k.teller, k.noemer) == (1, 2)


def test_actieve_toewijzingen_per_segment(zorg):
    k = kengetal(zorg, "2026-W47", 13)
    assert k.waarde == 5
    assert k.uitsplitsing == [(1, 2), (2, 2), (3, 0), (4, 1), (5, 0)]


def test_pseudoniemen_stabiel_binnen_een_berekening(zorg):
    o = bereken(zorg, "2026-W47")
    # numbered in sorted order of (casusnummer, person id), the same in every list
    verwacht = {
        ("2026-0201", "J-0001"),
        ("2026-0201", "J-0002"),
        ("2026-0202", "J-0003"),
        ("2026-0203", "J-0004"),
    }
    gezien = set()
    for k in o.kengetallen:
        if "jeugdige" in k.kolommen:
            i = k.kolommen.index("jeugdige")
            gezien |= {(r[0], r[i]) for r in k.regels}
    assert gezien == verwacht
    assert [r[1] for r in o.kengetal(7).regels] == ["J-0001", "J-0003"]
    assert [r[1] for r in o.kengetal(4).regels] == ["J-0001", "J-0002", "J-0004"]


# ---------------------------------------------------------------- norms, rounding, trend


def test_normkleuren_en_afronding():
    assert kpi.beoordeel(3, None, Fraction(1)) == "groen"
    assert kpi.beoordeel(3, None, Fraction(3, 4)) == "oranje"
    assert kpi.beoordeel(3, None, Fraction(74, 100)) == "rood"
    assert kpi.beoordeel(3, None, None) is None
    assert kpi.beoordeel(1, 500) is None
    assert kpi.percentage(Fraction(2, 3)) == "66,7%"
    assert kpi.percentage(Fraction(1, 16)) == "6,3%"  # 6.25: half up
    assert kpi.percentage(Fraction(1, 1)) == "100,0%"
    assert kpi.percentage(None) == "n.v.t."


def test_labels_zoals_kpi_md():
    assert [kpi.KENGETALLEN[n][0] for n in range(1, 15)] == [
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


def test_trend_is_elke_week_apart_berekend(zorg, register):
    alles = zorg + register
    o = bereken(alles, "2026-W47")
    assert [str(p.week) for p in o.trend] == [f"2026-W{n}" for n in range(36, 48)]
    assert o.trend[-1].waarden == {k.nummer: k.waarde for k in o.kengetallen}
    for punt in o.trend:
        los = bereken(alles, punt.week, trendweken=1)
        assert punt.waarden == {k.nummer: k.waarde for k in los.kengetallen}, punt.week
    # a remembered trend gives the same overview as a fresh one
    geheugen: dict = {}
    bereken(alles, "2026-W48", trendgeheugen=geheugen)
    met = bereken(alles, "2026-W47", trendgeheugen=geheugen)
    assert [p.waarden for p in met.trend] == [p.waarden for p in o.trend]
    assert [k.regels for k in met.kengetallen] == [k.regels for k in o.kengetallen]


def test_record_uit_uitwisselingsdocument():
    c = casus_uit_document(
        {
            "casusnummer": "2026-0042",
            "aanmelddatum": "2026-11-16T09:30:00",
            "eerste_contact": "2026-11-18T10:00:00",
            "consulent": "a.devries",
            "verwijzer": "02",
            "personen": [
                {"id": "p1", "rol": "jeugdige", "voornaam": "Zoë", "geboortedatum": "2010-05-01"},
                {"id": "p2", "rol": "ouder", "voornaam": "Marieke"},
            ],
            "verklarende_analyse": {"afgerond_op": "2026-11-25"},
            "familiegroepsplan": {"aangeboden_op": "2026-11-18", "status": "opgesteld"},
            "perspectiefplannen": [{"jeugdige": "p1", "opgesteld_op": "2026-12-10"}],
            "toewijzingen": [
                {
                    "jeugdige": "p1",
                    "productcategorie": "45",
                    "segment": 4,
                    "status": "gestart",
                    "aanvraagdatum": "2026-11-26",
                    "ingangsdatum": "2026-12-01",
                }
            ],
            "contactmomenten": [
                {"datum": "2027-03-01T10:00:00", "soort": "evaluatie"},
                {"datum": "2026-11-18T10:00:00", "soort": "huisbezoek"},
            ],
        }
    )
    assert c.aanmelddatum == D("2026-11-16") and c.eerste_contact == D("2026-11-18")
    assert c.analyse_afgerond_op == D("2026-11-25")
    assert c.jeugdigen == (JeugdigeFeit("p1", D("2010-05-01")),)
    assert c.evaluaties == (D("2027-03-01"),)
    assert c.toewijzingen[0].segment == 4 and c.toewijzingen[0].einddatum is None
    assert c.familiegroepsplan.status == "opgesteld"
    assert c.perspectiefplannen == (PerspectiefplanFeit("p1", D("2026-12-10")),)
