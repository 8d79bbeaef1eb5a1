"""What every subcommand module of the CLI shares (cli.md is the contract):

- the Dutch parser (`Parser`), the options every subcommand takes (`gedeelde_opties`);
- the way out: `Stop` (exit 1, refused) and `Gebruik` (exit 2, wrong usage found while running);
- opening the database (`open`, `database_doel`, `gebruiker`) and output helpers
  (`xlsx_uitvoer`, `voortgang`), the date option type (`datum`);
- questions on the terminal (`terminal`, `verborgen`), the database key (`sleutel_voor`,
  `bestaande_sleutel`, `nieuwe_sleutel`, `beschadigd`) and a new password (`nieuw_wachtwoord`).

Where the key comes from, in this order: JEUGDLOKET_SLEUTEL; the OS keyring (if the app
remembered it there); the demo passphrase (only ever accepted by demo data); a prompt on the
terminal. Never a command-line option: it would end up in the shell history. Without a
terminal and without the variable the command stops with exit status 2.

No imports of the other cli modules: they all import this one.
"""

import argparse
import getpass
import os
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from jeugdloket.beveiliging import sleutel as s
from jeugdloket.beveiliging.sleutel import Soort, bestandssoort
from jeugdloket.paden import standaard_database

# argparse's own words, in Dutch: the CLI speaks the users' language, usage errors included.
_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
}
argparse._ = lambda tekst: _ARGPARSE_NL.get(tekst, tekst)  # type: ignore[attr-defined]

_FOUTEN_NL = [
    (r"the following arguments are required: (.*)", r"deze gegevens ontbreken: \1"),
    (r"unrecognized arguments: (.*)", r"onbekende opties: \1"),
    (r"argument (\S+): invalid int value: (.*)", r"optie \1: \2 is geen geheel getal"),
    (
        r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)",
        r"optie \1: \2 kan niet; kies uit \3",
    ),
    (r"argument (\S+): expected one argument", r"optie \1 vraagt een waarde"),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"\1 bestaat niet; kies uit \2"),
]

WACHTWOORD_OMGEVING = "JEUGDLOKET_WACHTWOORD"

_POGINGEN = 3


class Parser(argparse.ArgumentParser):
    """The parser of `jeugdloket` and of every subcommand: usage errors in Dutch, exit 2."""

    def error(self, message: str):  # exit status 2: wrong usage
        for patroon, vervanging in _FOUTEN_NL:
            message = re.sub(patroon, vervanging, message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")


class Stop(Exception):
    """Refused data or a failed job: exit 1 after printing the messages."""

    code = 1

    def __init__(self, *meldingen: str):
        self.meldingen = meldingen


class Gebruik(Stop):
    """Wrong usage that only shows when running (no passphrase, no terminal): exit 2."""

    code = 2


def gedeelde_opties() -> argparse.ArgumentParser:
    """The options every (sub)command takes: --db, --gebruiker, --debug (a parent parser)."""
    # SUPPRESS: an option given before the subcommand is not overwritten by the subparser's default.
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "--db", metavar="PAD|URL", default=argparse.SUPPRESS, help="database (ook: JEUGDLOKET_DB)"
    )
    p.add_argument(
        "--gebruiker",
        metavar="NAAM",
        default=argparse.SUPPRESS,
        help="medewerker die handelt (ook: JEUGDLOKET_GEBRUIKER)",
    )
    p.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="toon de technische details van een fout",
    )
    return p


