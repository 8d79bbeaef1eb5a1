"""The team register on PostgreSQL: setting it up (`jeugdloket team init`) and signing in
as one's own login (the window)."""

import uuid

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from jeugdloket import teamdb
from jeugdloket.db import Database, database_url, migreer, open_database
from jeugdloket.fouten import Fout
from jeugdloket.regels.logboek import Actie
from jeugdloket.services import keten, rechten, toegang
from jeugdloket.services.medewerkers import MedewerkerData
from jeugdloket.taal import vertaal


def initialiseer(db: Database) -> str:
    """Bring the register's schema up to date and (re)write its roles, policies and grants.

    Idempotent: run again after every upgrade of Jeugdloket. Only the server's administrator
    can (PostgreSQL refuses anyone else). Returns the schema version."""
    if not teamdb.is_postgres(db.engine):
        raise Fout(
            vertaal(
                "'team init' is voor een teamregister op PostgreSQL (--db "
                "postgresql://server/database), niet voor een bestand."
            )
        )
    migreer(db.engine)
    teamdb.initialiseer(db.engine)
    with db.engine.begin() as conn:
        versie = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        keten.schrijf(
            conn,
            [
                rechten.logregel(
                    rechten.actor(db),
                    Actie.BEHEER,
                    omschrijving=f"teamregister ingericht (schema {versie})",
                )
            ],
        )
    return versie


def meld_aan(doel: str, gebruikersnaam: str, wachtwoord: str) -> tuple[Database, MedewerkerData]:
    """Sign in on the team register: connect as that medewerker's own login (the password is
    checked by PostgreSQL and never stored here), and log the sign-in.

    Raises AanmeldFout (the same message whatever was wrong) or Fout when the server cannot be
    reached."""
    db = verbind(doel, gebruikersnaam, wachtwoord)
    naam = db.gebruiker
    try:
        medewerker = toegang.meld_aan(db, naam, wachtwoord)
    except BaseException:
        db.sluit()
        raise
    return db, medewerker


def verbind(doel: str, gebruikersnaam: str, wachtwoord: str) -> Database:
    """The register opened as that login (no sign-in logged: the caller does what it came for,
    e.g. a werkkopie sync). AanmeldFout for a refused login, Fout when the server is away."""
    naam = (gebruikersnaam or "").strip().lower()
    if not naam or not wachtwoord or not _geldige_loginnaam(naam):
        raise toegang.AanmeldFout()
    url = make_url(database_url(doel)).set(username=naam, password=wachtwoord)
    try:
        return open_database(url.render_as_string(hide_password=False), gebruiker=naam)
    except OperationalError as e:
        tekst = str(e.orig or e)
        if any(s in tekst for s in _AANMELDFOUTEN):
            _meld_mislukt(doel, naam)
            raise toegang.AanmeldFout() from None
        raise Fout(
            vertaal("Het teamregister is niet bereikbaar: {waarde}", waarde=tekst.splitlines()[0])
        ) from None


def _meld_mislukt(doel: str, naam: str) -> None:
    """A refused sign-in has no session of its own: it is counted and logged through the
    sign-in reporter's login (teamdb.AANMELDING; its password from PGPASSWORD or ~/.pgpass).
    Where IT has not set that login up, the attempt stays only in the server's own log."""
    # (_replace, not set(): set(password=None) would keep a password the URL carries.)
    url = make_url(database_url(doel))._replace(username=teamdb.AANMELDING, password=None)
    melder = create_engine(url, poolclass=NullPool)
    try:
        with melder.begin() as conn:
            toegang.mislukt_op_teamregister(conn, naam)
    except DBAPIError:
        pass  # not set up (or unreachable): the refusal itself is what the user needs to see
    finally:
        melder.dispose()


# libpq's words for a refused login (wrong password, unknown or deactivated role).
_AANMELDFOUTEN = ("password authentication failed", "does not exist", "not permitted to log in")


def _geldige_loginnaam(naam: str) -> bool:
    try:
        teamdb.controleer_loginnaam(naam)
    except Fout:
        return False
    return True


class Meldingen:
    """Changes colleagues make on the team register, as they happen (PostgreSQL LISTEN on the
    channel teamdb.KANAAL). One connection of its own, kept open; `wacht` blocks for at most
    the given time – run it off the UI thread."""

    def __init__(self, db: Database):
        self._verbinding = db.engine.raw_connection()
        self._psycopg = self._verbinding.dbapi_connection
        self._psycopg.autocommit = True
        self._psycopg.execute(f"LISTEN {teamdb.KANAAL}")

    def wacht(self, seconden: float) -> set[uuid.UUID]:
        """The cases changed since the last call (empty after `seconden` without news)."""
        ids: set[uuid.UUID] = set()
        for melding in self._psycopg.notifies(timeout=seconden, stop_after=1):
            ids.add(uuid.UUID(melding.payload))
        if ids:  # more in the same burst: take them along, without waiting again
            for melding in self._psycopg.notifies(timeout=0.05):
                ids.add(uuid.UUID(melding.payload))
        return ids

    def sluit(self) -> None:
        # Not back into the pool: a connection that LISTENs is nobody else's.
        self._verbinding.invalidate()
