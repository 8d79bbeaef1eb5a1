"""The case list made fast (issue 16) shows what it showed before: the letter index gives the
same rows in the same order as testing every row, and a register loaded in the background (its
rows sorted in the loading thread) shows the same rows as the list service in the list's order."""

import random
import uuid
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from jeugdloket.regels.status import Status
from jeugdloket.regels.zoeken import zoektekst
from jeugdloket.services import casuslijst, medewerkers
from jeugdloket.services.casuslijst import (
    CasusRegel,
    Letterindex,
    filter_casussen,
    filter_met_index,
)
from jeugdloket.ui import hoofdvenster
from jeugdloket.ui.app import installeer_vertaling
from jeugdloket.ui.casussen import lijst

NAMEN = ["Jansen", "de Vries", "Łukasiewicz", "Öztürk", "Zoë", "Bakker", "van den Berg", "Ng"]
VRAGEN = [
    "",
    " ",
    "j",
    "ja",
    "jansen",
    "de v",
    "de vries",
    "l",
    "lukas",
    "Łuk",
    "ozt",
    "ö",
    "zoe",
    "q",
    "6",
    "69",
    "6921",
    "2025-0",
    "ng 69",
    "|",
    "x y z",
    "é",
]


def _regels(aantal: int, seed: int = 3) -> list[CasusRegel]:
    kans = random.Random(seed)
    regels = []
    for i in range(aantal):
        personen = [
            {
                "voornaam": kans.choice(NAMEN),
                "achternaam": kans.choice(NAMEN),
                "postcode": f"69{kans.randint(0, 99):02d} {kans.choice('AKZ')}B",
            }
            for _ in range(kans.randint(0, 2))
        ]
        nummer = f"202{kans.randint(4, 6)}-{i:04d}"
        regels.append(
            CasusRegel(
                uuid.UUID(int=i),
                nummer,
                ", ".join(p["achternaam"] for p in personen),
                "Duiven",
                None,
                "",
                kans.choice([Status.AANGEMELD, Status.AFGESLOTEN]),
                date(2026, 1, 1),
                date(2026, 1, 6),
                None,
                zoektekst(nummer, personen) if i % 50 else "",  # a few without any text
            )
        )
    return regels


@pytest.mark.parametrize("stuk", [7, 10_000])
def test_index_geeft_dezelfde_rijen_als_elke_rij_testen(stuk):
    regels = _regels(600)
    index = Letterindex(regels, stuk=stuk)
    for vraag in VRAGEN:
        verwacht = filter_casussen(regels, vraag)
        assert filter_met_index(index, vraag) == verwacht, vraag
    # a letter no row has, and the empty list
    assert index.met_letter("q") == [r for r in regels if "q" in r.zoektekst]
    assert filter_met_index(Letterindex([]), "jansen") == []


def _getoond(model) -> list[uuid.UUID]:
    return [model.regel(i).id for i in range(model.rowCount())]


def test_lijst_met_index_toont_wat_zonder_index_getoond_wordt(qtbot, monkeypatch):
    regels = _regels(1500)
    zonder = lijst.CasusTabelModel()
    monkeypatch.setattr(lijst, "INDEX_VANAF", 100)
    met = lijst.CasusTabelModel()
    for model in (zonder, met):
        model.zet_regels(list(regels))
        model.zet_filter("", None, "alle")
    assert not zonder.heeft_index
    qtbot.waitUntil(lambda: met.heeft_index)
    # typing, backspacing and a second word: new queries, narrowing and widening
    reeks = ["j", "ja", "jan", "ja", "", "d", "de", "de ", "de v", "de va", "de v", "6", "69 "]
    reeks += ["69 z", "", "lukas", "ozt", "o", "", "q", "2025", "2025 n"]
    for vraag in reeks:
        for model in (zonder, met):
            model.zet_filter(vraag, None, "alle")
        assert (
            _getoond(met) == _getoond(zonder) == [r.id for r in filter_casussen(regels, vraag)]
        ), vraag
    # open cases only: the index of that base list is built as well
    met.zet_filter("", None, "open")
    qtbot.waitUntil(lambda: met.heeft_index)
    met.zet_filter("j", None, "open")
    assert _getoond(met) == [r.id for r in filter_casussen(regels, "j", toestand="open")]


