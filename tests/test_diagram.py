"""The verklarende analyse diagram (4P): lanes, arrows, dragging, linking, keyboard."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from jeugdloket.ui.app import installeer_vertaling
from jeugdloket.ui.intake.diagram import AnalyseDiagram
from jeugdloket.ui.intake.diagramstukken import TYPES, DiagramFactor, DiagramLink

LINKS = Qt.MouseButton.LeftButton
GEEN = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def factor(id_, soort, tekst="Een factor", x=None, y=None, herkend=None, ref=None):
    return DiagramFactor(id_, ref or id_, soort, tekst, herkend, x, y)


@pytest.fixture
def diagram(qtbot):
    d = AnalyseDiagram()
    qtbot.addWidget(d)
    d.resize(1000, 650)
    d.show()
    qtbot.waitExposed(d)
    return d


def _vp(d: AnalyseDiagram, scene_punt: QPointF) -> QPoint:
    return d.mapFromScene(scene_punt)


def sleep(qtbot, d, van: QPoint, naar: QPoint, modifier=GEEN, stappen=8):
    """Press, move in steps, release – on the viewport, as a user would."""
    vp = d.viewport()
    qtbot.mousePress(vp, LINKS, modifier, van)
    for i in range(1, stappen + 1):
        qtbot.mouseMove(vp, van + (naar - van) * (i / stappen))
    qtbot.mouseRelease(vp, LINKS, modifier, naar)


def test_elk_type_in_zijn_eigen_kolom_in_4p_volgorde(diagram):
    factoren = [factor(f"f{i}", soort) for i, soort in reversed(list(enumerate(TYPES)))]
    diagram.zet_gegevens(factoren, [])
    xs = [diagram.kaart_positie(f"f{i}").x() for i in range(len(TYPES))]
    assert xs == sorted(xs)
    assert len(set(xs)) == len(TYPES)


def test_automatisch_geplaatst_zonder_overlap_na_de_handmatige(diagram):
    handmatig = factor("h", "uitlokkend", "Zelf neergezet", x=300, y=60)
    auto = [factor(f"a{i}", "uitlokkend", "Tekst " * (i * 6 + 1)) for i in range(6)]
    diagram.zet_gegevens([*auto, handmatig], [])
    assert diagram._kaarten["h"].pos() == QPointF(300, 60)
    rects = {id_: diagram._kaarten[id_].sceneBoundingRect() for id_ in diagram._kaarten}
    kaart_rects = {
        id_: diagram._kaarten[id_].rect.translated(diagram._kaarten[id_].pos()) for id_ in rects
    }
    ids = list(kaart_rects)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            assert not kaart_rects[a].intersects(kaart_rects[b]), (a, b)
    # stacked top to bottom in input order, below the manual one, all in one column
    ys = [diagram.kaart_positie(f"a{i}").y() for i in range(6)]
    assert ys == sorted(ys)
    assert kaart_rects["a0"].top() > kaart_rects["h"].bottom()
    assert len({diagram.kaart_positie(f"a{i}").x() for i in range(6)}) == 1


def test_lange_tekst_afgekapt_met_alles_in_tooltip(diagram):
    lang = "Zoë blijft thuis als ze buikpijn heeft; " * 12
    diagram.zet_gegevens([factor("z", "instandhoudend", lang, herkend=True)], [])
    kaart = diagram._kaarten["z"]
    assert 1 <= len(kaart._regels) <= 4
    assert kaart._regels[-1].endswith("…")
    assert "Zoë blijft thuis" in kaart._regels[0]
    assert lang.strip() in kaart.toolTip()


def test_een_link_wordt_een_pijl(diagram):
    fs = [factor("a", "predisponerend"), factor("b", "instandhoudend")]
    links = [
        DiagramLink("l1", "a", "b", "maakt het erger"),
        DiagramLink("l2", "a", "a", "naar zichzelf: nooit"),
        DiagramLink("l3", "a", "weg", "naar een onbekende factor"),
    ]
    diagram.zet_gegevens(fs, links)
    assert diagram.aantal_pijlen() == 1
    pijl = diagram._pijlen["l1"]
    a, b = diagram._kaarten["a"], diagram._kaarten["b"]
    begin, eind = pijl.segs[0][0], pijl.segs[-1][3]
    # from card edge to card edge
    assert abs(begin[0] - a.scene_rect()[2]) < 6
    assert abs(eind[0] - b.scene_rect()[0]) < 6
    assert "maakt het erger" in pijl.toolTip()


def test_pijl_binnen_een_kolom_buigt_om_de_kaarten_ertussen(diagram):
    fs = [
        factor(f"k{i}", "instandhoudend", "Een wat langere factor die twee regels vult")
        for i in range(3)
    ]
    diagram.zet_gegevens(fs, [DiagramLink("l", "k0", "k2", "")])
    midden = diagram._kaarten["k1"]
    r = midden.rect.translated(midden.pos())
    for i in range(21):
        assert not r.contains(diagram.pijl_positie("l", i / 20))


def test_slepen_verplaatst_en_meldt_een_keer(qtbot, diagram):
    diagram.zet_gegevens(
        [factor("a", "predisponerend"), factor("b", "beschermend")],
        [DiagramLink("l", "a", "b", "")],
    )
    gezien = []
    diagram.factor_verplaatst.connect(lambda *args: gezien.append(args))
    gekozen = []
    diagram.factor_gekozen.connect(gekozen.append)
    oud = diagram._kaarten["a"].pos()
    begin_pijl = diagram._pijlen["l"].segs[0][0]
    start = _vp(diagram, diagram.kaart_positie("a"))
    sleep(qtbot, diagram, start, start + QPoint(150, 120), stappen=12)
    assert len(gezien) == 1
    id_, x, y = gezien[0]
    assert id_ == "a"
    assert (x, y) == pytest.approx((oud.x() + 150, oud.y() + 120), abs=0.6)
    assert diagram._kaarten["a"].pos() == QPointF(x, y)
    assert diagram._pijlen["l"].segs[0][0] != begin_pijl  # the arrow followed
    assert gekozen == []  # a drag is not a click


def test_klikken_kiest_kaart_en_pijl(qtbot, diagram):
    diagram.zet_gegevens(
        [factor("a", "predisponerend"), factor("b", "instandhoudend")],
        [DiagramLink("l", "a", "b", "")],
    )
    factoren, links = [], []
    diagram.factor_gekozen.connect(factoren.append)
    diagram.link_gekozen.connect(links.append)
    qtbot.mouseClick(diagram.viewport(), LINKS, GEEN, _vp(diagram, diagram.kaart_positie("b")))
    assert factoren == ["b"]
    assert diagram._kaarten["b"].isSelected()
    qtbot.mouseClick(diagram.viewport(), LINKS, GEEN, _vp(diagram, diagram.pijl_positie("l", 0.3)))
    assert links == ["l"]
    assert diagram._pijlen["l"].isSelected()


def test_shift_slepen_van_kaart_naar_kaart_vraagt_een_link(qtbot, diagram):
    diagram.zet_gegevens(
        [factor("a", "uitlokkend"), factor("b", "instandhoudend"), factor("c", "instandhoudend")],
        [],
    )
    gevraagd, verplaatst = [], []
    diagram.link_gevraagd.connect(lambda van, naar: gevraagd.append((van, naar)))
    diagram.factor_verplaatst.connect(lambda *a: verplaatst.append(a))
    plek_a = diagram.kaart_positie("a")
    a, b = _vp(diagram, plek_a), _vp(diagram, diagram.kaart_positie("b"))
    sleep(qtbot, diagram, a, b, SHIFT)
    assert gevraagd == [("a", "b")]
    assert verplaatst == []
    assert diagram.kaart_positie("a") == plek_a  # linking does not move the card
    # no rubber band left behind, nothing highlighted
    assert diagram._elastiek is None
    assert not any(k.doel for k in diagram._kaarten.values())
    # to empty space, or back onto itself: nothing
    sleep(qtbot, diagram, a, a + QPoint(0, 400), SHIFT)
    sleep(qtbot, diagram, a, a + QPoint(5, 5), SHIFT)
    assert gevraagd == [("a", "b")]


def test_slepen_vanaf_het_plus_handvat_vraagt_een_link(qtbot, diagram):
    diagram.zet_gegevens([factor("a", "predisponerend"), factor("b", "uitlokkend")], [])
    gevraagd = []
    diagram.link_gevraagd.connect(lambda van, naar: gevraagd.append((van, naar)))
    qtbot.mouseClick(diagram.viewport(), LINKS, GEEN, _vp(diagram, diagram.kaart_positie("a")))
    kaart = diagram._kaarten["a"]
    handvat = _vp(diagram, kaart.mapToScene(kaart.handvat()))
    sleep(qtbot, diagram, handvat, _vp(diagram, diagram.kaart_positie("b")))
    assert gevraagd == [("a", "b")]


def test_delete_op_gekozen_kaart_of_pijl(qtbot, diagram):
    diagram.zet_gegevens(
        [factor("a", "predisponerend"), factor("b", "instandhoudend")],
        [DiagramLink("l", "a", "b", "")],
    )
    gevraagd = []
    diagram.verwijderen_gevraagd.connect(lambda soort, id_: gevraagd.append((soort, id_)))
    qtbot.keyClick(diagram, Qt.Key.Key_Delete)  # nothing selected: nothing
    qtbot.mouseClick(diagram.viewport(), LINKS, GEEN, _vp(diagram, diagram.kaart_positie("a")))
    qtbot.keyClick(diagram, Qt.Key.Key_Delete)
    qtbot.mouseClick(diagram.viewport(), LINKS, GEEN, _vp(diagram, diagram.pijl_positie("l", 0.3)))
    qtbot.keyClick(diagram, Qt.Key.Key_Delete)
    assert gevraagd == [("factor", "a"), ("link", "l")]
    assert diagram.aantal_pijlen() == 1  # the owner decides


def test_toetsenbord_tab_pijltjes_enter(qtbot, diagram):
    diagram.zet_gegevens(
        [
            factor("p1", "predisponerend"),
            factor("p2", "predisponerend"),
            factor("u1", "uitlokkend"),
            factor("b1", "beschermend"),
        ],
        [],
    )
    diagram.setFocus()
    gekozen = []
    diagram.factor_gekozen.connect(gekozen.append)

    def huidig():
        return [i.id for i in diagram.scene().selectedItems()]

    qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    assert huidig() == ["p1"]
    qtbot.keyClick(diagram, Qt.Key.Key_Down)
    assert huidig() == ["p2"]
    qtbot.keyClick(diagram, Qt.Key.Key_Up)
    qtbot.keyClick(diagram, Qt.Key.Key_Right)
    assert huidig() == ["u1"]
    qtbot.keyClick(diagram, Qt.Key.Key_Right)
    assert huidig() == ["b1"]
    qtbot.keyClick(diagram, Qt.Key.Key_Left)
    assert huidig() == ["u1"]
    qtbot.keyClick(diagram, Qt.Key.Key_Return)
    assert gekozen == ["u1"]
    qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    assert huidig() == ["b1"]
    qtbot.keyClick(diagram, Qt.Key.Key_Backtab)
    assert huidig() == ["u1"]


def test_zoom_met_toetsen_en_wiel(qtbot, diagram):
    diagram.zet_gegevens([factor("a", "predisponerend")], [])
    qtbot.keyClick(diagram, Qt.Key.Key_Equal, CTRL)
    groter = diagram.zoomfactor()
    assert groter > 1.1
    qtbot.keyClick(diagram, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(diagram, Qt.Key.Key_Minus, CTRL)
    assert diagram.zoomfactor() < 1
    midden = QPointF(diagram.viewport().rect().center())
    wiel = QWheelEvent(
        midden,
        QPointF(diagram.viewport().mapToGlobal(midden.toPoint())),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    voor = diagram.zoomfactor()
    QApplication.sendEvent(diagram.viewport(), wiel)
    assert diagram.zoomfactor() == pytest.approx(voor * 1.15**2)
    qtbot.keyClick(diagram, Qt.Key.Key_0, CTRL)
    assert 0.25 <= diagram.zoomfactor() <= 1.5


def test_opnieuw_opbouwen_houdt_zoom_scroll_en_selectie(diagram):
    fs = [factor(f"f{i}", TYPES[i % 4], "Factor") for i in range(12)]
    fs.append(factor("ver", "beschermend", "Ver naar beneden", x=700, y=1600))
    diagram.zet_gegevens(fs, [])
    diagram._zoom(1.3)
    diagram.verticalScrollBar().setValue(400)
    diagram.selecteer_factor("f2")
    diagram.verticalScrollBar().setValue(400)
    zoom, v, h = (
        diagram.zoomfactor(),
        diagram.verticalScrollBar().value(),
        diagram.horizontalScrollBar().value(),
    )
    assert v == 400
    diagram.zet_gegevens([*fs, factor("nieuw", "uitlokkend", "Nieuw")], [])
    assert diagram.zoomfactor() == zoom
    assert diagram.verticalScrollBar().value() == v
    assert diagram.horizontalScrollBar().value() == h
    assert diagram._kaarten["f2"].isSelected()


def test_lege_toestand_zegt_wat_te_doen(diagram, qapp):
    # The English source, whatever language an earlier module on this worker installed.
    installeer_vertaling(qapp, "en")
    try:
        diagram.zet_gegevens([], [])
    finally:
        installeer_vertaling(qapp, "nl")
    teksten = [getattr(i, "_tekst", "") for i in diagram.scene().items()]
    assert any(t.startswith("No factors yet.") for t in teksten), teksten
    diagram.zet_gegevens([factor("a", "predisponerend")], [])
    assert not any(getattr(i, "_tekst", "") for i in diagram.scene().items())


def test_opnieuw_opbouwen_geeft_geen_dubbele_pijlen(diagram):
    # Every save redraws the diagram from the service's data: building it again must replace,
    # not add. (Its speed is a benchmark – benchmarks/diagram.py – not a timed test.)
    fs = [
        factor(
            f"f{i}",
            TYPES[i % 4],
            "Een gewone omschrijving van een factor, twee regels",
            ref=f"f{i}",
        )
        for i in range(40)
    ]
    links = [
        DiagramLink(f"l{i}", f"f{i % 40}", f"f{(i * 7 + 3) % 40}", "want zo gaat het")
        for i in range(60)
    ]
    for _ in range(3):
        diagram.zet_gegevens(fs, links)
    assert diagram.aantal_pijlen() == 60
