"""Toewijzingen: the iJw rules, the life cycle, consent before sharing, zoekkeuzes, the case
status, the exchange round trip and the back-office workbook."""

import copy
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook

from jeugdloket.fouten import Fout, NietGevonden, Validatiefout, VersieConflict
from jeugdloket.models import Aanbieder, Product
from jeugdloket.regels.toewijzing import OVERGANGEN, overgang_fout, toewijzing_fouten
from jeugdloket.services import (
    backoffice,
    casuslijst,
    casussen,
    plannen,
    toewijzingen,
    uitwisseling,
    uitwisseling_controle,
)

pytestmark = pytest.mark.beide_engines

VANDAAG = date(2026, 11, 23)


def geldig(**wijziging) -> dict:
    """A toewijzing that passes every rule, in the app's field names."""
    t = {
        "jeugdige_ref": "p1",
        "aanbieder_agb": "12345678",
        "productcategorie": "45",
        "productcode": "45A12",
        "segment": 4,
        "status": "aangevraagd",
        "aanvraagdatum": date(2026, 11, 16),
        "ingangsdatum": date(2026, 12, 1),
        "einddatum": date(2027, 5, 31),
        "volume": 2,
        "eenheid": "04",
        "frequentie": "2",
    }
    t.update(wijziging)
    return {k: v for k, v in t.items() if v is not None}


# ---------------------------------------------------------------- the rules, pure


def test_een_geldige_toewijzing_heeft_geen_fouten():
    assert toewijzing_fouten(geldig(), bij_invoer=True) == {}
    # a budget instead of an omvang, without product code, with an end date
    budget = geldig(productcode=None, volume=None, eenheid=None, frequentie=None, budget=125000)
    assert toewijzing_fouten(budget, bij_invoer=True) == {}
    # eenheid etmaal per maand, no end date needed
    etmaal = geldig(eenheid="14", frequentie="4", einddatum=None)
    assert toewijzing_fouten(etmaal, bij_invoer=True) == {}
    # as a JSON document has them: ISO text
    tekst = geldig(aanvraagdatum="2026-11-16", ingangsdatum="2026-12-01T09:00:00")
    assert toewijzing_fouten(tekst) == {}


