"""The Veiligheid tab driven through real widgets: the meldcode stepper with its two
decisions, the case-list signal, and the veiligheidsplan with autosave, vaststellen and PDF."""

import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from jeugdloket.services import casuslijst, medewerkers, meldcode, veiligheidsplan
from jeugdloket.ui import widgets
from jeugdloket.ui.app import installeer_vertaling
from jeugdloket.ui.hoofdvenster import Hoofdvenster
from jeugdloket.ui.plannen import editor
from jeugdloket.ui.veiligheid import meldcode as meldcode_ui

START = date.today() - timedelta(days=7)
# Screenshots for the reviewer when asked for (JEUGDLOKET_SCHERMAFDRUKKEN=map).
AFDRUKKEN = os.environ.get("JEUGDLOKET_SCHERMAFDRUKKEN")


@pytest.fixture
def venster(qtbot, qapp, db, monkeypatch):
    installeer_vertaling(qapp, "nl")
    monkeypatch.setattr(widgets, "meld_fout", lambda _p, _t, tekst: pytest.fail(tekst))
    w = Hoofdvenster(db, medewerkers.zoek_medewerker(db, "a.devries"))
    qtbot.addWidget(w)
    w.resize(1366, 860)
    w.show()
    return w


@pytest.fixture
def casus(db, maak_casus):
    return maak_casus(
        gemeente="Westervoort",
        aanmelddatum=datetime(2026, 9, 1, 10, 0),
        personen=[
            {"rol": "jeugdige", "voornaam": "Zoë", "achternaam": "Łukasiewicz"}
            | {"geboortedatum": date(2012, 4, 2)},
            {"rol": "ouder", "voornaam": "Françoise", "achternaam": "Łukasiewicz"},
        ],
    ).id


def _typ(qtbot, veld, tekst):
    veld.setFocus()
    qtbot.keyClicks(veld, tekst)
    qtbot.keyClick(veld, Qt.Key.Key_Tab)


