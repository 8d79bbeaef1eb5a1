"""The verklarende analyse (4P model) as a diagram the family can follow at the kitchen table.

Plain data in (`DiagramFactor`, `DiagramLink` from `diagramstukken`), signals out; no database
or services here. Four columns by type, left to right: predisponerend, uitlokkend,
instandhoudend, beschermend. Cards can be dragged; Shift+drag (or the "+" handle) from card to
card asks for a link. A card's saved position (x, y) is its top-left corner in scene coordinates.
This module holds the view (layout, zoom, mouse and keyboard); the items it shows are in
`diagramstukken` and the arrow routes come from `jeugdloket.regels.routering`.
"""

import math
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from jeugdloket.regels.routering import Punt, Rect, labelplek, poort, rand, route, zijden
from jeugdloket.ui.intake.diagramstukken import (
    ACCENT,
    BAAN_B,
    BANEN,
    BREEDTE,
    HANDVAT_R,
    KAART_START,
    KAART_TUSSEN,
    KAART_X,
    KOP_H,
    LEGENDA_H,
    MARGE,
    OBSTAKEL_MARGE,
    ONBEKEND,
    PASSEND_MAX,
    STIJLEN,
    TYPES,
    ZOOM_MAX,
    ZOOM_MIN,
    ZOOM_STAP,
    Baan,
    DiagramFactor,
    DiagramLink,
    Kaart,
    Label,
    Legenda,
    Melding,
    Opmaak,
    Pijl,
    baan_index,
    baan_x,
    kort,
)

_KOPPEN: Rect = (-1e5, -1e5, 1e5, KOP_H - 12)  # the header strip as an obstacle for arrows


@dataclass
class _Druk:
    """A left-button press that may become a click or a drag."""

    item: QGraphicsItem | None
    start: QPointF
    posities: dict[str, tuple[float, float]]
    slepen: bool = False


# --- the view -------------------------------------------------------------------------------


