"""`jeugdloket plan`: a familiegroepsplan, perspectiefplan or veiligheidsplan as PDF, for
scripts and batches."""

import argparse
import sys
from pathlib import Path

from jeugdloket.cli import gemeenschappelijk as gm


def registreer(sub: "argparse._SubParsersAction", gedeeld: argparse.ArgumentParser) -> None:
    """Add `plan` to the subparsers `sub` of the jeugdloket parser."""
    plan = sub.add_parser(
        "plan",
        parents=[gedeeld],
        help="een familiegroepsplan, perspectiefplan of veiligheidsplan als PDF voor het gezin",
    )
    plan.add_argument("--casus", required=True, metavar="NR", help="casusnummer, zoals 2026-0042")
    plan.add_argument(
        "--soort",
        required=True,
        choices=["familiegroepsplan", "perspectiefplan", "veiligheidsplan"],
        help="welk plan",
    )
    plan.add_argument(
        "--jeugdige",
        metavar="ID",
        help="id van de jeugdige in de casus (p1, p2 …); nodig bij een perspectiefplan als er "
        "meer dan één is",
    )
    plan.add_argument("-o", "--uitvoer", required=True, metavar="BESTAND", help="FILE.pdf")
    plan.set_defaults(functie=_plan)


def _plan(args) -> int:
    from jeugdloket.services import casussen, plan_pdf, plannen

    db = gm.open(args)
    try:
        casus_id = casussen.zoek_casusnummer(db, args.casus)
        if casus_id is None:
            raise gm.Stop(f"Casus {args.casus} bestaat niet")
        ref = args.jeugdige
        if args.soort == "perspectiefplan" and ref is None:
            data = plannen.plannen(db, casus_id)
            kandidaten = list(data.perspectiefplannen) or [j.ref for j in data.jeugdigen]
            if len(kandidaten) != 1:
                raise gm.Stop(
                    f"Casus {args.casus}: kies met --jeugdige voor wie het perspectiefplan is ("
                    + ", ".join(f"{j.ref} {j.naam}" for j in data.jeugdigen)
                    + ")"
                )
            ref = kandidaten[0]
        try:
            stand = plan_pdf.maak_pdf(
                db, casus_id, args.soort, Path(args.uitvoer), jeugdige_ref=ref
            )
        except OSError as e:
            raise gm.Stop(f"{args.uitvoer}: kan niet schrijven ({e.strerror or e})") from None
    finally:
        db.sluit()
    wat = f"versie {stand.versie}" + ("" if stand.vastgesteld_op else " (concept)")
    print(
        f"{args.soort} van casus {args.casus} ({wat}) geschreven naar {args.uitvoer}",
        file=sys.stderr,
    )
    return 0
