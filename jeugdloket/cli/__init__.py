"""The command line (`jeugdloket <subcommand>`): one contract for scripts and scheduled jobs.

Exit status: 0 done; 1 the data was refused (every problem printed in Dutch); 2 wrong usage.
Errors go to stderr, results to stdout. No traceback reaches the user unless --debug.

This module builds the top-level parser and runs a subcommand; each group of subcommands lives
in a module of its own (`registreer(sub, gedeeld)` adds them), what they share in
`gemeenschappelijk`. The group modules never import this one.
"""

import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from jeugdloket import __version__
from jeugdloket.cli import (
    beveiliging,
    bewaren,
    casussen,
    catalogus,
    logboek,
    plannen,
    team,
    toewijzingen,
    werkkopie,
)
from jeugdloket.cli import gemeenschappelijk as gm
from jeugdloket.fouten import Fout, database_weigert
from jeugdloket.taal import zet_taal


def maak_parser() -> gm.Parser:
    """The parser of `jeugdloket` with every subcommand (the order is the order of --help)."""
    gedeeld = gm.gedeelde_opties()
    parser = gm.Parser(
        prog="jeugdloket",
        description="Jeugdloket – casussen, plannen en overzichten van het jeugdteam. "
        "Zonder opdracht start het programmavenster.",
        parents=[gedeeld],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"jeugdloket {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--lang", choices=["nl", "en"], default=None, help="taal van het venster (standaard nl)"
    )
    sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT", parser_class=gm.Parser)

    # demo, import, export, overzicht, sjabloon; `export toewijzingen` (back office, xlsx)
    # goes under the same `export`.
    export_sub = casussen.registreer(sub, gedeeld)
    toewijzingen.registreer(export_sub, gedeeld)
    plannen.registreer(sub, gedeeld)  # plan (PDF)
    beveiliging.registreer(sub, gedeeld)  # backup, herstel, versleutel
    catalogus.registreer(sub, gedeeld)  # catalogus, zoek
    logboek.registreer(sub, gedeeld)  # logboek, medewerker, casus (rights and the log)
    bewaren.registreer(sub, gedeeld)  # bewaartermijn, inzage (AVG)
    team.registreer(sub, gedeeld)  # team init (PostgreSQL)
    werkkopie.registreer(sub, gedeeld)  # werkkopie maak|sync|status, conflicten
    return parser


# ------------------------------------------------------------------ entry point


def main(argv: Sequence[str] | None, start_gui: Callable[..., int]) -> int:
    """Run a subcommand; without one, `start_gui` (given by `__main__`: the CLI knows no Qt)
    opens the window on the database the arguments name."""
    parser = maak_parser()
    args = parser.parse_args(argv)
    if args.opdracht is None:
        return start_gui(
            gm.database_doel(args),
            getattr(args, "gebruiker", None) or os.environ.get("JEUGDLOKET_GEBRUIKER"),
            args.lang,
        )
    # Dutch unless a language is asked for: errors from the services then follow it.
    zet_taal(args.lang)
    if not getattr(args, "debug", False):
        # psycopg logs a warning in English when it closes a pipeline the server refused; the
        # refusal itself becomes a Dutch sentence below, the driver's noise is for --debug.
        logging.getLogger("psycopg").setLevel(logging.ERROR)
    return voer_uit(args)


def voer_uit(args) -> int:
    """Run the subcommand `args` names; every failure becomes Dutch text and an exit status."""
    if args.opdracht != "sjabloon":  # every other subcommand works on the database
        gm.begin_sleutel(args)
    try:
        return args.functie(args)
    except gm.Stop as e:
        for melding in e.meldingen:
            print(melding, file=sys.stderr)
        return e.code
    except Fout as e:
        meldingen = getattr(e, "meldingen", None) or [str(e)]
        for melding in meldingen:
            print(melding, file=sys.stderr)
        if len(meldingen) > 1:
            print(f"{len(meldingen)} problemen gevonden; er is niets opgeslagen.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return 130
    except Exception as e:  # last line of defence: a Dutch sentence, the traceback only on request
        if database_weigert(e):
            print(
                "Geen toegang: de teamdatabase staat dit niet toe voor deze login "
                "(uw rol mag dit niet; vraag het een beheerder of coördinator).",
                file=sys.stderr,
            )
            return 1
        if getattr(args, "debug", False):
            traceback.print_exc()
        print(f"Er ging iets mis: {type(e).__name__}: {e}", file=sys.stderr)
        if not getattr(args, "debug", False):
            print("Start opnieuw met --debug voor de technische details.", file=sys.stderr)
        return 1
