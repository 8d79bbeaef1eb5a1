"""Sign-in (argon2, lock-out, first password) and each role's limits, through the services."""

import inspect
from datetime import date, datetime, timedelta
from types import ModuleType

import pytest

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, Validatiefout
from jeugdloket.models.base import nu
from jeugdloket.services import (
    backoffice,
    casuslijst,
    casussen,
    delen,
    intake,
    logboek,
    medewerkers,
    meldcode,
    plannen,
    rechten,
    toegang,
    toewijzingen,
    uitwisseling,
    veiligheidsplan,
    zoeken_catalogus,
)
from jeugdloket.services.rechten import GeenToegang

pytestmark = pytest.mark.beide_engines

T0 = datetime(2026, 11, 23, 9, 0, 0)
GOED = "een lange zin als wachtwoord"


# ---------------------------------------------------------------- the team


@pytest.fixture
def team(db):
    """a.devries (consulent, from the db fixture) and colleagues, made by internal set-up."""
    systeem = Database(db.engine)  # gebruiker None: set-up, not a user action
    for naam, volledig, rol in (
        ("b.yilmaz", "Burak Yılmaz", "consulent"),
        ("r.hendriks", "René Hendriks", "coördinator"),
        ("i.smit", "Ingrid Smit", "beheerder"),
        ("k.bakker", "Kees Bakker", "beheerder"),
    ):
        medewerkers.maak_medewerker(systeem, naam, volledig, rol)
    toegang_db = Database(db.engine, "i.smit")
    toegang.zet_rollen(toegang_db, "k.bakker", {"beheerder", "consulent"})
    return {
        naam: Database(db.engine, naam) for naam in ("b.yilmaz", "r.hendriks", "i.smit", "k.bakker")
    }


@pytest.fixture
def zaak(maak_casus):
    """A case of a.devries with a jeugdige."""
    return maak_casus(
        personen=[{"rol": "jeugdige", "voornaam": "Zoë", "geboortedatum": date(2012, 5, 1)}]
    )


# ---------------------------------------------------------------- passwords and sign-in


def test_wachtwoord_staat_als_argon2_hash_en_niet_leesbaar(db):
    if db.engine.dialect.name == "postgresql":
        pytest.skip("het teamregister bewaart geen wachtwoord: het is dat van de login (SCRAM)")
    toegang.zet_wachtwoord(db, "a.devries", GOED, GOED)
    with db.engine.connect() as conn:
        (opgeslagen,) = conn.exec_driver_sql(
            "SELECT wachtwoord_hash FROM medewerker WHERE gebruikersnaam = 'a.devries'"
        ).one()
    assert opgeslagen.startswith("$argon2id$")
    assert GOED not in opgeslagen
    assert toegang.meld_aan(db, "a.devries", GOED).gebruikersnaam == "a.devries"


def test_zwak_wachtwoord_wordt_geweigerd_in_het_nederlands(db):
    with pytest.raises(Validatiefout, match="minstens 10 tekens"):
        toegang.zet_wachtwoord(db, "a.devries", "kort")
    with pytest.raises(Validatiefout, match="niet gelijk"):
        toegang.zet_wachtwoord(db, "a.devries", GOED, GOED + "!")
    with pytest.raises(Validatiefout, match="gebruikersnaam"):
        toegang.zet_wachtwoord(db, "a.devries", "a.devries-2026-x")


def test_vijf_foute_pogingen_blokkeren_vijf_minuten(db):
    # Now, not t0: on the team register the server's clock sets the blokkade.
    t0 = nu()
    toegang.zet_wachtwoord(db, "a.devries", GOED)
    meldingen = set()
    for i in range(5):
        with pytest.raises(toegang.AanmeldFout) as e:
            toegang.meld_aan(
                db, "a.devries", "verkeerd wachtwoord", moment=t0 + timedelta(seconds=i)
            )
        meldingen.add(str(e.value))
    # Locked: even the right password is refused, with the very same message.
    with pytest.raises(toegang.AanmeldFout) as e:
        toegang.meld_aan(db, "a.devries", GOED, moment=t0 + timedelta(minutes=4, seconds=59))
    meldingen.add(str(e.value))
    # A name that does not exist gets the same message too: nothing is given away.
    with pytest.raises(toegang.AanmeldFout) as e:
        toegang.meld_aan(db, "bestaat.niet", GOED, moment=t0)
    meldingen.add(str(e.value))
    assert meldingen == {toegang.MISLUKT}
    assert "Aanmelden is niet gelukt" in toegang.MISLUKT
    # Five minutes after the fifth attempt the account is free again.
    m = toegang.meld_aan(db, "a.devries", GOED, moment=t0 + timedelta(minutes=6))
    assert m.gebruikersnaam == "a.devries"


