"""The zoektool on a small known catalogue: relevance, filters, contract dates, tolerance for
typing, "zo thuis mogelijk", the reasons, the index cache, and suggestions for a case."""

from datetime import date, datetime

import pytest
from catalogus_hulp import VANDAAG, schrijf

from jeugdloket.fouten import Validatiefout
from jeugdloket.regels.zoektool import Woordenschat, documentwoorden, een_fout, stam
from jeugdloket.services import analyse, catalogus, catalogus_beheer
from jeugdloket.services import zoeken_catalogus as zk
from jeugdloket.services.zoeken_catalogus import zoek, zoek_voor_casus

pytestmark = pytest.mark.beide_engines


@pytest.fixture
def db_klein(db, tmp_path):
    catalogus.importeer(db, schrijf(tmp_path / "klein.xlsx"), vandaag=VANDAAG)
    return db


def paren(resultaten):
    return [(r.aanbieder_agb, r.productcode) for r in resultaten]


# ---------------------------------------------------------------- pure rules


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("autisme", "autistisch"),
        ("emotionele", "emotioneel"),
        ("somberheid", "somber"),
        ("gezinnen", "gezin"),
        ("gezinshuizen", "gezinshuis"),
        ("problemen", "probleem"),
        ("sociaal", "sociale"),
        ("depressie", "depressief"),
        ("rouwt", "rouw"),
    ],
)
def test_stam(a, b):
    assert stam(a) == stam(b)


def test_een_fout():
    assert een_fout("dislexie", "dyslexie")  # replaced
    assert een_fout("dyslexe", "dyslexie")  # missing
    assert een_fout("dysslexie", "dyslexie")  # extra
    assert een_fout("autsime", "autisme")  # swapped
    assert not een_fout("dyslexie", "dyslexie")
    assert not een_fout("angst", "agnsten")


def test_woordenschat():
    w = Woordenschat(documentwoorden("dyslexie; sociaal-emotionele ontwikkeling; faalangst"))
    assert w.varianten("dyslexie")["dyslexie"][1] == "exact"
    assert w.varianten("dyslexi")["dyslexie"][1] == "begin"
    assert w.varianten("dislexie")["dyslexie"][1] == "typfout"
    assert w.varianten("emotioneel")["emotionele"][1] == "stam"
    assert w.varianten("sociaalemotioneel")["sociaalemotionele"][1] == "stam"
    assert w.varianten("angst")["faalangst"][1] == "deel"
    # words from written text: no typing errors, no short beginnings
    assert "dyslexie" not in w.varianten("dislexie", getypt=False)


# ---------------------------------------------------------------- searching


def test_relevant_eerst_en_alleen_gecontracteerd(db_klein):
    r = zoek(db_klein, "dyslexie", leeftijd=8, gemeente="Duiven", datum=VANDAAG)
    # 33333333 only for Doesburg, 66666666 expired, 77777777 starts in 2027
    assert paren(r) == [("11111111", "45001")]
    assert r[0].reden == (
        "past bij 'dyslexie' in trefwoorden; leeftijd 8 binnen 7–13; gecontracteerd in Duiven "
        "tot 31-12-2026; wachttijd 3 weken (peildatum 01-11-2026)"
    )
    assert (r[0].score, r[0].segment, r[0].setting, r[0].tarief) == (100, 4, "ambulant", 1.5)
    assert (r[0].gemeenten, r[0].contract_tot) == (("Duiven",), date(2026, 12, 31))


def test_contractdatum_telt(db_klein):
    assert paren(zoek(db_klein, "dyslexie", datum=VANDAAG)) == [
        ("33333333", "45001"),  # the shorter wait first
        ("11111111", "45001"),
    ]
    assert paren(zoek(db_klein, "dyslexie", datum=date(2025, 6, 1))) == [("66666666", "45001")]
    later = zoek(db_klein, "dyslexie", datum=date(2027, 6, 1))
    assert paren(later) == [("33333333", "45001"), ("77777777", "45001")]
    assert "zonder einddatum" in later[0].reden
    assert zoek(db_klein, "dyslexie", datum=date(2021, 1, 1)) == []


