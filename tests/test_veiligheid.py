"""Meldcode and veiligheidsplan: the five steps and two decisions, the case-list signal, the
access log, versions, the exchange round trip – on SQLite and on the team register."""

from datetime import date, datetime, timedelta

import pytest

from jeugdloket.fouten import NietGevonden, Validatiefout, VeldConflict
from jeugdloket.services import casuslijst, logboek, meldcode, uitwisseling, veiligheidsplan

pytestmark = pytest.mark.beide_engines

GISTEREN = date.today() - timedelta(days=1)
START = date.today() - timedelta(days=10)


@pytest.fixture
def casus(maak_casus):
    return maak_casus(
        gemeente="Westervoort",
        aanmelddatum=datetime(2026, 9, 1, 9, 0),
        personen=[
            {"rol": "jeugdige", "voornaam": "Zoë", "achternaam": "Łukasiewicz"},
            {"rol": "ouder", "voornaam": "Françoise", "achternaam": "Łukasiewicz"},
        ],
    )


def _regel(db, casus_id):
    return casuslijst.casusregel(db, casus_id)


def _log(db, nummer):
    with db.engine.connect() as conn:
        return [r.omschrijving for r in logboek._lees(conn, casusnummer=nummer)]


def test_vijf_stappen_twee_besluiten_en_het_signaal_in_de_lijst(db, casus):
    assert _regel(db, casus.id).meldcode_open is False
    data = meldcode.start_traject(db, casus.id, START)
    assert data.lopend.nummer == 1
    assert _regel(db, casus.id).meldcode_open is True

    meldcode.zet_stap(
        db,
        casus.id,
        1,
        1,
        {
            "datum": START,
            "wie": "Anouk de Vries",
            "rol": "jeugdconsulent",
            "toelichting": "Blauwe plekken",
        },
    )
    meldcode.zet_stap(
        db,
        casus.id,
        1,
        2,
        {"datum": START, "wie": "Veilig Thuis", "toelichting": "Advies: gesprek"},
    )
    meldcode.zet_stap(db, casus.id, 1, 4, {"afwegingen": {"1": "ja", "2": "nee", "3": ""}})
    data = meldcode.zet_besluit(
        db,
        casus.id,
        1,
        {
            "melden_noodzakelijk": True,
            "melden_toelichting": "Structureel onveilig",
            "hulp_mogelijk": True,
        },
    )
    t = data.lopend
    assert t.stappen[1].wie == "Anouk de Vries" and t.stappen[1].datum == START
    assert t.stappen[2].toelichting == "Advies: gesprek"
    assert t.stappen[4].afwegingen == {"1": "ja", "2": "nee"}
    assert not t.stappen[3].ingevuld

    # Closing needs both decisions with their reasoning and the date of the melding.
    with pytest.raises(Validatiefout) as e:
        meldcode.rond_af(db, casus.id, 1, GISTEREN)
    assert set(e.value.fouten) == {"gemeld_op", "hulp_toelichting"}
    assert "Veilig Thuis" in e.value.fouten["gemeld_op"]
    meldcode.zet_besluit(
        db, casus.id, 1, {"gemeld_op": GISTEREN, "hulp_toelichting": "Gezinscoach blijft"}
    )
    data = meldcode.rond_af(db, casus.id, 1, GISTEREN)
    assert data.lopend is None and data.trajecten[0].afgerond_op == GISTEREN
    assert _regel(db, casus.id).meldcode_open is False
    with pytest.raises(Validatiefout, match="afgerond: wijzigen kan niet meer"):
        meldcode.zet_stap(db, casus.id, 1, 3, {"wie": "Later"})
    # A second traject may start once the first is closed, and gets number 2.
    assert meldcode.start_traject(db, casus.id, GISTEREN).lopend.nummer == 2

    omschrijvingen = _log(db, casus.casusnummer)
    for wat in (
        "meldcode-traject gestart",
        "meldcode-stap vastgelegd",
        "meldcode: besluit stap 5 vastgelegd",
        "meldcode-traject afgerond",
    ):
        assert wat in omschrijvingen


