"""Sign-in: passwords (argon2id), lock-out after failed attempts, and the roles of medewerkers.

- A password has at least 10 characters. It is stored only as an argon2id hash (argon2-cffi,
  the library's defaults: memory-hard, salted, parameters inside the hash string).
- Five wrong passwords in a row lock the account for five minutes; the sixth attempt – even with
  the right password – is refused until then. The message never tells whether a gebruikersnaam
  exists or is locked, and every attempt is logged.
- A medewerker without a password (databases from before sign-in, or added by an import) chooses
  one at their first sign-in, typed twice (`EersteAanmelding`). A beheerder can set one too.
- Roles: `rol` is the main role as before; `extra_rollen` adds more (comma-separated), so a
  beheerder can also be consulent. Only a beheerder changes roles and other people's passwords.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlmodel import Session

from jeugdloket import teamdb
from jeugdloket.db import Database
from jeugdloket.fouten import Fout, NietGevonden, Validatiefout
from jeugdloket.models import Medewerker, Rol, nu
from jeugdloket.regels.codelijsten import ROLLEN_MEDEWERKER
from jeugdloket.services import keten, rechten
from jeugdloket.services.medewerkers import MedewerkerData, maak_medewerker, medewerker_data
from jeugdloket.services.rechten import Actie, GeenToegang, rollen_van
from jeugdloket.taal import vertaal
from jeugdloket.teamdb import is_postgres

MAX_POGINGEN = 5
BLOKKADE = timedelta(minutes=5)
MIN_LENGTE = 10

# The demo database (`jeugdloket demo`) gives every demo medewerker this password; it is public
# (README, sign-in screen), like the demo passphrase. The hash is fixed so a demo is reproducible.
DEMO_WACHTWOORD = "jeugdloket-demo"
DEMO_WACHTWOORD_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$8i9NPlVjaJk47oX33jXbgA$"
    "fn9ayWvseGeXun8S5JGoOkFtH1salqtubk8+NEQFPm4"
)


def mislukt() -> str:
    """The one refusal of a sign-in, in the chosen language."""
    return vertaal(
        "Aanmelden is niet gelukt: de gebruikersnaam of het wachtwoord klopt niet. Na "
        "{pogingen} verkeerde pogingen kunt u {minuten} minuten niet aanmelden.",
        pogingen=MAX_POGINGEN,
        minuten=BLOKKADE.seconds // 60,
    )


MISLUKT = mislukt()  # in Dutch (the language at import)
ONBEKEND = "(onbekend)"  # the log never keeps a typed name that is no medewerker (a password?)

_hasher = PasswordHasher()


class AanmeldFout(Fout):
    """Sign-in refused; the message is the same whatever the reason."""

    def __init__(self) -> None:
        super().__init__(mislukt())


class EersteAanmelding(Fout):
    """This medewerker has no password yet: choose one and type it twice."""

    def __init__(self, naam: str) -> None:
        super().__init__(
            vertaal(
                "Dit is de eerste aanmelding van {naam}: kies een wachtwoord van "
                "minstens {MIN_LENGTE} tekens en typ het twee keer.",
                naam=naam,
                MIN_LENGTE=MIN_LENGTE,
            )
        )
        self.naam = naam


def wachtwoord_problemen(wachtwoord: str, gebruikersnaam: str | None = None) -> list[str]:
    """What is wrong with a new password, in Dutch (empty: good enough)."""
    wachtwoord = wachtwoord or ""
    problemen = []
    if len(wachtwoord) < MIN_LENGTE:
        problemen.append(
            vertaal(
                "Het wachtwoord is te kort: minstens {MIN_LENGTE} tekens (nu "
                "{aantal}). Een korte zin werkt goed.",
                MIN_LENGTE=MIN_LENGTE,
                aantal=len(wachtwoord),
            )
        )
    elif len(set(wachtwoord)) < 4:
        problemen.append(vertaal("Het wachtwoord bestaat uit te weinig verschillende tekens."))
    if gebruikersnaam and gebruikersnaam.lower() in wachtwoord.lower():
        problemen.append(vertaal("Het wachtwoord mag de gebruikersnaam niet bevatten."))
    return problemen


def hash_wachtwoord(wachtwoord: str) -> str:
    return _hasher.hash(wachtwoord)


@cache
def _nep_hash() -> str:
    # Verified against for an unknown name, so a refusal takes as long as for a real account.
    return _hasher.hash("geen-echt-wachtwoord")


def _klopt(hash_: str, wachtwoord: str) -> bool:
    try:
        return _hasher.verify(hash_, wachtwoord)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _zoek(s: Session, gebruikersnaam: str) -> Medewerker | None:
    naam = (gebruikersnaam or "").strip().lower()
    return s.execute(select(Medewerker).where(Medewerker.gebruikersnaam == naam)).scalar()


def _log(s: Session, gebruiker: str, actie: Actie, omschrijving: str | None = None) -> None:
    keten.schrijf(s, [rechten.logregel(rechten.Actor(gebruiker), actie, omschrijving=omschrijving)])


def _nieuw_wachtwoord(
    m: Medewerker, wachtwoord: str, herhaling: str | None, s: Session | None = None
) -> None:
    problemen = wachtwoord_problemen(wachtwoord, m.gebruikersnaam)
    if not problemen and herhaling is not None and herhaling != wachtwoord:
        problemen.append(vertaal("De twee wachtwoorden zijn niet gelijk."))
    if problemen:
        raise Validatiefout({"wachtwoord": " ".join(problemen)})
    if s is not None and is_postgres(s):
        # The team register: the password is the login's, kept by PostgreSQL (SCRAM).
        teamdb.zet_wachtwoord(s.connection(), m.gebruikersnaam, wachtwoord)
    else:
        m.wachtwoord_hash = hash_wachtwoord(wachtwoord)
    m.mislukte_pogingen = 0
    m.geblokkeerd_tot = None


def meld_aan(
    db: Database,
    gebruikersnaam: str,
    wachtwoord: str,
    herhaling: str | None = None,
    moment: datetime | None = None,
    omschrijving: str | None = None,
) -> MedewerkerData:
    """Check a sign-in; returns the medewerker or raises AanmeldFout (always the same message).

    `herhaling`: the password typed a second time, for a first sign-in (EersteAanmelding asks it).
    `moment`: now (tests move time forward). Every attempt leaves an entry in the log.
    """
    moment = moment or nu()
    geweigerd = False
    team = is_postgres(db.engine)  # the password is the login's: checked by connecting
    with db.sessie() as s:
        m = _zoek(s, gebruikersnaam)
        if m is None or not m.actief:
            _klopt(_nep_hash(), wachtwoord or "")
            _log(s, ONBEKEND, Actie.AANMELDING_MISLUKT, "onbekende of inactieve gebruikersnaam")
            geweigerd = True
        elif m.geblokkeerd_tot is not None and m.geblokkeerd_tot > moment:
            _log(
                s,
                m.gebruikersnaam,
                Actie.AANMELDING_MISLUKT,
                f"geblokkeerd tot {m.geblokkeerd_tot:%H:%M:%S}",
            )
            geweigerd = True
        elif not team and m.wachtwoord_hash is None:
            if herhaling is None:
                raise EersteAanmelding(m.naam)
            _nieuw_wachtwoord(m, wachtwoord, herhaling)
            _log(s, m.gebruikersnaam, Actie.AANMELDING, "eerste aanmelding: wachtwoord gekozen")
            return medewerker_data(m)
        elif not (
            teamdb.wachtwoord_klopt(db.engine, m.gebruikersnaam, wachtwoord)
            if team
            else _klopt(m.wachtwoord_hash, wachtwoord or "")
        ):
            if team:  # counted by the server (nobody may change the counter directly there)
                _, pogingen, tot = teamdb.aanmelding_mislukt(
                    s.connection(), m.gebruikersnaam, MAX_POGINGEN, BLOKKADE
                )
                _log(s, m.gebruikersnaam, Actie.AANMELDING_MISLUKT, _mislukt(pogingen, tot))
                geweigerd = True
            else:
                m.mislukte_pogingen = (m.mislukte_pogingen or 0) + 1
                tot = None
                if m.mislukte_pogingen >= MAX_POGINGEN:
                    m.geblokkeerd_tot = tot = moment + BLOKKADE
                tekst = _mislukt(m.mislukte_pogingen, tot)
                if tot is not None:
                    m.mislukte_pogingen = 0
                _log(s, m.gebruikersnaam, Actie.AANMELDING_MISLUKT, tekst)
                geweigerd = True
        else:
            if team:
                teamdb.aanmelding_gelukt(s.connection(), m.gebruikersnaam)
            elif m.mislukte_pogingen or m.geblokkeerd_tot is not None:
                m.mislukte_pogingen = 0
                m.geblokkeerd_tot = None
            if not team and _hasher.check_needs_rehash(m.wachtwoord_hash):
                m.wachtwoord_hash = hash_wachtwoord(wachtwoord)
            _log(s, m.gebruikersnaam, Actie.AANMELDING, omschrijving)
            return medewerker_data(m)
    # Outside the session: the counter and the log entry are saved, then the refusal.
    if geweigerd:
        raise AanmeldFout()
    raise AssertionError("unreachable")


def _mislukt(pogingen: int | None, geblokkeerd_tot: datetime | None) -> str:
    """The log's words for a wrong password (the same on both engines)."""
    tekst = f"verkeerd wachtwoord ({pogingen}e poging)"
    if geblokkeerd_tot is not None:
        tekst += f"; geblokkeerd tot {geblokkeerd_tot:%H:%M:%S}"
    return tekst


