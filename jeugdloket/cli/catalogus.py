"""The catalogue and the zoektool on the command line (cli.md):

    jeugdloket catalogus import FILE.xlsx
    jeugdloket catalogus export -o FILE.xlsx [--versie N]
    jeugdloket catalogus sjabloon -o FILE.xlsx
    jeugdloket zoek "tekst" [--leeftijd N] [--gemeente NAAM] [--segment N] [--datum JJJJ-MM-DD]
                            [--max-wachttijd W] [--json] …

`registreer(sub, gedeeld)` adds these to the subcommands of `jeugdloket.cli`; exit codes and
error handling are `jeugdloket.cli.voer_uit`'s: 0 done, 1 refused (every problem printed in
Dutch), 2 wrong usage.
"""

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from jeugdloket.cli import gemeenschappelijk as gm
from jeugdloket.regels.catalogus import SETTINGS


def _niet_negatief(tekst: str) -> int:
    try:
        getal = int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{tekst} is geen geheel getal") from None
    if getal < 0:
        raise argparse.ArgumentTypeError(f"{tekst} kan niet negatief zijn")
    return getal


def registreer(sub: "argparse._SubParsersAction", gedeeld: argparse.ArgumentParser) -> None:
    """Add `catalogus …` and `zoek` to the subparsers `sub` of the jeugdloket parser."""
    cat = sub.add_parser(
        "catalogus",
        parents=[gedeeld],
        help="de catalogus van gecontracteerde zorg inlezen, wegschrijven of als sjabloon",
    )
    cat_sub = cat.add_subparsers(
        dest="soort", metavar="ACTIE", required=True, parser_class=gm.Parser
    )
    ci = cat_sub.add_parser(
        "import",
        parents=[gedeeld],
        help="lees een catalogus-werkboek in (.xlsx), alles-of-niets; vervangt de catalogus",
    )
    ci.add_argument("bestand", metavar="BESTAND", help="FILE.xlsx in de indeling van het sjabloon")
    ci.set_defaults(functie=_catalogus_import)

    ce = cat_sub.add_parser(
        "export", parents=[gedeeld], help="schrijf de catalogus weg in dezelfde indeling"
    )
    ce.add_argument("-o", "--uitvoer", required=True, metavar="BESTAND", help="FILE.xlsx")
    ce.add_argument(
        "--versie",
        type=int,
        default=None,
        metavar="N",
        help="een eerder ingelezen versie in plaats van de huidige catalogus",
    )
    ce.set_defaults(functie=_catalogus_export)

    cs = cat_sub.add_parser(
        "sjabloon", parents=[gedeeld], help="maak een leeg catalogus-werkboek met uitleg"
    )
    cs.add_argument("-o", "--uitvoer", required=True, metavar="BESTAND", help="FILE.xlsx")
    cs.set_defaults(functie=_catalogus_sjabloon)

    zk = sub.add_parser(
        "zoek",
        parents=[gedeeld],
        help="zoek gecontracteerde zorg in de catalogus (zoektool)",
        description="Zoek gecontracteerde zorg: vrije tekst (tikfouten en accenten mogen) en "
        "filters. Alleen aanbod met een contract dat op de datum geldt, wordt getoond.",
    )
    zk.add_argument(
        "tekst", nargs="?", default="", metavar="TEKST", help='wat u zoekt, zoals "dyslexie"'
    )
    zk.add_argument("--leeftijd", type=_niet_negatief, metavar="N", help="leeftijd van de jeugdige")
    zk.add_argument("--gemeente", metavar="NAAM", help="gemeente die het contract moet dekken")
    zk.add_argument("--segment", type=int, choices=range(1, 6), metavar="N", help="segment 1 t/m 5")
    zk.add_argument("--categorie", metavar="CODE", help="productcategorie (JZ020), zoals 45")
    zk.add_argument(
        "--setting", choices=SETTINGS, help="ambulant, dagbehandeling, verblijf, crisis"
    )
    zk.add_argument("--identiteit", metavar="TEKST", help="identiteit van de aanbieder")
    zk.add_argument(
        "--datum",
        type=gm.datum,
        metavar="JJJJ-MM-DD",
        help="contracten die op deze dag gelden (standaard: vandaag)",
    )
    zk.add_argument(
        "--max-wachttijd", type=_niet_negatief, metavar="W", help="hoogstens W weken wachttijd"
    )
    zk.add_argument(
        "--aantal",
        type=_niet_negatief,
        default=20,
        metavar="N",
        help="hoogstens N resultaten (standaard 20, 0 = alle)",
    )
    zk.add_argument(
        "--json", action="store_true", help="resultaten als JSON-lijst (beste eerst) naar stdout"
    )
    zk.set_defaults(functie=_zoek)