def test_meldcode_weigert_wat_niet_kan(db, casus):
    with pytest.raises(NietGevonden):
        meldcode.zet_stap(db, casus.id, 1, 1, {"wie": "x"})
    with pytest.raises(Validatiefout, match="toekomst"):
        meldcode.start_traject(db, casus.id, date.today() + timedelta(days=1))
    meldcode.start_traject(db, casus.id, START)
    with pytest.raises(Validatiefout, match="loopt nog"):
        meldcode.start_traject(db, casus.id, START)
    with pytest.raises(Validatiefout) as e:
        meldcode.zet_stap(db, casus.id, 1, 1, {"datum": START - timedelta(days=1)})
    assert "vóór de start" in e.value.fouten["datum"]
    with pytest.raises(Validatiefout, match="stap 4"):
        meldcode.zet_stap(db, casus.id, 1, 2, {"afwegingen": {"1": "ja"}})
    with pytest.raises(Validatiefout, match="ja of nee"):
        meldcode.zet_stap(db, casus.id, 1, 4, {"afwegingen": {"1": "misschien"}})
    with pytest.raises(Validatiefout, match="geen datum van een melding"):
        meldcode.zet_besluit(db, casus.id, 1, {"melden_noodzakelijk": False, "gemeld_op": GISTEREN})
    with pytest.raises(Validatiefout) as e:
        meldcode.rond_af(db, casus.id, 1, GISTEREN)
    assert {"melden_noodzakelijk", "hulp_mogelijk"} <= set(e.value.fouten)


def test_meldcode_per_veld_een_collega_blijft_staan(db, casus):
    meldcode.start_traject(db, casus.id, START)
    meldcode.zet_stap(
        db, casus.id, 1, 3, {"toelichting": "Gesprek met moeder"}, basis={"toelichting": None}
    )
    # A colleague saw the empty step and types another field: both stay.
    meldcode.zet_stap(db, casus.id, 1, 3, {"wie": "Bram"}, basis={"wie": None})
    stap = meldcode.meldcode(db, casus.id).lopend.stappen[3]
    assert (stap.toelichting, stap.wie) == ("Gesprek met moeder", "Bram")
    with pytest.raises(VeldConflict):
        meldcode.zet_stap(
            db, casus.id, 1, 3, {"toelichting": "Anders"}, basis={"toelichting": None}
        )


def test_veiligheidsplan_velden_versies_en_signalen(db, casus):
    leeg = veiligheidsplan.veiligheidsplan(db, casus.id)
    assert leeg.plan == {} and leeg.versies == {}
    with pytest.raises(Validatiefout, match="nog geen veiligheidsplan"):
        veiligheidsplan.stel_vast(db, casus.id, GISTEREN, ["Françoise"])
    veiligheidsplan.zet_veiligheidsplan(
        db,
        casus.id,
        {
            "zorgen": "Vader drinkt en wordt dan boos",
            "veiligheidsdoelen": "Zoë is nooit alleen met vader als hij gedronken heeft",
            "afspraken": [
                {
                    "signaal": "Vader heeft gedronken",
                    "wie": "Oma Ria",
                    "wat": "haalt Zoë op",
                    "controle": "Consulent",
                },
                {"wie": "", "wat": "", "signaal": ""},
            ],
            "aanbieder": "Pactum",
            "aandachtsfunctionaris": "Jolanda Bakker",
            "opgesteld_op": START,
            "evaluatie_op": date.today() + timedelta(days=90),
        },
    )
    data = veiligheidsplan.zet_veiligheidsplan(
        db, casus.id, {"rol_netwerk": "Oma Ria en buurvrouw"}, basis={"rol_netwerk": None}
    )
    assert data.plan["afspraken"] == [
        {
            "signaal": "Vader heeft gedronken",
            "wie": "Oma Ria",
            "wat": "haalt Zoë op",
            "controle": "Consulent",
        }
    ]
    assert data.plan["rol_netwerk"] == "Oma Ria en buurvrouw"
    with pytest.raises(Validatiefout) as e:
        veiligheidsplan.zet_veiligheidsplan(
            db, casus.id, {"evaluatie_op": START - timedelta(days=1)}
        )
    assert "Evaluatie op" in e.value.fouten["evaluatie_op"]
    with pytest.raises(Validatiefout, match="Afspraak 1"):
        veiligheidsplan.zet_veiligheidsplan(db, casus.id, {"afspraken": [{"wie": "Oma"}]})

    v1 = veiligheidsplan.stel_vast(
        db, casus.id, GISTEREN, ["Françoise Łukasiewicz", "Jolanda Bakker"]
    )
    v2 = veiligheidsplan.stel_vast(db, casus.id, GISTEREN, ["Françoise Łukasiewicz"])
    assert (v1.versie, v2.versie) == (1, 2)
    data = veiligheidsplan.veiligheidsplan(db, casus.id)
    assert [v.versie for v in data.versies["veiligheidsplan"]] == [1, 2]
    assert "veiligheidsplan vastgesteld" in _log(db, casus.casusnummer)
    assert "veiligheidsplan gewijzigd" in _log(db, casus.casusnummer)