def test_goede_poging_zet_de_teller_terug(db):
    toegang.zet_wachtwoord(db, "a.devries", GOED)
    for _ in range(4):
        with pytest.raises(toegang.AanmeldFout):
            toegang.meld_aan(db, "a.devries", "fout fout fout", moment=T0)
    toegang.meld_aan(db, "a.devries", GOED, moment=T0)
    for _ in range(4):
        with pytest.raises(toegang.AanmeldFout):
            toegang.meld_aan(db, "a.devries", "fout fout fout", moment=T0)
    assert toegang.meld_aan(db, "a.devries", GOED, moment=T0).naam == "Anouk de Vries"


def test_beheerder_heft_blokkade_op(db, team):
    toegang.zet_wachtwoord(db, "a.devries", GOED)
    for _ in range(5):
        with pytest.raises(toegang.AanmeldFout):
            toegang.meld_aan(db, "a.devries", "fout fout fout", moment=T0)
    with pytest.raises(GeenToegang):
        toegang.ontgrendel(team["b.yilmaz"], "a.devries")
    toegang.ontgrendel(team["i.smit"], "a.devries")
    assert toegang.meld_aan(db, "a.devries", GOED, moment=T0).gebruikersnaam == "a.devries"


def test_eerste_aanmelding_kiest_het_wachtwoord(db):
    if db.engine.dialect.name == "postgresql":
        pytest.skip(
            "teamregister: de login krijgt zijn wachtwoord van de beheerder, niet bij de start"
        )
    # A database from before sign-in: the medewerker has no password yet.
    assert not toegang.heeft_wachtwoord(db, "a.devries")
    with pytest.raises(toegang.EersteAanmelding, match="eerste aanmelding van Anouk de Vries"):
        toegang.meld_aan(db, "a.devries", GOED)
    with pytest.raises(Validatiefout, match="niet gelijk"):
        toegang.meld_aan(db, "a.devries", GOED, herhaling="iets anders dan dit")
    with pytest.raises(Validatiefout, match="te kort"):
        toegang.meld_aan(db, "a.devries", "kort", herhaling="kort")
    assert toegang.meld_aan(db, "a.devries", GOED, herhaling=GOED).gebruikersnaam == "a.devries"
    assert toegang.heeft_wachtwoord(db, "a.devries")
    # From now on the password is needed, and a wrong one counts.
    with pytest.raises(toegang.AanmeldFout):
        toegang.meld_aan(db, "a.devries", "een ander wachtwoord", herhaling="een ander wachtwoord")


def test_elke_aanmeldpoging_staat_in_het_logboek(db):
    from jeugdloket.services import logboek

    toegang.zet_wachtwoord(db, "a.devries", GOED)
    with pytest.raises(toegang.AanmeldFout):
        toegang.meld_aan(db, "a.devries", "verkeerd!!!!", moment=T0)
    with pytest.raises(toegang.AanmeldFout):
        toegang.meld_aan(db, "mijn-geheime-wachtwoord", "x", moment=T0)
    toegang.meld_aan(db, "a.devries", GOED, moment=T0)
    with db.engine.connect() as conn:
        regels = logboek._lees(conn)
    acties = [(r.gebruiker, r.actie) for r in regels[:3]]
    assert acties == [
        ("a.devries", "aanmelding"),
        ("(onbekend)", "aanmelding mislukt"),
        ("a.devries", "aanmelding mislukt"),
    ]
    # A name typed in the wrong field (a password?) is never kept in the log.
    assert all("mijn-geheime" not in (r.omschrijving or "") + r.gebruiker for r in regels)


def test_demo_wachtwoord_past_bij_zijn_hash():
    from argon2 import PasswordHasher

    assert PasswordHasher().verify(toegang.DEMO_WACHTWOORD_HASH, toegang.DEMO_WACHTWOORD)