@pytest.mark.parametrize(
    ("wijziging", "veld", "verwacht"),
    [
        # iJw
        ({"volume": None, "eenheid": None, "frequentie": None}, "volume", "CD041"),
        (
            {
                "productcode": None,
                "volume": None,
                "eenheid": None,
                "frequentie": None,
                "einddatum": None,
                "budget": 1500,
            },
            "einddatum",
            "verplicht bij een budget (iJw CD075)",
        ),
        ({"einddatum": None}, "einddatum", "frequentie 'per week' (iJw CD076)"),
        ({"einddatum": None, "frequentie": "6"}, "einddatum", "CD076"),
        ({"budget": 1500}, "budget", "Omvang en budget sluiten elkaar uit"),
        ({"budget": 1500}, "budget", "CD077/CD078"),
        ({"eenheid": "14", "frequentie": "1"}, "frequentie", "CS338"),
        ({"eenheid": "83", "frequentie": "1"}, "frequentie", "Eenheid 83 (Euro's)"),
        ({"eenheid": None}, "eenheid", "Eenheid ontbreekt: volume, eenheid en frequentie"),
        (
            {"einddatum": date(2026, 11, 30)},
            "einddatum",
            "Einddatum 30-11-2026 ligt vóór de ingangsdatum 01-12-2026",
        ),
        # code lists
        ({"productcategorie": "99"}, "productcategorie", "'99' is geen code uit JZ020"),
        ({"eenheid": "77"}, "eenheid", "geen code uit WJ756"),
        ({"frequentie": "3"}, "frequentie", "geen code uit WMO757"),
        ({"verwijzer": "99"}, "verwijzer", "geen code uit COD327"),
        ({"reden_beeindiging": "77"}, "reden_beeindiging", "geen code uit JZ588"),
        ({"reden_afwijzing": "0"}, "reden_afwijzing", "geen code uit WJ759"),
        ({"status": "misschien"}, "status", "Status 'misschien' kan niet"),
        # fields
        ({"jeugdige_ref": None}, "jeugdige_ref", "Jeugdige ontbreekt"),
        ({"productcategorie": None}, "productcategorie", "Productcategorie ontbreekt"),
        ({"status": None}, "status", "Status ontbreekt"),
        ({"aanvraagdatum": None}, "aanvraagdatum", "Aanvraagdatum ontbreekt"),
        ({"aanbieder_agb": "1234"}, "aanbieder_agb", "moet 8 cijfers zijn"),
        ({"productcode": "45-A12"}, "productcode", "1 tot 5 letters of cijfers"),
        ({"segment": 6}, "segment", "Segment 6 bestaat niet"),
        ({"segment": "4"}, "segment", "geheel getal"),
        ({"volume": 0}, "volume", "minstens 1"),
        ({"volume": 1.5}, "volume", "geheel getal"),
        ({"ingangsdatum": "2026-02-30"}, "ingangsdatum", "bestaat niet als datum"),
        ({"ingangsdatum": "1 december"}, "ingangsdatum", "geen datum"),
        ({"aanbieder": "x" * 201}, "aanbieder", "hoogstens 200 tekens"),
        ({"productcategorie": 45}, "productcategorie", "moet tekst zijn"),
    ],
)
def test_elke_regel_weigert_met_een_nederlandse_melding(wijziging, veld, verwacht):
    fouten = toewijzing_fouten(
        geldig(**wijziging) | {k: None for k, v in wijziging.items() if v is None}
    )
    assert veld in fouten, fouten
    assert verwacht in fouten[veld]


def test_budget_mag_niet_negatief():
    t = geldig(productcode=None, volume=None, eenheid=None, frequentie=None, budget=-5)
    assert "negatief" in toewijzing_fouten(t)["budget"]


@pytest.mark.parametrize(
    ("wijziging", "veld", "verwacht"),
    [
        ({"aanbieder_agb": None}, "aanbieder_agb", "Kies een aanbieder"),
        ({"status": "gestart", "ingangsdatum": None, "einddatum": None, "frequentie": "4"},
         "ingangsdatum", "verplicht bij status gestart"),
        ({"status": "beeindigd"}, "reden_beeindiging", "Kies een reden van beëindiging (JZ588)"),
        ({"status": "afgewezen"}, "reden_afwijzing", "Kies een reden van afwijzing (WJ759)"),
        ({"status": "gestart", "reden_beeindiging": "31"}, "reden_beeindiging",
         "hoort alleen bij status beëindigd"),
        ({"reden_afwijzing": "3"}, "reden_afwijzing", "hoort alleen bij status afgewezen"),
    ],
)  # fmt: skip
def test_strengere_regels_bij_invoer_in_de_app(wijziging, veld, verwacht):
    t = geldig(**wijziging) | {k: None for k, v in wijziging.items() if v is None}
    assert veld not in toewijzing_fouten(t)  # an imported document need not carry these
    fouten = toewijzing_fouten(t, bij_invoer=True)
    assert verwacht in fouten.get(veld, ""), fouten


def test_verwijzingen_naar_de_casus():
    personen = {"p1": "jeugdige", "p2": "ouder"}
    f = toewijzing_fouten(
        geldig(jeugdige_ref="p9", doel_ref="d4"), personen=personen, doelen={"d1"}
    )
    assert f["jeugdige_ref"] == "Jeugdige 'p9' is geen persoon van deze casus"
    assert "Doel 'd4'" in f["doel_ref"]
    f = toewijzing_fouten(geldig(jeugdige_ref="p2"), personen=personen)
    assert f["jeugdige_ref"] == "Jeugdige 'p2' is geen jeugdige maar heeft de rol ouder"