def datum(tekst: str) -> date:
    """A date option: 2026-11-23 or 23-11-2026; anything else is wrong usage (exit 2)."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", tekst.strip())
    n = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", tekst.strip())
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        if n:
            return date(int(n[3]), int(n[2]), int(n[1]))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{tekst} bestaat niet als datum") from None
    raise argparse.ArgumentTypeError(f"{tekst} is geen datum (JJJJ-MM-DD)")


# ------------------------------------------------------------------ database and output


def gebruiker(args) -> str:
    """Who acts: --gebruiker, JEUGDLOKET_GEBRUIKER, else `cli:<os user>`."""
    return (
        getattr(args, "gebruiker", None)
        or os.environ.get("JEUGDLOKET_GEBRUIKER")
        or f"cli:{getpass.getuser()}"
    )


def database_doel(args) -> str:
    """The database the arguments name (--db, JEUGDLOKET_DB or the standard place)."""
    return getattr(args, "db", None) or standaard_database()


def open(args, migreren: bool = True):  # shadows the builtin here; callers write gm.open
    """Open the database of `args` for `gebruiker(args)`, asking for the key where needed.

    On the team register (PostgreSQL) the command line acts as the login it connects with:
    --gebruiker, if given, must be that login (else exit 2); the server's administrator acts
    as 'cli:<login>'."""
    # Imported here, not at the top: `jeugdloket --help` and usage errors stay fast without
    # SQLAlchemy and the models.
    from jeugdloket.db import is_postgres_url, open_database

    # New databases are encrypted; the key comes from JEUGDLOKET_SLEUTEL or the terminal.
    doel = database_doel(args)
    if is_postgres_url(doel):
        db = open_database(doel, migreren=migreren)
        try:
            db.gebruiker = _team_gebruiker(db, args)
        except BaseException:
            db.sluit()
            raise
        return db
    sleutel = sleutel_voor(doel, demo=getattr(args, "opdracht", None) == "demo")
    return open_database(doel, gebruiker=gebruiker(args), sleutel=sleutel, migreren=migreren)


def begin_sleutel(args) -> None:
    """Start deriving the key of an encrypted database file in the background, from
    JEUGDLOKET_SLEUTEL (scheduled jobs), while the command still imports its modules: `open`
    finds it ready. Nothing for a new or plain file, a URL or a key that is typed."""
    sleutel = s.uit_omgeving()
    doel = database_doel(args)
    if sleutel is None or "://" in doel:
        return
    try:
        if bestandssoort(Path(doel).expanduser()) is Soort.VERSLEUTELD:
            s.begin_afleiding(Path(doel).expanduser(), sleutel)
    except OSError:
        pass  # a folder, no rights: `open` says what is wrong, as without this head start


def _team_gebruiker(db, args) -> str:
    from jeugdloket import teamdb

    with db.engine.connect() as conn:
        login, beheer = teamdb.login_van(conn)
    gevraagd = getattr(args, "gebruiker", None) or os.environ.get("JEUGDLOKET_GEBRUIKER")
    if gevraagd and gevraagd not in (login, f"cli:{login}"):
        raise Gebruik(
            f"Op het teamregister werkt u als de login waarmee u verbindt ({login}); "
            f"--gebruiker {gevraagd} kan daar niet. Verbind als {gevraagd} "
            "(de gebruiker in de URL of PGUSER)."
        )
    return f"cli:{login}" if beheer else login


def voortgang(label: str) -> Callable[[int, int], None] | None:
    """A progress line on a terminal; silent when output goes to a file or a scheduler."""
    if not sys.stderr.isatty():
        return None

    def toon(gedaan: int, totaal: int) -> None:
        procent = 100 * gedaan // max(totaal, 1)
        eind = "\n" if gedaan >= totaal else ""
        print(f"\r{label}: {gedaan}/{totaal} ({procent}%)", end=eind, file=sys.stderr, flush=True)

    return toon


def xlsx_uitvoer(tekst: str) -> Path:
    """The -o of an Excel file: must end in .xlsx and its folder must exist (else exit 1)."""
    pad = Path(tekst)
    if pad.suffix.lower() != ".xlsx":
        raise Stop(f"{tekst}: kies een bestandsnaam die eindigt op .xlsx")
    if pad.parent != Path("") and not pad.parent.is_dir():
        raise Stop(f"{tekst}: de map {pad.parent} bestaat niet")
    return pad


# ------------------------------------------------------------------ questions on the terminal


def terminal() -> bool:
    """Is someone at a terminal to answer (not a scheduled job, not a pipe)?"""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def verborgen(prompt: str) -> str:
    """One line typed without echo: a passphrase or a password."""
    return getpass.getpass(prompt)


def _melding(tekst: str) -> None:
    print(tekst, file=sys.stderr)


def _geen_terminal(wat: str) -> Gebruik:
    return Gebruik(
        f"{wat}: zet de sleutel in de omgevingsvariabele {s.OMGEVING} of start de opdracht "
        "vanaf een terminal (dan wordt erom gevraagd). Een sleutel als optie kan niet: die komt "
        "in de geschiedenis van de shell terecht."
    )


def bestaande_sleutel(pad: Path, wat: str) -> str:
    """The passphrase of an existing encrypted file (checked against it)."""
    uit_omgeving = s.uit_omgeving()
    if uit_omgeving is not None:
        return uit_omgeving  # a wrong one is refused by maak_engine with a clear message
    # A key that is right for a damaged file is returned too: maak_engine then says "beschadigd".
    for kandidaat in (s.uit_sleutelbos(pad), s.DEMO_SLEUTEL):
        if kandidaat and s.toets_sleutel(pad, kandidaat) != s.VERKEERD:
            return kandidaat
    if not terminal():
        raise _geen_terminal(f"{pad} is versleuteld")
    getypt = []
    for poging in range(_POGINGEN):
        sleutel = verborgen(f"Sleutel van {wat} {pad}: ")
        if s.toets_sleutel(pad, sleutel) != s.VERKEERD:
            return sleutel
        getypt.append(sleutel)
        if poging < _POGINGEN - 1:
            _melding("De sleutel klopt niet; probeer het nog eens.")
    beschadigd(pad, getypt)
    raise Stop(f"De sleutel klopt niet voor {pad}. Er is niets gewijzigd.")


def beschadigd(pad: Path, sleutels: list[str]) -> None:
    """A typed key that opens a good backup but not the database: the database is damaged
    (SQLCipher cannot tell that from a wrong key by itself). Say so, with the way out."""
    # Imported here: only a wrong key on a terminal needs the backups (keeps startup light).
    from jeugdloket.services import backup

    for sleutel in dict.fromkeys(sleutels):
        kandidaat = backup.nieuwste_goede_backup(pad, sleutel)
        if kandidaat is not None:
            raise Stop(
                f"De database {pad} opent niet met deze sleutel, maar de backup {kandidaat.pad} "
                f"({kandidaat.moment:%d-%m-%Y %H:%M}) wel: de database is waarschijnlijk "
                f"beschadigd. Zet de backup terug met: jeugdloket herstel {kandidaat.pad} "
                f"--db {pad}"
            )


def nieuwe_sleutel(pad: Path, demo: bool = False) -> str:
    """A passphrase for a file about to be encrypted: from the environment or chosen twice."""
    uit_omgeving = s.uit_omgeving()
    if uit_omgeving is not None:
        problemen = s.sterkte_problemen(uit_omgeving)
        if problemen and not (demo and uit_omgeving == s.DEMO_SLEUTEL):
            # Scheduled jobs and tests set the variable themselves: warn, do not refuse.
            _melding(f"Let op: de sleutel in {s.OMGEVING} is zwak. " + " ".join(problemen))
        return uit_omgeving
    if demo:
        _melding(
            f"De demo-database wordt versleuteld met de openbare demo-sleutel "
            f"'{s.DEMO_SLEUTEL}' (alleen voor verzonnen gegevens)."
        )
        return s.DEMO_SLEUTEL
    if not terminal():
        raise _geen_terminal(f"Een nieuwe database {pad} wordt versleuteld")
    _melding(
        f"Kies een sleutel voor {pad} (minstens {s.MINIMALE_LENGTE} tekens; een zin van een "
        "paar woorden werkt goed). Zonder de sleutel is de database niet te lezen – ook niet "
        "door de beheerder: bewaar hem goed."
    )
    for _ in range(_POGINGEN):
        sleutel = verborgen("Nieuwe sleutel: ")
        problemen = s.sterkte_problemen(sleutel)
        if problemen:
            _melding(" ".join(problemen))
            continue
        if verborgen("Nog een keer: ") != sleutel:
            _melding("De twee sleutels zijn niet gelijk; probeer het nog eens.")
            continue
        return sleutel
    raise Stop("Geen bruikbare sleutel gekozen; er is niets gemaakt.")


def sleutel_voor(doel: str, demo: bool = False) -> str | None:
    """The key to open `doel` with: None for a plain file or another kind of database.

    New files are encrypted by default; a plain file still opens, with a warning.
    """
    from jeugdloket.db import sqlite_pad_van  # imported here: see open()

    pad = sqlite_pad_van(doel)
    if pad is None:
        return None
    soort = bestandssoort(pad)
    if soort is Soort.GEWOON:
        _melding(
            f"Let op: de database {pad} is niet versleuteld; wie het bestand heeft, kan alles "
            f"lezen. Versleutel hem met: jeugdloket versleutel --db {pad}"
        )
        return None
    if soort is Soort.VERSLEUTELD:
        return bestaande_sleutel(pad, "de database")
    return nieuwe_sleutel(pad, demo=demo)


def nieuw_wachtwoord(gebruikersnaam: str) -> tuple[str, str]:
    """From JEUGDLOKET_WACHTWOORD (scripts), else typed twice – never an option on the command
    line, where it would end up in the shell history."""
    uit_omgeving = os.environ.get(WACHTWOORD_OMGEVING)
    if uit_omgeving:
        return uit_omgeving, uit_omgeving
    if not terminal():
        raise Stop(
            f"Zet het wachtwoord in {WACHTWOORD_OMGEVING} of start vanaf een terminal "
            "(dan wordt erom gevraagd)."
        )
    eerste = verborgen(f"Nieuw wachtwoord voor {gebruikersnaam}: ")
    return eerste, verborgen("Nog een keer: ")