def test_gewijzigde_rij_valt_af_bij_verder_typen(qtbot, monkeypatch):
    """A case changed while a search is shown stays in view; typing on tests it again."""
    monkeypatch.setattr(lijst, "INDEX_VANAF", 100)
    regels = _regels(400)
    model = lijst.CasusTabelModel()
    model.zet_regels(list(regels))
    model.zet_filter("", None, "alle")
    qtbot.waitUntil(lambda: model.heeft_index)
    model.zet_filter("jansen", None, "alle")
    eerste = model.regel(0)
    anders = CasusRegel(**{**{f: getattr(eerste, f) for f in eerste.__slots__}})
    anders.zoektekst = " 2026 0001 | bakker "
    model.vervang_regel(anders)
    assert anders.id in _getoond(model)
    model.zet_filter("jansen ", None, "alle")
    model.zet_filter("jansen b", None, "alle")
    assert anders.id not in _getoond(model)
    assert all("jansen" in model.regel(i).zoektekst for i in range(model.rowCount()))
    # and the index comes back for the changed rows
    qtbot.waitUntil(lambda: model.heeft_index)
    model.zet_filter("", None, "alle")
    model.zet_filter("b", None, "alle")
    assert anders.id in _getoond(model)


def test_vooraf_gesorteerde_rijen_tonen_als_zelf_gesorteerd(qtbot):
    regels = _regels(300, seed=5)
    for kolom in lijst.KOLOMMEN:
        for volgorde in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sortering = (lijst.KOLOMMEN.index(kolom), volgorde)
            zelf, vooraf = lijst.CasusTabelModel(), lijst.CasusTabelModel()
            for model in (zelf, vooraf):
                model.sort(*sortering)
            zelf.zet_regels(list(reversed(regels)))
            gesorteerd = list(reversed(regels))
            lijst.sorteer(gesorteerd, sortering)
            vooraf.zet_regels(gesorteerd, gesorteerd_op=vooraf.sortering)
            for model in (zelf, vooraf):
                model.zet_filter("", None, "alle")
            assert _getoond(vooraf) == _getoond(zelf), kolom


@pytest.mark.parametrize("sorteer_tijdens_laden", [False, True])
def test_register_op_de_achtergrond_geladen_toont_alle_casussen(
    qtbot, qapp, db, maak_casus, monkeypatch, sorteer_tijdens_laden
):
    """More cases than the first part: the rest arrives from the loading thread, sorted there;
    a sort chosen while it loads still holds."""
    installeer_vertaling(qapp, "nl")
    for dag in (3, 9, 1, 7, 5):
        maak_casus(aanmelddatum=datetime(2026, 10, dag, 9, 30))
    monkeypatch.setattr(hoofdvenster, "EERSTE_DEEL", 2)
    venster = hoofdvenster.Hoofdvenster(db, medewerkers.zoek_medewerker(db, "a.devries"))
    qtbot.addWidget(venster)
    venster.lijst.knop_alle_toestanden.click()
    assert not venster.lijst.volledig
    alle = casuslijst.casuslijst(db)
    if sorteer_tijdens_laden:
        venster.lijst.tabel.sortByColumn(
            lijst.KOLOMMEN.index("casusnummer"), Qt.SortOrder.AscendingOrder
        )
        verwacht = sorted(alle, key=lambda r: r.casusnummer)
    else:
        verwacht = sorted(alle, key=lambda r: r.aanmelddatum, reverse=True)
    qtbot.waitUntil(lambda: venster.lijst.volledig)
    assert _getoond(venster.lijst.model) == [r.id for r in verwacht]
    assert "5 van 5" in venster.lijst.aantal.text()
