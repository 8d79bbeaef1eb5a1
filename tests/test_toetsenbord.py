"""The keyboard-only path (WCAG 2.1.1): sign in → find a case → open it → an intake step → the
plan PDF → a toewijzing, with key presses only (no clicks, no setFocus)."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from schermhulp import demo_db, wacht

from jeugdloket.services import casussen, medewerkers, toegang, toewijzingen
from jeugdloket.ui import aanmelden
from jeugdloket.ui.app import installeer_vertaling
from jeugdloket.ui.casussen.casusview import CasusView
from jeugdloket.ui.hoofdvenster import Hoofdvenster
from jeugdloket.ui.plannen import editor
from jeugdloket.ui.zoektool import zoekpaneel

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def toets(qtbot, key, mod=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is (as a user's key goes)."""
    w = QApplication.focusWidget() or QApplication.activeWindow()
    assert w is not None, "niemand heeft de toetsenbordfocus"
    qtbot.keyClick(w, key, mod)
    wacht(0.02)


def typ(qtbot, tekst: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), tekst)
    wacht(0.02)


def tab_tot(qtbot, doel, max_stappen: int = 80) -> None:
    """Tab until `doel` has the focus: it is reachable from where the user is."""
    for _ in range(max_stappen):
        if QApplication.focusWidget() is doel:
            return
        toets(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab bereikt {doel!r} niet")


def test_alleen_met_het_toetsenbord(qtbot, qapp, tmp_path, monkeypatch):
    installeer_vertaling(qapp, "nl")
    db = demo_db(tmp_path)
    cid = casussen.zoek_casusnummer(db, "2026-0901")
    eerst = toewijzingen.lijst(db, cid)
    consulent_id = casussen.casus_detail(db, cid).consulent_id
    consulent = next(m for m in medewerkers.medewerkers(db) if m.id == consulent_id).gebruikersnaam

    # Sign in: name, Tab, password, Enter (the default button).
    dlg = aanmelden.AanmeldDialoog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    tab_tot(qtbot, dlg.gebruikersnaam)
    typ(qtbot, consulent)
    toets(qtbot, Qt.Key.Key_Tab)
    typ(qtbot, toegang.DEMO_WACHTWOORD)
    toets(qtbot, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.melding.text()
    medewerker = dlg.medewerker
    db.gebruiker = medewerker.gebruikersnaam

    venster = Hoofdvenster(db, medewerker)
    qtbot.addWidget(venster)
    venster.resize(1280, 800)
    venster.show()
    venster.activateWindow()
    qtbot.waitUntil(venster.isActiveWindow)

    # Find the case: Ctrl+F, type, Down to the list, Enter opens it.
    toets(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is venster.lijst.zoekveld
    typ(qtbot, "2026-0901")
    toets(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is venster.lijst.tabel
    toets(qtbot, Qt.Key.Key_Return)
    view = venster.tabs.currentWidget()
    assert isinstance(view, CasusView) and view.casus_id == cid

    # The intake (Alt+I), step 2 "Verdiepen" (Alt+2).
    toets(qtbot, Qt.Key.Key_I, ALT)
    assert view.tabs.currentWidget() is view.intake
    toets(qtbot, Qt.Key.Key_2, ALT)
    assert view.intake.stapel.currentIndex() == 1

    # The plans (Alt+P), into the page (Tab), the PDF (Ctrl+P).
    pdf = tmp_path / "fgp.pdf"
    monkeypatch.setattr(editor, "kies_pdf_pad", lambda *_a: pdf)
    toets(qtbot, Qt.Key.Key_P, ALT)
    assert view.tabs.currentWidget() is view.plannen
    tab_tot(qtbot, view.plannen.fgp.knoppen.pdf)
    toets(qtbot, Qt.Key.Key_P, CTRL)
    assert pdf.read_bytes().startswith(b"%PDF")

    # Help (Alt+H), Tab to 'Find care with the family', Space; an offer, Enter: the choice.
    monkeypatch.setattr(zoekpaneel, "vraag_reden", lambda *_a: "Dichtbij school")
    toets(qtbot, Qt.Key.Key_H, ALT)
    assert view.tabs.currentWidget() is view.hulp
    tab_tot(qtbot, view.hulp.knop_zoek)
    toets(qtbot, Qt.Key.Key_Space)  # the focused button
    paneel = view.hulp.zoekpaneel
    # The offscreen platform loses the window's activation when the panel is built (seen only
    # here, not on a desktop); give it back as the window manager would.
    if QApplication.activeWindow() is None:
        venster.activateWindow()
        qtbot.waitUntil(venster.isActiveWindow)
    assert QApplication.focusWidget() is paneel.tekst
    qtbot.waitUntil(lambda: not paneel.bezig and paneel.model.rowCount() > 0, timeout=20000)
    tab_tot(qtbot, paneel.tabel)
    toets(qtbot, Qt.Key.Key_Down)
    toets(qtbot, Qt.Key.Key_Return)
    dlg = view.hulp.dialoog
    assert dlg is not None and dlg.isVisible()
    f = dlg.formulier
    tab_tot(qtbot, f.volume)
    typ(qtbot, "2")
    tab_tot(qtbot, f.frequentie)
    while f.frequentie.currentData() != "2":
        toets(qtbot, Qt.Key.Key_Down)
    tab_tot(qtbot, f.einddatum)  # required with a weekly frequency
    typ(qtbot, "01-06-2027")
    toets(qtbot, Qt.Key.Key_Return)  # the default button: Request
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    nieuw = toewijzingen.lijst(db, cid)
    assert len(nieuw) == len(eerst) + 1
    assert {t.einddatum for t in nieuw} - {t.einddatum for t in eerst} == {date(2027, 6, 1)}
    db.sluit()
