"""The case register's services on a temporary database."""

from datetime import date, datetime

import pytest

from jeugdloket.db import Database
from jeugdloket.fouten import Validatiefout, VeldConflict
from jeugdloket.regels.status import Status
from jeugdloket.services import casuslijst, casussen, medewerkers

pytestmark = pytest.mark.beide_engines


def test_casusnummer_per_jaar(db, maak_casus):
    assert maak_casus(aanmelddatum=datetime(2025, 12, 31, 16, 0)).casusnummer == "2025-0001"
    assert maak_casus(aanmelddatum=datetime(2026, 1, 2, 9, 0)).casusnummer == "2026-0001"
    assert maak_casus(aanmelddatum=datetime(2026, 1, 5, 9, 0)).casusnummer == "2026-0002"
    assert maak_casus(aanmelddatum=datetime(2025, 11, 1, 9, 0)).casusnummer == "2025-0002"


def test_nieuwe_casus_wordt_gecontroleerd(db):
    with pytest.raises(Validatiefout) as e:
        casussen.maak_casus(
            db,
            casussen.NieuweCasus(gemeente=" ", aanmelddatum=datetime(2099, 1, 1), verwijzer="99"),
        )
    assert set(e.value.fouten) == {"gemeente", "aanmelddatum", "verwijzer"}
    assert casussen.aantal_casussen(db) == 0


def test_consulent_is_wie_registreert(db, maak_casus):
    c = maak_casus()
    assert c.consulent == "Anouk de Vries"


def test_signaal_eerste_contact(db, maak_casus):
    vandaag = date(2026, 11, 23)
    c = maak_casus(aanmelddatum=datetime(2026, 11, 16, 9, 30))  # deadline donderdag 19-11
    regel = casuslijst.casuslijst(db, vandaag)[0]
    assert regel.deadline == date(2026, 11, 19)
    assert "verliep op 19-11-2026" in regel.signaal
    casussen.wijzig_casus(db, c.id, {"eerste_contact": datetime(2026, 11, 19, 16, 45)})
    assert (
        casuslijst.casuslijst(db, vandaag)[0].signaal is None
    )  # on the deadline counts as in time
    casussen.wijzig_casus(db, c.id, {"eerste_contact": datetime(2026, 11, 20, 8, 0)})
    assert "te laat" in casuslijst.casuslijst(db, vandaag)[0].signaal


def test_eerste_contact_niet_voor_aanmelding(db, maak_casus):
    c = maak_casus()
    with pytest.raises(Validatiefout) as e:
        casussen.wijzig_casus(db, c.id, {"eerste_contact": datetime(2026, 11, 15, 9, 0)})
    assert "vóór de aanmelddatum" in e.value.fouten["eerste_contact"]


def test_contactmoment_zet_eerste_contact_en_status(db, maak_casus):
    c = maak_casus()
    assert casussen.casus_detail(db, c.id).status is Status.AANGEMELD
    mdo = casussen.voeg_contactmoment_toe(db, c.id, datetime(2026, 11, 17, 9, 0), "mdo", "Overleg")
    assert (
        casussen.casus_detail(db, c.id).eerste_contact is None
    )  # not a conversation with the family
    tel = casussen.voeg_contactmoment_toe(
        db, c.id, datetime(2026, 11, 18, 10, 0), "telefonisch", "Bellen"
    )
    d = casussen.casus_detail(db, c.id)
    assert d.eerste_contact == datetime(2026, 11, 18, 10, 0)
    assert d.status is Status.IN_CONTACT
    assert [m.id for m in d.contactmomenten] == [tel.id, mdo.id]  # newest first
    # Correcting the date of that moment moves eerste_contact along; removing it clears it.
    casussen.wijzig_contactmoment(db, tel.id, {"datum": datetime(2026, 11, 17, 15, 0)})
    assert casussen.casus_detail(db, c.id).eerste_contact == datetime(2026, 11, 17, 15, 0)
    casussen.verwijder_contactmoment(db, tel.id)
    assert casussen.casus_detail(db, c.id).eerste_contact is None


def test_afsluiten_en_heropenen(db, maak_casus):
    c = maak_casus()
    with pytest.raises(Validatiefout) as e:
        casussen.sluit_casus(db, c.id, date(2026, 11, 20), None)
    assert "reden_afsluiting" in e.value.fouten
    d = casussen.sluit_casus(db, c.id, date(2026, 11, 20), "31")
    assert d.status is Status.AFGESLOTEN
    assert casussen.heropen_casus(db, c.id).status is Status.AANGEMELD


def test_filters_mijn_open_afgesloten_en_zoeken(db, maak_casus):
    # A colleague, added by set-up (adding medewerkers is the beheerder's, not a.devries').
    ander = medewerkers.maak_medewerker(Database(db.engine), "b.yilmaz", "Burak Yılmaz")
    mijn = maak_casus()
    van_ander = maak_casus(consulent_id=ander.id)
    casussen.voeg_persoon_toe(
        db,
        van_ander.id,
        {"rol": "jeugdige", "voornaam": "Chloë", "achternaam": "Ødegård", "postcode": "6931 CD"},
    )
    casussen.sluit_casus(db, mijn.id, date(2026, 11, 20), "31")
    regels = casuslijst.casuslijst(db)
    ik = medewerkers.zoek_medewerker(db, "a.devries").id
    assert [
        r.id for r in casuslijst.filter_casussen(regels, medewerker_id=ik, toestand="alle")
    ] == [mijn.id]
    assert [r.id for r in casuslijst.filter_casussen(regels, toestand="open")] == [van_ander.id]
    assert [r.id for r in casuslijst.filter_casussen(regels, toestand="afgesloten")] == [mijn.id]
    for vraag in ("chloe odegard", "6931cd", "6931 CD", van_ander.casusnummer, "ØDEGÅRD"):
        assert [r.id for r in casuslijst.filter_casussen(regels, vraag)] == [van_ander.id], vraag