def test_import_en_invoer_gebruiken_dezelfde_regels():
    """The exchange import reports the very message the entry form shows."""
    doc = document()
    doc["casussen"][0]["toewijzingen"] = [
        {
            "jeugdige": "p1",
            "aanbieder_agb": "12345678",
            "productcategorie": "45",
            "status": "aangevraagd",
            "aanvraagdatum": "2026-11-16",
            "volume": 2,
            "eenheid": "14",
            "frequentie": "1",
        }
    ]
    meldingen = uitwisseling_controle.controleer(doc, VANDAAG)[2]
    form = toewijzingen.controleer(
        {
            "jeugdige_ref": "p1",
            "aanbieder_agb": "12345678",
            "productcategorie": "45",
            "aanvraagdatum": "2026-11-16",
            "volume": 2,
            "eenheid": "14",
            "frequentie": "1",
        }
    )
    assert meldingen == [f"Casus 2026-0042, toewijzing 1 (frequentie): {form['frequentie']}"]
    assert "CS338" in form["frequentie"]


def test_overgangen():
    assert OVERGANGEN["aangevraagd"] == ("gestart", "afgewezen")
    assert overgang_fout("aangevraagd", "gestart") is None
    assert overgang_fout("gestart", "beeindigd") is None
    assert overgang_fout("aangevraagd", "afgewezen") is None
    assert "start hem eerst" in overgang_fout("aangevraagd", "beeindigd")
    assert "een gestarte beëindig je" in overgang_fout("gestart", "afgewezen")
    assert "al afgewezen" in overgang_fout("afgewezen", "gestart")
    assert "al beëindigd" in overgang_fout("beeindigd", "beeindigd")
    assert "al gestart" in overgang_fout("gestart", "gestart")


def test_controleer_voor_het_invoerscherm():
    leeg = toewijzingen.controleer({})
    assert set(leeg) == {"jeugdige_ref", "productcategorie", "aanbieder_agb"}
    # text from a form: trimmed, empty is empty, dates as ISO text are read
    assert (
        toewijzingen.controleer(
            {
                "jeugdige_ref": " p1 ",
                "aanbieder_agb": "12345678",
                "productcategorie": "45",
                "budget": 100,
                "einddatum": "2027-01-31",
                "productcode": "",
            }
        )
        == {}
    )
    morgen = date.today() + timedelta(days=1)
    assert "toekomst" in toewijzingen.controleer(geldig(aanvraagdatum=morgen))["aanvraagdatum"]


# ---------------------------------------------------------------- services


def document() -> dict:
    return {
        "formaat": "jeugdloket-casussen",
        "versie": 1,
        "casussen": [
            {
                "casusnummer": "2026-0042",
                "gemeente": "Westervoort",
                "aanmelddatum": "2026-09-16T09:30:00",
                "eerste_contact": "2026-09-18T10:00:00",
                "verwijzer": "02",
                "personen": [
                    {
                        "id": "p1",
                        "rol": "jeugdige",
                        "voornaam": "Zoë",
                        "achternaam": "Łukasiewicz-Çelik",
                        "geboortedatum": "2014-05-01",
                        "bsn": "111222333",
                    },
                    {"id": "p2", "rol": "ouder", "voornaam": "Marieke", "achternaam": "Jansen"},
                ],
                "verklarende_analyse": {
                    "factoren": [{"id": "f1", "type": "instandhoudend"}],
                    "doelen": [{"id": "d1", "prioriteit": 1, "factoren": ["f1"]}],
                },
            }
        ],
    }


@pytest.fixture
def casus(db):
    uitwisseling.importeer(db, document(), vandaag=VANDAAG)
    return casussen.zoek_casusnummer(db, "2026-0042")


def invoer(**wijziging) -> dict:
    t = geldig(**wijziging)
    t.pop("status")
    return t