class AnalyseDiagram(QGraphicsView):
    """The 4P diagram: factors in four columns, links as arrows; drag to move or to link."""

    factor_verplaatst = Signal(str, float, float)  # factor id, new x, y (top-left), once per drag
    link_gevraagd = Signal(str, str)  # van id, naar id
    factor_gekozen = Signal(str)  # factor id
    link_gekozen = Signal(str)  # link id
    verwijderen_gevraagd = Signal(str, str)  # "factor" | "link", id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QColor("white"))
        self.setAccessibleName(self.tr("Explanatory analysis diagram"))
        self._kaarten: dict[str, Kaart] = {}
        self._pijlen: dict[str, Pijl] = {}
        self._banen: list[Baan] = []
        self._legenda: Legenda | None = None
        self._kaartrects: dict[str, Rect] = {}  # card id → its rectangle in the scene
        self._rects: dict[str, Rect] = {}  # card id → obstacle rectangle (with margin)
        self._zijden: dict[str, tuple[str, str]] = {}  # link id → sides it leaves and enters
        self._poortpos: dict[tuple[str, int], Punt] = {}  # (link id, 0 start | 1 end) → point
        self._labelrects: dict[str, Rect] = {}
        self._druk: _Druk | None = None
        self._koppel: Kaart | None = None
        self._elastiek: QGraphicsPathItem | None = None
        self._doel: Kaart | None = None
        self._scene.selectionChanged.connect(self._selectie_veranderd)
        self.zet_gegevens([], [])

    # --- data ----------------------------------------------------------------------------

    def zet_gegevens(self, factoren: list[DiagramFactor], links: list[DiagramLink]) -> None:
        """Rebuild the diagram; scroll position, zoom and selection stay."""
        h, v = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        gekozen = self._gekozen_sleutel()
        self._stop_koppelen()
        self._druk = None
        self._kaarten, self._pijlen, self._banen = {}, {}, []
        self._kaartrects, self._rects, self._labelrects = {}, {}, {}
        self._zijden, self._poortpos = {}, {}
        self._scene.clear()

        basis = QFont(self.font())
        kopfont = QFont(basis)
        kopfont.setBold(True)
        kopfont.setPointSizeF(basis.pointSizeF() * 1.25)
        reffont = QFont(basis)
        reffont.setBold(True)
        opmaak = Opmaak(tekst=basis, ref=reffont, label=QFont(basis))

        koppen = {
            "predisponerend": self.tr("Vulnerable"),
            "uitlokkend": self.tr("Why now"),
            "instandhoudend": self.tr("Keeps it going"),
            "beschermend": self.tr("Strengths"),
        }
        for i, soort in enumerate(TYPES):
            baan = Baan(i, STIJLEN[soort], koppen[soort], kopfont)
            self._scene.addItem(baan)
            self._banen.append(baan)

        herkend_tekst = {
            True: self.tr("The family recognises this."),
            False: self.tr("The family does not recognise this."),
            None: self.tr("Not yet checked with the family."),
        }
        hint = self.tr("Drag to move. Shift+drag (or drag the +) to another card to link them.")
        handmatig, automatisch = [], []
        for f in factoren:
            tip = (
                f"<p><b>{escape(f.ref)}</b> {escape(f.omschrijving)}</p>"
                f"<p><i>{herkend_tekst[f.herkend]}</i></p><p><small>{hint}</small></p>"
            )
            kaart = Kaart(f, STIJLEN.get(f.type, ONBEKEND), opmaak, tip)
            self._scene.addItem(kaart)
            self._kaarten[f.id] = kaart
            if f.x is not None and f.y is not None:
                kaart.setPos(f.x, f.y)
                handmatig.append(kaart)
            else:
                automatisch.append(kaart)

        for i in range(len(TYPES)):
            links_x, rechts_x = baan_x(i), baan_x(i) + BAAN_B
            y = KAART_START
            for k in handmatig:
                kl, _, kr, kb = k.scene_rect()
                if kr > links_x and kl < rechts_x:
                    y = max(y, kb + KAART_TUSSEN)
            for k in automatisch:
                if baan_index(k.factor.type) != i:
                    continue
                k.setPos(links_x + KAART_X, y)
                y += k.rect.height() + KAART_TUSSEN
        for k in self._kaarten.values():
            self._kaartrects[k.id] = k.scene_rect()
            self._rects[k.id] = self._obstakel(k)

        for link in links:
            van, naar = self._kaarten.get(link.van), self._kaarten.get(link.naar)
            if van is None or naar is None or van is naar:
                continue
            tip = f"<p><b>{escape(van.factor.ref)} → {escape(naar.factor.ref)}</b></p>"
            if link.toelichting.strip():
                tip += f"<p>{escape(link.toelichting)}</p>"
            pijl = Pijl(link, van, naar, tip)
            self._scene.addItem(pijl)
            if link.toelichting.strip():
                pijl.label = Label(pijl, kort(link.toelichting), opmaak)
                self._scene.addItem(pijl.label)
            van.pijlen.append(pijl)
            naar.pijlen.append(pijl)
            self._pijlen[link.id] = pijl
        self._routeer_alles()

        self._legenda = Legenda(
            [
                (True, self.tr("recognised by the family")),
                (False, self.tr("not recognised")),
                (None, self.tr("not checked yet")),
            ],
            self.tr("Shift+drag from card to card to link them"),
            basis,
        )
        self._scene.addItem(self._legenda)

        if not factoren:
            groter = QFont(basis)
            groter.setPointSizeF(basis.pointSizeF() * 1.1)
            tekst = self.tr(
                "No factors yet. Add a factor on the left; it appears here in its column."
            )
            self._scene.addItem(Melding(tekst, groter, QPointF(BREEDTE / 2, KOP_H + 90)))

        self._werk_banden_bij()
        if gekozen:
            soort, id_ = gekozen
            item = (self._kaarten if soort == "factor" else self._pijlen).get(id_)
            if item is not None:
                item.setSelected(True)
        self.horizontalScrollBar().setValue(h)
        self.verticalScrollBar().setValue(v)

    def selecteer_factor(self, factor_id: str) -> None:
        """Select a card from outside (e.g. the list next to the diagram) and show it."""
        kaart = self._kaarten.get(factor_id)
        if kaart is not None:
            self._kies(kaart)

    # --- helpers for tests ----------------------------------------------------------------

    def kaart_positie(self, factor_id: str) -> QPointF:
        """Scene position of the centre of the factor's card."""
        return self._kaarten[factor_id].midden()

    def aantal_pijlen(self) -> int:
        return len(self._pijlen)

    def pijl_positie(self, link_id: str, t: float = 0.5) -> QPointF:
        """Scene position of a point part `t` along the link's arrow."""
        return QPointF(*self._pijlen[link_id].punt_op(t))

    def zoomfactor(self) -> float:
        return self.transform().m11()

    # --- layout -------------------------------------------------------------------------------

    @staticmethod
    def _obstakel(kaart: Kaart) -> Rect:
        x1, y1, x2, y2 = kaart.scene_rect()
        m = OBSTAKEL_MARGE
        return x1 - m, y1 - m, x2 + m, y2 + m

    def _obstakels(self, *behalve: str) -> list[Rect]:
        return [r for k, r in self._rects.items() if k not in behalve]

    def _poorten(self, kaarten) -> None:
        """Where arrows leave and enter the sides of these cards.

        Arrows sharing a side are spread along it, in the order of their other ends, so their
        heads do not pile up and they do not cross right at the card.
        """
        for kaart in kaarten:
            groepen: dict[str, list[tuple[float, str, int]]] = {}
            for pijl in kaart.pijlen:
                za, zb = self._zijden[pijl.id]
                for eind, zij, ander in ((0, za, pijl.naar), (1, zb, pijl.van)):
                    if (pijl.van if eind == 0 else pijl.naar) is not kaart:
                        continue
                    r = self._kaartrects[ander.id]
                    sleutel = (r[1] + r[3]) / 2 if zij in ("links", "rechts") else (r[0] + r[2]) / 2
                    groepen.setdefault(zij, []).append((sleutel, pijl.id, eind))
            r = self._kaartrects[kaart.id]
            for zij, lijst in groepen.items():
                lijst.sort()
                for i, (_, pijl_id, eind) in enumerate(lijst):
                    self._poortpos[(pijl_id, eind)] = poort(r, zij, i, len(lijst))

    def _poort_van(self, pijl: Pijl) -> tuple[str, Punt, str, Punt]:
        za, zb = self._zijden[pijl.id]
        return za, self._poortpos[(pijl.id, 0)], zb, self._poortpos[(pijl.id, 1)]

    def _routeer(self, pijl: Pijl, snel: bool = False) -> None:
        za, pa, zb, pb = self._poort_van(pijl)
        obstakels = self._obstakels(pijl.van.id, pijl.naar.id)
        obstakels.append(_KOPPEN)  # never over the lane headers
        a, b = self._kaartrects[pijl.van.id], self._kaartrects[pijl.naar.id]
        pijl.zet_route(route(a, b, za, pa, zb, pb, obstakels, BANEN, snel))
        if pijl.label is not None:
            self._plaats_label(pijl, snel)

    def _plaats_label(self, pijl: Pijl, snel: bool = False) -> None:
        """At mid-arrow, or a little along or beside it where it covers the fewest cards/labels.

        `snel` (while dragging): only a few places; the full search follows on release.
        """
        b, h = pijl.label.afmeting()
        hb, hh = b / 2, h / 2
        self._labelrects.pop(pijl.id, None)
        grens = pijl.boundingRect()
        lx, ty = grens.left() - b, grens.top() - h
        rx, by = grens.right() + b, grens.bottom() + h
        bezet = [
            o
            for o in (*self._rects.values(), *self._labelrects.values(), _KOPPEN)
            if o[0] < rx and o[2] > lx and o[1] < by and o[3] > ty
        ]
        punten = pijl.label_punten()
        verschuivingen = ((0.0, 0.0), (0.0, -hh - 2), (0.0, hh + 2), (hb - 16, 0.0), (16 - hb, 0.0))
        if snel:
            punten, verschuivingen = punten[:2], verschuivingen[:3]
        beste = labelplek(punten, verschuivingen, hb, hh, bezet)
        pijl.label.setPos(beste[0], beste[1])
        self._labelrects[pijl.id] = beste[2]

    def _routeer_alles(self) -> None:
        self._zijden = {
            p.id: zijden(self._kaartrects[p.van.id], self._kaartrects[p.naar.id], BANEN)
            for p in self._pijlen.values()
        }
        self._poortpos = {}
        self._poorten(self._kaarten.values())
        self._labelrects = {}
        for pijl in self._pijlen.values():
            self._routeer(pijl)

    def _kaarten_bewogen(self, kaarten: list[Kaart]) -> None:
        """While dragging: only the arrows of these cards, and those whose ports shifted."""
        bewogen: dict[str, Pijl] = {}
        for kaart in kaarten:
            self._kaartrects[kaart.id] = kaart.scene_rect()
            self._rects[kaart.id] = self._obstakel(kaart)
            bewogen.update((p.id, p) for p in kaart.pijlen)
        geraakt: dict[str, Kaart] = {}
        for pijl in bewogen.values():
            self._zijden[pijl.id] = zijden(
                self._kaartrects[pijl.van.id], self._kaartrects[pijl.naar.id], BANEN
            )
            geraakt[pijl.van.id], geraakt[pijl.naar.id] = pijl.van, pijl.naar
        for kaart in kaarten:
            geraakt[kaart.id] = kaart
        buren = {p.id: p for k in geraakt.values() for p in k.pijlen}
        oud = {pid: self._poort_van(p) for pid, p in buren.items()}
        self._poorten(geraakt.values())
        for pid, pijl in buren.items():
            if pid in bewogen or oud[pid] != self._poort_van(pijl):
                self._routeer(pijl, snel=True)

    def _inhoud_onder(self) -> float:
        onder = KAART_START + 120
        for k in self._kaarten.values():
            onder = max(onder, k.scene_rect()[3])
        return onder + 24

    def _werk_banden_bij(self) -> None:
        """Lanes as high as the content (at least the visible height); scene rect around all."""
        schaal = self.transform().m22() or 1.0
        zichtbaar = self.viewport().height() / schaal
        hoogte = max(self._inhoud_onder(), zichtbaar - 2 * MARGE - 4 - LEGENDA_H)
        for baan in self._banen:
            baan.zet_hoogte(hoogte)
        self._legenda.setPos(0, hoogte + 2)
        links, boven, rechts, onder = 0.0, 0.0, float(BREEDTE), hoogte + 2 + LEGENDA_H
        for k in self._kaarten.values():
            x1, y1, x2, y2 = k.scene_rect()
            links, boven = min(links, x1 - 8), min(boven, y1 - 8)
            rechts, onder = max(rechts, x2 + HANDVAT_R + 8), max(onder, y2 + 8)
        rect = QRectF(links, boven, rechts - links, onder - boven)
        for pijl in self._pijlen.values():
            rect = rect.united(pijl.boundingRect())
            if pijl.label is not None:
                rect = rect.united(pijl.label.sceneBoundingRect())
        self._scene.setSceneRect(rect.adjusted(-MARGE, -MARGE, MARGE, MARGE))

    def _inhoud_rect(self) -> QRectF:
        """Everything that must be visible: columns as high as the cards, arrows, legend."""
        rect = QRectF(0, 0, BREEDTE, self._inhoud_onder() + 2 + LEGENDA_H)
        for k in self._kaarten.values():
            x1, y1, x2, y2 = k.scene_rect()
            rect = rect.united(QRectF(x1, y1, x2 - x1, y2 - y1))
        for pijl in self._pijlen.values():
            rect = rect.united(pijl.boundingRect())
        return rect.adjusted(-MARGE, -MARGE, MARGE, MARGE)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._werk_banden_bij()

    # --- zoom ---------------------------------------------------------------------------------

    def _zoom(self, factor: float, onder_muis: bool = False) -> None:
        huidig = self.transform().m11()
        nieuw = min(max(huidig * factor, ZOOM_MIN), ZOOM_MAX)
        if abs(nieuw / huidig - 1) < 1e-6:
            return
        self.setTransformationAnchor(
            QGraphicsView.ViewportAnchor.AnchorUnderMouse
            if onder_muis
            else QGraphicsView.ViewportAnchor.AnchorViewCenter
        )
        self.scale(nieuw / huidig, nieuw / huidig)
        self._werk_banden_bij()

    def inzoomen(self) -> None:
        self._zoom(ZOOM_STAP)

    def uitzoomen(self) -> None:
        self._zoom(1 / ZOOM_STAP)

    def passend_maken(self) -> None:
        """Zoom so that every card is visible (never larger than 150 %)."""
        rect = self._inhoud_rect()
        vp = self.viewport().size()
        schaal = min(vp.width() / rect.width(), vp.height() / rect.height())
        schaal = min(max(schaal, ZOOM_MIN), PASSEND_MAX)
        self.setTransform(QTransform.fromScale(schaal, schaal))
        self._werk_banden_bij()
        self.centerOn(rect.center())

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            stappen = event.angleDelta().y() / 120
            if stappen:
                self._zoom(ZOOM_STAP**stappen, onder_muis=True)
            event.accept()
            return
        super().wheelEvent(event)

    # --- selection and keyboard -------------------------------------------------------------

    def _gekozen_items(self) -> list[QGraphicsItem]:
        return [i for i in self._scene.selectedItems() if isinstance(i, Kaart | Pijl)]

    def _gekozen_sleutel(self) -> tuple[str, str] | None:
        for item in self._gekozen_items():
            return ("factor", item.id) if isinstance(item, Kaart) else ("link", item.id)
        return None

    def _gekozen_kaart(self) -> Kaart | None:
        for item in self._gekozen_items():
            if isinstance(item, Kaart):
                return item
        return None

    def _selectie_veranderd(self) -> None:
        for pijl in self._pijlen.values():
            pijl.update()
            if pijl.label is not None:
                pijl.label.update()

    def _kies(self, kaart: Kaart) -> None:
        self._scene.clearSelection()
        kaart.setSelected(True)
        self.ensureVisible(kaart, 24, 24)

    def _volgorde(self) -> list[Kaart]:
        return sorted(
            self._kaarten.values(), key=lambda k: (baan_index(k.factor.type), k.y(), k.x())
        )

    def _tab(self, vooruit: bool) -> bool:
        """Select the next/previous card; False at the end (focus leaves the diagram)."""
        volgorde = self._volgorde()
        if not volgorde:
            return False
        huidig = self._gekozen_kaart()
        if huidig is None:
            self._kies(volgorde[0] if vooruit else volgorde[-1])
            return True
        i = volgorde.index(huidig) + (1 if vooruit else -1)
        if 0 <= i < len(volgorde):
            self._kies(volgorde[i])
            return True
        return False

    def _richting(self, dx: int, dy: int) -> None:
        """Arrow keys: the nearest card in that direction."""
        huidig = self._gekozen_kaart()
        if huidig is None:
            volgorde = self._volgorde()
            if volgorde:
                self._kies(volgorde[0])
            return
        c = huidig.midden()
        beste, score = None, math.inf
        for k in self._kaarten.values():
            if k is huidig:
                continue
            m = k.midden()
            vx, vy = m.x() - c.x(), m.y() - c.y()
            voor = vx * dx + vy * dy
            if voor <= 1:
                continue
            opzij = abs(vx * dy) + abs(vy * dx)
            s = voor + 2 * opzij
            if s < score:
                beste, score = k, s
        if beste is not None:
            self._kies(beste)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self._gekozen_kaart() is None and self._kaarten:
            if event.reason() == Qt.FocusReason.TabFocusReason:
                self._kies(self._volgorde()[0])
            elif event.reason() == Qt.FocusReason.BacktabFocusReason:
                self._kies(self._volgorde()[-1])

    def _eigen_toets(self, event) -> bool:
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0):
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return bool(self._gekozen_items())
        return key == Qt.Key.Key_Escape and self._koppel is not None

    def event(self, event) -> bool:
        soort = event.type()
        if soort == QEvent.Type.ShortcutOverride and self._eigen_toets(event):
            event.accept()
            return True
        if (
            soort == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            vooruit = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if self._tab(vooruit):
                return True
            return QWidget.focusNextPrevChild(self, vooruit)
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if (
            ctrl
            and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
            or event.matches(QKeySequence.StandardKey.ZoomIn)
        ):
            self.inzoomen()
        elif ctrl and key == Qt.Key.Key_Minus or event.matches(QKeySequence.StandardKey.ZoomOut):
            self.uitzoomen()
        elif ctrl and key == Qt.Key.Key_0:
            self.passend_maken()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            items = self._gekozen_items()
            if items:
                item = items[0]
                soort = "factor" if isinstance(item, Kaart) else "link"
                self.verwijderen_gevraagd.emit(soort, item.id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            items = self._gekozen_items()
            if items:
                item = items[0]
                if isinstance(item, Kaart):
                    self.factor_gekozen.emit(item.id)
                else:
                    self.link_gekozen.emit(item.id)
        elif key == Qt.Key.Key_Left:
            self._richting(-1, 0)
        elif key == Qt.Key.Key_Right:
            self._richting(1, 0)
        elif key == Qt.Key.Key_Up:
            self._richting(0, -1)
        elif key == Qt.Key.Key_Down:
            self._richting(0, 1)
        elif key == Qt.Key.Key_Escape:
            if self._koppel is not None:
                self._stop_koppelen()
            else:
                self._scene.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- mouse: click, move, link -------------------------------------------------------------

    def _item_op(self, pos) -> QGraphicsItem | None:
        for item in self.items(pos):
            if isinstance(item, Kaart | Pijl | Label):
                return item
        return None

    def _kaart_op(self, scene_pos: QPointF, behalve: Kaart | None = None) -> Kaart | None:
        x, y = scene_pos.x(), scene_pos.y()
        for item in self._scene.items(scene_pos):
            if isinstance(item, Kaart) and item is not behalve:
                x1, y1, x2, y2 = item.scene_rect()
                if x1 <= x <= x2 and y1 <= y <= y2:
                    return item
        return None

    def mousePressEvent(self, event) -> None:
        self._druk = None
        if event.button() == Qt.MouseButton.LeftButton and self._koppel is None:
            punt = event.position().toPoint()
            item = self._item_op(punt)
            scene_pos = self.mapToScene(punt)
            if isinstance(item, Kaart) and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier or item.op_handvat(scene_pos)
            ):
                self._begin_koppelen(item, scene_pos)
                event.accept()
                return
            if isinstance(item, Label):  # the label stands for its arrow
                self._scene.clearSelection()
                item.pijl.setSelected(True)
                self._druk = _Druk(item.pijl, event.position(), {})
                event.accept()
                return
            posities = {k.id: (k.x(), k.y()) for k in self._kaarten.values()}
            self._druk = _Druk(item, event.position(), posities)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._koppel is not None:
            self._werk_elastiek(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        druk = self._druk
        if (
            druk is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and isinstance(druk.item, Kaart)
            and not druk.slepen
        ):
            afstand = (event.position() - druk.start).manhattanLength()
            if afstand < QApplication.startDragDistance():  # not a drag (yet): keep it a click
                event.accept()
                return
            druk.slepen = True
        super().mouseMoveEvent(event)
        if druk is not None and druk.slepen:
            bewogen = [
                k for k in self._kaarten.values() if k.scene_rect() != self._kaartrects.get(k.id)
            ]
            if bewogen:
                self._kaarten_bewogen(bewogen)

    def mouseReleaseEvent(self, event) -> None:
        if self._koppel is not None:
            if event.button() == Qt.MouseButton.LeftButton:
                self._einde_koppelen(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        druk = self._druk
        super().mouseReleaseEvent(event)
        if druk is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._druk = None
        bewogen = [
            (k.id, round(k.x(), 1), round(k.y(), 1))
            for k in self._kaarten.values()
            if k.id in druk.posities and (k.x(), k.y()) != druk.posities[k.id]
        ]
        if bewogen:
            self._routeer_alles()  # the moved cards may now be in other arrows' way
            self._werk_banden_bij()
            for id_, x, y in bewogen:
                self.factor_verplaatst.emit(id_, x, y)
        elif isinstance(druk.item, Kaart):
            self.factor_gekozen.emit(druk.item.id)
        elif isinstance(druk.item, Pijl):
            self.link_gekozen.emit(druk.item.id)

    def _begin_koppelen(self, kaart: Kaart, scene_pos: QPointF) -> None:
        self._koppel = kaart
        self._elastiek = QGraphicsPathItem()
        pen = QPen(ACCENT, 2.2, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._elastiek.setPen(pen)
        self._elastiek.setBrush(ACCENT)
        self._elastiek.setZValue(10)
        self._scene.addItem(self._elastiek)
        self._werk_elastiek(scene_pos)

    def _werk_elastiek(self, scene_pos: QPointF) -> None:
        doel = self._kaart_op(scene_pos, behalve=self._koppel)
        if doel is not self._doel:
            if self._doel is not None:
                self._doel.doel = False
                self._doel.update()
            if doel is not None:
                doel.doel = True
                doel.update()
            self._doel = doel
        eind = (scene_pos.x(), scene_pos.y())
        if doel is not None:  # snap to the edge of the target card
            m = doel.midden()
            eind = rand(doel.scene_rect(), rand(self._koppel.scene_rect(), (m.x(), m.y())))
        begin = rand(self._koppel.scene_rect(), eind)
        pad = QPainterPath(QPointF(*begin))
        pad.lineTo(QPointF(*eind))
        dx, dy = eind[0] - begin[0], eind[1] - begin[1]
        lengte = math.hypot(dx, dy)
        if lengte > 14:
            ux, uy = dx / lengte, dy / lengte
            bx, by = eind[0] - ux * 12, eind[1] - uy * 12
            kop = QPolygonF(
                [
                    QPointF(*eind),
                    QPointF(bx - uy * 5.5, by + ux * 5.5),
                    QPointF(bx + uy * 5.5, by - ux * 5.5),
                    QPointF(*eind),
                ]
            )
            pad.addPolygon(kop)
        self._elastiek.setPath(pad)

    def _einde_koppelen(self, scene_pos: QPointF) -> None:
        van = self._koppel
        doel = self._kaart_op(scene_pos, behalve=van)
        self._stop_koppelen()
        if van is None:
            return
        if doel is not None:
            self.link_gevraagd.emit(van.id, doel.id)
        elif self._kaart_op(scene_pos) is van:  # released on itself: just a click
            self._kies(van)
            self.factor_gekozen.emit(van.id)

    def _stop_koppelen(self) -> None:
        if self._elastiek is not None:
            self._scene.removeItem(self._elastiek)
            self._elastiek = None
        if self._doel is not None:
            self._doel.doel = False
            self._doel.update()
            self._doel = None
        self._koppel = None
