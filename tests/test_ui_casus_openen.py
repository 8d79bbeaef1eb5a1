"""Opening a case builds and reads what it shows: the other tabs when they are first chosen,
with the same content as before; the intake reads its data once per showing (issue 16)."""

import pytest

from jeugdloket.services import intake
from jeugdloket.ui.casussen.casustab import CasusTab


@pytest.fixture
def intake_lezingen(monkeypatch):
    """How often the intake workspace reads the intake (the real service, counted)."""
    from jeugdloket.ui.intake import werkplaats

    lezingen: list[object] = []
    echt = intake.intake

    def tel(db, casus_id):
        lezingen.append(casus_id)
        return echt(db, casus_id)

    monkeypatch.setattr(werkplaats.intake, "intake", tel)
    return lezingen


def test_een_casus_opent_met_alleen_het_gezin_gebouwd(qtbot, venster, maak_casus):
    d = maak_casus(personen=[{"rol": "jeugdige", "voornaam": "Zoë", "achternaam": "Bos"}])
    view = venster.open_casus(d.id)
    titels = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titels == [
        "&Gezin",
        "&Aanmelding",
        "&Contactmomenten",
        "&Intake en analyse",
        "&Plannen",
        "&Hulp en toewijzingen",
        "&Veiligheid",
    ]
    assert view.tabs.currentWidget() is view.gezin
    # Only the family tab is a real tab yet; the others are placeholders with their titles.
    assert [isinstance(view.tabs.widget(i), CasusTab) for i in range(view.tabs.count())] == [
        True,
        *[False] * 6,
    ]

    # Chosen through the tab bar, a tab is built in its place, with its title, and shown.
    view.tabs.setCurrentIndex(1)
    assert view.tabs.currentWidget() is view.aanmelding
    assert view.tabs.tabText(1) == "&Aanmelding"
    assert view.aanmelding.isVisible()
    assert view.aanmelding.gemeente.currentText() == d.gemeente

    # Asked for by code while not shown: built in its place, the current tab stays current.
    hulp = view.hulp
    assert view.tabs.indexOf(hulp) == 5 and view.tabs.currentWidget() is view.aanmelding
    assert view.tabs.count() == 7


def test_intake_leest_eenmaal_bij_tonen_en_opnieuw_bij_terugkomen(
    qtbot, venster, db, maak_casus, intake_lezingen
):
    d = maak_casus(personen=[{"rol": "jeugdige", "voornaam": "Zoë", "achternaam": "Bos"}])
    view = venster.open_casus(d.id)
    view.tabs.setCurrentIndex(3)
    assert view.tabs.currentWidget() is view.intake
    assert len(intake_lezingen) == 1
    assert view.intake.stapel.currentWidget() is view.intake.verkennen

    # Changed elsewhere while another tab is shown: coming back shows it (read again).
    view.tabs.setCurrentWidget(view.gezin)
    intake.zet_intake(db, d.id, {"fase": intake.FASEN[2]})
    view.tabs.setCurrentWidget(view.intake)
    assert len(intake_lezingen) == 2
    assert view.intake.stapel.currentWidget() is view.intake.vervullen
    assert view.intake.stapknoppen[2].isChecked()