def test_meldcode_stappen_besluiten_en_signaal(qtbot, venster, db, casus, monkeypatch):
    view = venster.open_casus(casus)
    view.tabs.setCurrentWidget(view.veiligheid)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "&Veiligheid"
    pagina = view.veiligheid.meldcode
    assert not pagina.afronden.isEnabled() and pagina.starten.isEnabled()
    assert not pagina.stapknoppen[1].isEnabled()

    monkeypatch.setattr(meldcode_ui, "vraag_datum", lambda _p, _t, _l: START)
    qtbot.mouseClick(pagina.starten, Qt.MouseButton.LeftButton)
    assert "loopt" in pagina.stand.text() and not pagina.starten.isEnabled()
    assert casuslijst.casusregel(db, casus).meldcode_open

    # Step 1 through the keyboard: date, who, role, reasoning.
    stap1 = pagina.formulieren[1]
    _typ(qtbot, stap1.datum, START.strftime("%d-%m-%Y"))
    _typ(qtbot, stap1.wie, "Anouk de Vries")
    stap1.rol.setCurrentIndex(stap1.rol.findData("jeugdconsulent"))
    stap1.toelichting.setFocus()
    qtbot.keyClicks(stap1.toelichting, "Blauwe plekken op de arm, school belde")
    pagina.bewaar_alles()
    qtbot.waitUntil(lambda: pagina.stapknoppen[1].text().startswith("✓"))

    # The stepper: Next goes to step 2, the button of step 4 straight to the afwegingen.
    qtbot.mouseClick(pagina.volgende, Qt.MouseButton.LeftButton)
    assert pagina.stapel.currentIndex() == 1 and pagina.stapknoppen[2].isChecked()
    # Keyboard: Alt+4 opens step 4 with the first afweging focused.
    qtbot.keyClick(pagina.volgende, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    stap4 = pagina.formulieren[4]
    assert pagina.stapel.currentIndex() == 3
    assert stap4.afwegingen["1"].hasFocus()
    stap4.afwegingen["1"].setCurrentIndex(stap4.afwegingen["1"].findData("ja"))
    stap4.afwegingen["2"].setCurrentIndex(stap4.afwegingen["2"].findData("ja"))
    if AFDRUKKEN:
        view.grab().save(str(Path(AFDRUKKEN) / "veiligheid_meldcode_stap4.png"))

    # Step 5: the two decisions, explicitly.
    qtbot.mouseClick(pagina.stapknoppen[5], Qt.MouseButton.LeftButton)
    stap5 = pagina.formulieren[5]
    stap5.melden.setCurrentIndex(stap5.melden.findData(True))
    stap5.melden_toelichting.setFocus()
    qtbot.keyClicks(stap5.melden_toelichting, "Structureel onveilig")
    stap5.hulp.setCurrentIndex(stap5.hulp.findData(True))
    pagina.bewaar_alles()

    t = meldcode.meldcode(db, casus).lopend
    assert t.stappen[1].wie == "Anouk de Vries" and t.stappen[1].rol == "jeugdconsulent"
    assert t.stappen[1].datum == START
    assert t.stappen[4].afwegingen == {"1": "ja", "2": "ja"}
    assert (t.melden_noodzakelijk, t.melden_toelichting, t.hulp_mogelijk) == (
        True,
        "Structureel onveilig",
        True,
    )
    if AFDRUKKEN:
        view.grab().save(str(Path(AFDRUKKEN) / "veiligheid_meldcode.png"))

    # Closing is refused until the date of the melding and the help reasoning are there.
    meldingen = []
    monkeypatch.setattr(widgets, "meld_fout", lambda _p, _t, tekst: meldingen.append(tekst))
    monkeypatch.setattr(meldcode_ui, "vraag_datum", lambda _p, _t, _l: date.today())
    qtbot.mouseClick(pagina.afronden, Qt.MouseButton.LeftButton)
    assert "Veilig Thuis" in meldingen[0] and "Toelichting bij hulp" in meldingen[0]
    assert stap5.houders["gemeld_op"].fout.isVisibleTo(pagina)
    _typ(qtbot, stap5.gemeld_op, date.today().strftime("%d-%m-%Y"))
    stap5.hulp_toelichting.setFocus()
    qtbot.keyClicks(stap5.hulp_toelichting, "Gezinscoach blijft betrokken")
    qtbot.mouseClick(pagina.afronden, Qt.MouseButton.LeftButton)
    assert len(meldingen) == 1
    assert meldcode.meldcode(db, casus).lopend is None
    assert "afgerond" in pagina.stand.text() and not stap5.isEnabled()
    assert not casuslijst.casusregel(db, casus).meldcode_open


def test_casuslijst_toont_het_meldcodesignaal(qtbot, venster, db, casus):
    meldcode.start_traject(db, casus, START)
    model = venster.lijst.model
    model.zet_regels(casuslijst.casuslijst(db))
    rij = model.rij_van(casus)
    index = model.index(rij, 0)
    assert "Meldcode-traject loopt" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None


def test_veiligheidsplan_autosave_vaststellen_en_pdf(
    qtbot, venster, db, casus, monkeypatch, tmp_path
):
    view = venster.open_casus(casus)
    view.tabs.setCurrentWidget(view.veiligheid)
    view.veiligheid.tabs.setCurrentWidget(view.veiligheid.plan)
    p = view.veiligheid.plan
    p.zorgen.setFocus()
    qtbot.keyClicks(p.zorgen, "Vader drinkt en wordt dan boos")
    p.veiligheidsdoelen.setFocus()
    p.veiligheidsdoelen.setPlainText("Zoë is nooit alleen met vader als hij gedronken heeft")
    _typ(qtbot, p.aanbieder, "Pactum")
    p.aandachtsfunctionaris.setText("Jolanda Bakker")
    p.aandachtsfunctionaris.editingFinished.emit()
    _typ(qtbot, p.evaluatie_op, (date.today() + timedelta(days=90)).strftime("%d-%m-%Y"))
    qtbot.keyClicks(p.afspraken.signaal, "Vader heeft gedronken")
    p.afspraken.wie.setText("Oma Ria")
    qtbot.keyClicks(p.afspraken.wat, "haalt Zoe op")
    qtbot.keyClicks(p.afspraken.controle, "Consulent")
    qtbot.keyClick(p.afspraken.wat, Qt.Key.Key_Return)
    p.bewaar_alles()
    qtbot.waitUntil(lambda: bool(veiligheidsplan.veiligheidsplan(db, casus).plan.get("zorgen")))
    plan = veiligheidsplan.veiligheidsplan(db, casus).plan
    assert plan["aanbieder"] == "Pactum" and plan["aandachtsfunctionaris"] == "Jolanda Bakker"
    assert plan["veiligheidsdoelen"].startswith("Zoë is nooit")
    assert plan["afspraken"] == [
        {
            "signaal": "Vader heeft gedronken",
            "wie": "Oma Ria",
            "wat": "haalt Zoe op",
            "controle": "Consulent",
        }
    ]
    assert p.afspraken.lijst.count() == 1

    # A date before the plan was made is refused under the field, in Dutch.
    _typ(qtbot, p.opgesteld_op, date.today().strftime("%d-%m-%Y"))
    p.evaluatie_op.clear()
    _typ(qtbot, p.evaluatie_op, START.strftime("%d-%m-%Y"))
    assert "Evaluatie op ligt vóór" in p.houders["evaluatie_op"].fout.text()

    monkeypatch.setattr(
        editor, "vraag_vaststelling", lambda _p, namen: (date.today(), ["Françoise", *namen])
    )
    qtbot.mouseClick(p.knoppen.vaststellen, Qt.MouseButton.LeftButton)
    assert "Versie 1" in p.knoppen.historie.text()
    assert p.knoppen.vaststellen.text() == "&Vaststellen…"
    if AFDRUKKEN:
        view.grab().save(str(Path(AFDRUKKEN) / "veiligheid_plan.png"))

    pad = tmp_path / "veiligheidsplan.pdf"
    monkeypatch.setattr(editor, "kies_pdf_pad", lambda _p, _v: pad)
    qtbot.mouseClick(p.knoppen.pdf, Qt.MouseButton.LeftButton)
    tekst = "\n".join(pagina.extract_text() for pagina in PdfReader(pad).pages)
    assert "Veiligheidsplan" in tekst and "Vader drinkt en wordt dan boos" in tekst
    assert "Jolanda Bakker" in tekst and "Handtekening" in tekst
    assert "Laatste PDF" in p.knoppen.historie.text()
