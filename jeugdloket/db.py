"""Engine factory, sessions, migrate-on-start with a backup copy first."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from jeugdloket.migrations import HEAD
from jeugdloket.models import Bewerkbaar, nu

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url(doel: str | Path) -> str:
    """A URL stays a URL; anything else is a path to an SQLite file."""
    tekst = str(doel)
    if "://" in tekst:
        return tekst
    return f"sqlite:///{Path(tekst).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit survives a power cut (closed lid, empty battery), not only a killed process.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def maak_engine(doel: str | Path) -> Engine:
    url = make_url(database_url(doel))
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


@event.listens_for(Session, "before_flush")
def _stempel(session: Session, _context, _instances) -> None:
    """Record who changed what and when, for every editable row, in one place."""
    wie = session.info.get("gebruiker")
    moment = nu()
    for obj in session.new:
        if isinstance(obj, Bewerkbaar):
            obj.aangemaakt_door = obj.aangemaakt_door or wie
            obj.bijgewerkt_door = wie
    for obj in session.dirty:
        if isinstance(obj, Bewerkbaar) and session.is_modified(obj, include_collections=False):
            obj.bijgewerkt_op = moment
            obj.bijgewerkt_door = wie


def _alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def huidige_revisie(engine: Engine) -> str | None:
    """The schema revision of the database, None for a new (empty) one."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def laatste_revisie() -> str:
    """The newest migration according to Alembic (tests check it equals migrations.HEAD)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()


def sqlite_pad(engine: Engine) -> Path | None:
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def maak_kopie(bron: Path, doel: Path) -> Path:
    """A consistent copy of a live SQLite file (WAL included) through SQLite's backup API."""
    doel.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(bron)
    try:
        dst = sqlite3.connect(doel)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return doel


def migreer(engine: Engine, revisie: str = "head") -> Path | None:
    """Bring the schema to `revisie`; returns the backup made before changing an existing file."""
    huidig = huidige_revisie(engine)
    doel = HEAD if revisie == "head" else revisie
    if huidig == doel:
        # The usual start: nothing to do, and Alembic (slow to import) is not even loaded.
        return None
    from alembic import command

    kopie = None
    pad = sqlite_pad(engine)
    if huidig is not None and pad is not None and pad.exists():
        stempel = datetime.now().strftime("%Y%m%d-%H%M%S")
        kopie = maak_kopie(
            pad, pad.parent / "backups" / f"{pad.stem}-{stempel}-voor-{doel}{pad.suffix}"
        )
    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revisie)
    return kopie


class Database:
    """An opened database plus the medewerker on whose behalf changes are made."""

    def __init__(self, engine: Engine, gebruiker: str | None = None):
        self.engine = engine
        self.gebruiker = gebruiker

    @contextmanager
    def sessie(self) -> Iterator[Session]:
        """One short unit of work: commits on success, rolls back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            session.info["gebruiker"] = self.gebruiker
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def sluit(self) -> None:
        self.engine.dispose()


def open_database(
    doel: str | Path, gebruiker: str | None = None, migreren: bool = True
) -> Database:
    engine = maak_engine(doel)
    if migreren:
        migreer(engine)
    return Database(engine, gebruiker)
