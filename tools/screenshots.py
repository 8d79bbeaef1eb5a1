"""Screenshots for the README, made offscreen from a fresh demo database.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""

import json
import os
import shutil
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from jeugdloket.db import open_database  # noqa: E402
from jeugdloket.demo import maak_demo  # noqa: E402
from jeugdloket.paden import RESOURCES  # noqa: E402
from jeugdloket.services import (  # noqa: E402
    casuslijst,
    casussen,
    catalogus,
    medewerkers,
    plan_pdf,
    uitwisseling,
)
from jeugdloket.ui.app import installeer_vertaling  # noqa: E402
from jeugdloket.ui.hoofdvenster import Hoofdvenster  # noqa: E402
from jeugdloket.ui.zoektool import zoekpaneel  # noqa: E402

DOEL = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def _wacht(app, paneel) -> None:
    """Until the zoektool's search (in the thread pool) has come back."""
    eind = time.monotonic() + 20
    while (paneel.bezig or paneel._pauze.isActive()) and time.monotonic() < eind:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def _bewaar_en_sluit(app, naam: str) -> None:
    """Save the open modal dialog as `naam` and cancel it."""
    dlg = app.activeModalWidget()
    dlg.grab().save(str(DOEL / naam))
    dlg.reject()


def _pdf_naar_png(pdf: Path, naam: str) -> None:
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", str(pdf), str(DOEL / naam)],
            check=True,
        )


def _veiligheid(app, venster, view, tmp: Path) -> None:
    from datetime import timedelta

    from jeugdloket.services import meldcode, veiligheidsplan

    db, cid = view.db, view.casus_id
    start = date.today() - timedelta(days=9)
    meldcode.start_traject(db, cid, start)
    meldcode.zet_stap(
        db,
        cid,
        1,
        1,
        {"datum": start, "wie": "Anouk de Vries", "rol": "jeugdconsulent"}
        | {"toelichting": "School meldt blauwe plekken op de bovenarm; Zoë zegt dat ze viel."},
    )
    meldcode.zet_stap(
        db,
        cid,
        1,
        2,
        {"datum": start + timedelta(days=1), "wie": "Veilig Thuis", "rol": "Veilig Thuis (advies)"}
        | {
            "toelichting": "Advies: eerst een gesprek met moeder, samen met de aandachtsfunctionaris."
        },
    )
    meldcode.zet_stap(db, cid, 1, 4, {"afwegingen": {"1": "ja", "2": "nee", "3": "ja"}})
    veiligheidsplan.zet_veiligheidsplan(
        db,
        cid,
        {
            "opgesteld_op": start + timedelta(days=5),
            "zorgen": "Als Marieke overprikkeld raakt, wordt het thuis onrustig en gaat het mis.",
            "veiligheidsdoelen": "Zoë weet bij wie ze terecht kan; er is altijd een volwassene "
            "bereikbaar.",
            "afspraken": [
                {"signaal": "Marieke raakt overprikkeld", "wie": "Oma Ria", "wat": "haalt Zoë op"}
                | {"controle": "Jolanda Bakker belt elke vrijdag"},
                {"signaal": "Zoë voelt zich niet veilig", "wie": "Zoë", "wat": "belt Søren"},
            ],
            "rol_netwerk": "Ria en Søren zijn bereikbaar, ook 's avonds.",
            "aanbieder": "Pactum Jeugd",
            "aandachtsfunctionaris": "Jolanda Bakker",
            "evaluatie_op": start + timedelta(days=95),
        },
    )
    view.tabs.setCurrentWidget(view.veiligheid)
    view.veiligheid.meldcode.toon_stap(4)
    app.processEvents()
    venster.grab().save(str(DOEL / "veiligheid-meldcode-stap4.png"))
    view.veiligheid.meldcode.toon_stap(5)
    app.processEvents()
    venster.grab().save(str(DOEL / "veiligheid-meldcode.png"))
    view.veiligheid.tabs.setCurrentWidget(view.veiligheid.plan)
    app.processEvents()
    venster.grab().save(str(DOEL / "veiligheid-plan.png"))
    view.veiligheid.tabs.setCurrentIndex(0)
    # The case list: the purple dot of a running meldcode traject.
    venster.lijst.model.vervang_regel(casuslijst.casusregel(db, cid))
    venster.tabs.setCurrentWidget(venster.lijst)
    venster.lijst.zoekveld.setText("2026-09")
    app.processEvents()
    venster.grab().save(str(DOEL / "casuslijst-meldcode.png"))
    venster.lijst.zoekveld.clear()
    venster.tabs.setCurrentWidget(view)
    pdf = tmp / "veiligheidsplan.pdf"
    plan_pdf.maak_pdf(db, cid, "veiligheidsplan", pdf)
    _pdf_naar_png(pdf, "pdf-veiligheidsplan")


