"""The command line on either engine: one register with the team of teamhulp.TEAM, and
`jeugdloket ARGS` as a subprocess acting as one of them.

- On an SQLite file (encrypted with JEUGDLOKET_SLEUTEL) a medewerker acts through
  `--gebruiker NAAM`; without one the command acts as `cli:<os user>`.
- On the team register (PostgreSQL) the command acts as the login it connects with: the URL
  carries that login, the password comes from PGPASSWORD (libpq's own convention, as a
  scheduled job would do it). Without a login it connects as the server's administrator.

Tests take the `cli` fixture (conftest.py), which runs them once per engine."""

import os
from dataclasses import dataclass
from pathlib import Path

import clivork
from teamhulp import TEAM, WACHTWOORD, maak_team

from jeugdloket.db import Database, open_database
from jeugdloket.services import medewerkers, toegang


@dataclass
class Cli:
    engine: str  # "sqlite" or "postgresql"
    doel: str  # the --db of the administrator: a file, or the superuser's URL
    _login_url: object = None  # naam -> URL as that login (PostgreSQL)

    @property
    def team(self) -> bool:
        return self.engine == "postgresql"

    def db_arg(self, als: str | None = None) -> str:
        """The --db a command acting as `als` takes."""
        return self._login_url(als) if self.team and als else self.doel

    def jl(self, *args, als: str | None = None, env=None, gebruiker: str | None = None):
        """`jeugdloket ARGS --db …` as medewerker `als` (None: the administrator / cli:<os user>).
        `gebruiker` adds an explicit --gebruiker (on the team register: must be the login)."""
        omgeving = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        for naam in ("JEUGDLOKET_DB", "JEUGDLOKET_GEBRUIKER", "PGPASSWORD", "PGUSER"):
            omgeving.pop(naam, None)
        cmd = [*args, "--db", self.db_arg(als)]
        if self.team:
            if als:
                omgeving["PGPASSWORD"] = WACHTWOORD
        elif als:
            cmd += ["--gebruiker", als]
        if gebruiker:
            cmd += ["--gebruiker", gebruiker]
        omgeving.update(env or {})
        return clivork.jeugdloket(cmd, env=omgeving, timeout=180)

    def open(self) -> Database:
        """The register as its administrator (to look at what a command did)."""
        return open_database(self.doel)

    def maak_medewerker(self, naam: str, volledig: str, rol: str) -> None:
        """One more colleague, with a login on the team register (password WACHTWOORD)."""
        db = self.open()
        try:
            medewerkers.maak_medewerker(db, naam, volledig, rol)
            toegang.zet_wachtwoord(db, naam, WACHTWOORD)
        finally:
            db.sluit()


def sqlite_cli(map_: Path) -> Cli:
    pad = map_ / "jeugdloket.db"
    db = open_database(pad, sleutel=os.environ["JEUGDLOKET_SLEUTEL"])
    try:
        maak_team(db)
    finally:
        db.sluit()
    return Cli("sqlite", str(pad))


def postgres_cli(pg_server, url: str) -> Cli:
    db = open_database(url)
    try:
        maak_team(db)
    finally:
        db.sluit()
    dbnaam = url.rsplit("/", 1)[1]
    return Cli("postgresql", url, lambda naam: pg_server.url(dbnaam, naam))


__all__ = ["TEAM", "Cli", "postgres_cli", "sqlite_cli"]