def test_gemeente(db_klein):
    assert paren(zoek(db_klein, "dyslexie", gemeente="doesburg", datum=VANDAAG)) == [
        ("33333333", "45001"),
        ("11111111", "45001"),
    ]
    assert zoek(db_klein, "autisme", gemeente="Duiven", datum=VANDAAG) == []
    assert paren(zoek(db_klein, "autisme", gemeente="Westervoort", datum=VANDAAG)) == [
        ("22222222", "45003")
    ]
    with pytest.raises(Validatiefout) as fout:
        zoek(db_klein, "autisme", gemeente="Arnhem")
    assert "Arnhem" in fout.value.fouten["gemeente"] and "Duiven" in fout.value.fouten["gemeente"]


@pytest.mark.parametrize(("leeftijd", "gevonden"), [(6, False), (7, True), (13, True), (14, False)])
def test_leeftijdsgrenzen(db_klein, leeftijd, gevonden):
    assert bool(zoek(db_klein, "dyslexie", leeftijd=leeftijd, datum=VANDAAG)) is gevonden


def test_zonder_leeftijdsgrens(db_klein):
    r = zoek(db_klein, "pleegzorg", leeftijd=0, datum=VANDAAG)
    assert paren(r) == [("44444444", "44001")]
    assert "leeftijd 0 tot en met 18" in r[0].reden


@pytest.mark.parametrize(
    "tekst", ["dyslexi", "dislexie", "DYSLEXIE", "Dyslexíe", "dyslexie!", "lezen spelling"]
)
def test_tikfouten_hoofdletters_en_accenten(db_klein, tekst):
    r = zoek(db_klein, tekst, gemeente="Duiven", datum=VANDAAG)
    assert paren(r)[:1] == [("11111111", "45001")]


def test_tikfout_staat_in_de_reden(db_klein):
    r = zoek(db_klein, "dislexie", gemeente="Duiven", datum=VANDAAG)[0]
    assert r.reden.startswith("past bij 'dyslexie' (gezocht: 'dislexie') in trefwoorden")
    assert r.score < 100


@pytest.mark.parametrize("tekst", ["autistisch", "autsime", "ASS", "autisme"])
def test_stam_en_synoniem(db_klein, tekst):
    assert paren(zoek(db_klein, tekst, datum=VANDAAG))[:1] == [("22222222", "45003")]


def test_zo_thuis_mogelijk(db_klein):
    # three equally fitting products: ambulant before dagbehandeling before verblijf, even
    # though the residential group has no waiting time at all
    for tekst in ("sociaal emotioneel", "sociaal-emotionele", "Sociaal-Emotionele ontwikkeling"):
        r = zoek(db_klein, tekst, datum=VANDAAG)
        assert paren(r) == [
            ("22222222", "45002"),
            ("44444444", "41001"),
            ("44444444", "43001"),
        ], tekst
        assert len({x.score for x in r}) == 1
        assert [x.setting for x in r] == ["ambulant", "dagbehandeling", "verblijf"]
    assert "'sociaal-emotionele ontwikkeling' (gezocht: 'emotioneel') in trefwoorden" in (
        zoek(db_klein, "sociaal emotioneel", datum=VANDAAG)[0].reden
    )


def test_relevantie_gaat_voor_setting(db_klein):
    # the residential group fits both words, the ambulant training only one: fit wins
    r = zoek(db_klein, "sociaal emotioneel behandelgroep", datum=VANDAAG)
    assert [x.productcode for x in r] == ["43001", "45002", "41001"]
    assert r[0].score > r[1].score == r[2].score
    assert "niet bij 'behandelgroep'" in r[1].reden