def main() -> None:
    DOEL.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    installeer_vertaling(app, "nl")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.db", gebruiker="demo")
        maak_demo(db, 300, seed=1, vandaag=date.today())
        catalogus.laad_demo(db)
        consulent = next(m for m in medewerkers.medewerkers(db) if m.rol == "consulent")
        db.gebruiker = consulent.gebruikersnaam
        venster = Hoofdvenster(db, consulent)
        venster.resize(1366, 768)
        venster.show()
        app.processEvents()
        venster.grab().save(str(DOEL / "hoofdvenster.png"))

        # A family with several people and a few contacts makes the case view meaningful.
        regels = casuslijst.filter_casussen(
            casuslijst.casuslijst(db), medewerker_id=consulent.id, toestand="open"
        )
        kies = max(regels[:60], key=lambda r: len(casussen.casus_detail(db, r.id).personen))
        view = venster.open_casus(kies.id)
        app.processEvents()
        venster.grab().save(str(DOEL / "casus-gezin.png"))
        # Who may open the case: shared with one colleague for the screenshot.
        from jeugdloket.services import delen

        collega = next(
            m for m in medewerkers.medewerkers(db) if m.rol == "consulent" and m.id != consulent.id
        )
        delen.deel_casus(db, kies.id, collega.gebruikersnaam)
        view.open_delen()
        app.processEvents()
        view.delen_dialoog.grab().save(str(DOEL / "casus-delen.png"))
        view.delen_dialoog.reject()
        delen.trek_deling_in(db, kies.id, collega.gebruikersnaam)
        view.tabs.setCurrentWidget(view.aanmelding)
        app.processEvents()
        venster.grab().save(str(DOEL / "casus-aanmelding.png"))
        view.tabs.setCurrentWidget(view.contactmomenten)
        app.processEvents()
        venster.grab().save(str(DOEL / "casus-contactmomenten.png"))

        # The intake modules, on a case with a complete analysis (the example document).
        doc = json.loads((RESOURCES / "voorbeelden" / "casus-met-analyse.json").read_text("utf-8"))
        uitwisseling.importeer(db, doc)
        view = venster.open_casus(casussen.zoek_casusnummer(db, "2026-0901"))
        view.tabs.setCurrentWidget(view.intake)
        werk = view.intake
        werk.ga_naar(0)
        werk.verkennen.lijst.setCurrentRow(2)
        app.processEvents()
        venster.grab().save(str(DOEL / "intake-verkennen.png"))
        werk.ga_naar(1)
        for index, naam in ((0, "draag"), (1, "netwerk"), (2, "analyse"), (3, "afronden")):
            werk.verdiepen.tabs.setCurrentIndex(index)
            app.processEvents()
            if naam == "analyse":
                werk.verdiepen.analyse.diagram.passend_maken()
                app.processEvents()
            venster.grab().save(str(DOEL / f"intake-verdiepen-{naam}.png"))
        werk.ga_naar(2)
        app.processEvents()
        venster.grab().save(str(DOEL / "intake-vervullen.png"))
        werk.vervullen.tabs.setCurrentIndex(1)
        app.processEvents()
        venster.grab().save(str(DOEL / "intake-routekaart.png"))
        werk.vervullen.tabs.setCurrentIndex(0)
        werk.ga_naar(0)

        # The plans, and their PDFs as the family receives them (pages rendered with pdftoppm).
        view.tabs.setCurrentWidget(view.plannen)
        app.processEvents()
        venster.grab().save(str(DOEL / "plannen-familiegroepsplan.png"))
        view.plannen.tabs.setCurrentWidget(view.plannen.pp)
        view.plannen.pp.gebieden.setCurrentRow(1)
        app.processEvents()
        venster.grab().save(str(DOEL / "plannen-perspectiefplan.png"))
        view.plannen.tabs.setCurrentIndex(0)
        for soort, ref in (("familiegroepsplan", None), ("perspectiefplan", "p1")):
            pdf = Path(tmp) / f"{soort}.pdf"
            plan_pdf.maak_pdf(db, view.casus_id, soort, pdf, jeugdige_ref=ref)
            if shutil.which("pdftoppm"):
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        "70",
                        "-f",
                        "1",
                        "-l",
                        "2",
                        str(pdf),
                        str(DOEL / f"pdf-{soort}"),
                    ],
                    check=True,
                )

        # Safety: a meldcode traject at step 4 and a veiligheidsplan, and its PDF.
        _veiligheid(app, venster, view, Path(tmp))

        # Help and allocations: the zoektool for this case, the family's choice, the request.
        view.tabs.setCurrentWidget(view.hulp)
        app.processEvents()
        venster.grab().save(str(DOEL / "hulp-toewijzingen.png"))
        paneel = view.hulp.open_zoektool()
        _wacht(app, paneel)
        venster.grab().save(str(DOEL / "zoektool-casus.png"))
        zoekpaneel.vraag_reden = lambda *_a: "Dichtbij huis; de jongere wil praten, geen groep"
        paneel.model.zet_besproken(0)
        paneel.model.zet_besproken(1)
        paneel.tabel.selectRow(0)
        paneel.kies()
        dlg = view.hulp.dialoog
        dlg.formulier.volume.setValue(2)
        dlg.formulier.frequentie.setCurrentIndex(dlg.formulier.frequentie.findData("2"))
        dlg.formulier.controleer()
        app.processEvents()
        dlg.grab().save(str(DOEL / "toewijzing-aanvragen.png"))
        dlg.reject()

        zoek = venster.open_zoektool()
        zoek.tekst.setText("sociaal emotionele ontwikkeling")
        zoek.leeftijd.setValue(10)
        zoek.gemeente.setCurrentIndex(zoek.gemeente.findData("Duiven"))
        _wacht(app, zoek)
        venster.grab().save(str(DOEL / "zoektool.png"))

        venster.tabs.setCurrentIndex(0)
        venster.lijst.zoekveld.setText("de vr")
        app.processEvents()
        venster.grab().save(str(DOEL / "zoeken.png"))

        # Signing in, the passphrase of a new database, the access log (coördinator).
        from jeugdloket.db import Database
        from jeugdloket.ui.aanmelden import AanmeldDialoog
        from jeugdloket.ui.beveiliging import SleutelDialoog
        from jeugdloket.ui.logboek import LogboekPagina

        for naam, dlg in (
            ("aanmelden.png", AanmeldDialoog(db)),
            ("sleutel-kiezen.png", SleutelDialoog(Path(tmp) / "jeugdloket.db", nieuw=True)),
        ):
            dlg.show()
            app.processEvents()
            dlg.grab().save(str(DOEL / naam))
            dlg.reject()
        coordinator = next(m for m in medewerkers.medewerkers(db) if m.rol == "coördinator")
        logboek = LogboekPagina(Database(db.engine, coordinator.gebruikersnaam))
        logboek.resize(1366, 600)
        logboek.show()
        app.processEvents()
        logboek.grab().save(str(DOEL / "logboek.png"))
        logboek.close()

        from jeugdloket.ui.medewerkers import MedewerkersPagina, vraag_nieuwe_medewerker

        beheerder = next(m for m in medewerkers.medewerkers(db) if m.heeft_rol("beheerder"))
        pagina = MedewerkersPagina(Database(db.engine, beheerder.gebruikersnaam))
        pagina.resize(1100, 460)
        pagina.show()
        pagina.tabel.selectRow(0)
        app.processEvents()
        pagina.grab().save(str(DOEL / "medewerkers.png"))
        # The question for a new colleague, caught while it is open.
        QTimer.singleShot(200, lambda: _bewaar_en_sluit(app, "medewerker-nieuw.png"))
        vraag_nieuwe_medewerker(pagina)
        pagina.close()

        venster.nieuwe_casus()
        app.processEvents()
        venster.dialoog.grab().save(str(DOEL / "nieuwe-casus.png"))
        venster.dialoog.reject()
        venster.close()
        db.sluit()
    print(f"screenshots in {DOEL}")


if __name__ == "__main__":
    main()
