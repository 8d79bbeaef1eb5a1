"""The Plans tab driven through real widgets: fill in, adopt, export a PDF for the family."""

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from jeugdloket.db import Database
from jeugdloket.services import medewerkers, plannen, uitwisseling
from jeugdloket.ui import veldconflict, widgets
from jeugdloket.ui.app import installeer_vertaling
from jeugdloket.ui.hoofdvenster import Hoofdvenster
from jeugdloket.ui.plannen import editor


@pytest.fixture
def venster(qtbot, qapp, db, monkeypatch):
    installeer_vertaling(qapp, "nl")
    monkeypatch.setattr(widgets, "meld_fout", lambda _p, _t, tekst: pytest.fail(tekst))
    w = Hoofdvenster(db, medewerkers.zoek_medewerker(db, "a.devries"))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


@pytest.fixture
def casus(db, maak_casus):
    d = maak_casus(
        aanmelddatum=datetime(2026, 9, 1, 10, 0),
        personen=[
            {"rol": "jeugdige", "voornaam": "Łukasz", "achternaam": "Çelik"}
            | {"geboortedatum": date(2010, 1, 5)},
            {"rol": "ouder", "voornaam": "Zoë", "achternaam": "Çelik"},
        ],
    )
    # A requested toewijzing: the plans are now needed.
    doc = uitwisseling.exporteer(db)
    doc["casussen"][0]["toewijzingen"] = [
        {
            "jeugdige": "p1",
            "productcategorie": "45",
            "status": "aangevraagd",
            "aanvraagdatum": "2026-10-01",
        }
    ]
    uitwisseling.importeer(db, doc)
    return d.id


def test_familiegroepsplan_invullen_vaststellen_en_pdf(
    qtbot, venster, db, casus, monkeypatch, tmp_path
):
    view = venster.open_casus(casus)
    assert "Familiegroepsplan nog niet aangeboden" in view.plan_signaal.text()
    view.tabs.setCurrentWidget(view.plannen)
    tab = view.plannen
    assert tab.signalen.isVisible()
    fgp = tab.fgp
    fgp.aangeboden_op.setFocus()
    qtbot.keyClicks(fgp.aangeboden_op, "02-10-2026")
    qtbot.keyClick(fgp.aangeboden_op, Qt.Key.Key_Tab)
    fgp.status.setCurrentIndex(fgp.status.findData("opgesteld"))
    fgp.teksten["wat_doen_we_zelf"].setFocus()
    qtbot.keyClicks(fgp.teksten["wat_doen_we_zelf"], "Elke zondag samen eten")
    fgp.deelnemers.item(1).setCheckState(Qt.CheckState.Checked)
    fgp.netwerk.wie.setCurrentIndex(fgp.netwerk.wie.findData("p2"))
    qtbot.keyClicks(fgp.netwerk.wat, "Brengt naar school")
    qtbot.mouseClick(fgp.netwerk.toevoegen, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bool(plannen.plannen(db, casus).familiegroepsplan.get("wat_doen_we_zelf"))
    )
    data = plannen.plannen(db, casus)
    f = data.familiegroepsplan
    assert f["aangeboden_op"] == "2026-10-02" and f["status"] == "opgesteld"
    assert f["deelnemers"] == ["p2"]
    assert f["wat_doet_ons_netwerk"] == [{"wie": "p2", "wat": "Brengt naar school"}]
    assert "Familiegroepsplan nog niet aangeboden" not in data.signalen
    assert "nog niet aangeboden" not in view.plan_signaal.text()

    # A concept PDF, then adopt, then the adopted version as PDF.
    pad = tmp_path / "plan.pdf"
    monkeypatch.setattr(editor, "kies_pdf_pad", lambda _p, _v: pad)
    qtbot.mouseClick(fgp.knoppen.pdf, Qt.MouseButton.LeftButton)
    tekst = "".join(p.extract_text() for p in PdfReader(pad).pages)
    assert "CONCEPT" in tekst and "Elke zondag samen eten" in tekst and "Łukasz" in tekst
    monkeypatch.setattr(
        editor, "vraag_vaststelling", lambda _p, namen: (date(2026, 10, 20), namen[:2])
    )
    qtbot.mouseClick(fgp.knoppen.vaststellen, Qt.MouseButton.LeftButton)
    assert "Versie 1 vastgesteld op 20-10-2026" in fgp.knoppen.historie.text()
    qtbot.mouseClick(fgp.knoppen.pdf, Qt.MouseButton.LeftButton)
    tekst = "".join(p.extract_text() for p in PdfReader(pad).pages)
    assert "CONCEPT" not in tekst
    exports = plannen.plannen(db, casus).exports
    assert [(e.soort, e.versie) for e in exports] == [
        ("familiegroepsplan", 1),
        ("familiegroepsplan", None),
    ] or [(e.soort, e.versie) for e in exports] == [
        ("familiegroepsplan", None),
        ("familiegroepsplan", 1),
    ]
    assert "Laatste PDF" in fgp.knoppen.historie.text()


