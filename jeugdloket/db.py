"""Engine factory (plain SQLite or SQLCipher), sessions, migrate-on-start with a backup copy first."""

import time
import uuid
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, DisconnectionError
from sqlmodel import Session

from jeugdloket.beveiliging import sleutel as _sleutel
from jeugdloket.beveiliging.sleutel import Soort, bestandssoort, verbind
from jeugdloket.fouten import Fout
from jeugdloket.migrations import HEAD
from jeugdloket.models import Bewerkbaar, nu
from jeugdloket.paden import is_postgres_url
from jeugdloket.taal import vertaal

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url(doel: str | Path) -> str:
    """A URL stays a URL; anything else is a path to an SQLite file."""
    tekst = str(doel)
    if is_postgres_url(tekst) and not tekst.startswith("postgresql+psycopg://"):
        # psycopg 3 whatever SQLAlchemy's default driver for the scheme is (2.0: psycopg2).
        return "postgresql+psycopg://" + tekst.split("://", 1)[1]
    if "://" in tekst:
        return tekst
    return f"sqlite:///{Path(tekst).expanduser().resolve()}"


# The passphrase of each encrypted engine, for copies (backups, migrations) of the same file.
_sleutels: "weakref.WeakKeyDictionary[Engine, str]" = weakref.WeakKeyDictionary()


class SleutelFout(Fout):
    """Wrong or missing passphrase for an encrypted database."""


class DatabaseBeschadigd(Fout):
    """The key is right but the file is damaged: restore a backup."""