def test_maak_een_toewijzing(db, casus):
    assert casussen.casus_detail(db, casus).status.label == "Analyse"
    t = toewijzingen.maak(db, casus, invoer(doel_ref="d1", aanvraagdatum=None))
    assert t.status == "aangevraagd" and t.aanvraagdatum == date.today()
    assert t.jeugdige_naam == "Zoë Łukasiewicz-Çelik"
    assert t.verwijzer == "02"  # the case's verwijzer when none was given
    assert t.volgende_statussen == ("gestart", "afgewezen")
    assert not t.met_toestemming
    assert [x.id for x in toewijzingen.lijst(db, casus)] == [t.id]
    assert toewijzingen.toewijzing(db, t.id).volume == 2
    # The case status follows: a toewijzing exists.
    assert casussen.casus_detail(db, casus).status.label == "Hulp ingezet"
    assert casuslijst.casusregel(db, casus).status.label == "Hulp ingezet"
    # The plan signal: a toewijzing, and the familiegroepsplan was never offered.
    assert "Familiegroepsplan nog niet aangeboden" in casuslijst.casusregel(db, casus).plan_signaal
    assert "Familiegroepsplan nog niet aangeboden" in plannen.plannen(db, casus).signalen


@pytest.mark.parametrize(
    ("wijziging", "veld", "verwacht"),
    [
        ({"jeugdige_ref": "p2"}, "jeugdige_ref", "heeft de rol ouder"),
        ({"jeugdige_ref": "p7"}, "jeugdige_ref", "geen persoon van deze casus"),
        ({"doel_ref": "d9"}, "doel_ref", "Doel 'd9'"),
        ({"einddatum": None}, "einddatum", "CD076"),
        ({"budget": 100}, "budget", "CD077/CD078"),
        ({"aanvraagdatum": date.today() + timedelta(days=3)}, "aanvraagdatum", "toekomst"),
    ],
)
def test_maak_weigert(db, casus, wijziging, veld, verwacht):
    velden = invoer(**wijziging) | {k: None for k, v in wijziging.items() if v is None}
    with pytest.raises(Validatiefout) as e:
        toewijzingen.maak(db, casus, velden)
    assert verwacht in e.value.fouten[veld]
    assert toewijzingen.lijst(db, casus) == []
    assert casussen.casus_detail(db, casus).status.label == "Analyse"


def test_maak_vult_namen_uit_de_catalogus(db, casus):
    with db.sessie() as s:
        s.add(Aanbieder(agb="11111111", naam="Lexis Leerpraktijk"))
        s.add(
            Product(
                productcode="45001",
                productcategorie="45",
                naam="Dyslexiebehandeling",
                segment=4,
                setting="ambulant",
            )
        )
    t = toewijzingen.maak(
        db,
        casus,
        {
            "jeugdige_ref": "p1",
            "aanbieder_agb": "11111111",
            "productcode": "45001",
            "volume": 60,
            "eenheid": "01",
            "frequentie": "4",
        },
    )
    assert (t.aanbieder, t.product, t.productcategorie, t.segment) == (
        "Lexis Leerpraktijk",
        "Dyslexiebehandeling",
        "45",
        4,
    )


def test_onbekend_veld_en_onbekende_casus(db, casus):
    with pytest.raises(ValueError, match="status"):
        toewijzingen.maak(db, casus, invoer() | {"status": "gestart"})
    import uuid

    with pytest.raises(NietGevonden):
        toewijzingen.maak(db, uuid.uuid4(), invoer())
    with pytest.raises(NietGevonden):
        toewijzingen.toewijzing(db, uuid.uuid4())