def test_eerste_account_van_een_lege_database_krijgt_alle_rollen(tmp_path):
    from jeugdloket.db import open_database

    leeg = open_database(tmp_path / "leeg.db")
    try:
        m = toegang.maak_eerste_account(leeg, "p.jansen", "Petra Jansen", GOED, GOED)
        assert m.rollen == {"consulent", "coördinator", "beheerder"}
        with pytest.raises(Exception, match="al medewerkers"):
            toegang.maak_eerste_account(leeg, "q.jansen", "Q", GOED, GOED)
    finally:
        leeg.sluit()


# ---------------------------------------------------------------- roles


def test_consulent_ziet_eigen_casus_niet_die_van_een_ander(db, team, zaak):
    b = team["b.yilmaz"]
    persoon_id = casussen.casus_detail(db, zaak.id).personen[0].id
    # The list shows the case (to find a family and its consulent) …
    assert [r.casusnummer for r in casuslijst.casuslijst(b)] == [zaak.casusnummer]
    # … but its contents stay closed, for reading and for changing, in every service.
    pogingen = [
        lambda: casussen.casus_detail(b, zaak.id),
        lambda: casussen.wijzig_casus(b, zaak.id, {"hulpvraag": "Iets"}),
        lambda: casussen.voeg_contactmoment_toe(b, zaak.id, soort="telefonisch"),
        lambda: casussen.wijzig_persoon(b, persoon_id, {"voornaam": "X"}),
        lambda: intake.intake(b, zaak.id),
        lambda: intake.zet_intake(b, zaak.id, {"fase": "verdiepen"}),
        lambda: plannen.plannen(b, zaak.id),
        lambda: plannen.zet_familiegroepsplan(b, zaak.id, {"wat_is_er_aan_de_hand": "x"}),
        lambda: toewijzingen.lijst(b, zaak.id),
        lambda: uitwisseling.exporteer(b, [zaak.casusnummer]),
        lambda: zoeken_catalogus.zoek_voor_casus(b, zaak.id),
    ]
    for poging in pogingen:
        with pytest.raises(GeenToegang) as e:
            poging()
        assert e.value.met_reden and zaak.casusnummer in str(e.value)
        assert "Anouk de Vries" in str(e.value)
    # Exporting "all" gives only the cases b may open: none.
    assert uitwisseling.exporteer(b)["casussen"] == []
    # The owner works as before.
    assert casussen.casus_detail(db, zaak.id).casusnummer == zaak.casusnummer


def test_waarneming_met_reden_geeft_toegang_tot_het_eind_van_de_dag(db, team, zaak, monkeypatch):
    from jeugdloket.services import logboek

    b = team["b.yilmaz"]
    monkeypatch.setattr(rechten, "klok", lambda: T0)
    with pytest.raises(Validatiefout, match="reden"):
        delen.open_met_reden(b, zaak.id, "  ")
    tot = delen.open_met_reden(b, zaak.id, "Waarneming tijdens de vakantie van Anouk")
    assert tot == datetime(2026, 11, 23, 23, 59, 59)
    assert casussen.casus_detail(b, zaak.id).casusnummer == zaak.casusnummer
    casussen.wijzig_casus(b, zaak.id, {"hulpvraag": "Aangevuld door de waarnemer"})
    with db.engine.connect() as conn:
        regels = logboek._lees(conn, casusnummer=zaak.casusnummer)
    waarneming = next(r for r in regels if r.actie == "waarneming")
    assert waarneming.gebruiker == "b.yilmaz"
    assert waarneming.reden == "Waarneming tijdens de vakantie van Anouk"
    assert [r.gebruiker for r in regels if r.actie == "wijziging"][0] == "b.yilmaz"
    # The next day the access is gone again.
    monkeypatch.setattr(rechten, "klok", lambda: T0 + timedelta(days=1))
    with pytest.raises(GeenToegang):
        casussen.casus_detail(b, zaak.id)
    # Opening with a reason when one has access anyway changes nothing.
    assert delen.open_met_reden(db, zaak.id, "eigen casus") is None