def mislukt_op_teamregister(conn, gebruikersnaam: str) -> None:
    """A sign-in on the team register that PostgreSQL refused (wrong password, or a name that
    is no login): counted towards the blokkade and logged, on a connection of the sign-in
    reporter teamdb.AANMELDING, in one transaction."""
    uitkomst, pogingen, tot = teamdb.aanmelding_mislukt(
        conn, gebruikersnaam, MAX_POGINGEN, BLOKKADE
    )
    if uitkomst == "onbekend":
        wie, tekst = ONBEKEND, "onbekende of inactieve gebruikersnaam"
    elif uitkomst == "geblokkeerd":
        wie, tekst = gebruikersnaam, f"geblokkeerd tot {tot:%H:%M:%S}"
    else:
        wie, tekst = gebruikersnaam, _mislukt(pogingen, tot)
    _log(conn, wie, Actie.AANMELDING_MISLUKT, tekst)


def heeft_wachtwoord(db: Database, gebruikersnaam: str) -> bool:
    with db.sessie() as s:
        m = _zoek(s, gebruikersnaam)
        if m is None:
            return False
        # The team register: the password is the login's (kept by PostgreSQL, not readable).
        return is_postgres(s) or m.wachtwoord_hash is not None


def demo_wachtwoord_actief(db: Database) -> bool:
    """Does a medewerker still have the public demo password (then the sign-in screen says so)?"""
    if is_postgres(db.engine):
        return False  # no hashes on the team register (and nobody may read the column)
    with db.engine.connect() as conn:
        return bool(
            conn.execute(
                select(func.count())
                .select_from(Medewerker.__table__)
                .where(Medewerker.__table__.c.wachtwoord_hash == DEMO_WACHTWOORD_HASH)
            ).scalar()
        )