def test_levensloop_aangevraagd_gestart_beeindigd(db, casus):
    t = toewijzingen.maak(db, casus, invoer())
    with pytest.raises(Fout, match="start hem eerst"):
        toewijzingen.beeindig(db, t.id, date(2027, 1, 31), "31")
    t = toewijzingen.start(db, t.id, date(2026, 11, 20))
    assert t.status == "gestart" and t.ingangsdatum == date(2026, 11, 20)
    assert t.volgende_statussen == ("beeindigd",)
    with pytest.raises(Fout, match="gestarte beëindig je"):
        toewijzingen.wijs_af(db, t.id, "3")
    with pytest.raises(Fout, match="alleen een aangevraagde"):
        toewijzingen.verwijder(db, t.id)
    with pytest.raises(Validatiefout) as e:
        toewijzingen.beeindig(db, t.id, date(2027, 1, 31), "")
    assert "JZ588" in e.value.fouten["reden_beeindiging"]
    with pytest.raises(Validatiefout) as e:
        toewijzingen.beeindig(db, t.id, date(2027, 1, 31), "77")
    assert "geen code uit JZ588" in e.value.fouten["reden_beeindiging"]
    with pytest.raises(Validatiefout) as e:
        toewijzingen.beeindig(db, t.id, date(2026, 11, 1), "31")
    assert "vóór de ingangsdatum" in e.value.fouten["einddatum"]
    t = toewijzingen.beeindig(db, t.id, date(2027, 1, 31), "31")
    assert (t.status, t.einddatum, t.reden_beeindiging) == ("beeindigd", date(2027, 1, 31), "31")
    assert t.volgende_statussen == ()
    for poging in (
        lambda: toewijzingen.start(db, t.id, date(2026, 12, 1)),
        lambda: toewijzingen.wijs_af(db, t.id, "3"),
        lambda: toewijzingen.wijzig(db, t.id, {"volume": 3}),
    ):
        with pytest.raises(Fout, match="beëindigd"):
            poging()
    # The help was given and ended: the case stays Hulp ingezet until it is closed.
    assert casussen.casus_detail(db, casus).status.label == "Hulp ingezet"


def test_afwijzen_en_verwijderen(db, casus):
    t = toewijzingen.maak(db, casus, invoer())
    with pytest.raises(Validatiefout) as e:
        toewijzingen.wijs_af(db, t.id, " ")
    assert "WJ759" in e.value.fouten["reden_afwijzing"]
    with pytest.raises(Validatiefout) as e:
        toewijzingen.wijs_af(db, t.id, "12")
    assert "geen code uit WJ759" in e.value.fouten["reden_afwijzing"]
    t = toewijzingen.wijs_af(db, t.id, "3")
    assert (t.status, t.reden_afwijzing) == ("afgewezen", "3")
    with pytest.raises(Fout, match="al afgewezen"):
        toewijzingen.start(db, t.id, date(2026, 12, 1))
    # A refused toewijzing is no help: the status goes back to the analysis.
    assert casussen.casus_detail(db, casus).status.label == "Analyse"
    assert not casuslijst.casusregel(db, casus).plan_signaal

    tweede = toewijzingen.maak(db, casus, invoer())
    assert tweede.volgorde == 2
    toewijzingen.verwijder(db, tweede.id)
    toewijzingen.verwijder(db, tweede.id)  # already gone: nothing to do
    assert [x.id for x in toewijzingen.lijst(db, casus)] == [t.id]


def test_wijzig_met_versie(db, casus):
    t = toewijzingen.maak(db, casus, invoer())
    nieuw = toewijzingen.wijzig(db, t.id, {"volume": 3, "aanbieder": "De Vlinder"}, t.version)
    assert (nieuw.volume, nieuw.aanbieder, nieuw.version) == (3, "De Vlinder", t.version + 1)
    with pytest.raises(VersieConflict):
        toewijzingen.wijzig(db, t.id, {"volume": 4}, t.version)
    with pytest.raises(Validatiefout) as e:
        toewijzingen.wijzig(db, t.id, {"frequentie": "1", "eenheid": "14"})
    assert "CS338" in e.value.fouten["frequentie"]
    with pytest.raises(Validatiefout) as e:
        toewijzingen.wijzig(db, t.id, {"volume": None, "eenheid": None, "frequentie": None})
    assert "CD041" in e.value.fouten["volume"]
    assert toewijzingen.toewijzing(db, t.id).volume == 3  # nothing saved


