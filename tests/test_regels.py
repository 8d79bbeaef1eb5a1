from datetime import date, datetime

import pytest

from jeugdloket.regels.bsn import bsn_fout, is_geldig_bsn
from jeugdloket.regels.status import Status, StatusFeiten, afleiden_status
from jeugdloket.regels.validatie import casus_fouten, normaliseer_postcode, persoon_fouten
from jeugdloket.regels.werkdagen import Werkdagen
from jeugdloket.regels.zoeken import past, vouw, zoektekst, zoekwoorden


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "999998456"])
def test_geldige_bsn(bsn):
    assert is_geldig_bsn(bsn)


@pytest.mark.parametrize(
    ("bsn", "deel"),
    [
        ("123456789", "elfproef"),
        ("12345678", "9 cijfers"),
        ("12345678a", "cijfers"),
        ("000000000", "elfproef"),
    ],
)
def test_ongeldige_bsn_zegt_waarom(bsn, deel):
    assert deel in bsn_fout(bsn)


@pytest.mark.parametrize(
    ("aangemeld", "deadline"),
    [
        (date(2026, 11, 16), date(2026, 11, 19)),  # maandag → donderdag
        (date(2026, 11, 21), date(2026, 11, 25)),  # zaterdag → woensdag
        (date(2026, 12, 24), date(2026, 12, 30)),  # kerst (kpi.md)
        (date(2026, 4, 2), date(2026, 4, 9)),  # Goede Vrijdag en tweede paasdag
        (date(2026, 4, 24), date(2026, 4, 30)),  # Koningsdag maandag 27 april
        (date(2026, 5, 13), date(2026, 5, 19)),  # Hemelvaart donderdag 14 mei
    ],
)
def test_deadline_eerste_contact(aangemeld, deadline):
    assert Werkdagen().deadline_eerste_contact(aangemeld) == deadline


def test_sluitingsdagen_tellen_niet():
    assert Werkdagen([date(2026, 11, 17)]).deadline_eerste_contact(date(2026, 11, 16)) == date(
        2026, 11, 20
    )


def test_status_volgt_de_verste_stap():
    assert afleiden_status(StatusFeiten()) is Status.AANGEMELD
    assert afleiden_status(StatusFeiten(contact=True)) is Status.IN_CONTACT
    assert afleiden_status(StatusFeiten(contact=True, intake=True, analyse=True)) is Status.ANALYSE
    assert afleiden_status(StatusFeiten(hulp_ingezet=True)) is Status.HULP_INGEZET
    assert afleiden_status(StatusFeiten(contact=True, afgesloten=True)) is Status.AFGESLOTEN


def test_vouwen_zoals_mensen_typen():
    assert vouw("Łukasiewicz-Çelik") == "lukasiewicz celik"
    assert vouw("Zoë Øster ß") == "zoe oster ss"
    tekst = zoektekst(
        "2026-0042",
        [{"voornaam": "Zoë", "achternaam": "Öztürk", "bsn": "111222333", "postcode": "6921 AB"}],
    )
    for vraag in ("zoe ozturk", "ÖZTÜRK", "6921ab", "6921 ab", "2026-0042", "111222"):
        assert past(tekst, zoekwoorden(vraag)), vraag
    assert not past(tekst, zoekwoorden("jansen"))


def test_postcode():
    assert normaliseer_postcode("6921ab") == "6921 AB"
    assert normaliseer_postcode("0921 AB") is None
    assert normaliseer_postcode("6921 SS") is None


def test_persoon_fouten_noemen_het_veld():
    fouten = persoon_fouten(
        {
            "rol": "oom",
            "bsn": "123",
            "geboortedatum": date(2999, 1, 1),
            "postcode": "abc",
            "geslacht": "7",
        }
    )
    assert set(fouten) == {"rol", "bsn", "geboortedatum", "postcode", "geslacht"}
    assert fouten["bsn"].startswith("BSN")
    assert "Postcode" in fouten["postcode"]


def test_data_niet_voor_aanmelding():
    fouten = casus_fouten(
        {
            "aanmelddatum": datetime(2026, 11, 16, 9, 30),
            "eerste_contact": datetime(2026, 11, 16, 9, 0),
        }
    )
    assert "vóór de aanmelddatum" in fouten["eerste_contact"]
    assert (
        casus_fouten(
            {"aanmelddatum": datetime(2026, 11, 16, 9, 30), "eerste_contact": date(2026, 11, 16)}
        )
        == {}
    )
