"""Cases on the command line (cli.md): `demo`, `import casussen`, `export casussen`,
`overzicht` (the team's week figures to Excel) and `sjabloon casussen`.

`registreer(sub, gedeeld)` adds them to the subcommands of `jeugdloket`; exit codes and error
handling are `jeugdloket.cli.voer_uit`'s: 0 done, 1 refused, 2 wrong usage. The services are
imported inside the functions: `jeugdloket --help` stays fast without the database layer.
"""

import argparse
import json
import sys
from pathlib import Path

from jeugdloket.cli import gemeenschappelijk as gm


def registreer(sub: "argparse._SubParsersAction", gedeeld: argparse.ArgumentParser):
    """Add `demo`, `import`, `export`, `overzicht` and `sjabloon` to the subparsers `sub`.

    Returns the subparsers of `export`, where other modules add their kind of export.
    """
    demo = sub.add_parser(
        "demo", parents=[gedeeld], help="maak een database met verzonnen casussen"
    )
    demo.add_argument("--casussen", type=int, required=True, metavar="N", help="aantal casussen")
    demo.add_argument(
        "--seed", type=int, default=None, metavar="S", help="startwaarde: zelfde seed, zelfde data"
    )
    demo.set_defaults(functie=_demo)

    imp = sub.add_parser("import", parents=[gedeeld], help="lees gegevens in")
    imp_sub = imp.add_subparsers(
        dest="soort", metavar="SOORT", required=True, parser_class=gm.Parser
    )
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
    exp_sub = exp.add_subparsers(
        dest="soort", metavar="SOORT", required=True, parser_class=gm.Parser
    )
    ec = exp_sub.add_parser(
        "casussen", parents=[gedeeld], help="casussen naar het uitwisselingsformaat (JSON)"
    )
    ec.add_argument("--casus", action="append", metavar="NR", help="alleen deze casus (mag vaker)")
    ec.add_argument(
        "-o", "--uitvoer", required=True, metavar="BESTAND", help="FILE.json, of - voor stdout"
    )
    ec.set_defaults(functie=_export_casussen)

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
    sj_sub = sj.add_subparsers(dest="soort", metavar="SOORT", required=True, parser_class=gm.Parser)
    sc = sj_sub.add_parser(
        "casussen",
        parents=[gedeeld],
        help="Excel-sjabloon om casussen in te vullen (in te lezen met import casussen)",
    )
    sc.add_argument("-o", "--uitvoer", required=True, metavar="BESTAND", help="FILE.xlsx")
    sc.set_defaults(functie=_sjabloon_casussen)
    return exp_sub


# ------------------------------------------------------------------ subcommands


def _demo(args) -> int:
    from jeugdloket.demo import maak_demo

    if args.casussen < 1:
        raise gm.Stop("--casussen moet minstens 1 zijn")
    db = gm.open(args)
    try:
        aantal = maak_demo(
            db, args.casussen, seed=args.seed, voortgang=gm.voortgang("Demo-casussen")
        )
        from jeugdloket.services.catalogus import laad_demo

        # The demo catalogue of contracted care, so the zoektool has something to find, and
        # help chosen from it for the cases whose analysis is done.
        laad_demo(db)
        from jeugdloket.demo import maak_demo_toewijzingen

        hulp = maak_demo_toewijzingen(db, seed=args.seed)
    finally:
        db.sluit()
    print(
        f"{aantal} demo-casussen gemaakt in {gm.database_doel(args)}, met de demo-catalogus "
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
        raise gm.Stop(f"{pad.name}: het oude Excel-formaat (.xls) kan niet; sla op als .xlsx")
    else:
        doc = uitwisseling.lees_json(pad)
    db = gm.open(args)
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

    db = gm.open(args)
    try:
        doc = uitwisseling.exporteer(db, args.casus)
    finally:
        db.sluit()
    if args.uitvoer == "-":
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        uitwisseling.schrijf_json(doc, Path(args.uitvoer))
        print(f"{len(doc['casussen'])} casussen geschreven naar {args.uitvoer}", file=sys.stderr)
    return 0


def _overzicht(args) -> int:
    from jeugdloket.rapporten.weekoverzicht import schrijf_weekoverzicht
    from jeugdloket.services import overzicht

    # Checked before the database is opened: a typing error costs nothing and changes nothing.
    week = overzicht.lees_week(args.week) if args.week else overzicht.laatste_volledige_week()
    sluitingsdagen = [overzicht.lees_sluitingsdag(d) for d in args.sluitingsdag]
    uitvoer = gm.xlsx_uitvoer(args.uitvoer)
    db = gm.open(args)
    try:
        o = overzicht.weekoverzicht(db, week, sluitingsdagen)
    finally:
        db.sluit()
    schrijf_weekoverzicht(o, uitvoer, voortgang=gm.voortgang("Weekoverzicht"))
    print(
        f"Weekoverzicht {o.week} ({o.week.maandag:%d-%m-%Y} t/m {o.week.zondag:%d-%m-%Y}) "
        f"geschreven naar {uitvoer}"
    )
    return 0


def _sjabloon_casussen(args) -> int:
    from jeugdloket.rapporten.excel_casussen import schrijf_sjabloon

    uitvoer = gm.xlsx_uitvoer(args.uitvoer)
    schrijf_sjabloon(uitvoer)
    print(
        f"Sjabloon geschreven naar {uitvoer}; lees het in met: jeugdloket import casussen {uitvoer}"
    )
    return 0