def test_persoon_regels(db, maak_casus):
    c = maak_casus()
    with pytest.raises(Validatiefout) as e:
        casussen.voeg_persoon_toe(db, c.id, {"rol": "jeugdige", "bsn": "111222333"})
    assert "achternaam" in e.value.fouten
    p = casussen.voeg_persoon_toe(
        db,
        c.id,
        {
            "rol": "jeugdige",
            "voornaam": "Noël",
            "achternaam": "Bakker",
            "bsn": "111 222 333",
            "postcode": "6921ab",
        },
    )
    assert (p.ref, p.bsn, p.postcode) == ("p1", "111222333", "6921 AB")
    with pytest.raises(Validatiefout) as e:
        casussen.wijzig_persoon(
            db, p.id, {"geboortedatum": date(2999, 1, 1), "email": "geen-adres"}
        )
    assert set(e.value.fouten) == {"geboortedatum", "email"}
    assert casussen.casus_detail(db, c.id).personen[0].geboortedatum is None
    tweede = casussen.voeg_persoon_toe(db, c.id, {"rol": "ouder", "achternaam": "Bakker"})
    assert tweede.ref == "p2"
    casussen.verwijder_persoon(db, p.id)
    regel = casuslijst.casuslijst(db)[0]
    assert regel.jeugdigen == "" and "noel" not in regel.zoektekst


def test_zoeken_in_het_register_vergeeft_accenten_en_op_het_teamregister_typfouten(db, maak_casus):
    lukas = maak_casus(
        personen=[{"rol": "jeugdige", "voornaam": "Zoë", "achternaam": "Łukasiewicz"}]
    )
    celik = maak_casus(personen=[{"rol": "jeugdige", "voornaam": "Emre", "achternaam": "Çelik"}])
    maak_casus(personen=[{"rol": "jeugdige", "voornaam": "Sem", "achternaam": "de Vries"}])
    assert [t.id for t in casuslijst.zoek_in_register(db, "celik")] == [celik.id]
    assert [t.id for t in casuslijst.zoek_in_register(db, "zoe lukasiewicz")] == [lukas.id]
    assert casuslijst.zoek_in_register(db, "") == []
    if db.engine.dialect.name == "postgresql":
        # Typed by ear: trigram similarity on the register's index finds it anyway, first.
        treffers = casuslijst.zoek_in_register(db, "Lukasiewitz")
        assert treffers[0].id == lukas.id and 0 < treffers[0].score < 1
        assert casuslijst.zoek_in_register(db, "Kowalski") == []  # nobody like that


def test_twee_mensen_andere_velden_houden_allebei_hun_wijziging(db, maak_casus):
    medewerkers.maak_medewerker(Database(db.engine), "b.yilmaz", "Burak Yılmaz", "coördinator")
    burak = Database(db.engine, "b.yilmaz")
    d = maak_casus(hulpvraag="Opvoedvragen", personen=[{"rol": "ouder", "voornaam": "Marieke"}])
    # Both opened the case; Burak saves the hulpvraag, Anouk then the gemeente.
    casussen.wijzig_casus(
        burak, d.id, {"hulpvraag": "Zorgen om school"}, basis={"hulpvraag": "Opvoedvragen"}
    )
    na = casussen.wijzig_casus(db, d.id, {"gemeente": "Doesburg"}, basis={"gemeente": "Duiven"})
    assert (na.hulpvraag, na.gemeente) == ("Zorgen om school", "Doesburg")
    # The same for a person's fields.
    p = d.personen[0]
    casussen.wijzig_persoon(burak, p.id, {"achternaam": "Jansen"}, basis={"achternaam": None})
    p2 = casussen.wijzig_persoon(db, p.id, {"telefoon": "0612345678"}, basis={"telefoon": ""})
    assert (p2.achternaam, p2.telefoon) == ("Jansen", "0612345678")


def test_zelfde_veld_noemt_wie_wanneer_en_beide_waarden_en_laat_kiezen(db, maak_casus):
    medewerkers.maak_medewerker(Database(db.engine), "b.yilmaz", "Burak Yılmaz", "coördinator")
    burak = Database(db.engine, "b.yilmaz")
    d = maak_casus(hulpvraag="Opvoedvragen")
    casussen.wijzig_casus(
        burak, d.id, {"hulpvraag": "Zorgen om school"}, basis={"hulpvraag": "Opvoedvragen"}
    )
    with pytest.raises(VeldConflict) as e:
        casussen.wijzig_casus(
            db, d.id, {"hulpvraag": "Ruzie thuis"}, basis={"hulpvraag": "Opvoedvragen"}
        )
    (c,) = e.value.conflicten
    assert (c.basis, c.mijn, c.hun, c.door) == (
        "Opvoedvragen",
        "Ruzie thuis",
        "Zorgen om school",
        "Burak Yılmaz",
    )
    assert c.op is not None and "Burak Yılmaz" in str(e.value) and "Ruzie thuis" in str(e.value)
    assert casussen.casus_detail(db, d.id).hulpvraag == "Zorgen om school"  # nothing overwritten
    # Both typed the same: no conflict. Choosing one's own value: saved against theirs.
    casussen.wijzig_casus(
        db, d.id, {"hulpvraag": "Zorgen om school"}, basis={"hulpvraag": "Opvoedvragen"}
    )
    gekozen = casussen.wijzig_casus(
        db, d.id, {"hulpvraag": "Ruzie thuis"}, basis={"hulpvraag": c.hun}
    )
    assert gekozen.hulpvraag == "Ruzie thuis"