def test_toestemming_voor_delen(db, casus):
    t = toewijzingen.maak(db, casus, invoer())
    with pytest.raises(Fout, match="Leg eerst de toestemming van het gezin vast"):
        toewijzingen.deel_met_aanbieder(db, t.id)
    assert toewijzingen.toewijzing(db, t.id).gedeeld_op is None
    with pytest.raises(Validatiefout) as e:
        toewijzingen.leg_toestemming_vast(db, t.id, "  ")
    assert "wie toestemming gaf" in e.value.fouten["toestemming_toelichting"]
    t = toewijzingen.leg_toestemming_vast(db, t.id, "Moeder, mondeling aan de keukentafel")
    assert t.met_toestemming and t.toestemming_toelichting.startswith("Moeder")
    t = toewijzingen.deel_met_aanbieder(db, t.id)
    assert isinstance(t.gedeeld_op, datetime)
    assert t.gedeeld_op >= t.toestemming_op
    # withdrawn: no more sharing
    toewijzingen.trek_toestemming_in(db, t.id)
    with pytest.raises(Fout, match="toestemming"):
        toewijzingen.deel_met_aanbieder(db, t.id)
    with pytest.raises(Validatiefout):
        toewijzingen.leg_toestemming_vast(db, t.id, "x", op=datetime.now() + timedelta(days=2))


def test_zoekkeuze_vastleggen_en_koppelen(db, casus, maak_casus):
    besproken = [
        {
            "aanbieder_agb": "11111111",
            "aanbieder": "Lexis Leerpraktijk",
            "productcode": "45001",
            "product": "Dyslexiebehandeling",
            "segment": 4,
            "wachttijd_weken": 3,
            "reden": "dyslexie in trefwoorden",
        },
        {"aanbieder_agb": "22222222", "productcode": "45002", "wachttijd_weken": 12},
    ]
    with pytest.raises(Validatiefout) as e:
        toewijzingen.leg_keuze_vast(
            db, casus, "dyslexie", {}, besproken, {"aanbieder_agb": "11111111"}, ""
        )
    assert "waarom" in e.value.fouten["reden_keuze"]
    kid = toewijzingen.leg_keuze_vast(
        db,
        casus,
        "dyslexie",
        {"leeftijd": 12, "gemeente": "Westervoort", "datum": date(2026, 11, 23)},
        besproken,
        {"aanbieder_agb": "11111111", "productcode": "45001"},
        "Kortste wachttijd, dichtbij school",
    )
    toewijzingen.leg_keuze_vast(db, casus, "autisme", None, [], None, None)  # nothing chosen yet
    lijst = toewijzingen.keuzes(db, casus)
    assert len(lijst) == 2
    k = next(k for k in lijst if k.id == kid)
    assert k.besproken == besproken and k.filters["datum"] == "2026-11-23"
    assert (k.gekozen_agb, k.gekozen_productcode) == ("11111111", "45001")
    assert k.toewijzing_id is None

    t = toewijzingen.maak(db, casus, invoer(aanbieder_agb="11111111"), keuze_id=kid)
    assert t.keuze_id == kid
    assert next(k for k in toewijzingen.keuzes(db, casus) if k.id == kid).toewijzing_id == t.id
    # a keuze of another case cannot be linked
    ander = maak_casus(
        aanmelddatum=datetime(2026, 11, 2, 9), personen=[{"rol": "jeugdige", "voornaam": "Bo"}]
    )
    with pytest.raises(Validatiefout, match="hoort niet bij deze casus"):
        toewijzingen.maak(db, ander.id, invoer(), keuze_id=kid)
    # deleting the toewijzing keeps the record of the search
    toewijzingen.verwijder(db, t.id)
    assert next(k for k in toewijzingen.keuzes(db, casus) if k.id == kid).toewijzing_id is None


# ---------------------------------------------------------------- exchange format


