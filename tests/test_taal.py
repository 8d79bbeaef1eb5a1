"""Texts made below the window (errors, statuses, signals) follow the language: Dutch by default
and as the source, English from resources/taal/en.json when English is chosen (jeugdloket/taal.py).
"""

import json
import subprocess
import sys
import uuid
from datetime import date

import pytest
from taalscan import gemarkeerd, ongemarkeerde_fouten, plekhouders

from jeugdloket import taal
from jeugdloket.fouten import NietGevonden, Validatiefout, VersieConflict
from jeugdloket.regels.codelijsten import VERTAALDE_CODELIJSTEN, codelijst
from jeugdloket.regels.status import Status
from jeugdloket.regels.validatie import persoon_fouten
from jeugdloket.services import casussen, toewijzingen


@pytest.fixture
def engels():
    taal.zet_taal("en")
    yield
    taal.zet_taal("nl")


def test_elke_fout_met_een_eigen_tekst_is_gemarkeerd():
    """A raise of Fout (or a subclass) in services/regels/rapporten/db with a literal or
    f-string message must wrap it in vertaal() – otherwise it stays Dutch in English."""
    assert ongemarkeerde_fouten() == []


def test_gemarkeerde_teksten_zijn_letterlijk():
    _, fout = gemarkeerd()
    assert fout == []


def test_elke_gemarkeerde_tekst_heeft_een_engelse_vertaling_met_dezelfde_plekhouders():
    teksten, _ = gemarkeerd()
    engels = taal.engels()
    assert sorted(f"{plek}: {t!r}" for t, plek in teksten.items() if t not in engels) == []
    verschil = [
        f"{plek}: {t!r} has {sorted(plekhouders(t))}, English {sorted(plekhouders(engels[t]))}"
        for t, plek in teksten.items()
        if plekhouders(t) != plekhouders(engels[t])
    ]
    assert verschil == []
    assert [t for t, e in engels.items() if not e.strip()] == []


def test_geen_verouderde_engelse_vertalingen():
    """An English entry whose Dutch text is no longer marked anywhere is stale: remove it."""
    teksten, _ = gemarkeerd()
    # The family tab's code lists are translated as data (their values, not marked texts).
    for lijst in VERTAALDE_CODELIJSTEN:
        teksten |= {o: lijst for o in codelijst(lijst).values()}
    assert sorted(set(taal.engels()) - set(teksten)) == []


def test_codelijsten_van_het_gezin_hebben_engelse_namen():
    engels = taal.engels()
    for lijst in VERTAALDE_CODELIJSTEN:
        assert [o for o in codelijst(lijst).values() if o not in engels] == []


def test_catalogus_is_gewone_json_in_resources():
    # resources/ goes into the bundle as a whole (packaging/jeugdloket.spec).
    assert taal.CATALOGUS.parent.parent.name == "resources"
    assert json.loads(taal.CATALOGUS.read_text(encoding="utf-8")) == taal.engels()


def test_onbekende_taal_wordt_geweigerd():
    with pytest.raises(ValueError):
        taal.zet_taal("de")
    assert taal.taal() == "nl"


# ---------------------------------------------------------------- behaviour


def test_validatiefout_noemt_het_veld_in_de_gekozen_taal(db, maak_casus, engels):
    casus = maak_casus()
    with pytest.raises(Validatiefout) as fout:
        casussen.wijzig_casus(db, casus.id, {"gemeente": "x" * 101})
    assert fout.value.fouten["gemeente"] == (
        "Municipality is too long (101 characters, 100 at most)"
    )
    taal.zet_taal("nl")
    with pytest.raises(Validatiefout) as fout:
        casussen.wijzig_casus(db, casus.id, {"gemeente": "x" * 101})
    assert fout.value.fouten["gemeente"] == "Gemeente is te lang (101 tekens, hoogstens 100)"


def test_niet_gevonden_in_beide_talen(db, engels):
    with pytest.raises(NietGevonden, match=r"^This case does not exist \(any more\)$"):
        casussen.casus_detail(db, uuid.uuid4())
    taal.zet_taal("nl")
    with pytest.raises(NietGevonden, match=r"^Deze casus bestaat niet \(meer\)$"):
        casussen.casus_detail(db, uuid.uuid4())


def test_datums_in_meldingen_volgen_de_taal(engels):
    morgen = date(2999, 1, 2)
    assert persoon_fouten({"geboortedatum": morgen})["geboortedatum"] == (
        "Date of birth 02/01/2999 is in the future"
    )
    taal.zet_taal("nl")
    assert persoon_fouten({"geboortedatum": morgen})["geboortedatum"] == (
        "Geboortedatum 02-01-2999 ligt in de toekomst"
    )


def test_versieconflict_en_statussen(engels):
    assert str(VersieConflict(taal.vertaal("De casus"))).startswith("The case: changed by")
    assert [s.label for s in Status][:3] == ["Registered", "In contact", "Intake"]
    assert toewijzingen.status_tekst("beeindigd") == "ended"
    taal.zet_taal("nl")
    assert Status.HULP_INGEZET.label == "Hulp ingezet"
    assert toewijzingen.status_tekst("beeindigd") == "beëindigd"


def test_opdrachtregel_blijft_nederlands_tenzij_engels_gevraagd(tmp_path):
    def fout(*taalkeuze: str) -> str:
        uit = subprocess.run(
            [
                *[sys.executable, "-m", "jeugdloket", *taalkeuze, "export", "casussen"],
                *["--db", str(tmp_path / "leeg.db"), "--casus", "2026-9999"],
                *["-o", str(tmp_path / "uit.json")],
            ],
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
        return uit.stderr

    assert "Casus bestaat niet: 2026-9999" in fout()
    assert "Case does not exist: 2026-9999" in fout("--lang", "en")
