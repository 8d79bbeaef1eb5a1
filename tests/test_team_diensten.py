"""The same services on the team register, each medewerker connected as their own PostgreSQL
login (not the superuser): what the window and the command line do there."""

from datetime import date, datetime

import pytest
from teamhulp import TEAM, WACHTWOORD, maak_team

from jeugdloket.db import open_database
from jeugdloket.regels.status import Status
from jeugdloket.services import (
    casuslijst,
    casussen,
    delen,
    logboek,
    medewerkers,
    overzicht,
)
from jeugdloket.services.rechten import GeenToegang


@pytest.fixture
def team(pg_url):
    """{naam: Database as that login}; the register set up by the superuser (IT)."""
    beheer = open_database(pg_url)  # already a team register (conftest: migrated, team init)
    maak_team(beheer)
    schema, rest = pg_url.split("://", 1)
    logins = {
        naam: open_database(f"{schema}://{naam}:{WACHTWOORD}@{rest.split('@', 1)[1]}", naam)
        for naam in TEAM
    }
    yield logins
    for db in logins.values():
        db.sluit()
    beheer.sluit()


def _nieuw(db, **velden) -> casussen.CasusDetail:
    velden.setdefault("gemeente", "Duiven")
    velden.setdefault("aanmelddatum", datetime(2026, 11, 16, 9, 30))
    return casussen.maak_casus(db, casussen.NieuweCasus(**velden))


def test_consulent_werkt_als_eigen_login(team):
    a, b = team["a.devries"], team["b.yilmaz"]
    with a.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT current_user").scalar() == "a.devries"
    eigen = _nieuw(a)
    van_b = _nieuw(b)
    assert (eigen.casusnummer, van_b.casusnummer) == ("2026-0001", "2026-0002")
    casussen.voeg_persoon_toe(a, eigen.id, {"rol": "jeugdige", "voornaam": "Zoë"})
    casussen.voeg_contactmoment_toe(a, eigen.id, datetime(2026, 11, 17, 10, 0))
    casussen.voeg_persoon_toe(b, van_b.id, {"rol": "jeugdige", "voornaam": "Sem"})
    assert [p.voornaam for p in casussen.casus_detail(a, eigen.id).personen] == ["Zoë"]

    # The list: both cases, with their status, the names of the jeugdigen and the consulent.
    regels = {r.casusnummer: r for r in casuslijst.casuslijst(a, date(2026, 11, 20))}
    assert set(regels) == {"2026-0001", "2026-0002"}
    assert regels["2026-0001"].status is Status.IN_CONTACT
    assert regels["2026-0002"].status is Status.AANGEMELD
    assert regels["2026-0002"].consulent == "Burak Yılmaz"
    assert "Sem" in regels["2026-0002"].jeugdigen

    # Burak's case: the service refuses with its Dutch message; a waarneming opens it.
    with pytest.raises(GeenToegang, match="andere consulent"):
        casussen.casus_detail(a, van_b.id)
    assert delen.open_met_reden(a, van_b.id, "Burak is ziek, de school belde") is not None
    assert [p.voornaam for p in casussen.casus_detail(a, van_b.id).personen] == ["Sem"]


def test_coordinator_ziet_alles_en_het_logboek_klopt(team):
    a, b, r = team["a.devries"], team["b.yilmaz"], team["r.hendriks"]
    eigen = _nieuw(a, aanmelddatum=datetime(2026, 11, 9, 9, 0))
    van_b = _nieuw(b, aanmelddatum=datetime(2026, 11, 10, 9, 0))
    casussen.wijzig_casus(a, eigen.id, {"hulpvraag": "Opvoedvragen"})
    casussen.casus_detail(r, van_b.id)
    o = overzicht.weekoverzicht(r, "2026-W46")
    assert o.kengetallen[0].waarde == 2  # two new registrations that week
    # Everyone appended as themselves; the chain is whole; only the coördinator reads it all.
    assert logboek.controleer(r).intact
    wie = {x.gebruiker for x in logboek.regels(r)}
    assert {"a.devries", "b.yilmaz", "r.hendriks"} <= wie
    with pytest.raises(GeenToegang):
        logboek.regels(a)


def test_beheerder_heeft_geen_casussen_wel_het_team(team):
    k = team["k.bakker"]
    _nieuw(team["a.devries"])
    assert casuslijst.casuslijst(k) == []
    assert {m.gebruikersnaam for m in medewerkers.medewerkers(k)} == set(TEAM)
