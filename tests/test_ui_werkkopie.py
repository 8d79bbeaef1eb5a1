"""The werkkopie in the window, on a real PostgreSQL team register: signing in offline, the title
and status note, the Sync button (password, progress, summary), the conflict view, the case
list's mark, "op laptop van X" on the register, and the coördinator's stale werkkopieën."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update
from teamhulp import WACHTWOORD

from jeugdloket.db import open_database
from jeugdloket.fouten import Fout
from jeugdloket.models import Werkkopie, nu
from jeugdloket.services import casussen, conflicten, medewerkers, werkkopie
from jeugdloket.ui.aanmelden import AanmeldDialoog
from jeugdloket.ui.app import installeer_vertaling
from jeugdloket.ui.casussen.lijst import KOLOMMEN
from jeugdloket.ui.conflicten import ConflictenPagina
from jeugdloket.ui.hoofdvenster import Hoofdvenster


@pytest.fixture(autouse=True)
def _nederlands(qapp):
    installeer_vertaling(qapp, "nl")


def _venster(qtbot, db, gebruiker="a.devries") -> Hoofdvenster:
    w = Hoofdvenster(db, medewerkers.zoek_medewerker(db, gebruiker))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def _sync(qtbot, venster, wachtwoord):
    dlg = venster.synchroniseer()
    dlg.wachtwoord.setText(wachtwoord)
    qtbot.mouseClick(dlg.knop_start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.bezig, timeout=30000)
    return dlg


def _markering(venster, casus_id):
    model = venster.lijst.model
    rij = model.rij_van(casus_id)
    return model.data(
        model.index(rij, KOLOMMEN.index("casusnummer")), Qt.ItemDataRole.DecorationRole
    )


def test_werkkopie_aanmelden_sync_en_conflict_kiezen(qtbot, team, laptop):
    db, ids = laptop
    cid = next(iter(ids.values()))

    # Offline sign-in with the consultant's own password, as on any file.
    dialoog = AanmeldDialoog(db, "a.devries")
    qtbot.addWidget(dialoog)
    dialoog.wachtwoord.setText(WACHTWOORD)
    with qtbot.waitSignal(dialoog.accepted, timeout=10000):
        dialoog.probeer()
    assert dialoog.medewerker.gebruikersnaam == "a.devries"

    venster = _venster(qtbot, db)
    stand = werkkopie.stand(db)
    assert venster.windowTitle().startswith(
        f"Jeugdloket – werkkopie van Anouk de Vries, sinds {stand.gemaakt_op:%d-%m-%Y %H:%M}"
    )
    assert "laatste sync" in venster.windowTitle()
    assert venster.actie_sync.isVisible() and venster.actie_conflicten.isVisible()
    assert venster.werkkopie_status.text() == "Werkkopie: geen wijzigingen te versturen"

    # Typed on the laptop, and the same field changed in the office meanwhile.
    view = venster.open_casus(cid)
    view.tabs.setCurrentWidget(view.aanmelding)
    view.aanmelding.hulpvraag.setPlainText("Ruzie thuis, gezien aan de keukentafel")
    view.bewaar_alles()
    qtbot.waitUntil(lambda: "1 wijziging" in venster.werkkopie_status.text(), timeout=5000)
    casussen.wijzig_casus(team["r.hendriks"], cid, {"hulpvraag": "Gebeld door school"})

    # A wrong password: a Dutch message, the dialog stays, nothing sent or lost.
    dlg = _sync(qtbot, venster, "geraden")
    assert "wachtwoord" in dlg.melding.text().lower() and "niets verloren" in dlg.melding.text()
    assert dlg.isVisible() and dlg.wachtwoord.text() == "" and dlg.wachtwoord.isEnabled()
    assert werkkopie.status(db).uitgaand == 1

    dlg.wachtwoord.setText(WACHTWOORD)
    qtbot.mouseClick(dlg.knop_start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.verslag is not None, timeout=30000)
    assert "2 casus(sen) gesynchroniseerd" in dlg.uitkomst.text()
    assert "1 conflict(en)" in dlg.uitkomst.text()
    assert dlg.knop_conflicten.isVisible()
    # The window follows: status note, the register's value in the open tab, the list's mark.
    assert venster.werkkopie_status.text() == (
        "Werkkopie: geen wijzigingen te versturen · 1 open conflict(en)"
    )
    assert view.aanmelding.hulpvraag.toPlainText() == "Gebeld door school"
    assert view.werkkopie.conflict.isVisibleTo(view)
    assert _markering(venster, cid) is not None
    anders = next(i for i in ids.values() if i != cid)
    assert _markering(venster, anders) is None

    # The conflict view, from the summary: choose my value.
    qtbot.mouseClick(dlg.knop_conflicten, Qt.MouseButton.LeftButton)
    pagina = venster.conflicten
    assert venster.tabs.currentWidget() is pagina
    assert pagina.model.rowCount() == 1
    [c] = pagina.model.rijen
    assert (c.basis, c.mijn, c.hun) == (
        "Ruzie thuis",
        "Ruzie thuis, gezien aan de keukentafel",
        "Gebeld door school",
    )
    qtbot.mouseClick(pagina.knop_mijn, Qt.MouseButton.LeftButton)
    assert pagina.model.rowCount() == 0 and pagina.leeg.isVisibleTo(pagina)
    assert casussen.casus_detail(db, cid).hulpvraag == "Ruzie thuis, gezien aan de keukentafel"
    assert conflicten.lijst(db) == []
    assert _markering(venster, cid) is None
    assert not view.werkkopie.conflict.isVisibleTo(view)

    # The choice goes out with the next sync: the register has it, no conflict left there.
    dlg = _sync(qtbot, venster, WACHTWOORD)
    assert "Geen conflicten" in dlg.uitkomst.text()
    assert casussen.casus_detail(team["r.hendriks"], cid).hulpvraag == (
        "Ruzie thuis, gezien aan de keukentafel"
    )
    assert conflicten.lijst(team["r.hendriks"]) == []
    venster.close()


def test_sync_annuleren(qtbot, team, laptop):
    db, ids = laptop
    for cid in ids.values():
        casussen.wijzig_casus(db, cid, {"hulpvraag": "Offline bijgewerkt"})
    venster = _venster(qtbot, db)
    dlg = venster.synchroniseer()
    dlg.wachtwoord.setText(WACHTWOORD)
    qtbot.mouseClick(dlg.knop_start, Qt.MouseButton.LeftButton)
    # Cancel at once: the sync stops before the next case, and says so; nothing is lost.
    qtbot.mouseClick(dlg.knop_annuleer, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    qtbot.waitUntil(lambda: dlg.verslag is not None, timeout=30000)
    assert "Gestopt op uw verzoek" in dlg.uitkomst.text()
    assert dlg.verslag.casussen == 0 and werkkopie.status(db).uitgaand == 2
    qtbot.mouseClick(dlg.knop_sluit, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    _sync(qtbot, venster, WACHTWOORD)
    assert werkkopie.status(db).uitgaand == 0
    venster.close()


def test_conflicten_op_het_register_en_op_laptop(qtbot, team, laptop):
    db, ids = laptop
    cid = next(iter(ids.values()))
    casussen.wijzig_casus(db, cid, {"hulpvraag": "Laptop"})
    casussen.wijzig_casus(team["r.hendriks"], cid, {"hulpvraag": "Kantoor"})
    werkkopie.sync(db, WACHTWOORD)

    # In the office: the case tab says whose laptop it is on, and offers the conflicts.
    kantoor = team["a.devries"]
    venster = _venster(qtbot, kantoor)
    assert venster.actie_conflicten.isVisible() and not venster.actie_sync.isVisible()
    view = venster.open_casus(cid)
    sinds = werkkopie.op_laptop(kantoor, cid)[0].sinds
    assert view.werkkopie.laptop.text() == (
        f"Op de laptop van Anouk de Vries sinds {sinds:%d-%m-%Y %H:%M} (hier nog te bewerken)"
    )
    assert view.werkkopie.conflict.isVisibleTo(view)
    qtbot.mouseClick(view.werkkopie.knop, Qt.MouseButton.LeftButton)
    pagina = venster.conflicten
    assert pagina.casus.currentData() == cid and pagina.model.rowCount() == 1

    # A value of one's own: written in the register, the conflict gone, the tab follows.
    pagina.eigen.setText("Laptop én kantoor")
    qtbot.mouseClick(pagina.knop_eigen, Qt.MouseButton.LeftButton)
    assert pagina.model.rowCount() == 0
    assert casussen.casus_detail(kantoor, cid).hulpvraag == "Laptop én kantoor"
    qtbot.waitUntil(lambda: not view.werkkopie.conflict.isVisibleTo(view), timeout=5000)
    venster.close()


def test_zelf_invullen_past_bij_het_veld(qtbot, team, laptop):
    db, ids = laptop
    cid = next(iter(ids.values()))
    casussen.wijzig_casus(db, cid, {"aanmelddatum": datetime(2026, 11, 17, 9, 30)})
    casussen.wijzig_casus(team["a.devries"], cid, {"aanmelddatum": datetime(2026, 11, 18, 10, 0)})
    werkkopie.sync(db, WACHTWOORD)
    pagina = ConflictenPagina(team["a.devries"])
    qtbot.addWidget(pagina)
    assert pagina.model.rowCount() == 1
    pagina.eigen.setText("31-02-2026")
    assert not pagina.kies("eigen")
    assert "datum" in pagina.melding.text() and pagina.model.rowCount() == 1
    pagina.eigen.setText("16-11-2026 08:45")
    assert pagina.kies("eigen")
    assert str(casussen.casus_detail(team["a.devries"], cid).aanmelddatum).startswith("2026-11-16")


def test_coordinator_ziet_werkkopieen_zonder_sync(qtbot, team, laptop, pg_url):
    assert werkkopie.verouderd(team["r.hendriks"], 14) == []
    with pytest.raises(Fout):
        werkkopie.verouderd(team["a.devries"], 14)
    beheer = open_database(pg_url)
    try:
        with beheer.engine.begin() as conn:
            conn.execute(update(Werkkopie).values(laatste_sync=nu() - timedelta(days=20)))
    finally:
        beheer.sluit()
    [oud] = werkkopie.verouderd(team["r.hendriks"], 14)
    assert (oud.naam, oud.gebruiker, oud.casussen) == ("Anouk de Vries", "a.devries", 2)
    assert werkkopie.verouderd(team["r.hendriks"], 30) == []

    venster = _venster(qtbot, team["r.hendriks"], "r.hendriks")
    assert venster.verouderd.isVisibleTo(venster)
    assert "1 werkkopie" in venster.verouderd.text()
    pagina = venster.open_werkkopieen()
    assert pagina.model.rowCount() == 1
    assert pagina.model.data(pagina.model.index(0, 0)) == "Anouk de Vries (a.devries)"
    venster.close()