def test_delen_door_de_consulent(db, team, zaak):
    b = team["b.yilmaz"]
    # b cannot share a case that is not theirs, nor take it by sharing.
    with pytest.raises(GeenToegang):
        delen.deel_casus(b, zaak.id, "b.yilmaz")
    d = delen.deel_casus(db, zaak.id, "b.yilmaz")
    assert (d.medewerker, d.soort, d.door) == ("b.yilmaz", "deling", "a.devries")
    assert [x.medewerker for x in delen.delingen(db, zaak.id)] == ["b.yilmaz"]
    assert casussen.casus_detail(b, zaak.id).id == zaak.id
    delen.trek_deling_in(db, zaak.id, "b.yilmaz")
    with pytest.raises(GeenToegang):
        casussen.casus_detail(b, zaak.id)
    with pytest.raises(Validatiefout, match="geen consulent"):
        delen.deel_casus(db, zaak.id, "i.smit")


def test_coordinator_mag_alle_casussen(team, zaak):
    r = team["r.hendriks"]
    assert casussen.casus_detail(r, zaak.id).id == zaak.id
    assert casussen.wijzig_casus(r, zaak.id, {"hulpvraag": "Door de coördinator"}).hulpvraag
    assert intake.intake(r, zaak.id).casus_id == zaak.id
    assert [c["casusnummer"] for c in uitwisseling.exporteer(r)["casussen"]] == [zaak.casusnummer]
    delen.deel_casus(r, zaak.id, "b.yilmaz")  # a coördinator may share any case


def test_beheerder_ziet_geen_casusinhoud(team, zaak):
    i = team["i.smit"]
    with pytest.raises(GeenToegang) as e:
        casussen.casus_detail(i, zaak.id)
    assert not e.value.met_reden  # no waarneming either: the role has no case rights
    assert "beheerder" in str(e.value)
    with pytest.raises(GeenToegang):
        delen.open_met_reden(i, zaak.id, "Even kijken hoe het gaat")
    with pytest.raises(GeenToegang):
        intake.intake(i, zaak.id)
    with pytest.raises(GeenToegang):
        casussen.maak_casus(
            i, casussen.NieuweCasus(gemeente="Duiven", aanmelddatum=datetime(2026, 11, 20))
        )
    with pytest.raises(GeenToegang):
        uitwisseling.exporteer(i)
    assert casuslijst.casuslijst(i) == []  # not even the names in the list
    # Users are the beheerder's work.
    m = medewerkers.maak_medewerker(i, "n.nieuw", "Nina Nieuw", "consulent")
    assert m.rollen == {"consulent"}


def test_beheerder_die_ook_consulent_is(db, team, maak_casus):
    k = team["k.bakker"]
    assert medewerkers.zoek_medewerker(db, "k.bakker").rollen == {"beheerder", "consulent"}
    eigen = maak_casus(k, gemeente="Doesburg", aanmelddatum=datetime(2026, 11, 20))
    assert casussen.casus_detail(k, eigen.id).consulent == "Kees Bakker"
    assert medewerkers.maak_medewerker(k, "z.zeeman", "Zeno Zeeman").gebruikersnaam == "z.zeeman"


def test_alleen_de_beheerder_beheert_medewerkers(db, team):
    with pytest.raises(GeenToegang, match="beheerder"):
        medewerkers.maak_medewerker(db, "x.stiekem", "Stiekem", "coördinator")
    with pytest.raises(GeenToegang):
        toegang.zet_rollen(db, "a.devries", {"coördinator"})
    with pytest.raises(GeenToegang):
        toegang.zet_wachtwoord(db, "b.yilmaz", GOED)  # someone else's password
    toegang.zet_wachtwoord(db, "a.devries", GOED)  # one's own is fine
    assert toegang.zet_rollen(team["i.smit"], "a.devries", {"coördinator", "consulent"}).rol == (
        "consulent"
    )
    assert medewerkers.zoek_medewerker(db, "a.devries").heeft_rol("coördinator")


def test_non_actief_kan_niet_meer_aanmelden_maar_blijft_bij_zijn_casussen(db, team, zaak):
    toegang.zet_wachtwoord(db, "a.devries", GOED)
    with pytest.raises(GeenToegang):
        toegang.zet_actief(team["r.hendriks"], "a.devries", False)  # not the coördinator's job
    toegang.zet_actief(team["i.smit"], "a.devries", False)
    with pytest.raises(toegang.AanmeldFout):
        toegang.meld_aan(db, "a.devries", GOED, moment=T0)
    assert not next(
        a for a in toegang.accounts(team["i.smit"]) if a.gebruikersnaam == "a.devries"
    ).actief
    # The cases keep their consulent's name; the log says who did it.
    assert casussen.casus_detail(team["r.hendriks"], zaak.id).consulent == "Anouk de Vries"
    assert any(
        r.medewerker == "Ingrid Smit" and "a.devries op non-actief gezet" in (r.omschrijving or "")
        for r in logboek.regels(team["r.hendriks"])
    )
    toegang.zet_actief(team["i.smit"], "a.devries", True)
    assert toegang.meld_aan(db, "a.devries", GOED, moment=T0).gebruikersnaam == "a.devries"
    with pytest.raises(Fout, match="uzelf"):
        toegang.zet_actief(team["i.smit"], "i.smit", False)