def test_uitwisseling_heen_en_terug(db, casus):
    meldcode.start_traject(db, casus.id, START)
    meldcode.zet_stap(
        db,
        casus.id,
        1,
        1,
        {"datum": START, "wie": "Anouk", "rol": "jeugdconsulent", "toelichting": "Signalen"},
    )
    meldcode.zet_stap(db, casus.id, 1, 4, {"afwegingen": {"1": "ja", "2": "ja"}})
    meldcode.zet_besluit(
        db,
        casus.id,
        1,
        {
            "melden_noodzakelijk": True,
            "gemeld_op": GISTEREN,
            "melden_toelichting": "Acuut",
            "hulp_mogelijk": False,
            "hulp_toelichting": "Eerst VT",
        },
    )
    veiligheidsplan.zet_veiligheidsplan(
        db,
        casus.id,
        {"zorgen": "Zorg", "afspraken": [{"wat": "Bellen", "wie": "Oma"}], "evaluatie_op": START},
    )
    doc = uitwisseling.exporteer(db, [casus.casusnummer])
    assert doc["versie"] == 1
    c = doc["casussen"][0]
    assert c["meldcode"] == [
        {
            "gestart_op": START.isoformat(),
            "melden_noodzakelijk": True,
            "melden_toelichting": "Acuut",
            "gemeld_op": GISTEREN.isoformat(),
            "hulp_mogelijk": False,
            "hulp_toelichting": "Eerst VT",
            "stappen": [
                {
                    "stap": 1,
                    "datum": START.isoformat(),
                    "wie": "Anouk",
                    "rol": "jeugdconsulent",
                    "toelichting": "Signalen",
                },
                {"stap": 4, "afwegingen": {"1": "ja", "2": "ja"}},
            ],
        }
    ]
    assert c["veiligheidsplan"] == {
        "zorgen": "Zorg",
        "afspraken": [{"wat": "Bellen", "wie": "Oma"}],
        "evaluatie_op": START.isoformat(),
    }

    # Changed in the document and imported: the tables follow, and a second export is equal.
    c["meldcode"][0]["afgerond_op"] = GISTEREN.isoformat()
    c["veiligheidsplan"]["aanbieder"] = "Pactum"
    r = uitwisseling.importeer(db, doc)
    assert r.bijgewerkt == 1
    assert uitwisseling.exporteer(db, [casus.casusnummer])["casussen"][0] == c
    assert meldcode.meldcode(db, casus.id).lopend is None
    assert veiligheidsplan.veiligheidsplan(db, casus.id).plan["aanbieder"] == "Pactum"
    assert uitwisseling.importeer(db, doc).ongewijzigd == 1


def test_uitwisseling_controleert_de_nieuwe_sleutels(db, casus):
    doc = uitwisseling.exporteer(db, [casus.casusnummer])
    c = doc["casussen"][0]
    c["meldcode"] = [
        {"gestart_op": "2026-13-01", "melden_noodzakelijk": "ja", "stappen": [{"stap": 6}]},
        {"gestart_op": "2026-11-01"},
        {"gestart_op": "2026-11-02"},
    ]
    c["veiligheidsplan"] = {"afspraken": [{"wat": 3}], "evaluatie_op": "morgen"}
    with pytest.raises(uitwisseling.ImportFout) as e:
        uitwisseling.importeer(db, doc)
    tekst = "\n".join(e.value.meldingen)
    assert "meldcode-traject 1: gestart_op '2026-13-01' bestaat niet als datum" in tekst
    assert "melden_noodzakelijk moet true of false zijn" in tekst
    assert "stap 6 ligt buiten het bereik" in tekst
    assert "maar één traject tegelijk" in tekst
    assert "veiligheidsplan, afspraak 1: wat moet tekst zijn" in tekst
    assert "evaluatie_op 'morgen'" in tekst


def test_de_voorbeelden_in_docs_uitwisseling_zijn_geldig_en_komen_terug(db, casus):
    import json
    import re
    from pathlib import Path

    tekst = (Path(__file__).resolve().parent.parent / "docs" / "uitwisseling.md").read_text("utf-8")
    # The sections of these two keys (the evaluation section has its own, partial examples).
    tekst = tekst.split("## `evaluaties`")[0]
    delen = {}
    for blok in re.findall(r"```json\n(.*?)```", tekst, re.S):
        delen |= json.loads("{" + blok + "}")
    assert set(delen) == {"meldcode", "veiligheidsplan"}
    doc = uitwisseling.exporteer(db, [casus.casusnummer])
    doc["casussen"][0] |= delen
    assert uitwisseling.importeer(db, doc).bijgewerkt == 1
    terug = uitwisseling.exporteer(db, [casus.casusnummer])["casussen"][0]
    assert {k: terug[k] for k in delen} == delen
