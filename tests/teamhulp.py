"""What the team-register tests share: a team of four with logins, and the CLI as a subprocess."""

import os
import subprocess
import uuid

import clivork

from jeugdloket.db import Database
from jeugdloket.services import medewerkers, toegang

WACHTWOORD = "een lang wachtwoord voor de test"
TEAM = {
    "a.devries": ("Anouk de Vries", "consulent"),
    "b.yilmaz": ("Burak Yılmaz", "consulent"),
    "r.hendriks": ("René Hendriks", "coördinator"),
    "k.bakker": ("Kees Bakker", "beheerder"),
}


def maak_team(beheer: Database) -> dict[str, uuid.UUID]:
    """The four medewerkers of TEAM, each with a login and password WACHTWOORD, made the way
    IT does it (as the server's administrator, through the services); {naam: id}."""
    systeem = Database(beheer.engine)
    ids = {}
    for naam, (volledig, rol) in TEAM.items():
        ids[naam] = medewerkers.maak_medewerker(systeem, naam, volledig, rol).id
        toegang.zet_wachtwoord(systeem, naam, WACHTWOORD)
    return ids


def jl(*args, env=None) -> subprocess.CompletedProcess:
    """`jeugdloket ARGS` as a subprocess, acting as the login of the URL (no JEUGDLOKET_GEBRUIKER)."""
    omgeving = dict(os.environ)
    omgeving.pop("JEUGDLOKET_GEBRUIKER", None)
    omgeving.update(env or {})
    return clivork.jeugdloket(args, env=omgeving, timeout=180)