def test_filters(db_klein):
    assert paren(zoek(db_klein, "sociaal emotioneel", max_wachttijd=2, datum=VANDAAG)) == [
        ("44444444", "41001"),
        ("44444444", "43001"),
    ]
    assert {r.productcode for r in zoek(db_klein, "", segment=5, datum=VANDAAG)} == {"46001"}
    assert {r.productcode for r in zoek(db_klein, "", segment=[1, 2], datum=VANDAAG)} == {
        "43001",
        "44001",
        "47001",
    }
    assert {r.productcode for r in zoek(db_klein, "", categorie="52", datum=VANDAAG)} == {"52001"}
    assert {r.setting for r in zoek(db_klein, "", setting="crisis", datum=VANDAAG)} == {"crisis"}
    christelijk = zoek(db_klein, "", identiteit="Christelijk", datum=VANDAAG)
    assert {r.aanbieder_agb for r in christelijk} == {"22222222"}
    assert christelijk[0].reden.endswith("identiteit christelijk")
    with pytest.raises(Validatiefout):
        zoek(db_klein, "", segment=7)
    with pytest.raises(Validatiefout):
        zoek(db_klein, "", setting="dag")


def test_zonder_tekst_alles_in_volgorde(db_klein):
    r = zoek(db_klein, "", datum=VANDAAG, limiet=None)
    assert len(r) == 10  # the contracted combinations on the date
    assert [x.setting for x in r] == sorted(
        (x.setting for x in r), key=["ambulant", "dagbehandeling", "verblijf", "crisis"].index
    )
    assert {x.score for x in r} == {0}


def test_meerdere_woorden_en_aanbieder(db_klein):
    r = zoek(db_klein, "angst somberheid", gemeente="Duiven", datum=VANDAAG)
    assert r[0].productcode == "52001"
    assert r[0].reden.startswith("past bij 'angst' en 'somberheid' in trefwoorden")
    half = zoek(db_klein, "dyslexie pesten", datum=VANDAAG)
    assert {x.productcode for x in half} == {"45001", "45002"}
    assert all(x.score < 100 for x in half)
    dys = next(x for x in half if x.productcode == "45001")
    assert "past bij 'dyslexie' in trefwoorden; niet bij 'pesten'" in dys.reden
    assert paren(zoek(db_klein, "zonnestraal", datum=VANDAAG)) == [("33333333", "45001")]
    assert "in aanbieder" in zoek(db_klein, "zonnestraal", datum=VANDAAG)[0].reden
    assert zoek(db_klein, "xyzzy", datum=VANDAAG) == []
    assert paren(zoek(db_klein, "dyslexie xyzzy", gemeente="Duiven", datum=VANDAAG)) == [
        ("11111111", "45001")
    ]


def test_index_wordt_hergebruikt_en_ververst(db_klein, tmp_path, monkeypatch):
    gebouwd = []
    echt = zk._bouw
    monkeypatch.setattr(zk, "_bouw", lambda *a: gebouwd.append(a[1]) or echt(*a))
    zk.vergeet_index(db_klein)
    zoek(db_klein, "autisme")
    woordenschat = zk._index(db_klein).woordenschat
    zoek(db_klein, "dyslexie")
    assert len(gebouwd) == 1
    # a waiting time: refreshed at once, the word index is kept
    catalogus_beheer.zet_wachttijd(db_klein, "22222222", "45003", 7, VANDAAG)
    assert zoek(db_klein, "autisme", datum=VANDAAG)[0].wachttijd_weken == 7
    assert len(gebouwd) == 2 and zk._index(db_klein).woordenschat is woordenschat
    catalogus_beheer.voeg_ervaring_toe(db_klein, "22222222", "45003", 3)
    assert zoek(db_klein, "autisme", datum=VANDAAG)[0].ervaringen_aantal == 1
    # an import: everything read again
    catalogus.importeer(db_klein, tmp_path / "klein.xlsx", vandaag=VANDAAG)
    assert zoek(db_klein, "autisme", datum=VANDAAG)[0].wachttijd_weken is None
    assert len(gebouwd) == 4 and zk._index(db_klein).woordenschat is not woordenschat