def test_casus_registreren_voor_een_collega(db, team, maak_casus):
    b = medewerkers.zoek_medewerker(db, "b.yilmaz")
    d = maak_casus(aanmelddatum=datetime(2026, 11, 20), consulent_id=b.id)
    # Whoever registered it may fill it in today (a waarneming with a fixed reason) …
    casussen.voeg_persoon_toe(db, d.id, {"rol": "jeugdige", "voornaam": "Noor"})
    assert [x.reden for x in delen.delingen(db, d.id)] == [rechten.REDEN_REGISTRATIE]
    # … and the consulent it is for has it as their own.
    assert casussen.casus_detail(team["b.yilmaz"], d.id).consulent == "Burak Yılmaz"


def test_onbekende_gebruiker_heeft_geen_rechten_systeem_en_opdrachtregel_wel(db, zaak):
    onbekend = Database(db.engine, "x.onbekend")
    with pytest.raises(GeenToegang, match="onbekend"):
        casussen.casus_detail(onbekend, zaak.id)
    with pytest.raises(GeenToegang, match="onbekend"):
        uitwisseling.exporteer(onbekend)
    assert casussen.casus_detail(Database(db.engine), zaak.id).id == zaak.id
    assert casussen.casus_detail(Database(db.engine, "cli:root"), zaak.id).id == zaak.id


def test_import_werkt_geen_casus_van_een_ander_bij(db, team, zaak):
    doc = uitwisseling.exporteer(db, [zaak.casusnummer])
    doc["casussen"][0]["hulpvraag"] = "Overschreven door een import"
    with pytest.raises(GeenToegang):
        uitwisseling.importeer(team["b.yilmaz"], doc)
    assert casussen.casus_detail(db, zaak.id).hulpvraag != "Overschreven door een import"
    # A new medewerker from a document a consulent imports is a consulent, whatever it says.
    doc2 = uitwisseling.exporteer(db, [zaak.casusnummer])
    doc2["casussen"][0]["casusnummer"] = "2026-0999"
    doc2["medewerkers"].append({"gebruikersnaam": "baas", "naam": "Baas", "rol": "coördinator"})
    uitwisseling.importeer(team["b.yilmaz"], doc2)
    assert medewerkers.zoek_medewerker(db, "baas").rollen == {"consulent"}


# ---------------------------------------------------------------- every entry point is guarded

_NIET_PER_CASUS = {
    # The list rows (number, jeugdigen, status): shown to the case roles, see casuslijst.
    ("casuslijst", "casuslijst"),
    ("casuslijst", "casusregel"),
}


def _diensten() -> list[ModuleType]:
    return [
        backoffice,
        casuslijst,
        casussen,
        intake,
        meldcode,
        plannen,
        toewijzingen,
        uitwisseling,
        veiligheidsplan,
        zoeken_catalogus,
    ]


def test_elke_casusdienst_gaat_door_de_rechtenlaag():
    ontbreekt = []
    for module in _diensten():
        naam_module = module.__name__.rsplit(".", 1)[1]
        for naam, functie in inspect.getmembers(module, inspect.isfunction):
            if naam.startswith("_") or functie.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(functie).parameters)
            if not parameters or parameters[0] != "db":
                continue
            over_casus = any(p in rechten.OBJECTEN for p in parameters) or naam in (
                "importeer",
                "exporteer",
                "exporteer_backoffice",
                "maak_casus",
            )
            uitgezonderd = (naam_module, naam) in _NIET_PER_CASUS
            if over_casus and not uitgezonderd and not hasattr(functie, "__rechten__"):
                ontbreekt.append(f"{naam_module}.{naam}")
    assert ontbreekt == []
