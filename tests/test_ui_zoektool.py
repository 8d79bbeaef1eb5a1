"""The zoektool and the toewijzing driven through real widgets: search with the family,
record what was discussed and chosen, request the toewijzing under the iJw rules, consent,
share, start."""

from datetime import date, datetime

import pytest
from catalogus_hulp import VANDAAG, schrijf
from PySide6.QtCore import Qt

from jeugdloket.services import casussen, catalogus, medewerkers, toewijzingen
from jeugdloket.ui import widgets
from jeugdloket.ui.app import installeer_vertaling
from jeugdloket.ui.hoofdvenster import Hoofdvenster
from jeugdloket.ui.zoektool import toewijzing as tw_ui
from jeugdloket.ui.zoektool import zoekpaneel


@pytest.fixture
def fouten(monkeypatch):
    gemeld: list[str] = []
    monkeypatch.setattr(widgets, "meld_fout", lambda _p, _t, tekst: gemeld.append(tekst))
    return gemeld


@pytest.fixture
def venster(qtbot, qapp, db, tmp_path, fouten):
    installeer_vertaling(qapp, "nl")
    catalogus.importeer(db, schrijf(tmp_path / "klein.xlsx"), vandaag=VANDAAG)
    w = Hoofdvenster(db, medewerkers.zoek_medewerker(db, "a.devries"))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


@pytest.fixture
def casus(maak_casus):
    jeugdige = {"rol": "jeugdige", "voornaam": "Sem", "achternaam": "Bakker"}
    return maak_casus(
        aanmelddatum=datetime(2026, 10, 1, 10, 0),
        hulpvraag="Sem leest moeilijk; de school denkt aan dyslexie.",
        verwijzer="01",
        personen=[jeugdige | {"geboortedatum": date(2017, 3, 1)}],
    ).id


def _wacht_op_resultaten(qtbot, paneel):
    qtbot.waitUntil(lambda: not paneel.bezig and not paneel._pauze.isActive(), timeout=10000)


