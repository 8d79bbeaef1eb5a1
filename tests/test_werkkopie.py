"""The werkkopie on a real PostgreSQL team register: made as the consultant's own login, worked
on offline through the normal services, synced back field by field (contract: team.md)."""

from datetime import date, datetime

import pytest
from sqlmodel import select
from teamhulp import TEAM, WACHTWOORD
from werkkopiehulp import SLEUTEL
from werkkopiehulp import nieuwe_casus as _nieuw

from jeugdloket.fouten import Fout
from jeugdloket.models import Casus, Medewerker, Werkkopie, WerkkopieCasus
from jeugdloket.services import (
    casuslijst,
    casussen,
    conflicten,
    logboek,
    synchronisatie,
    toegang,
    werkkopie,
)


def test_werkkopie_draagt_alleen_wat_mee_moet(team, laptop):
    db, ids = laptop
    assert db.versleuteld
    eigen = werkkopie.stand(db)
    assert eigen.gebruiker == "a.devries" and eigen.team_url.endswith("/" + db_naam(team))
    assert ":" + WACHTWOORD not in eigen.team_url  # no password kept in the file
    with db.sessie() as s:
        hashes = {m.gebruikersnaam: m.wachtwoord_hash for m in s.exec(select(Medewerker))}
    assert set(hashes) == set(TEAM)
    assert [n for n, h in hashes.items() if h] == ["a.devries"]
    # Offline sign-in with the same password; Burak's case is not in the file.
    assert toegang.meld_aan(db, "a.devries", WACHTWOORD).gebruikersnaam == "a.devries"
    assert set(ids) == {r.casusnummer for r in casuslijst.casuslijst(db, date(2026, 11, 20))}
    # The register knows the copy and which cases are out.
    with team["r.hendriks"].sessie() as s:
        kopie = s.exec(select(Werkkopie)).one()
        assert kopie.gebruiker == "a.devries"
        assert {w.casus_id for w in s.exec(select(WerkkopieCasus))} == set(ids.values())


def db_naam(team) -> str:
    return team["url:a.devries"].rsplit("/", 1)[1]


def _sync(db, team):
    return synchronisatie.synchroniseer(db, team["a.devries"])


def test_verschillende_velden_beide_bewaard(team, laptop):
    db, ids = laptop
    nr, cid = next(iter(ids.items()))
    casussen.wijzig_casus(db, cid, {"hulpvraag": "Ruzie thuis en op school"})
    casussen.wijzig_casus(team["a.devries"], cid, {"gemeente": "Zevenaar"})
    verslag = _sync(db, team)
    assert verslag.conflicten == []
    op_kantoor = casussen.casus_detail(team["a.devries"], cid)
    assert (op_kantoor.hulpvraag, op_kantoor.gemeente) == ("Ruzie thuis en op school", "Zevenaar")
    op_laptop = casussen.casus_detail(db, cid)
    assert (op_laptop.hulpvraag, op_laptop.gemeente) == ("Ruzie thuis en op school", "Zevenaar")
    assert werkkopie.status(db).uitgaand == 0
    # Again: nothing to send, nothing changes.
    assert _sync(db, team).toegepast == 0


def test_zelfde_veld_wordt_conflict_en_de_mens_kiest(team, laptop):
    db, ids = laptop
    cid = next(iter(ids.values()))
    casussen.wijzig_casus(db, cid, {"hulpvraag": "Laptop"})
    casussen.wijzig_casus(team["r.hendriks"], cid, {"hulpvraag": "Kantoor"})
    verslag = _sync(db, team)
    assert len(verslag.conflicten) == 1
    # The register's value stays; both sides list the same conflict.
    assert casussen.casus_detail(team["a.devries"], cid).hulpvraag == "Kantoor"
    assert casussen.casus_detail(db, cid).hulpvraag == "Kantoor"
    [c] = conflicten.lijst(team["a.devries"])
    assert (c.basis, c.mijn, c.hun) == ("Ruzie thuis", "Laptop", "Kantoor")
    assert c.mijn_door == "Anouk de Vries" and c.hun_door == "René Hendriks"
    assert [k.id for k in conflicten.lijst(db)] == [c.id]
    # A second sync records nothing twice.
    assert len(_sync(db, team).conflicten) == 1
    assert len(conflicten.lijst(team["a.devries"])) == 1
    # Chosen on the laptop: written there, sent with the next sync, closed on both sides.
    conflicten.kies(db, c.id, "mijn")
    assert casussen.casus_detail(db, cid).hulpvraag == "Laptop"
    assert _sync(db, team).conflicten == []
    assert casussen.casus_detail(team["r.hendriks"], cid).hulpvraag == "Laptop"
    assert conflicten.lijst(team["r.hendriks"]) == []


