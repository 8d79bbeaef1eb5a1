"""The beheerder's staff page driven through its widgets (offscreen, English source strings):
add a colleague, change roles, set a password, unlock, deactivate – and nobody else may."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from jeugdloket.db import Database
from jeugdloket.services import logboek, medewerkers, toegang
from jeugdloket.ui import medewerkers as pagina_module
from jeugdloket.ui.medewerkers import MedewerkersPagina

GOED = "een lange zin als wachtwoord"


@pytest.fixture(autouse=True)
def engels(qapp):
    from jeugdloket.ui.app import installeer_vertaling

    installeer_vertaling(qapp, "en")
    yield
    installeer_vertaling(qapp, "nl")


@pytest.fixture
def team(db):
    systeem = Database(db.engine)
    medewerkers.maak_medewerker(systeem, "i.smit", "Ingrid Smit", "beheerder")
    medewerkers.maak_medewerker(systeem, "r.hendriks", "René Hendriks", "coördinator")
    return {n: Database(db.engine, n) for n in ("a.devries", "i.smit", "r.hendriks")}


@pytest.fixture
def pagina(qtbot, team):
    p = MedewerkersPagina(team["i.smit"])
    qtbot.addWidget(p)
    p.resize(900, 420)
    p.show()
    return p


def _kies(p: MedewerkersPagina, gebruikersnaam: str) -> None:
    rij = next(i for i, a in enumerate(p.model.rijen) if a.gebruikersnaam == gebruikersnaam)
    p.tabel.selectRow(rij)


def _cel(p: MedewerkersPagina, gebruikersnaam: str, kolom: int) -> str:
    rij = next(i for i, a in enumerate(p.model.rijen) if a.gebruikersnaam == gebruikersnaam)
    return p.model.data(p.model.index(rij, kolom))


def test_lijst_en_nieuwe_collega_met_twee_rollen(qtbot, pagina, team, monkeypatch):
    assert [a.gebruikersnaam for a in pagina.model.rijen] == ["a.devries", "i.smit", "r.hendriks"]
    assert pagina.model.headerData(3, Qt.Orientation.Horizontal) == "Sign-in"
    assert _cel(pagina, "a.devries", 3) == "chooses a password at the first sign-in"
    assert not pagina.rollen_knop.isEnabled()  # nothing chosen yet

    monkeypatch.setattr(
        pagina_module,
        "vraag_nieuwe_medewerker",
        lambda _p: ("K.Bakker", "Kees Bakker", {"consulent", "coördinator"}),
    )
    qtbot.mouseClick(pagina.nieuw_knop, Qt.MouseButton.LeftButton)
    assert "k.bakker added" in pagina.status.text()
    assert pagina.gekozen().gebruikersnaam == "k.bakker"
    assert _cel(pagina, "k.bakker", 2) == "consulent, coördinator"
    assert medewerkers.zoek_medewerker(team["i.smit"], "k.bakker").heeft_rol("coördinator")

    # A refused one: the service's message in the window's language, nothing added.
    fouten = []
    monkeypatch.setattr(pagina_module, "meld_fout", lambda _p, tekst: fouten.append(tekst))
    monkeypatch.setattr(
        pagina_module, "vraag_nieuwe_medewerker", lambda _p: ("k.bakker", "Nog een", {"consulent"})
    )
    pagina.nieuw_knop.click()
    assert fouten == ["User name 'k.bakker' already exists"]
    monkeypatch.setattr(pagina_module, "vraag_nieuwe_medewerker", lambda _p: ("x.y", "X", set()))
    pagina.nieuw_knop.click()
    assert fouten[-1] == "Choose at least one role."
    assert len(pagina.model.rijen) == 4


def test_rollen_wachtwoord_ontgrendelen_en_non_actief(qtbot, pagina, team, monkeypatch):
    _kies(pagina, "a.devries")
    monkeypatch.setattr(pagina_module, "vraag_rollen", lambda _p, a: {"coördinator"})
    qtbot.mouseClick(pagina.rollen_knop, Qt.MouseButton.LeftButton)
    assert _cel(pagina, "a.devries", 2) == "coördinator"

    # A password that is too short: refused with the rule; then a good one, and she signs in.
    fouten = []
    monkeypatch.setattr(pagina_module, "meld_fout", lambda _p, tekst: fouten.append(tekst))
    monkeypatch.setattr(pagina_module, "vraag_wachtwoord", lambda _p, a: ("kort", "kort"))
    pagina.wachtwoord_knop.click()
    assert fouten and "10" in fouten[0]
    monkeypatch.setattr(pagina_module, "vraag_wachtwoord", lambda _p, a: (GOED, GOED))
    pagina.wachtwoord_knop.click()
    assert _cel(pagina, "a.devries", 3) == "active"

    # Locked by five wrong tries: shown, and lifted with Unlock.
    nu = datetime.now()
    for _ in range(toegang.MAX_POGINGEN):
        with pytest.raises(toegang.AanmeldFout):
            toegang.meld_aan(team["a.devries"], "a.devries", "fout wachtwoord", moment=nu)
    pagina.ververs()
    assert _cel(pagina, "a.devries", 3).startswith("locked until")
    assert pagina.ontgrendel_knop.isEnabled()
    pagina.ontgrendel_knop.click()
    assert _cel(pagina, "a.devries", 3) == "active" and not pagina.ontgrendel_knop.isEnabled()

    # Deactivate (asked first), then sign-in is refused; and back.
    gevraagd = []
    monkeypatch.setattr(pagina_module, "bevestig", lambda _p, t: gevraagd.append(t) or True)
    assert pagina.actief_knop.text() == "Deactivate"
    pagina.actief_knop.click()
    assert "Anouk de Vries" in gevraagd[0] and _cel(pagina, "a.devries", 3) == "not active"
    with pytest.raises(toegang.AanmeldFout):
        toegang.meld_aan(team["a.devries"], "a.devries", GOED, moment=nu + timedelta(hours=1))
    assert pagina.actief_knop.text() == "Activate again"
    pagina.actief_knop.click()
    assert _cel(pagina, "a.devries", 3) == "active"

    # Oneself: refused by the service, in the window's language.
    _kies(pagina, "i.smit")
    pagina.actief_knop.click()
    assert "yourself" in fouten[-1]
    acties = [
        r.omschrijving for r in logboek.regels(team["r.hendriks"]) if r.medewerker == "Ingrid Smit"
    ]
    assert "a.devries op non-actief gezet" in acties and "a.devries weer actief" in acties


def test_alleen_voor_de_beheerder(qtbot, db, team):
    p = MedewerkersPagina(team["r.hendriks"])
    qtbot.addWidget(p)
    assert p.model.rijen == [] and "administrator" in p.status.text()
    assert not p.rollen_knop.isEnabled()

    from jeugdloket.ui.hoofdvenster import Hoofdvenster

    w = Hoofdvenster(team["r.hendriks"], medewerkers.zoek_medewerker(db, "r.hendriks"))
    qtbot.addWidget(w)
    assert not w.actie_medewerkers.isVisible()
    w = Hoofdvenster(team["i.smit"], medewerkers.zoek_medewerker(db, "i.smit"))
    qtbot.addWidget(w)
    assert w.actie_medewerkers.isVisible()
    w.actie_medewerkers.trigger()
    assert isinstance(w.tabs.currentWidget(), MedewerkersPagina)
    assert w.tabs.tabText(w.tabs.currentIndex()) == "Staff members"
