"""The bewaartermijn page driven through its widgets (offscreen, English source strings)."""

import pytest

from jeugdloket.db import Database
from jeugdloket.services import bewaartermijn, medewerkers, uitwisseling
from jeugdloket.ui import bewaren as pagina_module
from jeugdloket.ui.bewaren import BewaarPagina


@pytest.fixture(autouse=True)
def engels(qapp):
    """These tests read the English source strings; another test may have installed Dutch."""
    from jeugdloket.ui.app import installeer_vertaling

    installeer_vertaling(qapp, "en")
    yield
    installeer_vertaling(qapp, "nl")


def _casus(nummer: str, afgesloten: str, naam: str) -> dict:
    return {
        "casusnummer": nummer,
        "gemeente": "Duiven",
        "consulent": "a.devries",
        "aanmelddatum": f"{afgesloten[:4]}-01-10",
        "afgesloten_op": afgesloten,
        "personen": [{"id": "p1", "rol": "jeugdige", "voornaam": naam}],
    }


@pytest.fixture
def team(db):
    systeem = Database(db.engine)
    for naam, volledig in (("r.hendriks", "René Hendriks"), ("s.bos", "Sanne Bos")):
        medewerkers.maak_medewerker(systeem, naam, volledig, "coördinator")
    doc = {
        "formaat": "jeugdloket-casussen",
        "versie": 1,
        "casussen": [
            _casus("2001-0007", "2001-06-30", "Kees"),
            _casus("2003-0011", "2003-02-14", "Fenna"),
            _casus("2026-0042", "2026-11-20", "Zoë"),  # within its term
        ],
    }
    uitwisseling.importeer(systeem, doc)
    return {n: Database(db.engine, n) for n in ("a.devries", "r.hendriks", "s.bos")}


def _pagina(qtbot, db) -> BewaarPagina:
    p = BewaarPagina(db)
    qtbot.addWidget(p)
    p.resize(900, 480)
    return p


def test_lijst_aanvragen_en_bevestigen_door_een_ander(qtbot, team, monkeypatch, tmp_path):
    r = _pagina(qtbot, team["r.hendriks"])
    assert [d.casusnummer for d in r.model.rijen] == ["2001-0007", "2003-0011"]
    assert r.model.headerData(2, pagina_module.Qt.Orientation.Horizontal) == "Keep until"
    assert r.model.data(r.model.index(0, 2)) == "30/06/2021"
    assert not r.aanvragen_knop.isEnabled()  # nothing chosen yet
    assert r.tellingen.text() == "No files destroyed so far."

    r.kies("2001-0007")
    assert r.aanvragen_knop.isEnabled() and not r.bevestigen_knop.isEnabled()
    gevraagd = []
    monkeypatch.setattr(
        pagina_module, "vraag_reden", lambda _p, nr: gevraagd.append(nr) or "Termijn voorbij"
    )
    r.aanvragen_knop.click()
    assert gevraagd == ["2001-0007"]
    assert r.model.data(r.model.index(0, 3)).startswith("requested by r.hendriks on ")
    assert "another coordinator" in r.status.text()
    # One's own request: confirming is not offered.
    assert not r.bevestigen_knop.isEnabled() and r.intrekken_knop.isEnabled()
    assert "yourself" in r.bevestigen_knop.toolTip()

    s = _pagina(qtbot, team["s.bos"])
    s.kies("2001-0007")
    assert s.bevestigen_knop.isEnabled() and not s.aanvragen_knop.isEnabled()
    vragen = []
    monkeypatch.setattr(pagina_module, "bevestig", lambda _p, tekst: vragen.append(tekst) or True)
    s.resize(900, 360)
    s.grab().save(str(tmp_path / "bewaartermijn.png"))
    s.bevestigen_knop.click()
    assert "2001-0007" in vragen[0] and "r.hendriks" in vragen[0]
    assert [d.casusnummer for d in s.model.rijen] == ["2003-0011"]
    assert s.status.text() == "File 2001-0007 has been destroyed."
    assert s.tellingen.text().startswith("Destroyed so far: 1 files")
    assert bewaartermijn.tellingen(team["s.bos"])[0][1] == 1


def test_annuleren_en_intrekken(qtbot, team, monkeypatch):
    r = _pagina(qtbot, team["r.hendriks"])
    r.kies("2003-0011")
    monkeypatch.setattr(pagina_module, "vraag_reden", lambda _p, _nr: None)
    r.aanvragen_knop.click()
    assert r.model.rijen[1].verzoek is None  # cancelled: nothing asked

    monkeypatch.setattr(pagina_module, "vraag_reden", lambda _p, _nr: "Termijn voorbij")
    r.aanvragen_knop.click()
    assert r.model.rijen[1].verzoek is not None
    r.intrekken_knop.click()
    assert r.model.rijen[1].verzoek is None
    assert "withdrawn" in r.status.text()

    # A refusal from the service shows as a message, nothing breaks.
    meldingen = []
    monkeypatch.setattr(pagina_module, "meld_fout", lambda _p, tekst: meldingen.append(tekst))
    monkeypatch.setattr(pagina_module, "vraag_reden", lambda _p, _nr: "kort")
    r.kies("2003-0011")
    r.aanvragen_knop.click()
    assert meldingen and "reason" in meldingen[0]  # the window is English here


def test_een_consulent_ziet_niets(qtbot, team):
    a = _pagina(qtbot, team["a.devries"])
    assert a.model.rijen == []
    assert "coördinator" in a.status.text()
    assert not a.aanvragen_knop.isEnabled()


def test_menu_bewaartermijn_alleen_voor_de_coordinator(qtbot, db, team, monkeypatch):
    from jeugdloket.services import medewerkers as mw
    from jeugdloket.ui.hoofdvenster import Hoofdvenster

    consulent = Hoofdvenster(team["a.devries"], mw.zoek_medewerker(db, "a.devries"))
    qtbot.addWidget(consulent)
    assert not consulent.actie_bewaartermijn.isVisible()

    w = Hoofdvenster(team["r.hendriks"], mw.zoek_medewerker(db, "r.hendriks"))
    qtbot.addWidget(w)
    assert w.actie_bewaartermijn.isVisible()
    assert w.actie_bewaartermijn.text() == "&Retention period"
    w.actie_bewaartermijn.trigger()
    pagina = w.tabs.currentWidget()
    assert isinstance(pagina, BewaarPagina)
    assert w.tabs.tabText(w.tabs.currentIndex()) == "Retention period"
    assert [d.casusnummer for d in pagina.model.rijen] == ["2001-0007", "2003-0011"]

    # A destruction confirmed there drops the case from the case list as well.
    assert "2001-0007" in [r.casusnummer for r in w.lijst.model._alle]
    bewaartermijn.vraag_vernietiging(
        team["s.bos"], pagina.model.rijen[0].casus_id, "Termijn voorbij"
    )
    pagina.ververs()
    pagina.kies("2001-0007")
    monkeypatch.setattr(pagina_module, "bevestig", lambda _p, _t: True)
    pagina.bevestigen_knop.click()
    assert "2001-0007" not in [r.casusnummer for r in w.lijst.model._alle]
    w.sluit_tab(w.tabs.currentIndex())
    assert w.tabs.indexOf(pagina) < 0