def aantal_medewerkers(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Medewerker.__table__)).scalar_one()


# ---------------------------------------------------------------- managing medewerkers


def _mag_beheren(db: Database, gebruikersnaam: str | None = None) -> rechten.Actor:
    a = rechten.actor(db)
    if a.heeft(Rol.BEHEERDER.value) or (gebruikersnaam and a.gebruiker == gebruikersnaam):
        return a
    with db.engine.begin() as conn:
        keten.schrijf(
            conn, [rechten.logregel(a, Actie.GEWEIGERD, omschrijving="medewerkers beheren")]
        )
    raise GeenToegang(vertaal("Medewerkers beheren mag alleen een beheerder."))


def zet_wachtwoord(
    db: Database, gebruikersnaam: str, wachtwoord: str, herhaling: str | None = None
) -> None:
    """A new password (own, or anyone's by a beheerder); lifts a lock-out."""
    a = _mag_beheren(db, (gebruikersnaam or "").strip().lower())
    with db.sessie() as s:
        m = _zoek(s, gebruikersnaam)
        if m is None:
            raise NietGevonden(
                vertaal("Medewerker '{gebruikersnaam}' bestaat niet", gebruikersnaam=gebruikersnaam)
            )
        _nieuw_wachtwoord(m, wachtwoord, herhaling, s)
        _log(s, a.gebruiker, Actie.BEHEER, f"wachtwoord gezet voor {m.gebruikersnaam}")


def ontgrendel(db: Database, gebruikersnaam: str) -> None:
    """A beheerder lifts a lock-out before the five minutes are over."""
    a = _mag_beheren(db)
    with db.sessie() as s:
        m = _zoek(s, gebruikersnaam)
        if m is None:
            raise NietGevonden(
                vertaal("Medewerker '{gebruikersnaam}' bestaat niet", gebruikersnaam=gebruikersnaam)
            )
        m.mislukte_pogingen = 0
        m.geblokkeerd_tot = None
        _log(s, a.gebruiker, Actie.BEHEER, f"blokkade opgeheven voor {m.gebruikersnaam}")


