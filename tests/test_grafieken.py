"""The painted intake charts: mirror sheet (Spiegelblad) and network picture (Netwerkplaat)."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from jeugdloket.ui.intake.netwerkplaat import NetwerkLid, Netwerkplaat
from jeugdloket.ui.intake.spiegelblad import DREMPEL_VERSCHIL, Spiegelblad, SpiegelRij

LEEFGEBIEDEN = [
    "Gezin en opvoeding",
    "Lichamelijke gezondheid",
    "Psychisch welbevinden",
    "School en werk",
    "Vrije tijd en vrienden",
    "Sociaal netwerk",
    "Wonen",
    "Geld en inkomen",
    "Veiligheid",
    "Middelengebruik",
    "Politie en justitie",
    "Buurt",
]


def _rijen() -> list[SpiegelRij]:
    scores = {
        "School en werk": (4, 7),  # 3 apart: a talking point
        "Wonen": (5, 7),  # 2 apart: not
        "Geld en inkomen": (None, 9),  # missing: never a difference
        "Veiligheid": (8, 4),  # 4 apart, other way round
        "Buurt": (None, None),
    }
    return [
        SpiegelRij(naam.lower().replace(" ", "_"), naam, *scores.get(naam, (6, 6)))
        for naam in LEEFGEBIEDEN
    ]


@pytest.fixture
def spiegelblad(qtbot):
    blad = Spiegelblad()
    qtbot.addWidget(blad)
    blad.zet_gegevens(_rijen(), "Zoë", "Anouk de Vries")
    return blad


def test_drempel_is_drie():
    assert DREMPEL_VERSCHIL == 3


def test_verschillen_alleen_bij_drie_of_meer_punten_en_twee_scores(spiegelblad):
    assert spiegelblad.verschillen() == ["school_en_werk", "veiligheid"]


def test_verschillen_leeg_zonder_gegevens(qtbot):
    blad = Spiegelblad()
    qtbot.addWidget(blad)
    assert blad.verschillen() == []
    blad.resize(420, 520)
    assert not blad.grab().isNull()


@pytest.mark.parametrize("maat", [(420, 520), (1000, 800)])
def test_spiegelblad_tekent(spiegelblad, maat):
    spiegelblad.resize(*maat)
    beeld = spiegelblad.grab()
    assert not beeld.isNull()
    assert (beeld.width(), beeld.height()) == maat


def test_spiegelblad_vat_samen_voor_tooltip_en_schermlezer(spiegelblad):
    assert "School en werk" in spiegelblad.toolTip()
    assert "Veiligheid" in spiegelblad.toolTip()
    assert spiegelblad.accessibleName()
    assert "Zoë" in spiegelblad.accessibleDescription()


def test_spiegelblad_tooltip_noemt_het_gespreksonderwerp(spiegelblad, qtbot):
    spiegelblad.resize(420, 520)
    spiegelblad.show()
    qtbot.waitExposed(spiegelblad)
    # Find the row of "School en werk" by scanning down the widget.
    for y in range(0, 520, 4):
        pos = QPoint(40, y)
        event = QHelpEvent(QEvent.Type.ToolTip, pos, spiegelblad.mapToGlobal(pos))
        QApplication.sendEvent(spiegelblad, event)
        if "School en werk" in QToolTip.text():
            break
    assert "School en werk" in QToolTip.text()
    assert "3" in QToolTip.text()
    QToolTip.hideText()


# --------------------------------------------------------------------------- network picture

LEDEN = [
    NetwerkLid("m1", "Marieke Jansen", "Ouder", 1, "kookt en brengt naar school"),
    NetwerkLid("l1", "Łukasz Nowak", "Ouder", 1, ""),
    NetwerkLid("o1", "Oma Riet", "Netwerk", 1, "haalt op van school"),
    NetwerkLid("t2", "Tante Fatima", "Netwerk", 2, "logeeradres in het weekend"),
    NetwerkLid("b2", "Buurvrouw Els", "Netwerk", 2, ""),
    NetwerkLid("k2", "Voetbaltrainer Kees", "Netwerk", 2, ""),
    NetwerkLid("m3", "Meester Bart", "Professional", 3, ""),
    NetwerkLid("h3", "Huisarts Van den Berg", "Professional", 3, ""),
    NetwerkLid("p3", "Opa Henk", "Netwerk", 3, ""),
]


@pytest.fixture
def netwerkplaat(qtbot):
    plaat = Netwerkplaat()
    qtbot.addWidget(plaat)
    plaat.zet_gegevens("Zoë en Daan", LEDEN)
    plaat.resize(520, 560)
    return plaat


def test_lid_op_de_getekende_plek(netwerkplaat):
    for lid in LEDEN:
        assert netwerkplaat.lid_op(netwerkplaat.positie(lid.id)) == lid.id
    assert netwerkplaat.lid_op(QPointF(2, 2)) is None


def test_leden_staan_op_hun_eigen_ring(netwerkplaat):
    # The three ring-1 members are spread evenly, so their centroid is the centre of the rings.
    punten = [netwerkplaat.positie(i) for i in ("m1", "l1", "o1")]
    cx = sum(p.x() for p in punten) / 3
    cy = sum(p.y() for p in punten) / 3

    def straal(id_: str) -> float:
        p = netwerkplaat.positie(id_)
        return ((p.x() - cx) ** 2 + (p.y() - cy) ** 2) ** 0.5

    assert max(straal("m1"), straal("l1"), straal("o1")) < min(straal("t2"), straal("b2"))
    assert max(straal("t2"), straal("b2"), straal("k2")) < min(straal("m3"), straal("p3"))


def test_klik_op_lid_geeft_signaal(netwerkplaat, qtbot):
    netwerkplaat.show()
    qtbot.waitExposed(netwerkplaat)
    punt = netwerkplaat.positie("t2").toPoint()
    with qtbot.waitSignal(netwerkplaat.lid_gekozen, timeout=1000) as signaal:
        qtbot.mouseClick(netwerkplaat, Qt.MouseButton.LeftButton, pos=punt)
    assert signaal.args == ["t2"]


def test_klik_naast_leden_geeft_geen_signaal(netwerkplaat, qtbot):
    netwerkplaat.show()
    qtbot.waitExposed(netwerkplaat)
    with qtbot.assertNotEmitted(netwerkplaat.lid_gekozen):
        qtbot.mouseClick(netwerkplaat, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))


def test_tooltip_toont_bijdrage(netwerkplaat, qtbot):
    netwerkplaat.show()
    qtbot.waitExposed(netwerkplaat)
    pos = netwerkplaat.positie("o1").toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, netwerkplaat.mapToGlobal(pos))
    QApplication.sendEvent(netwerkplaat, event)
    assert "Oma Riet" in QToolTip.text()
    assert "haalt op van school" in QToolTip.text()
    QToolTip.hideText()


@pytest.mark.parametrize("maat", [(420, 520), (520, 560), (1000, 800)])
def test_netwerkplaat_tekent(netwerkplaat, maat):
    netwerkplaat.resize(*maat)
    assert not netwerkplaat.grab().isNull()
    # Positions follow the size: every member still hit-tests at its drawn place.
    for lid in LEDEN:
        assert netwerkplaat.lid_op(netwerkplaat.positie(lid.id)) == lid.id


def test_lege_netwerkplaat(qtbot):
    plaat = Netwerkplaat()
    qtbot.addWidget(plaat)
    plaat.zet_gegevens("Zoë", [])
    plaat.resize(420, 520)
    assert not plaat.grab().isNull()
    assert plaat.lid_op(QPointF(210, 260)) is None
    # English source, or Dutch when an earlier test installed the app's translation.
    beschrijving = plaat.accessibleDescription()
    assert "No network recorded yet" in beschrijving or "Nog geen netwerk" in beschrijving


def test_druk_netwerk_tekent_en_iedereen_is_aanwijsbaar(qtbot):
    plaat = Netwerkplaat()
    qtbot.addWidget(plaat)
    leden = [
        NetwerkLid(f"id{i}", f"Persoon met een lange naam {i}", rol, 1 + i % 3, "")
        for i, rol in enumerate(["Ouder", "Netwerk", "Professional", "School", "Vriend"] * 4)
    ]
    plaat.zet_gegevens("Zoë, Daan en Noor", leden)
    plaat.resize(420, 520)
    assert not plaat.grab().isNull()
    for lid in leden:
        assert plaat.lid_op(plaat.positie(lid.id)) == lid.id
