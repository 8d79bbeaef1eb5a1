"""Sign-in dialog, idle lock, the reason before opening a colleague's case, the log view."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jeugdloket.db import Database
from jeugdloket.services import casussen, logboek, medewerkers, rechten, toegang
from jeugdloket.ui import aanmelden
from jeugdloket.ui import logboek as logboek_ui
from jeugdloket.ui.app import installeer_vertaling, kies_medewerker
from jeugdloket.ui.hoofdvenster import Hoofdvenster

GOED = "een lange zin als wachtwoord"


@pytest.fixture
def nl(qapp):
    installeer_vertaling(qapp, "nl")


def _ok(dialoog) -> None:
    dialoog.knoppen.button(QDialogButtonBox.StandardButton.Ok).click()


def test_aanmelden_met_wachtwoord(qtbot, nl, db):
    toegang.zet_wachtwoord(db, "a.devries", GOED)
    dlg = aanmelden.AanmeldDialoog(db, "a.devries")
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Jeugdloket – aanmelden"
    assert not dlg.formulier.isRowVisible(dlg.herhaling)
    qtbot.keyClicks(dlg.wachtwoord, "verkeerd wachtwoord")
    _ok(dlg)
    assert dlg.medewerker is None and "niet gelukt" in dlg.melding.text()
    assert dlg.wachtwoord.text() == ""
    qtbot.keyClicks(dlg.wachtwoord, GOED)
    _ok(dlg)
    assert dlg.result() == dlg.DialogCode.Accepted
    assert dlg.medewerker.gebruikersnaam == "a.devries"


def test_eerste_aanmelding_vraagt_het_wachtwoord_twee_keer(qtbot, nl, db):
    dlg = aanmelden.AanmeldDialoog(db)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.gebruikersnaam, "a.devries")
    qtbot.keyClicks(dlg.wachtwoord, GOED)
    _ok(dlg)
    assert dlg.formulier.isRowVisible(dlg.herhaling)
    assert "eerste aanmelding" in dlg.melding.text()
    qtbot.keyClicks(dlg.herhaling, GOED)
    _ok(dlg)
    assert dlg.medewerker is not None and toegang.heeft_wachtwoord(db, "a.devries")


def test_lege_database_maakt_het_eerste_account(qtbot, nl, tmp_path):
    from jeugdloket.db import open_database

    leeg = open_database(tmp_path / "leeg.db")
    try:
        dlg = aanmelden.AanmeldDialoog(leeg)
        qtbot.addWidget(dlg)
        assert dlg.eerste_account and dlg.formulier.isRowVisible(dlg.naam)
        qtbot.keyClicks(dlg.gebruikersnaam, "p.jansen")
        qtbot.keyClicks(dlg.naam, "Petra Jansen")
        qtbot.keyClicks(dlg.wachtwoord, GOED)
        qtbot.keyClicks(dlg.herhaling, GOED)
        _ok(dlg)
        assert dlg.medewerker.rollen == {"consulent", "coördinator", "beheerder"}
    finally:
        leeg.sluit()


def test_demo_wachtwoord_staat_op_het_aanmeldscherm(qtbot, nl, tmp_path):
    from jeugdloket.db import open_database
    from jeugdloket.demo import maak_demo

    demo = open_database(tmp_path / "demo.db")
    try:
        maak_demo(demo, 3, seed=1)
        dlg = aanmelden.AanmeldDialoog(demo)
        qtbot.addWidget(dlg)
        assert toegang.DEMO_WACHTWOORD in dlg.demo.text()
        assert toegang.meld_aan(demo, "r.hendriks", toegang.DEMO_WACHTWOORD).heeft_rol(
            "coördinator"
        )
    finally:
        demo.sluit()


def test_kies_medewerker_gebruikt_het_aanmeldscherm(qtbot, db, monkeypatch):
    from PySide6.QtCore import QSettings

    gevraagd = []

    def vraag(database, gebruiker):
        gevraagd.append(gebruiker)
        return medewerkers.zoek_medewerker(database, "a.devries")

    monkeypatch.setattr(aanmelden, "vraag_aanmelding", vraag)
    settings = QSettings("Jeugdloket-test", "aanmelden")
    settings.clear()
    assert kies_medewerker(db, None, settings).gebruikersnaam == "a.devries"
    assert kies_medewerker(db, None, settings).gebruikersnaam == "a.devries"
    assert gevraagd == [None, "a.devries"]  # the last name is filled in, the password asked


# ---------------------------------------------------------------- the window


@pytest.fixture
def venster(qtbot, nl, db):
    toegang.zet_wachtwoord(db, "a.devries", GOED)
    w = Hoofdvenster(db, medewerkers.zoek_medewerker(db, "a.devries"))
    qtbot.addWidget(w)
    w.show()
    return w


def test_vergrendelen_bewaart_eerst_en_verliest_niets(qtbot, venster, db, maak_casus):
    d = maak_casus()
    view = venster.open_casus(d.id)
    view.tabs.setCurrentWidget(view.aanmelding)
    veld = view.aanmelding.hulpvraag
    veld.setFocus()
    qtbot.keyClicks(veld, "Halverwege een zin")
    slot = aanmelden.Vergrendeling(venster, db, venster.medewerker, minuten=60)
    slot.vergrendel()
    # Saved before the content was hidden, and the content is hidden.
    assert casussen.casus_detail(db, d.id).hulpvraag == "Halverwege een zin"
    assert venster.centralWidget() is slot.scherm
    assert not venster.tabs.isVisible()
    assert not venster.actie_nieuw.isEnabled()  # no shortcut works behind the lock
    assert "vergrendeld" in slot.scherm.findChildren(type(slot.scherm.melding))[0].text()
    assert not slot.probeer("verkeerd wachtwoord")
    assert "niet gelukt" in slot.scherm.melding.text()
    assert slot.probeer(GOED)
    assert venster.centralWidget() is venster.tabs and venster.tabs.isVisible()
    assert venster.actie_nieuw.isEnabled()
    assert veld.toPlainText() == "Halverwege een zin"
    slot.stop()


def test_vergrendelt_vanzelf_na_stilte(qtbot, venster, db):
    slot = aanmelden.Vergrendeling(venster, db, venster.medewerker, minuten=0.002)  # 120 ms
    with qtbot.waitSignal(slot.vergrendeld, timeout=3000):
        pass
    assert slot.actief
    slot.scherm.wachtwoord.setText(GOED)
    slot.scherm.verder.click()
    assert not slot.actief
    slot.stop()


def test_casus_van_een_collega_vraagt_een_reden(qtbot, nl, db, monkeypatch, maak_casus):
    systeem = Database(db.engine)
    b = medewerkers.maak_medewerker(systeem, "b.yilmaz", "Burak Yılmaz", "consulent")
    van_b = maak_casus(systeem, aanmelddatum=datetime(2026, 11, 16), consulent_id=b.id)
    w = Hoofdvenster(db, medewerkers.zoek_medewerker(db, "a.devries"))
    qtbot.addWidget(w)
    redenen = iter([None, "", "Waarneming tijdens de vakantie van Burak"])
    vragen = []

    def vraag(parent, nummer, melding):
        vragen.append(melding)
        return next(redenen)

    monkeypatch.setattr(aanmelden, "vraag_reden", vraag)
    assert w.open_casus(van_b.id) is None  # cancelled: nothing opened, nothing granted
    assert "Burak Yılmaz" in vragen[0]
    view = w.open_casus(van_b.id)  # a too short reason is asked again, then accepted
    assert view is not None and view.casus_id == van_b.id
    assert "reden" in vragen[2]
    wie = [(r.gebruiker, r.actie, r.reden) for r in _log(db) if r.casus_id == van_b.id]
    assert ("a.devries", "waarneming", "Waarneming tijdens de vakantie van Burak") in wie


def _log(db):
    with db.engine.connect() as conn:
        return logboek._lees(conn)


def test_beheerder_krijgt_een_melding_geen_casus(qtbot, nl, db, monkeypatch, maak_casus):
    systeem = Database(db.engine)
    medewerkers.maak_medewerker(systeem, "i.smit", "Ingrid Smit", "beheerder")
    d = maak_casus()
    beheer = Database(db.engine, "i.smit")
    w = Hoofdvenster(beheer, medewerkers.zoek_medewerker(db, "i.smit"))
    qtbot.addWidget(w)
    meldingen = []
    monkeypatch.setattr(aanmelden, "meld", lambda parent, tekst: meldingen.append(tekst))
    assert w.lijst.model.rowCount() == 0
    assert w.open_casus(d.id) is None
    assert "beheerder" in meldingen[0]
    assert not w.actie_logboek.isVisible()


def test_logboek_voor_de_coordinator(qtbot, nl, db, tmp_path, monkeypatch, maak_casus):
    systeem = Database(db.engine)
    medewerkers.maak_medewerker(systeem, "r.hendriks", "René Hendriks", "coördinator")
    d = maak_casus()
    casussen.casus_detail(db, d.id)
    coordinator = Database(db.engine, "r.hendriks")
    w = Hoofdvenster(coordinator, medewerkers.zoek_medewerker(db, "r.hendriks"))
    qtbot.addWidget(w)
    assert w.actie_logboek.isVisible() and w.actie_logboek.text() == "Toegangs&logboek"
    pagina = w.open_logboek()
    assert pagina.model.rowCount() > 0
    assert pagina.model.headerData(1, Qt.Orientation.Horizontal) == "Medewerker"
    pagina.casus.setText(d.casusnummer)
    pagina.zoek.click()
    acties = {pagina.model.rijen[i].actie for i in range(pagina.model.rowCount())}
    assert acties == {"aanmaak", "inzage"}
    pagina.medewerker.setCurrentIndex(pagina.medewerker.findData("r.hendriks"))
    pagina.zoek.click()
    assert pagina.model.rowCount() == 0
    pagina.medewerker.setCurrentIndex(0)

    meldingen = []
    monkeypatch.setattr(logboek_ui, "meld", lambda p, tekst, fout=False: meldingen.append(tekst))
    pagina.controleer_knop.click()
    assert "in orde" in meldingen[-1]
    uit = tmp_path / "inzage.xlsx"
    monkeypatch.setattr(logboek_ui, "kies_exportbestand", lambda p, v: str(uit))
    pagina.export_knop.click()
    assert uit.exists() and "geschreven" in meldingen[-1]
    # Not for a consultant: the menu entry is hidden and the service refuses.
    c = Hoofdvenster(db, medewerkers.zoek_medewerker(db, "a.devries"))
    qtbot.addWidget(c)
    assert not c.actie_logboek.isVisible()
    with pytest.raises(rechten.GeenToegang):
        logboek.regels(db)