# ------------------------------------------------------------------ subcommands


def _catalogus_import(args) -> int:
    from jeugdloket.rapporten import catalogus_werkboek
    from jeugdloket.services import catalogus

    pad = Path(args.bestand)
    if pad.suffix.lower() == ".xls":
        raise gm.Stop(f"{pad.name}: het oude Excel-formaat (.xls) kan niet; sla op als .xlsx")
    # Read and check before the database is opened: a refused file costs nothing.
    inhoud = catalogus_werkboek.lees_werkboek(pad)
    db = gm.open(args)
    try:
        samenvatting = catalogus.importeer_catalogus(db, inhoud, bestand=pad.name)
    finally:
        db.sluit()
    for regel in samenvatting.regels():
        print(regel)
    for opmerking in inhoud.opmerkingen:
        print(f"Let op: {opmerking}", file=sys.stderr)
    return 0


def _catalogus_export(args) -> int:
    from jeugdloket.services import catalogus

    uitvoer = gm.xlsx_uitvoer(args.uitvoer)
    db = gm.open(args)
    try:
        catalogus.exporteer(db, uitvoer, versie=args.versie)
    finally:
        db.sluit()
    wat = f"Catalogusversie {args.versie}" if args.versie else "Catalogus"
    print(f"{wat} geschreven naar {uitvoer}")
    return 0


def _catalogus_sjabloon(args) -> int:
    from jeugdloket.rapporten import catalogus_werkboek

    uitvoer = gm.xlsx_uitvoer(args.uitvoer)
    catalogus_werkboek.sjabloon(uitvoer)
    print(
        f"Sjabloon geschreven naar {uitvoer}; lees het in met: "
        f"jeugdloket catalogus import {uitvoer}"
    )
    return 0


def _zoek(args) -> int:
    from jeugdloket.services.zoeken_catalogus import zoek

    datum = args.datum or date.today()
    db = gm.open(args)
    try:
        resultaten = zoek(
            db,
            args.tekst,
            leeftijd=args.leeftijd,
            gemeente=args.gemeente,
            segment=args.segment,
            categorie=args.categorie,
            setting=args.setting,
            datum=datum,
            max_wachttijd=args.max_wachttijd,
            identiteit=args.identiteit,
            limiet=args.aantal or None,
        )
    finally:
        db.sluit()
    if args.json:
        json.dump([r.naar_json() for r in resultaten], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(_tabel(resultaten, args, datum))
    return 0


def _filtertekst(args, datum: date) -> str:
    delen = [f"op {datum:%d-%m-%Y}"]
    if args.gemeente:
        delen.append(f"gemeente {args.gemeente}")
    if args.leeftijd is not None:
        delen.append(f"leeftijd {args.leeftijd}")
    if args.segment:
        delen.append(f"segment {args.segment}")
    if args.categorie:
        delen.append(f"categorie {args.categorie}")
    if args.setting:
        delen.append(args.setting)
    if args.identiteit:
        delen.append(f"identiteit {args.identiteit}")
    if args.max_wachttijd is not None:
        delen.append(f"wachttijd hoogstens {args.max_wachttijd} weken")
    return ", ".join(delen)


# WJ756 in a price: "€ 85,00 per uur"
_PER = {"01": "minuut", "04": "uur", "14": "etmaal", "16": "dagdeel (4 uur)", "82": "stuk",
        "83": "euro", "84": "stuk"}  # fmt: skip


def _bedrag(tarief) -> str:
    tekst = f"{tarief:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"€ {tekst}"


def _tabel(resultaten: Sequence, args, datum: date) -> str:
    gezocht = f"'{args.tekst}'" if args.tekst else "alle gecontracteerde zorg"
    if not resultaten:
        return f"Geen gecontracteerd aanbod gevonden voor {gezocht} ({_filtertekst(args, datum)})."
    regels = [f"{len(resultaten)} resultaten voor {gezocht} ({_filtertekst(args, datum)}):", ""]
    for i, r in enumerate(resultaten, start=1):
        wacht = (
            "wachttijd onbekend"
            if r.wachttijd_weken is None
            else f"wachttijd {r.wachttijd_weken} {'week' if r.wachttijd_weken == 1 else 'weken'}"
        )
        tarief = ""
        if r.tarief is not None:
            tarief = f", {_bedrag(r.tarief)} per {_PER.get(r.eenheid, 'eenheid')}"
        regels.append(f"{i:>3}. [{r.score:>3}] {r.aanbieder} ({r.aanbieder_agb})")
        regels.append(f"       {r.productcode} {r.product}")
        regels.append(f"       segment {r.segment}, {r.setting}, {wacht}{tarief}")
        regels.append(f"       {r.reden}")
    return "\n".join(regels)
