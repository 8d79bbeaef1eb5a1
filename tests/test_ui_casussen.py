"""The case register driven through real widgets (offscreen)."""

from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from jeugdloket.services import casussen, medewerkers
from jeugdloket.ui import widgets
from jeugdloket.ui.app import installeer_vertaling
from jeugdloket.ui.hoofdvenster import Hoofdvenster


def typ(qtbot, widget, tekst: str) -> None:
    """Type like a user; non-ASCII as key events (qtbot.keyClicks aborts on them)."""
    for teken in tekst:
        if teken.isascii():
            qtbot.keyClicks(widget, teken)
        else:
            for soort in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget,
                    QKeyEvent(soort, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, teken),
                )


def _nieuwe_casus(qtbot, venster):
    venster.actie_nieuw.trigger()
    dlg = venster.dialoog
    assert dlg.isVisible()
    dlg.gemeente.setCurrentText("Westervoort")
    dlg.hulpvraag.setFocus()
    qtbot.keyClicks(dlg.hulpvraag, "Zorgen over somberheid en schoolverzuim.")
    qtbot.mouseClick(
        dlg.knoppen.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dlg.isVisible()
    return venster.tabs.currentWidget()


def test_venster_spreekt_nederlands(venster):
    assert venster.tabs.tabText(0) == "Casussen"
    assert "Zoek op naam" in venster.lijst.zoekveld.placeholderText()


def test_casus_maken_jeugdige_toevoegen_en_vinden(qtbot, venster, db):
    view = _nieuwe_casus(qtbot, venster)
    assert view.detail.gemeente == "Westervoort"
    assert view.detail.casusnummer == f"{datetime.now().year}-0001"

    qtbot.mouseClick(view.gezin.knop_toevoegen, Qt.MouseButton.LeftButton)
    dlg = view.gezin.dialoog
    f = dlg.formulier
    assert f.rol.currentData() == "jeugdige"
    f.voornaam.setFocus()
    typ(qtbot, f.voornaam, "Zoë")
    typ(qtbot, f.achternaam, "Öztürk")
    qtbot.keyClicks(f.geboortedatum, "01-05-2012")
    qtbot.keyClicks(f.bsn, "111222333")
    qtbot.mouseClick(
        dlg.knoppen.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dlg.isVisible()

    opgeslagen = casussen.casus_detail(db, view.casus_id).personen
    assert [(p.voornaam, p.achternaam, p.bsn) for p in opgeslagen] == [
        ("Zoë", "Öztürk", "111222333")
    ]
    assert "Zoë Öztürk" in view.titel.text()

    venster.actie_zoek.trigger()
    assert venster.tabs.currentIndex() == 0
    qtbot.keyClicks(venster.lijst.zoekveld, "zoe ozturk")
    model = venster.lijst.model
    assert model.rowCount() == 1
    assert model.regel(0).jeugdigen == "Zoë Öztürk"
    venster.lijst.zoekveld.clear()
    qtbot.keyClicks(venster.lijst.zoekveld, "111222333")
    assert model.rowCount() == 1
    venster.lijst.zoekveld.clear()
    qtbot.keyClicks(venster.lijst.zoekveld, "jansen")
    assert model.rowCount() == 0


def test_ongeldig_bsn_geeft_nederlandse_melding_en_bewaart_niets(qtbot, venster, db):
    view = _nieuwe_casus(qtbot, venster)
    qtbot.mouseClick(view.gezin.knop_toevoegen, Qt.MouseButton.LeftButton)
    dlg = view.gezin.dialoog
    qtbot.keyClicks(dlg.formulier.voornaam, "Daan")
    qtbot.keyClicks(dlg.formulier.bsn, "123456789")
    qtbot.mouseClick(
        dlg.knoppen.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dlg.isVisible()
    melding = dlg.formulier.houders["bsn"].fout
    assert not melding.isHidden()
    assert "BSN klopt niet" in melding.text() and "elfproef" in melding.text()
    assert casussen.casus_detail(db, view.casus_id).personen == []


def test_inline_wijziging_wordt_direct_bewaard_en_fout_niet(qtbot, venster, db, maak_casus):
    casus = maak_casus()
    persoon = casussen.voeg_persoon_toe(
        db, casus.id, {"rol": "ouder", "voornaam": "Marieke", "achternaam": "Jansen"}
    )
    venster.ververs_lijst()
    view = venster.open_casus(casus.id)
    f = view.gezin.formulier
    f.telefoon.setFocus()
    qtbot.keyClicks(f.telefoon, "06-12345678")
    # Saved after a pause in typing, without leaving the field.
    qtbot.waitUntil(
        lambda: casussen.casus_detail(db, casus.id).personen[0].telefoon == "06-12345678",
        timeout=3000,
    )

    f.bsn.setFocus()
    qtbot.keyClicks(f.bsn, "12345")
    f.bsn.editingFinished.emit()
    assert "BSN moet 9 cijfers hebben" in view.gezin.formulier.houders["bsn"].fout.text()
    assert casussen.casus_detail(db, casus.id).personen[0].bsn is None
    assert persoon.id == casussen.casus_detail(db, casus.id).personen[0].id


def test_contactmoment_en_status(qtbot, venster, db, maak_casus):
    casus = maak_casus(gemeente="Doesburg", aanmelddatum=datetime(2026, 11, 2, 9, 0))
    venster.ververs_lijst()
    view = venster.open_casus(casus.id)
    assert view.detail.status.label == "Aangemeld"
    assert view.signaal.isVisible()  # deadline 5 november has passed without contact
    view.tabs.setCurrentWidget(view.contactmomenten)
    qtbot.mouseClick(view.contactmomenten.knop_nieuw, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.contactmomenten.notitie, "Kennismaking met moeder, afspraak huisbezoek.")
    qtbot.waitUntil(
        lambda: (casussen.casus_detail(db, casus.id).contactmomenten[0].notitie or "").startswith(
            "Kennismaking"
        ),
        timeout=3000,
    )
    assert view.detail.status.label == "In contact"
    assert not view.signaal.isVisible()
    rij = venster.lijst.model.rij_van(casus.id)
    assert venster.lijst.model.regel(rij).status.label == "In contact"


def test_persoon_verwijderen_na_bevestiging(qtbot, venster, db, monkeypatch, maak_casus):
    casus = maak_casus()
    casussen.voeg_persoon_toe(
        db, casus.id, {"rol": "netwerk", "voornaam": "Henk", "achternaam": "Jansen"}
    )
    view = venster.open_casus(casus.id)
    monkeypatch.setattr(widgets, "bevestig", lambda *a: False)
    view.gezin.knop_verwijderen.click()
    assert len(casussen.casus_detail(db, casus.id).personen) == 1
    monkeypatch.setattr(widgets, "bevestig", lambda *a: True)
    view.gezin.knop_verwijderen.click()
    assert casussen.casus_detail(db, casus.id).personen == []


def test_engels_beschikbaar(qtbot, qapp, db):
    try:
        installeer_vertaling(qapp, "en")
        w = Hoofdvenster(db, medewerkers.zoek_medewerker(db, "a.devries"))
        qtbot.addWidget(w)
        assert w.tabs.tabText(0) == "Cases"
    finally:
        installeer_vertaling(qapp, "nl")


def test_collega_wijzigt_tegelijk_ander_veld_blijft_zelfde_veld_kiezen(
    qtbot, venster, db, maak_casus, monkeypatch
):
    from jeugdloket.db import Database
    from jeugdloket.ui.casussen import casusview

    medewerkers.maak_medewerker(Database(db.engine), "b.yilmaz", "Burak Yilmaz", "coördinator")
    burak = Database(db.engine, "b.yilmaz")
    casus = maak_casus(hulpvraag="Opvoedvragen")
    view = venster.open_casus(casus.id)
    view.tabs.setCurrentWidget(view.aanmelding)
    veld = view.aanmelding.hulpvraag
    gevraagd = []

    def kies(parent, conflict, antwoord):
        gevraagd.append(str(conflict))
        return antwoord

    # Burak changes the gemeente while Anouk has the case open: her hulpvraag edit keeps both.
    casussen.wijzig_casus(burak, casus.id, {"gemeente": "Doesburg"}, basis={"gemeente": "Duiven"})
    monkeypatch.setattr(casusview, "kies_mijn_waarde", lambda p, c: kies(p, c, True))
    veld.setFocus()
    veld.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(veld, " en school")
    view.aanmelding.autosave.bewaar_alles()
    d = casussen.casus_detail(db, casus.id)
    assert (d.hulpvraag, d.gemeente) == ("Opvoedvragen en school", "Doesburg") and not gevraagd

    # Burak changes the hulpvraag itself: Anouk is asked, sees his name, keeps his value.
    casussen.wijzig_casus(
        burak, casus.id, {"hulpvraag": "Ruzie thuis"}, basis={"hulpvraag": d.hulpvraag}
    )
    monkeypatch.setattr(casusview, "kies_mijn_waarde", lambda p, c: kies(p, c, False))
    veld.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(veld, " en werk")
    view.aanmelding.autosave.bewaar_alles()
    assert gevraagd and "Burak Yilmaz" in gevraagd[-1]
    assert casussen.casus_detail(db, casus.id).hulpvraag == "Ruzie thuis"
    qtbot.waitUntil(lambda: veld.toPlainText() == "Ruzie thuis", timeout=3000)

    # Again, and now she keeps hers: saved over his, knowingly.
    casussen.wijzig_casus(
        burak, casus.id, {"hulpvraag": "Ruzie"}, basis={"hulpvraag": "Ruzie thuis"}
    )
    monkeypatch.setattr(casusview, "kies_mijn_waarde", lambda p, c: kies(p, c, True))
    veld.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(veld, "!")
    view.aanmelding.autosave.bewaar_alles()
    assert casussen.casus_detail(db, casus.id).hulpvraag == "Ruzie thuis!"