def zet_actief(db: Database, gebruikersnaam: str, actief: bool) -> None:
    """A beheerder takes a medewerker off the team (no sign-in any more; their name stays on
    the cases and in the log) or back on. Not oneself: the last beheerder could lock all out."""
    a = _mag_beheren(db)
    with db.sessie() as s:
        m = _zoek(s, gebruikersnaam)
        if m is None:
            raise NietGevonden(
                vertaal("Medewerker '{gebruikersnaam}' bestaat niet", gebruikersnaam=gebruikersnaam)
            )
        if m.gebruikersnaam == a.gebruiker and not actief:
            raise Fout(
                vertaal(
                    "U kunt uzelf niet op non-actief zetten; laat een andere beheerder dat doen."
                )
            )
        m.actief = actief
        if is_postgres(s):
            teamdb.zet_login_actief(s.connection(), m.gebruikersnaam, actief)
        wat = "weer actief" if actief else "op non-actief gezet"
        _log(s, a.gebruiker, Actie.BEHEER, f"{m.gebruikersnaam} {wat}")


_VOLGORDE = [r.value for r in Rol]


def zet_rollen(db: Database, gebruikersnaam: str, rollen: set[str] | list[str]) -> MedewerkerData:
    """Give a medewerker one or more roles (beheerder only). The first in the order consulent,
    coördinator, beheerder becomes `rol`; the rest `extra_rollen`."""
    a = _mag_beheren(db)
    gekozen = [r for r in _VOLGORDE if r in set(rollen)]
    onbekend = set(rollen) - set(ROLLEN_MEDEWERKER)
    if onbekend or not gekozen:
        raise Validatiefout(
            {"rol": vertaal("Kies een of meer rollen uit: consulent, coördinator, beheerder")}
        )
    with db.sessie() as s:
        m = _zoek(s, gebruikersnaam)
        if m is None:
            raise NietGevonden(
                vertaal("Medewerker '{gebruikersnaam}' bestaat niet", gebruikersnaam=gebruikersnaam)
            )
        m.rol = gekozen[0]
        m.extra_rollen = ",".join(gekozen[1:]) or None
        if is_postgres(s):
            teamdb.zet_login(s.connection(), m.gebruikersnaam, None, gekozen)
        _log(s, a.gebruiker, Actie.BEHEER, f"rollen van {m.gebruikersnaam}: {', '.join(gekozen)}")
        return medewerker_data(m)


def maak_eerste_account(
    db: Database, gebruikersnaam: str, naam: str, wachtwoord: str, herhaling: str
) -> MedewerkerData:
    """The first medewerker of an empty database: all three roles (one person may run a small
    team alone; a beheerder can hand roles out later)."""
    if aantal_medewerkers(db):
        raise Fout(
            vertaal("Deze database heeft al medewerkers: meld u aan met uw eigen gebruikersnaam.")
        )
    nieuw = maak_medewerker(db, gebruikersnaam, naam, Rol.CONSULENT.value)
    with db.sessie() as s:
        m = s.get(Medewerker, nieuw.id)
        _nieuw_wachtwoord(m, wachtwoord, herhaling)
        m.extra_rollen = f"{Rol.COORDINATOR.value},{Rol.BEHEERDER.value}"
        _log(s, m.gebruikersnaam, Actie.BEHEER, "eerste account van deze database")
        return medewerker_data(m)


@dataclass(frozen=True, slots=True)
class AccountStand:
    id: uuid.UUID
    gebruikersnaam: str
    naam: str
    rollen: tuple[str, ...]
    actief: bool
    heeft_wachtwoord: bool
    geblokkeerd_tot: datetime | None


def accounts(db: Database) -> list[AccountStand]:
    """Every medewerker with roles and sign-in state (beheerder only)."""
    _mag_beheren(db)
    with db.sessie() as s:
        team = is_postgres(s)  # the password is the login's there (see heeft_wachtwoord)
        return [
            AccountStand(
                m.id,
                m.gebruikersnaam,
                m.naam,
                tuple(r for r in _VOLGORDE if r in rollen_van(m.rol, m.extra_rollen)),
                m.actief,
                team or m.wachtwoord_hash is not None,
                m.geblokkeerd_tot,
            )
            for m in s.execute(select(Medewerker).order_by(Medewerker.gebruikersnaam)).scalars()
        ]