def test_perspectiefplan_eigen_woorden_en_gebieden(
    qtbot, venster, db, casus, monkeypatch, tmp_path
):
    view = venster.open_casus(casus)
    assert "Perspectiefplan voor Łukasz Çelik" in view.plan_signaal.text()
    view.tabs.setCurrentWidget(view.plannen)
    view.plannen.tabs.setCurrentWidget(view.plannen.pp)
    pp = view.plannen.pp
    assert pp.jeugdige.currentData() == "p1"
    pp.eigen_woorden.setFocus()
    qtbot.keyClicks(pp.eigen_woorden, "Ik wil kok worden")
    pp.gebieden.setCurrentRow(1)  # leren en werken
    pp.nu.setFocus()
    qtbot.keyClicks(pp.nu, "Tweede jaar mbo")
    pp.kaders["Wmo"].setChecked(True)
    pp.opgesteld_op.setFocus()
    qtbot.keyClicks(pp.opgesteld_op, "01-11-2026")
    qtbot.keyClick(pp.opgesteld_op, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: len(plannen.plannen(db, casus).perspectiefplannen.get("p1", {})) == 5)
    plan = plannen.plannen(db, casus).perspectiefplannen["p1"]
    assert plan["eigen_woorden"] == "Ik wil kok worden"
    assert plan["gebieden"] == [{"gebied": "leren_en_werken", "nu": "Tweede jaar mbo"}]
    assert plan["hulp_na_18_kaders"] == ["Wmo"]
    assert plan["opgesteld_op"] == "2026-11-01"
    assert not any("Perspectiefplan" in s for s in plannen.plannen(db, casus).signalen)
    pad = tmp_path / "pp.pdf"
    monkeypatch.setattr(editor, "kies_pdf_pad", lambda _p, _v: pad)
    qtbot.mouseClick(pp.knoppen.pdf, Qt.MouseButton.LeftButton)
    tekst = "".join(p.extract_text() for p in PdfReader(pad).pages)
    assert "Ik wil kok worden" in tekst and "Tweede jaar mbo" in tekst


def test_collega_wijzigt_het_plan_tegelijk_niets_gaat_verloren(
    qtbot, venster, db, casus, monkeypatch
):
    """Burak edits the familiegroepsplan while Anouk has it open: his other field is kept
    without asking; the same field asks her, naming him, and she chooses."""
    medewerkers.maak_medewerker(Database(db.engine), "b.yilmaz", "Burak Yılmaz", "coördinator")
    burak = Database(db.engine, "b.yilmaz")
    view = venster.open_casus(casus)
    view.tabs.setCurrentWidget(view.plannen)
    fgp = view.plannen.fgp
    veld = fgp.teksten["wat_doen_we_zelf"]
    gevraagd = []

    def antwoord(mijn: bool):
        def kies(_parent, conflict):
            gevraagd.append(str(conflict))
            return mijn

        monkeypatch.setattr(veldconflict, "kies_mijn_waarde", kies)

    def fgp_nu() -> dict:
        return plannen.plannen(db, casus).familiegroepsplan

    # Another field: both kept, nobody asked.
    plannen.zet_familiegroepsplan(
        burak, casus, {"evaluatie": "Over zes weken"}, basis={"evaluatie": None}
    )
    antwoord(True)
    veld.setFocus()
    qtbot.keyClicks(veld, "Samen eten")
    fgp.autosave.bewaar_alles()
    assert (fgp_nu()["wat_doen_we_zelf"], fgp_nu()["evaluatie"]) == ("Samen eten", "Over zes weken")
    assert not gevraagd

    # The same field: she is asked, sees his name and both values, keeps his.
    plannen.zet_familiegroepsplan(
        burak, casus, {"wat_doen_we_zelf": "Samen koken"}, basis={"wat_doen_we_zelf": "Samen eten"}
    )
    antwoord(False)
    veld.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(veld, " op zondag")
    fgp.autosave.bewaar_alles()
    assert gevraagd and "Burak Yılmaz" in gevraagd[-1]
    assert "Samen koken" in gevraagd[-1] and "Samen eten op zondag" in gevraagd[-1]
    assert fgp_nu()["wat_doen_we_zelf"] == "Samen koken"
    qtbot.waitUntil(lambda: veld.toPlainText() == "Samen koken", timeout=3000)

    # Again, and now she keeps hers: saved over his, knowingly.
    plannen.zet_familiegroepsplan(
        burak, casus, {"wat_doen_we_zelf": "Koken"}, basis={"wat_doen_we_zelf": "Samen koken"}
    )
    antwoord(True)
    veld.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(veld, "!")
    fgp.autosave.bewaar_alles()
    assert len(gevraagd) == 2 and fgp_nu()["wat_doen_we_zelf"] == "Samen koken!"
