"""The command line (`jeugdloket <subcommand>`): one contract for scripts and scheduled jobs.

Exit status: 0 done; 1 the data was refused (every problem printed in Dutch); 2 wrong usage.
Errors go to stderr, results to stdout. No traceback reaches the user unless --debug.
"""

import argparse
import getpass
import importlib.util
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

    code = 1

    def __init__(self, *meldingen: str):
        self.meldingen = meldingen


class _Gebruik(_Stop):
    """Wrong usage that only shows when running (no passphrase, no terminal): exit 2."""

    code = 2


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
        help="casussen uit een uitwisselingsbestand (JSON) of een ingevuld Excel-sjabloon "
        "(.xlsx), alles-of-niets",
    )
    ic.add_argument(
        "bestand",
        metavar="BESTAND",
        help="FILE.json in het formaat jeugdloket-casussen, of FILE.xlsx (zie sjabloon casussen)",
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
    if importlib.util.find_spec("jeugdloket.cli_toewijzingen") is not None:
        from jeugdloket import cli_toewijzingen  # export toewijzingen (back office, xlsx)

        cli_toewijzingen.registreer(exp_sub, gedeeld)

    ov = sub.add_parser(
        "overzicht",
        parents=[gedeeld],
        help="weekoverzicht met de kengetallen van het team naar Excel",
    )
    ov.add_argument(
        "--week",
        metavar="JJJJ-Www",
        default=None,
        help="ISO-week, bijvoorbeeld 2026-W47 (standaard: de laatste volledige week)",
    )
    ov.add_argument(
        "--sluitingsdag",
        action="append",
        default=[],
        metavar="JJJJ-MM-DD",
        help="dag waarop het team dicht is: telt niet als werkdag (mag vaker)",
    )
    ov.add_argument("-o", "--uitvoer", required=True, metavar="BESTAND", help="FILE.xlsx")
    ov.set_defaults(functie=_overzicht)

    sj = sub.add_parser("sjabloon", parents=[gedeeld], help="maak een leeg invulbestand")
    sj_sub = sj.add_subparsers(dest="soort", metavar="SOORT", required=True, parser_class=_Parser)
    sc = sj_sub.add_parser(
        "casussen",
        parents=[gedeeld],
        help="Excel-sjabloon om casussen in te vullen (in te lezen met import casussen)",
    )
    sc.add_argument("-o", "--uitvoer", required=True, metavar="BESTAND", help="FILE.xlsx")
    sc.set_defaults(functie=_sjabloon_casussen)

    # Subcommands other modules own (plans as PDF; catalogue and zoektool), each in a module of
    # its own so this file stays small; skipped in a version of the app without them.
    if importlib.util.find_spec("jeugdloket.cli_plannen") is not None:
        from jeugdloket import cli_plannen

        cli_plannen.registreer(sub, gedeeld, _Parser)
    if importlib.util.find_spec("jeugdloket.cli_beveiliging") is not None:
        from jeugdloket import cli_beveiliging

        cli_beveiliging.registreer(sub, gedeeld)
    if importlib.util.find_spec("jeugdloket.cli_catalogus") is not None:
        from jeugdloket import cli_catalogus

        cli_catalogus.registreer(sub, gedeeld)
    if importlib.util.find_spec("jeugdloket.cli_logboek") is not None:
        from jeugdloket import cli_logboek  # logboek, medewerker, casus (rights and the log)

        cli_logboek.registreer(sub, gedeeld, _Parser)
    if importlib.util.find_spec("jeugdloket.cli_bewaren") is not None:
        from jeugdloket import cli_bewaren  # bewaartermijn, vernietiging, inzage (AVG)

        cli_bewaren.registreer(sub, gedeeld)
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
    from jeugdloket.cli_beveiliging import sleutel_voor
    from jeugdloket.db import open_database

    # New databases are encrypted; the key comes from JEUGDLOKET_SLEUTEL or the terminal.
    doel = _database_doel(args)
    sleutel = sleutel_voor(doel, demo=getattr(args, "opdracht", None) == "demo")
    return open_database(doel, gebruiker=_gebruiker(args), sleutel=sleutel)


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
    from jeugdloket.demo import maak_demo

    if args.casussen < 1:
        raise _Stop("--casussen moet minstens 1 zijn")
    db = _open(args)
    try:
        aantal = maak_demo(db, args.casussen, seed=args.seed, voortgang=_voortgang("Demo-casussen"))
        from jeugdloket.services.catalogus import laad_demo

        # The demo catalogue of contracted care, so the zoektool has something to find, and
        # help chosen from it for the cases whose analysis is done.
        laad_demo(db)
        from jeugdloket.demo import maak_demo_toewijzingen

        hulp = maak_demo_toewijzingen(db, seed=args.seed)
    finally:
        db.sluit()
    print(
        f"{aantal} demo-casussen gemaakt in {_database_doel(args)}, met de demo-catalogus "
        f"en {hulp} toewijzingen"
    )
    return 0


def _import_casussen(args) -> int:
    from jeugdloket.services import uitwisseling

    pad = Path(args.bestand)
    if pad.suffix.lower() in (".xlsx", ".xlsm"):
        from jeugdloket.rapporten.excel_casussen import lees_werkboek

        doc, meldingen = lees_werkboek(pad)
        for melding in meldingen:  # conversions that were a guess: the user should check them
            print(f"Let op: {melding}", file=sys.stderr)
    elif pad.suffix.lower() == ".xls":
        raise _Stop(f"{pad.name}: het oude Excel-formaat (.xls) kan niet; sla op als .xlsx")
    else:
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


def _xlsx_uitvoer(tekst: str) -> Path:
    pad = Path(tekst)
    if pad.suffix.lower() != ".xlsx":
        raise _Stop(f"{tekst}: kies een bestandsnaam die eindigt op .xlsx")
    if pad.parent != Path("") and not pad.parent.is_dir():
        raise _Stop(f"{tekst}: de map {pad.parent} bestaat niet")
    return pad


def _overzicht(args) -> int:
    from jeugdloket.rapporten.weekoverzicht import schrijf_weekoverzicht
    from jeugdloket.services import overzicht

    # Checked before the database is opened: a typing error costs nothing and changes nothing.
    week = overzicht.lees_week(args.week) if args.week else overzicht.laatste_volledige_week()
    sluitingsdagen = [overzicht.lees_sluitingsdag(d) for d in args.sluitingsdag]
    uitvoer = _xlsx_uitvoer(args.uitvoer)
    db = _open(args)
    try:
        o = overzicht.weekoverzicht(db, week, sluitingsdagen)
    finally:
        db.sluit()
    schrijf_weekoverzicht(o, uitvoer, voortgang=_voortgang("Weekoverzicht"))
    print(
        f"Weekoverzicht {o.week} ({o.week.maandag:%d-%m-%Y} t/m {o.week.zondag:%d-%m-%Y}) "
        f"geschreven naar {uitvoer}"
    )
    return 0


def _sjabloon_casussen(args) -> int:
    from jeugdloket.rapporten.excel_casussen import schrijf_sjabloon

    uitvoer = _xlsx_uitvoer(args.uitvoer)
    schrijf_sjabloon(uitvoer)
    print(
        f"Sjabloon geschreven naar {uitvoer}; lees het in met: jeugdloket import casussen {uitvoer}"
    )
    return 0


# ------------------------------------------------------------------ entry point


def main(argv: Sequence[str] | None, start_gui: Callable[..., int]) -> int:
    """Run a subcommand; without one, `start_gui` (given by `__main__`: the CLI knows no Qt)
    opens the window on the database the arguments name."""
    parser = maak_parser()
    args = parser.parse_args(argv)
    if args.opdracht is None:
        return start_gui(
            _database_doel(args),
            getattr(args, "gebruiker", None) or os.environ.get("JEUGDLOKET_GEBRUIKER"),
            args.lang,
        )
    return voer_uit(args)


def voer_uit(args) -> int:
    from jeugdloket.fouten import Fout

    try:
        return args.functie(args)
    except _Stop as e:
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
        if getattr(args, "debug", False):
            traceback.print_exc()
        print(f"Er ging iets mis: {type(e).__name__}: {e}", file=sys.stderr)
        if not getattr(args, "debug", False):
            print("Start opnieuw met --debug voor de technische details.", file=sys.stderr)
        return 1