def _fout_soort(e: DatabaseError) -> str | None:
    """SQLite's name for the error behind a SQLAlchemy error (SQLITE_CORRUPT, SQLITE_NOTADB)."""
    return getattr(e.orig, "sqlite_errorname", None)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit survives a power cut (closed lid, empty battery), not only a killed process.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlcipher_pragmas(sleutel: str, ruw: str | None = None):
    def pragmas(dbapi_connection, record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")  # our own message on a wrong key
        # The key comes before anything else touches the file; cipher settings stay SQLCipher 4's
        # defaults (4096-byte pages, 256,000 KDF rounds), so any SQLCipher 4 tool opens the file.
        # With `ruw`, the key derived once from the passphrase (beveiliging.sleutel.ruwe_sleutel):
        # no connection after the first pays for the derivation again.
        cursor.execute(
            _sleutel.pragma_key(sleutel) if ruw is None else _sleutel.pragma_ruwe_key(ruw)
        )
        # Decrypted pages are kept in SQLite's cache (64 MB instead of 2 MB): a page read twice
        # is decrypted once. Plain SQLite gets this for free from the OS file cache.
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.close()
        _sqlite_pragmas(dbapi_connection, record)

    return pragmas


# A pooled server connection used this recently is handed out without a ping: every action
# takes two in a row (the rights check, then the service's session), and a round trip each
# adds up under load. One idle for longer (a server restart, a dropped network) is checked.
PING_NA_S = 2.0


def _ping_na_rust(engine: Engine) -> None:
    def ingeleverd(_dbapi_connection, record) -> None:
        record.info["jl_gebruikt"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def uitlenen(dbapi_connection, record, _proxy) -> None:
        gebruikt = record.info.get("jl_gebruikt")
        if gebruikt is not None and time.monotonic() - gebruikt < PING_NA_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception as e:  # noqa: BLE001 - any failure: the pool takes a fresh connection
            raise DisconnectionError(str(e)) from e
        if not alive:
            raise DisconnectionError("verbinding verbroken")

    event.listen(engine, "connect", ingeleverd)
    event.listen(engine, "checkin", ingeleverd)


def maak_engine(doel: str | Path, sleutel: str | None = None) -> Engine:
    """An engine for a URL or an SQLite file; with `sleutel` the file is SQLCipher-encrypted.

    Without a key a plain SQLite file is opened (or made); an encrypted file then raises
    SleutelFout. With a key a new file is made encrypted; a plain file raises Fout (convert it
    with `jeugdloket versleutel`); a wrong key raises SleutelFout – never a traceback.
    """
    url = make_url(database_url(doel))
    if url.get_backend_name() != "sqlite":
        engine = create_engine(url)
        _ping_na_rust(engine)
        return engine
    pad = Path(url.database) if url.database and url.database != ":memory:" else None
    if pad is not None:
        pad.parent.mkdir(parents=True, exist_ok=True)
    soort = bestandssoort(pad) if pad is not None else Soort.NIEUW
    if sleutel is None:
        if soort is Soort.VERSLEUTELD:
            raise SleutelFout(
                vertaal(
                    "De database {pad} is versleuteld: geef de sleutel (omgevingsvariabele "
                    "{OMGEVING}, of typ hem als erom gevraagd wordt).",
                    pad=pad,
                    OMGEVING=_sleutel.OMGEVING,
                )
            )
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if soort is Soort.GEWOON:
        raise Fout(
            vertaal(
                "De database {pad} is niet versleuteld. Versleutel hem eerst met: "
                "jeugdloket versleutel --db {pad}",
                pad=pad,
            )
        )
    ruw = _sleutel.ruwe_sleutel(pad, sleutel) if pad is not None else None
    try:
        try:
            engine = _sqlcipher_engine(url, sleutel, ruw)
        except DatabaseError as e:
            if ruw is None or _fout_soort(e) == "SQLITE_CORRUPT":
                raise
            # The derived key does not open it: the passphrase itself then, which SQLCipher
            # derives with the file's own settings (the answer stays SQLCipher's).
            engine = _sqlcipher_engine(url, sleutel, None)
    except DatabaseError as e:
        if pad is not None:
            _sleutel.vergeet_afleiding(pad, sleutel)
        fout = _niet_te_openen(e, pad, soort)
        if fout is e:
            raise
        raise fout from e
    _sleutels[engine] = sleutel
    return engine


def _sqlcipher_engine(url, sleutel: str, ruw: str | None) -> Engine:
    """An SQLCipher engine whose first connection (kept in the pool) has read the file: a wrong
    key raises DatabaseError here, not later."""
    engine = create_engine(url, module=_sleutel.sqlcipher_module(), connect_args={"timeout": 10})
    event.listen(engine, "connect", _sqlcipher_pragmas(sleutel, ruw))
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DatabaseError:
        engine.dispose()
        raise
    return engine


def _niet_te_openen(e: DatabaseError, pad: Path | None, soort: Soort) -> Exception:
    """The error to raise when an encrypted file does not open: damaged, or a wrong key (`e`
    itself for a file that was not encrypted yet)."""
    if pad is not None and soort is Soort.VERSLEUTELD and _fout_soort(e) == "SQLITE_CORRUPT":
        # The first page decrypted, so the key is right; a later page is missing or damaged
        # (a file cut short by a full disk, a copy broken off).
        return DatabaseBeschadigd(
            vertaal(
                "De database {pad} is beschadigd (de sleutel klopt, maar een deel van "
                "het bestand ontbreekt of is kapot). Er is niets gewijzigd. Zet een "
                "backup terug met: jeugdloket herstel BACKUP --db {pad} (de "
                "automatische backups staan in {waarde}).",
                pad=pad,
                waarde=pad.parent / "backups",
            )
        )
    if pad is not None and soort is Soort.VERSLEUTELD:
        # SQLCipher cannot tell a wrong key from a damaged first page: name both.
        return SleutelFout(
            vertaal(
                "De sleutel klopt niet voor {pad}, of het bestand is beschadigd of geen "
                "Jeugdloket-database. Er is niets gewijzigd. Opent dezelfde "
                "sleutel wel een backup in {waarde}, zet die dan terug met: jeugdloket "
                "herstel BACKUP --db {pad}",
                pad=pad,
                waarde=pad.parent / "backups",
            )
        )
    return e


def sleutel_van(engine: Engine) -> str | None:
    """The passphrase an engine was opened with (None: plain SQLite or another database)."""
    return _sleutels.get(engine)


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


def maak_kopie(bron: Path, doel: Path, sleutel: str | None = None) -> Path:
    """A consistent copy of a live SQLite file (WAL included) through SQLite's backup API.

    With a key both sides are SQLCipher with that key: the copy is as encrypted as the original.
    """
    src = verbind(bron, sleutel)
    try:
        return kopieer_verbinding(src, doel, sleutel)
    finally:
        src.close()


def kopieer_verbinding(src, doel: Path, sleutel: str | None = None) -> Path:
    """Copy what the DB-API connection `src` sees into the file `doel` (same key, same kind).

    Written under a temporary name first, so a copy cut short never looks complete.
    """
    doel.parent.mkdir(parents=True, exist_ok=True)
    tijdelijk = doel.with_name(doel.name + ".bezig")
    tijdelijk.unlink(missing_ok=True)
    dst = verbind(tijdelijk, sleutel)
    try:
        src.backup(dst)
    finally:
        dst.close()
    tijdelijk.replace(doel)
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
            pad,
            pad.parent / "backups" / f"{pad.stem}-{stempel}-voor-{doel}{pad.suffix}",
            sleutel_van(engine),
        )
    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revisie)
    return kopie


