"""A private PostgreSQL server for the test suite (pytest-postgresql's executor on the system
`pg_ctl`), and fresh databases on it copied from one migrated template.

PostgreSQL refuses to run as root and CI runs as root: the server then runs as the system user
`postgres` (the Debian package makes it) through `runuser`, in a directory that user owns.
"""

import glob
import os
import shutil
import socket
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg import sql
from pytest_postgresql.executors.proc import PostgreSQLExecutor

SUPERUSER = "postgres"
SJABLOON = "jeugdloket_sjabloon"


def pg_bin() -> Path | None:
    """The newest installed PostgreSQL's binaries (Debian: /usr/lib/postgresql/NN/bin)."""
    for kandidaat in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_versie, reverse=True):
        if Path(kandidaat, "pg_ctl").exists():
            return Path(kandidaat)
    gevonden = shutil.which("pg_ctl")
    return Path(gevonden).parent if gevonden else None


def _versie(pad: str) -> int:
    try:
        return int(Path(pad).parent.name)
    except ValueError:
        return 0


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One running server; `url(dbname, user)` for connections over loopback TCP."""

    def __init__(self) -> None:
        bin_map = pg_bin()
        if bin_map is None:
            raise RuntimeError(
                "PostgreSQL is niet geïnstalleerd (Debian: apt-get install postgresql)"
            )
        self.map = Path(tempfile.mkdtemp(prefix="jeugdloket-pg-"))
        self.map.chmod(0o755)
        als_root = os.geteuid() == 0
        pg_ctl = bin_map / "pg_ctl"
        if als_root:
            # The wrapper runs pg_ctl (and with it initdb and postgres) as the postgres user.
            wrapper = self.map / "pg_ctl"
            wrapper.write_text(f'#!/bin/sh\nexec runuser -u {SUPERUSER} -- "{pg_ctl}" "$@"\n')
            wrapper.chmod(0o755)
            pg_ctl = wrapper
            shutil.chown(self.map, SUPERUSER)
        self.poort = _vrije_poort()
        self.executor = PostgreSQLExecutor(
            executable=str(pg_ctl),
            host="127.0.0.1",
            port=self.poort,
            datadir=str(self.map / "data"),
            unixsocketdir=str(self.map),
            logfile=str(self.map / "postgresql.log"),
            startparams="-w",
            dbname=SJABLOON,
            user=SUPERUSER,
            # fsync off: a test server need not survive a power cut.
            postgres_options="-c fsync=off -c listen_addresses=127.0.0.1 -c max_connections=200",
        )
        self.executor.init_directory()
        # The suite's superuser connects without a password; every other login (the
        # medewerkers) with SCRAM, as on a real team server.
        (self.map / "data" / "pg_hba.conf").write_text(
            f"local all {SUPERUSER} trust\n"
            f"host all {SUPERUSER} 127.0.0.1/32 trust\n"
            "local all all scram-sha-256\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        self.executor.start()
        self._wacht_tot_klaar()
        self._sjabloon_klaar = False

    def _wacht_tot_klaar(self, seconden: float = 60) -> None:
        """The port opens before the server accepts sessions ("the database system is starting
        up"): try until a connection succeeds."""
        einde = time.monotonic() + seconden
        while True:
            try:
                self.verbind().close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > einde:
                    raise
                time.sleep(0.1)

    def url(self, dbname: str, gebruiker: str = SUPERUSER, wachtwoord: str | None = None) -> str:
        geheim = f":{quote(wachtwoord, safe='')}" if wachtwoord else ""
        return f"postgresql://{gebruiker}{geheim}@127.0.0.1:{self.poort}/{dbname}"

    def verbind(self, dbname: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.poort, user=SUPERUSER, dbname=dbname, autocommit=True
        )

    def nieuwe_database(self, maak_sjabloon) -> str:
        """A fresh database copied from the migrated template; `maak_sjabloon(url)` migrates
        the template the first time (Alembic takes seconds, a copy a fraction of one)."""
        if not self._sjabloon_klaar:
            with self.verbind() as c:
                c.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(SJABLOON)))
            maak_sjabloon(self.url(SJABLOON))
            self._sjabloon_klaar = True
        naam = f"t_{uuid.uuid4().hex[:12]}"
        with self.verbind() as c:
            c.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(naam), sql.Identifier(SJABLOON)
                )
            )
        return naam

    def verwijder_database(self, naam: str) -> None:
        with self.verbind() as c:
            c.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(naam))
            )

    def stop(self) -> None:
        try:
            self.executor.stop()
        finally:
            shutil.rmtree(self.map, ignore_errors=True)