def test_uitwisseling_rondreis_exact(db):
    doc = document()
    doc["casussen"][0]["toewijzingen"] = [
        {
            "jeugdige": "p1",
            "aanbieder_agb": "12345678",
            "productcategorie": "45",
            "productcode": "45A12",
            "segment": 4,
            "status": "gestart",
            "aanvraagdatum": "2026-09-26",
            "ingangsdatum": "2026-10-01T09:00:00",
            "einddatum": "2027-05-31",
            "volume": 2,
            "eenheid": "04",
            "frequentie": "2",
            "reden_beeindiging": None,
            "doel": "d1",
            "eigen_sleutel": {"bron": "Excel"},
        },
        {
            "jeugdige": "p1",
            "productcategorie": "54",
            "status": "beeindigd",
            "aanvraagdatum": "2026-09-20",
            "ingangsdatum": "2026-09-21",
            "einddatum": "2026-10-31",
            "budget": 125000,
            "reden_beeindiging": "31",
            "verwijzer": "01",
            "toestemming_op": "2026-09-20T11:00:00",
            "toestemming_toelichting": "Vader, per telefoon",
        },
    ]
    r = uitwisseling.importeer(db, doc, vandaag=VANDAAG)
    assert r.nieuw == 1
    casus = casussen.zoek_casusnummer(db, "2026-0042")
    rijen = toewijzingen.lijst(db, casus)
    assert [t.status for t in rijen] == ["gestart", "beeindigd"]
    assert rijen[0].extra == {"eigen_sleutel": {"bron": "Excel"}} and rijen[0].doel_ref == "d1"
    assert rijen[1].toestemming_op == datetime(2026, 9, 20, 11, 0)
    terug = uitwisseling.exporteer(db)["casussen"][0]["toewijzingen"]
    verwacht = copy.deepcopy(doc["casussen"][0]["toewijzingen"])
    del verwacht[0]["reden_beeindiging"]  # null: left out, as everywhere in the format
    assert terug == verwacht
    assert isinstance(terug[1]["budget"], int)
    # the same document again: nothing rewritten
    versie = rijen[0].version
    r = uitwisseling.importeer(db, doc, vandaag=VANDAAG)
    assert (r.nieuw, r.bijgewerkt, r.ongewijzigd) == (0, 0, 1)
    assert toewijzingen.lijst(db, casus)[0].version == versie
    # another part of the case changed: the toewijzingen themselves stay as they are
    doc["casussen"][0]["gemeente"] = "Duiven"
    assert uitwisseling.importeer(db, doc, vandaag=VANDAAG).bijgewerkt == 1
    assert [t.id for t in toewijzingen.lijst(db, casus)] == [t.id for t in rijen]
    # a changed list replaces the toewijzingen
    doc["casussen"][0]["toewijzingen"].pop()
    r = uitwisseling.importeer(db, doc, vandaag=VANDAAG)
    assert r.bijgewerkt == 1
    assert len(toewijzingen.lijst(db, casus)) == 1


def test_app_velden_gaan_mee_in_de_uitwisseling(db, casus, tmp_path):
    t = toewijzingen.maak(db, casus, invoer(aanbieder="De Vlinder", product="Training"))
    toewijzingen.leg_toestemming_vast(db, t.id, "Moeder", op=datetime(2026, 11, 20, 10, 0))
    doc = uitwisseling.exporteer(db)
    (uit,) = doc["casussen"][0]["toewijzingen"]
    assert uit["jeugdige"] == "p1" and uit["aanbieder"] == "De Vlinder"
    assert uit["toestemming_op"] == "2026-11-20T10:00:00"
    assert uit["toestemming_toelichting"] == "Moeder"
    assert "jeugdige_ref" not in uit and "extra" not in uit
    assert uitwisseling_controle.controleer(doc, date.today())[2] == []
    # into a fresh database and out again: the same
    from jeugdloket.db import open_database

    ander = open_database(tmp_path / "ander.db")
    try:
        uitwisseling.importeer(ander, doc)
        assert uitwisseling.exporteer(ander)["casussen"] == doc["casussen"]
    finally:
        ander.sluit()