# Parameter types each driver takes as SQLAlchemy's bind processing would pass them.
_RUW = {"sqlite": (str, int, float), "psycopg": (str, int, float, bool, uuid.UUID, date, datetime)}


@contextmanager
def kleine_cache(con) -> Iterator[None]:
    """Read through SQLite's default 2 MB page cache instead of the connection's 64 MB, for a
    read that visits every page once (the integrity check, a copy, the whole case list in table
    order): the pooled connection would keep 64 MB of decrypted pages it will not need again.
    `con`: a DBAPI connection (SQLite/SQLCipher)."""
    vorige = con.execute("PRAGMA cache_size").fetchone()[0]
    con.execute("PRAGMA cache_size = -2000")
    try:
        yield
    finally:
        con.execute(f"PRAGMA cache_size = {int(vorige)}")


def ruwe_rijen(conn, q) -> Iterator[tuple]:
    """The rows of `q` as plain tuples straight from the driver, without SQLAlchemy's result
    processing: for 100,000 rows its Row objects cost more than the query itself.

    Only for columns that need no conversion: on SQLite text and numbers (a boolean arrives
    as 0/1), on PostgreSQL psycopg's own types (UUID, date and timestamp objects, as
    SQLAlchemy would give them). Another engine goes through SQLAlchemy."""
    if conn.dialect.name == "sqlite":
        soorten = _RUW["sqlite"]
    elif conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        soorten = _RUW["psycopg"]
    else:
        yield from conn.execute(q)
        return
    gecompileerd = q.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    if conn.dialect.name == "sqlite":  # positional ? parameters
        parameters = [gecompileerd.params[k] for k in gecompileerd.positiontup or ()]
        waarden = parameters
    else:  # psycopg: named %(x)s parameters
        parameters = gecompileerd.params or None
        waarden = list(gecompileerd.params.values())
    if not all(p is None or type(p) in soorten for p in waarden):
        # A value SQLAlchemy converts first (a UUID or date on SQLite, an enum): a small
        # query, its usual way.
        yield from conn.execute(q)
        return
    cursor = conn.connection.driver_connection.cursor()
    try:
        yield from cursor.execute(gecompileerd.string, parameters)
    finally:
        cursor.close()


class Database:
    """An opened database plus the medewerker on whose behalf changes are made."""

    def __init__(self, engine: Engine, gebruiker: str | None = None):
        self.engine = engine
        self.gebruiker = gebruiker

    @property
    def pad(self) -> Path | None:
        """The SQLite file, None for another database (PostgreSQL) or one in memory."""
        return sqlite_pad(self.engine)

    @property
    def versleuteld(self) -> bool:
        return sleutel_van(self.engine) is not None

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
    doel: str | Path,
    gebruiker: str | None = None,
    migreren: bool = True,
    sleutel: str | None = None,
) -> Database:
    """Open (and migrate) a database; `sleutel` for an encrypted one.

    Without `sleutel`, an existing encrypted file takes its passphrase from JEUGDLOKET_SLEUTEL
    (scripts and tools work unchanged); a new file is then made plain, as the service tests do.
    The CLI and the window decide on encryption for new files themselves (jeugdloket.cli,
    jeugdloket.ui.beveiliging).
    """
    if sleutel is None:
        pad = sqlite_pad_van(doel)
        if pad is not None and bestandssoort(pad) is Soort.VERSLEUTELD:
            sleutel = _sleutel.uit_omgeving()
    engine = maak_engine(doel, sleutel)
    if migreren:
        huidig = huidige_revisie(engine) if engine.dialect.name == "postgresql" else None
        if huidig not in (None, HEAD):
            # The team register is upgraded by its administrator, with its rights in one go
            # (`jeugdloket team init`): never half, by whoever happens to start the app first.
            engine.dispose()
            raise Fout(
                vertaal(
                    "Het teamregister heeft schemaversie {huidig}; deze versie van "
                    "Jeugdloket verwacht {HEAD}. Laat de beheerder van de server "
                    "'jeugdloket team init' draaien.",
                    huidig=huidig,
                    HEAD=HEAD,
                )
            )
        if huidig is None:  # a file, or an empty register (made by its administrator)
            migreer(engine)
    return Database(engine, gebruiker)


def sqlite_pad_van(doel: str | Path) -> Path | None:
    """The SQLite file a path or URL points to (None for PostgreSQL or :memory:)."""
    url = make_url(database_url(doel))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    return None