def test_zoeken_kiezen_en_toewijzing_aanvragen(qtbot, venster, db, casus, monkeypatch, fouten):
    view = venster.open_casus(casus)
    view.tabs.setCurrentWidget(view.hulp)
    hulp = view.hulp
    assert hulp.leeg.isVisible()  # nothing allocated yet, and the screen says what to do

    qtbot.mouseClick(hulp.knop_zoek, Qt.MouseButton.LeftButton)
    paneel = hulp.zoekpaneel
    assert paneel is not None and paneel.isVisible()
    paneel.datum.setText(VANDAAG.strftime("%d-%m-%Y"))
    paneel.zoek_nu()
    _wacht_op_resultaten(qtbot, paneel)

    # From the case alone: its gemeente and the age of Sem (9) on the date, and the word
    # "dyslexie" from the hulpvraag – the contracted dyslexia care in Duiven comes first.
    s = paneel.suggesties
    assert s.gemeente == "Duiven" and s.leeftijd == 9
    rijen = paneel.model.rijen
    assert rijen, "no suggestions for the case"
    assert (rijen[0].aanbieder_agb, rijen[0].productcode) == ("11111111", "45001")
    assert "dyslexie" in rijen[0].reden
    # Expired (66666666) and future (77777777) contracts and Doesburg-only care never appear.
    agbs = {r.aanbieder_agb for r in rijen}
    assert not agbs & {"66666666", "77777777", "33333333"}
    assert "dyslexie" in paneel.woorden.text()
    assert "Lexis Leerpraktijk" in paneel.detail.text()

    # Typing narrows: a typo still finds the training for social-emotional development.
    qtbot.keyClicks(paneel.tekst, "sociaal emotionele")
    _wacht_op_resultaten(qtbot, paneel)
    assert any(r.productcode == "45002" for r in paneel.model.rijen)
    paneel.tekst.clear()
    _wacht_op_resultaten(qtbot, paneel)
    assert paneel.model.rijen[0].productcode == "45001"

    # Two options discussed with the family; they choose the first, with their reason.
    paneel.model.zet_besproken(0)
    paneel.model.zet_besproken(1)
    besproken = [(r.aanbieder_agb, r.productcode) for r in paneel.model.rijen[:2]]
    monkeypatch.setattr(
        zoekpaneel, "vraag_reden", lambda _p, _r: "Dichtbij school, korte wachttijd"
    )
    paneel.tabel.selectRow(0)
    qtbot.mouseClick(paneel.knop_kies, Qt.MouseButton.LeftButton)

    keuzes = toewijzingen.keuzes(db, casus)
    assert len(keuzes) == 1
    k = keuzes[0]
    assert (k.gekozen_agb, k.gekozen_productcode) == ("11111111", "45001")
    assert k.reden_keuze == "Dichtbij school, korte wachttijd"
    assert [(b["aanbieder_agb"], b["productcode"]) for b in k.besproken] == besproken

    # The request form, filled from the choice, checks the iJw rules while typing.
    dlg = hulp.dialoog
    assert dlg is not None and dlg.isVisible()
    f = dlg.formulier
    assert f.jeugdige.currentData() == "p1"
    assert f.verwijzer.currentData() == "01"  # the case's verwijzer
    # The product's unit (minutes) comes from the catalogue; volume and frequency are missing.
    assert f.eenheid.currentData() == "01"
    assert not dlg.knop_aanvragen.isEnabled()
    assert "Volume ontbreekt" in f.meldingen.text()
    widgets.kies_code(f.eenheid, None)
    assert "CD041" in f.meldingen.text()  # a product code needs an omvang
    f.volume.setValue(2)
    widgets.kies_code(f.eenheid, "04")  # uur
    widgets.kies_code(f.frequentie, "2")  # per week
    f.controleer()
    assert "CD076" in f.meldingen.text()  # per week needs an einddatum
    assert not dlg.knop_aanvragen.isEnabled()
    f.ingangsdatum.setText("01-12-2026")
    qtbot.keyClicks(f.einddatum, "01-06-2026")  # before the start: refused
    f.controleer()
    assert "einddatum" in f.meldingen.text().lower()
    assert not dlg.knop_aanvragen.isEnabled()
    f.einddatum.setText("31-05-2027")
    f.controleer()
    assert f.meldingen.text() == ""
    assert dlg.knop_aanvragen.isEnabled()
    qtbot.mouseClick(dlg.knop_aanvragen, Qt.MouseButton.LeftButton)

    rijen = toewijzingen.lijst(db, casus)
    assert len(rijen) == 1
    t = rijen[0]
    assert t.status == "aangevraagd"
    assert (t.aanbieder_agb, t.productcode, t.productcategorie) == ("11111111", "45001", "45")
    assert (t.volume, t.eenheid, t.frequentie) == (2, "04", "2")
    assert t.einddatum == date(2027, 5, 31)
    assert toewijzingen.keuzes(db, casus)[0].toewijzing_id == t.id
    assert hulp.model.rowCount() == 1 and hulp.huidige.id == t.id
    assert casussen.casus_detail(db, casus).status.value == "Hulp ingezet"

    # Sharing with the provider is refused until the family's consent is recorded.
    qtbot.mouseClick(hulp.knop_delen, Qt.MouseButton.LeftButton)
    assert fouten and "toestemming" in fouten[-1].lower()
    assert toewijzingen.lijst(db, casus)[0].gedeeld_op is None
    monkeypatch.setattr(tw_ui, "vraag_toestemming", lambda _p: "Moeder, mondeling bij huisbezoek")
    qtbot.mouseClick(hulp.knop_toestemming, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(hulp.knop_delen, Qt.MouseButton.LeftButton)
    t = toewijzingen.lijst(db, casus)[0]
    assert t.toestemming_toelichting == "Moeder, mondeling bij huisbezoek"
    assert t.gedeeld_op is not None

    # An edit of the requested toewijzing is saved as soon as it is valid again.
    hulp.formulier.volume.setValue(3)
    hulp.formulier.controleer()
    hulp.bewaar_alles()
    assert toewijzingen.lijst(db, casus)[0].volume == 3

    # The help starts; ending asks a JZ588 reason.
    monkeypatch.setattr(tw_ui, "vraag_datum", lambda *_a: date(2026, 12, 1))
    qtbot.mouseClick(hulp.knop_start, Qt.MouseButton.LeftButton)
    assert toewijzingen.lijst(db, casus)[0].status == "gestart"
    assert hulp.knop_einde.isEnabled() and not hulp.knop_afwijzen.isEnabled()
    monkeypatch.setattr(tw_ui, "vraag_datum", lambda *_a: date(2027, 3, 1))
    monkeypatch.setattr(tw_ui, "vraag_code", lambda *_a: "31")
    qtbot.mouseClick(hulp.knop_einde, Qt.MouseButton.LeftButton)
    t = toewijzingen.lijst(db, casus)[0]
    assert (t.status, t.reden_beeindiging, t.einddatum) == ("beeindigd", "31", date(2027, 3, 1))
    assert not hulp.formulier.isEnabled()  # an ended toewijzing is history
    assert "Moeder" in hulp.status_label.text()
    assert hulp.keuzes.count() == 1 and "Dichtbij school" in hulp.keuzes.item(0).text()


def test_afwijzen_vraagt_reden_en_verwijderen_alleen_bij_aanvraag(
    qtbot, venster, db, casus, monkeypatch, fouten
):
    t = toewijzingen.maak(
        db,
        casus,
        {
            "jeugdige_ref": "p1",
            "productcategorie": "45",
            "aanbieder_agb": "11111111",
            "productcode": "45001",
            "volume": 1,
            "eenheid": "04",
            "frequentie": "4",
        },
    )
    view = venster.open_casus(casus)
    view.tabs.setCurrentWidget(view.hulp)
    hulp = view.hulp
    assert hulp.huidige.id == t.id
    assert hulp.knop_verwijder.isEnabled()
    monkeypatch.setattr(tw_ui, "vraag_code", lambda *_a: "3")
    qtbot.mouseClick(hulp.knop_afwijzen, Qt.MouseButton.LeftButton)
    t = toewijzingen.lijst(db, casus)[0]
    assert (t.status, t.reden_afwijzing) == ("afgewezen", "3"), fouten
    assert not hulp.knop_verwijder.isEnabled() and not hulp.knop_delen.isEnabled()
    assert "Geen contract" in hulp.status_label.text()
    assert not fouten


def test_zoektool_zonder_casus_vanuit_het_menu(qtbot, venster, db):
    paneel = venster.open_zoektool()
    assert venster.tabs.currentWidget() is paneel
    assert not paneel.knop_kies.isVisible()  # choosing belongs to a case
    paneel.datum.setText(VANDAAG.strftime("%d-%m-%Y"))
    widgets.kies_code(paneel.gemeente, "Doesburg")
    paneel.leeftijd.setValue(9)
    qtbot.keyClicks(paneel.tekst, "dyslexi")
    _wacht_op_resultaten(qtbot, paneel)
    paren = [(r.aanbieder_agb, r.productcode) for r in paneel.model.rijen]
    # In Doesburg the subcontractor's own contract counts; Lexis covers Doesburg too.
    assert ("33333333", "45001") in paren and ("11111111", "45001") in paren
    assert ("66666666", "45001") not in paren
    paneel.leeftijd.setValue(15)  # outside 7–13
    _wacht_op_resultaten(qtbot, paneel)
    assert not any(r.productcode == "45001" for r in paneel.model.rijen)
    paneel.datum.setText("geen datum")
    paneel.zoek_nu()
    assert paneel.fout.isVisible() and "dd-mm-jjjj" in paneel.fout.text().lower()