# ---------------------------------------------------------------- back office


def test_backoffice_werkboek(db, casus, tmp_path):
    met = toewijzingen.maak(
        db, casus, invoer(aanbieder="De Vlinder Jeugdhulp", product="Training", doel_ref="d1")
    )
    toewijzingen.leg_toestemming_vast(db, met.id, "Moeder", op=datetime(2026, 11, 20, 10, 30))
    toewijzingen.start(db, met.id, date(2026, 11, 20))
    zonder = toewijzingen.maak(
        db,
        casus,
        invoer(productcode=None, volume=None, eenheid=None, frequentie=None, budget=125000),
    )
    pad = tmp_path / "backoffice.xlsx"
    assert backoffice.exporteer_backoffice(db, pad) == (1, 1)

    wb = load_workbook(pad)
    ws = wb["Toewijzingen"]
    assert ws.freeze_panes == "A2"
    kop = [c.value for c in ws[1]]
    rij = dict(zip(kop, [c.value for c in ws[2]], strict=True))
    cellen = dict(zip(kop, ws[2], strict=True))
    assert ws.max_row == 2
    assert rij["BSN"] == "111222333" and cellen["BSN"].data_type == "s"
    assert rij["Naam jeugdige"] == "Zoë Łukasiewicz-Çelik"
    assert rij["Geboortedatum"] == datetime(2014, 5, 1)
    assert cellen["Geboortedatum"].number_format == "DD-MM-YYYY"
    assert rij["Gemeente"] == "Westervoort" and rij["Casusnummer"] == "2026-0042"
    assert (rij["Productcategorie"], rij["Productcode"], rij["Product"]) == (
        "45",
        "45A12",
        "Training",
    )
    assert rij["Omschrijving productcategorie"]  # from JZ020
    assert (rij["AGB-code aanbieder"], rij["Aanbieder"]) == ("12345678", "De Vlinder Jeugdhulp")
    assert rij["Ingangsdatum"] == datetime(2026, 11, 20)
    assert cellen["Einddatum"].number_format == "DD-MM-YYYY"
    assert (rij["Volume"], rij["Eenheid"], rij["Omschrijving eenheid"]) == (2, "04", "Uur")
    assert (rij["Frequentie"], rij["Omschrijving frequentie"]) == ("2", "Per week")
    assert rij["Verwijzer"] == "02" and rij["Omschrijving verwijzer"] == "Huisarts"
    assert rij["Status"] == "Gestart"
    assert rij["Toestemming gezin op"] == datetime(2026, 11, 20, 10, 30)
    assert rij["Toestemming gegeven door / hoe"] == "Moeder"
    assert cellen["Aanvraagdatum"].number_format == "DD-MM-YYYY"
    # widths fitted to the content, not the default
    breedte = ws.column_dimensions["D"].width
    assert breedte >= len("Zoë Łukasiewicz-Çelik")
    toelichting = wb["Toelichting"]
    assert any("BSN" in str(c.value) for r in toelichting.iter_rows() for c in r)

    # asked otherwise: also without consent, and filters
    alle = tmp_path / "alle.xlsx"
    assert backoffice.exporteer_backoffice(db, alle, ook_zonder_toestemming=True) == (2, 0)
    ws = load_workbook(alle)["Toewijzingen"]
    kop = [c.value for c in ws[1]]
    budgetten = [r[kop.index("Budget (€)")] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert budgetten == [None, 125000]
    assert backoffice.exporteer_backoffice(
        db, alle, status="aangevraagd", ook_zonder_toestemming=True
    ) == (1, 0)
    assert backoffice.exporteer_backoffice(db, alle, vanaf=date.today() + timedelta(days=1)) == (
        0,
        0,
    )
    with pytest.raises(Validatiefout, match="bestaat niet"):
        backoffice.exporteer_backoffice(db, alle, status="klaar")
    assert zonder.id  # made, not exported without consent
