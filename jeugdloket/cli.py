"""The command line (`jeugdloket <subcommand>`): one contract for scripts and scheduled jobs.

Exit status: 0 done; 1 the data was refused (every problem printed in Dutch); 2 wrong usage.
Errors go to stderr, results to stdout. No traceback reaches the user unless --debug.
"""

import argparse
import getpass
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from jeugdloket import __version__
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


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # exit status 2: wrong usage
        for patroon, vervanging in _FOUTEN_NL:
            message = re.sub(patroon, vervanging, message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")


class _Stop(Exception):
    """Refused data or a failed job: exit 1 after printing the messages."""

    def __init__(self, *meldingen: str):
        self.meldingen = meldingen


def _gemeenschappelijk() -> argparse.ArgumentParser:
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


def maak_parser() -> argparse.ArgumentParser:
    gedeeld = _gemeenschappelijk()
    parser = _Parser(
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
    sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT", parser_class=_Parser)

    demo = sub.add_parser(
        "demo", parents=[gedeeld], help="maak een database met verzonnen casussen"
    )
    demo.add_argument("--casussen", type=int, required=True, metavar="N", help="aantal casussen")
    demo.add_argument(
        "--seed", type=int, default=None, metavar="S", help="startwaarde: zelfde seed, zelfde data"
    )
    demo.set_defaults(functie=_demo)

    imp = sub.add_parser("import", parents=[gedeeld], help="lees gegevens in")
    imp_sub = imp.add_subparsers(dest="soort", metavar="SOORT", required=True, parser_class=_Parser)
    ic = imp_sub.add_parser(
        "casussen",
        parents=[gedeeld],
        help="casussen uit een uitwisselingsbestand (JSON), alles-of-niets",
    )
    ic.add_argument(
        "bestand", metavar="BESTAND", help="FILE.json in het formaat jeugdloket-casussen"
    )
    ic.set_defaults(functie=_import_casussen)

    exp = sub.add_parser("export", parents=[gedeeld], help="schrijf gegevens weg")
    exp_sub = exp.add_subparsers(dest="soort", metavar="SOORT", required=True, parser_class=_Parser)
    ec = exp_sub.add_parser(
        "casussen", parents=[gedeeld], help="casussen naar het uitwisselingsformaat (JSON)"
    )
    ec.add_argument("--casus", action="append", metavar="NR", help="alleen deze casus (mag vaker)")
    ec.add_argument(
        "-o", "--uitvoer", required=True, metavar="BESTAND", help="FILE.json, of - voor stdout"
    )
    ec.set_defaults(functie=_export_casussen)
    return parser


# ------------------------------------------------------------------ helpers


def _gebruiker(args) -> str:
    return (
        getattr(args, "gebruiker", None)
        or os.environ.get("JEUGDLOKET_GEBRUIKER")
        or f"cli:{getpass.getuser()}"
    )


def _database_doel(args) -> str:
    return getattr(args, "db", None) or standaard_database()


def _open(args):
    from jeugdloket.db import open_database

    return open_database(_database_doel(args), gebruiker=_gebruiker(args))


def _voortgang(label: str) -> Callable[[int, int], None] | None:
    """A progress line on a terminal; silent when output goes to a file or a scheduler."""
    if not sys.stderr.isatty():
        return None

    def toon(gedaan: int, totaal: int) -> None:
        procent = 100 * gedaan // max(totaal, 1)
        eind = "\n" if gedaan >= totaal else ""
        print(f"\r{label}: {gedaan}/{totaal} ({procent}%)", end=eind, file=sys.stderr, flush=True)

    return toon


# ------------------------------------------------------------------ subcommands


def _demo(args) -> int:
    from jeugdloket.services.demo import maak_demo

    if args.casussen < 1:
        raise _Stop("--casussen moet minstens 1 zijn")
    db = _open(args)
    try:
        aantal = maak_demo(db, args.casussen, seed=args.seed, voortgang=_voortgang("Demo-casussen"))
    finally:
        db.sluit()
    print(f"{aantal} demo-casussen gemaakt in {_database_doel(args)}")
    return 0


def _import_casussen(args) -> int:
    from jeugdloket.services import uitwisseling

    pad = Path(args.bestand)
    if pad.suffix.lower() in (".xlsx", ".xlsm"):
        raise _Stop(
            f"{pad.name}: importeren uit Excel kan nog niet; gebruik het JSON-uitwisselingsformaat"
        )
    doc = uitwisseling.lees_json(pad)
    db = _open(args)
    try:
        r = uitwisseling.importeer(db, doc)
    finally:
        db.sluit()
    print(f"{pad.name}: {r.nieuw} nieuw, {r.bijgewerkt} bijgewerkt, {r.ongewijzigd} ongewijzigd")
    for naam in r.medewerkers_nieuw:
        print(f"Medewerker '{naam}' toegevoegd")
    for naam in r.medewerkers_aangemaakt:
        print(f"Medewerker '{naam}' was onbekend en is aangemaakt (rol consulent)")
    return 0


def _export_casussen(args) -> int:
    from jeugdloket.services import uitwisseling

    db = _open(args)
    try:
        doc = uitwisseling.exporteer(db, args.casus)
    finally:
        db.sluit()
    if args.uitvoer == "-":
        import json

        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        uitwisseling.schrijf_json(doc, Path(args.uitvoer))
        print(f"{len(doc['casussen'])} casussen geschreven naar {args.uitvoer}", file=sys.stderr)
    return 0


# ------------------------------------------------------------------ entry point


def main(argv: Sequence[str] | None = None, start_gui: Callable | None = None) -> int:
    parser = maak_parser()
    args = parser.parse_args(argv)
    if args.opdracht is None:
        if start_gui is None:
            from jeugdloket.ui.app import start_gui
        return start_gui(
            _database_doel(args),
            getattr(args, "gebruiker", None) or os.environ.get("JEUGDLOKET_GEBRUIKER"),
            args.lang,
        )
    return voer_uit(args)


def voer_uit(args) -> int:
    from jeugdloket.services import Fout

    try:
        return args.functie(args)
    except _Stop as e:
        for melding in e.meldingen:
            print(melding, file=sys.stderr)
        return 1
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
        if getattr(args, "debug", False):
            traceback.print_exc()
        print(f"Er ging iets mis: {type(e).__name__}: {e}", file=sys.stderr)
        if not getattr(args, "debug", False):
            print("Start opnieuw met --debug voor de technische details.", file=sys.stderr)
        return 1
