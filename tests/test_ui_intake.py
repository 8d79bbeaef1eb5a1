"""A walk through the intake with real widgets: from an empty case to an afgeronde analyse."""

import json
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from jeugdloket.db import Database
from jeugdloket.paden import RESOURCES
from jeugdloket.services import casussen, intake, levenskracht, medewerkers, uitwisseling
from jeugdloket.ui import veldconflict, widgets


@pytest.fixture
def meldingen(monkeypatch):
    gezien: list[str] = []
    monkeypatch.setattr(widgets, "meld_fout", lambda _p, _t, tekst: gezien.append(tekst))
    monkeypatch.setattr(widgets, "bevestig", lambda *_a: True)
    return gezien


def kies(combo, tekst: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(tekst))
    combo.setCurrentIndex(index)


def test_van_lege_casus_tot_afgeronde_analyse(qtbot, venster, db, meldingen, maak_casus):
    d = maak_casus(
        aanmelddatum=datetime(2026, 11, 2, 10, 0),
        personen=[
            {"rol": rol, "voornaam": voornaam, "achternaam": "Bos"}
            for rol, voornaam in (("jeugdige", "Zoë"), ("ouder", "Marieke"), ("netwerk", "Ria"))
        ],
    )
    view = venster.open_casus(d.id)
    view.tabs.setCurrentWidget(view.intake)
    werk = view.intake
    assert werk.stapknoppen[0].isChecked() and werk.stapel.currentWidget() is werk.verkennen
    assert werk.stapknoppen[0].text().startswith("1  Verkennen")

    # --- Verkennen: companion, one leefgebied with words and two scores
    v = werk.verkennen
    kies(v.metgezel, "Marieke")
    v.lijst.setCurrentRow(3)
    assert v.naam.text() == "School en werk"
    v.zorgen.setFocus()
    qtbot.keyClicks(v.zorgen, "Sinds september bijna niet op school")
    v.score_inwoner.setFocus()
    qtbot.keyClick(v.score_inwoner, Qt.Key.Key_4)
    qtbot.mouseClick(v.score_metgezel.knoppen[6], Qt.MouseButton.LeftButton)  # 7
    qtbot.waitUntil(
        lambda: (
            next(
                lg
                for lg in intake.intake(venster.db, d.id).leefgebieden
                if lg.sleutel == "school_en_werk"
            ).zorgen
            == "Sinds september bijna niet op school"
        )
    )
    data = intake.intake(db, d.id)
    school = next(lg for lg in data.leefgebieden if lg.sleutel == "school_en_werk")
    assert (school.score_inwoner, school.score_metgezel) == (4, 7)
    assert data.metgezel_id is not None
    assert v.spiegelblad.verschillen() == ["school_en_werk"]
    assert v.lijst.item(3).text().startswith("Δ")
    assert view.spoor.stappen[2].styleSheet().startswith("background:#1f6f8b")  # status Intake

    # --- Verdiepen: draagkracht, network, two factors and a link
    qtbot.keyClick(werk, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert werk.stapel.currentWidget() is werk.verdiepen
    dp = werk.verdiepen
    dp.draag.draagkracht.setFocus()
    qtbot.keyClicks(dp.draag.draagkracht, "Tekenen en oma")
    dp.tabs.setCurrentWidget(dp.netwerk)
    oma = next(
        dp.netwerk.lijst.item(i)
        for i in range(dp.netwerk.lijst.count())
        if dp.netwerk.lijst.item(i).text().startswith("Ria")
    )
    oma.setCheckState(Qt.CheckState.Checked)
    assert [n.naam for n in intake.intake(db, d.id).netwerk] == ["Ria Bos"]
    assert intake.intake(db, d.id).draagkracht == "Tekenen en oma"

    dp.tabs.setCurrentWidget(dp.analyse)
    a = dp.analyse
    qtbot.mouseClick(a.nieuw, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(a.omschrijving, "Blijft thuis bij buikpijn")
    qtbot.mouseClick(a.nieuw, Qt.MouseButton.LeftButton)  # saves the first, starts the second
    kies(a.type, "Beschermend")
    a.omschrijving.setFocus()
    qtbot.keyClicks(a.omschrijving, "Sterke band met oma")
    qtbot.waitUntil(
        lambda: len([f for f in intake.intake(db, d.id).factoren if f.omschrijving]) == 2
    )
    factoren = intake.intake(db, d.id).factoren
    assert [(f.ref, f.type) for f in factoren] == [("f1", "instandhoudend"), ("f2", "beschermend")]
    assert a.diagram.aantal_pijlen() == 0
    kies(a.link_naar, "f1")
    qtbot.mouseClick(a.link_knop, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(a.toelichting, "oma helpt opstaan")
    qtbot.keyClick(a.toelichting, Qt.Key.Key_Return)
    samenhang = intake.intake(db, d.id).samenhang
    assert len(samenhang) == 1 and samenhang[0].toelichting == "oma helpt opstaan"
    assert a.diagram.aantal_pijlen() == 1

    # Completing without goals is refused with what is missing.
    dp.tabs.setCurrentWidget(dp.afronden)
    qtbot.mouseClick(dp.afronden.afronden, Qt.MouseButton.LeftButton)
    assert meldingen and "doel" in meldingen[-1]
    assert "nog geen doel" in dp.afronden.status.text()
    assert intake.intake(db, d.id).afgerond_op is None

    # --- Vervullen: a goal linked to the maintaining factor, with an action
    qtbot.keyClick(werk, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    vv = werk.vervullen
    qtbot.mouseClick(vv.nieuw_doel, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(vv.omschrijving, "Weer elke dag naar school")
    vv.factoren.item(0).setCheckState(Qt.CheckState.Checked)
    assert any("geen actie" in s for s in vv.signalen.text().split("\n"))
    qtbot.mouseClick(vv.nieuwe_actie, Qt.MouseButton.LeftButton)
    kies(vv.wie, "Marieke")
    vv.wat.setFocus()
    qtbot.keyClicks(vv.wat, "Belt de mentor")
    vv.wanneer.setFocus()
    qtbot.keyClicks(vv.wanneer, "1-12-2026")
    qtbot.keyClick(vv.wanneer, Qt.Key.Key_Tab)
    doel = intake.intake(db, d.id).doelen[0]
    assert doel.omschrijving == "Weer elke dag naar school"
    assert doel.factor_ids == (factoren[0].id,)
    assert [(x.wie, x.wat, x.wanneer) for x in doel.acties] == [
        ("Marieke Bos", "Belt de mentor", "2026-12-01")
    ]
    assert vv.routekaart_model.rowCount() == 1
    assert not vv.signalen.isVisible()

    # --- Back to Verdiepen: now it can be completed; the case moves to Plan.
    qtbot.keyClick(werk, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    dp.tabs.setCurrentWidget(dp.afronden)
    qtbot.mouseClick(dp.afronden.afronden, Qt.MouseButton.LeftButton)
    assert intake.intake(db, d.id).afgerond_op is not None
    assert casussen.casus_detail(db, d.id).status.label == "Plan"
    assert view.spoor.stappen[4].styleSheet().startswith("background:#1f6f8b")
    assert dp.afronden.heropenen.isVisible()

    # Resumable: the case opens again where the consultant left off.
    venster.sluit_tab(venster.tabs.indexOf(view))
    view = venster.open_casus(d.id)
    view.tabs.setCurrentWidget(view.intake)
    assert view.intake.stapel.currentWidget() is view.intake.verdiepen


def test_geimporteerde_analyse_staat_in_elke_module(qtbot, venster, db):
    doc = json.loads((RESOURCES / "voorbeelden" / "casus-met-analyse.json").read_text("utf-8"))
    uitwisseling.importeer(db, doc)
    view = venster.open_casus(casussen.zoek_casusnummer(db, "2026-0901"))
    view.tabs.setCurrentWidget(view.intake)
    werk = view.intake
    v = werk.verkennen
    assert v.metgezel.currentText().startswith("Marieke")
    assert sorted(v.spiegelblad.verschillen()) == ["psychisch_welbevinden"]
    werk.ga_naar(1)
    dp = werk.verdiepen
    assert dp.draag.draagkracht.toPlainText().startswith("Zoë tekent")
    dp.tabs.setCurrentWidget(dp.netwerk)
    assert dp.netwerk.plaat.lid_op(
        dp.netwerk.plaat.positie(str(dp.netwerk.data.netwerk[0].persoon_id))
    )
    assert len(dp.netwerk.data.netwerk) == 5
    assert dp.analyse.model.rowCount() == 6 and dp.analyse.diagram.aantal_pijlen() == 4
    assert dp.afronden.samenvatting.toPlainText().startswith("Zoë is na de verhuizing")
    werk.ga_naar(2)
    vv = werk.vervullen
    assert vv.doelen.count() == 3 and vv.routekaart_model.rowCount() == 4
    assert "Doel 3" in vv.signalen.text()


def test_collega_wijzigt_een_leefgebied_tegelijk(qtbot, venster, db, maak_casus, monkeypatch):
    """Burak edits the same leefgebied while Anouk has it open: his other field is kept; the
    same field asks her (his name, both values) and, keeping his, shows his value."""
    medewerkers.maak_medewerker(Database(db.engine), "b.yilmaz", "Burak Yılmaz", "coördinator")
    burak = Database(db.engine, "b.yilmaz")
    d = maak_casus(personen=[{"rol": "jeugdige", "voornaam": "Zoë", "achternaam": "Bos"}])
    view = venster.open_casus(d.id)
    view.tabs.setCurrentWidget(view.intake)
    v = view.intake.verkennen
    v.lijst.setCurrentRow(3)
    sleutel = v.sleutel
    gevraagd: list[str] = []

    def antwoord(mijn: bool) -> None:
        monkeypatch.setattr(
            veldconflict, "kies_mijn_waarde", lambda _p, c: gevraagd.append(str(c)) or mijn
        )

    def leefgebied() -> intake.LeefgebiedData:
        return next(lg for lg in intake.intake(db, d.id).leefgebieden if lg.sleutel == sleutel)

    levenskracht.zet_leefgebied(
        burak, d.id, sleutel, {"gaat_goed": "Voetbal"}, basis={"gaat_goed": None}
    )
    antwoord(True)
    v.zorgen.setFocus()
    qtbot.keyClicks(v.zorgen, "Spijbelt")
    v.autosave.bewaar_alles()
    assert (leefgebied().gaat_goed, leefgebied().zorgen) == ("Voetbal", "Spijbelt")
    assert not gevraagd

    levenskracht.zet_leefgebied(
        burak, d.id, sleutel, {"zorgen": "Spijbelt vaak"}, basis={"zorgen": "Spijbelt"}
    )
    antwoord(False)
    qtbot.keyClicks(v.zorgen, " soms")
    v.autosave.bewaar_alles()
    assert gevraagd and "Burak Yılmaz" in gevraagd[-1] and "Spijbelt soms" in gevraagd[-1]
    assert leefgebied().zorgen == "Spijbelt vaak"
    qtbot.waitUntil(lambda: v.zorgen.toPlainText() == "Spijbelt vaak", timeout=3000)