def test_json_vorm(db_klein):
    d = zoek(db_klein, "dyslexie", gemeente="Duiven", datum=VANDAAG)[0].naar_json()
    for sleutel in ("aanbieder_agb", "aanbieder", "productcode", "product", "segment",
                    "wachttijd_weken", "score", "reden"):  # fmt: skip
        assert sleutel in d
    assert d["contract_tot"] == "2026-12-31" and d["tarief"] == 1.5


# ---------------------------------------------------------------- suggestions for a case


LEZER = {"rol": "jeugdige", "voornaam": "Zoë", "achternaam": "Lezer"} | {
    "geboortedatum": date(2018, 3, 1)
}


def test_suggesties_voor_een_casus(db_klein, maak_casus):
    c = maak_casus(
        db_klein,
        aanmelddatum=datetime(2026, 11, 2, 9, 0),
        hulpvraag="Zoë heeft grote moeite met lezen; school vermoedt dyslexie.",
        personen=[LEZER],
    )
    sug = zoek_voor_casus(db_klein, c.id, datum=VANDAAG)
    assert (sug.leeftijd, sug.gemeente, sug.jeugdige) == (8, "Duiven", "Zoë Lezer")
    woorden = {t.woord for t in sug.zoekwoorden}
    assert {"lezen", "dyslexie", "school"} <= woorden and "zoe" not in woorden
    assert paren(sug.resultaten)[:1] == [("11111111", "45001")]
    reden = sug.resultaten[0].reden
    assert "'dyslexie' (uit de hulpvraag)" in reden and "leeftijd 8 binnen 7–13" in reden
    assert "gecontracteerd in Duiven" in reden
    # a product for other ages and a contract elsewhere never come up
    assert all(r.productcode != "52001" for r in sug.resultaten)
    assert all("Duiven" in r.gemeenten for r in sug.resultaten)


def test_suggesties_uit_analyse_en_doelen(db_klein, maak_casus):
    c = maak_casus(
        db_klein,
        aanmelddatum=datetime(2026, 11, 2, 9, 0),
        hulpvraag="Ouders maken zich zorgen.",
        gemeente="Westervoort",
        personen=[LEZER],
    )
    analyse.voeg_factor_toe(
        db_klein, c.id, {"type": "instandhoudend", "omschrijving": "Zoë wordt gepest (pesten)."}
    )
    analyse.voeg_factor_toe(
        db_klein, c.id, {"type": "beschermend", "omschrijving": "Zoë is goed in lezen."}
    )
    analyse.voeg_doel_toe(db_klein, c.id, "Zoë voelt zich weerbaar in de klas")
    sug = zoek_voor_casus(db_klein, c.id, datum=VANDAAG)
    bronnen = {t.woord: t.bron for t in sug.zoekwoorden}
    assert bronnen["pesten"] == "factor" and bronnen["weerbaar"] == "doel"
    assert "lezen" not in bronnen  # a protective factor is a strength, not a question
    top = sug.resultaten[0]
    assert (top.aanbieder_agb, top.productcode) == ("22222222", "45002")
    assert "'pesten' (uit de analyse)" in top.reden
    assert "'weerbaarheid' (gezocht: 'weerbaar'; uit de doelen)" in top.reden


def test_casus_zonder_woorden_of_jeugdige(db_klein, maak_casus):
    c = maak_casus(db_klein, gemeente="Doesburg", aanmelddatum=datetime(2026, 11, 2, 9, 0))
    sug = zoek_voor_casus(db_klein, c.id, datum=VANDAAG)
    assert sug.leeftijd is None and sug.zoekwoorden == ()
    assert sug.resultaten and all("Doesburg" in r.gemeenten for r in sug.resultaten)