def test_nieuwe_casus_offline_krijgt_een_teamnummer(team, laptop):
    db, ids = laptop
    nieuw = _nieuw(db, hulpvraag="Vraag bij de keukentafel")
    assert nieuw.casusnummer == "2026-L1-1"
    casussen.voeg_contactmoment_toe(db, nieuw.id, datetime(2026, 11, 18, 10, 0))
    # Meanwhile a colleague registers a case in the office.
    _nieuw(team["b.yilmaz"])
    verslag = _sync(db, team)
    echt = verslag.nieuwe_nummers["2026-L1-1"]
    assert echt == "2026-0006"
    detail = casussen.casus_detail(team["a.devries"], nieuw.id)
    assert detail.casusnummer == echt and len(detail.contactmomenten) == 1
    assert casussen.casus_detail(db, nieuw.id).casusnummer == echt
    with team["a.devries"].sessie() as s:
        assert s.get(Casus, nieuw.id).voorlopig_nummer == "2026-L1-1"
    # Again: nothing twice.
    assert _sync(db, team).toegepast == 0
    assert len(casussen.casus_detail(team["a.devries"], nieuw.id).contactmomenten) == 1


def test_logboek_van_de_laptop_komt_in_de_teamketen(team, laptop):
    db, ids = laptop
    nr, cid = next(iter(ids.items()))
    casussen.casus_detail(db, cid)  # an inzage, offline
    verslag = _sync(db, team)
    assert verslag.logregels >= 1
    assert logboek.controleer(team["r.hendriks"]).intact
    regels = logboek.regels(team["r.hendriks"], casusnummer=nr)
    assert any(r.actie == "inzage" and r.gebruiker == "a.devries" and r.werkplek for r in regels), (
        regels
    )
    assert _sync(db, team).logregels == 0  # each entry once


def test_verwijderd_op_laptop_en_gewijzigd_op_kantoor(team, laptop):
    db, ids = laptop
    nr = next(iter(ids))
    cid = ids[nr]
    [p] = casussen.casus_detail(db, cid).personen
    casussen.verwijder_persoon(db, p.id)
    casussen.wijzig_persoon(team["a.devries"], p.id, {"achternaam": "Jansen-de Boer"})
    verslag = _sync(db, team)
    [c] = verslag.conflicten
    assert c["veld"] == "(rij)"
    # The register keeps the person until someone chooses; the laptop gets it back.
    assert [x.achternaam for x in casussen.casus_detail(db, cid).personen] == ["Jansen-de Boer"]


def test_alleen_als_de_eigen_login(team, laptop):
    db, _ = laptop
    with pytest.raises(Fout, match="van a.devries"):
        synchronisatie.synchroniseer(db, team["b.yilmaz"])
    with pytest.raises(Fout, match="consulent of coördinator"):
        werkkopie.maak(team["k.bakker"], db.pad.parent / "k.db", WACHTWOORD, SLEUTEL)


def test_geen_casus_van_een_ander_mee(team, tmp_path):
    b = team["b.yilmaz"]
    van_b = _nieuw(b)
    with pytest.raises(Fout, match="kan niet mee"):
        werkkopie.maak(
            team["a.devries"], tmp_path / "x.db", WACHTWOORD, SLEUTEL, [van_b.casusnummer]
        )
    assert not (tmp_path / "x.db").exists()
