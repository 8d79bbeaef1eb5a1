"""`jeugdloket export toewijzingen`: the toewijzingen for the municipality's back office (xlsx).

    jeugdloket export toewijzingen -o FILE.xlsx [--status S] [--vanaf JJJJ-MM-DD]
                                   [--ook-zonder-toestemming]

`registreer(export_sub, gedeeld)` adds it under `export`; exit codes and error handling are
`jeugdloket.cli.voer_uit`'s: 0 done, 1 refused, 2 wrong usage.
"""

import argparse
import sys

from jeugdloket.cli import gemeenschappelijk as gm
from jeugdloket.regels.toewijzing import STATUS


def registreer(export_sub: "argparse._SubParsersAction", gedeeld: argparse.ArgumentParser) -> None:
    """Add `toewijzingen` to the subparsers of `export`."""
    et = export_sub.add_parser(
        "toewijzingen",
        parents=[gedeeld],
        help="toewijzingen met de JW301-gegevens (en het BSN) naar Excel, voor de backoffice "
        "van de gemeente; alleen met vastgelegde toestemming van het gezin",
    )
    et.add_argument("-o", "--uitvoer", required=True, metavar="BESTAND", help="FILE.xlsx")
    et.add_argument(
        "--status", choices=list(STATUS), default=None, help="alleen toewijzingen met deze status"
    )
    et.add_argument(
        "--vanaf",
        type=gm.datum,
        default=None,
        metavar="JJJJ-MM-DD",
        help="alleen toewijzingen met een aanvraagdatum op of na deze dag",
    )
    et.add_argument(
        "--ook-zonder-toestemming",
        action="store_true",
        help="neem ook toewijzingen mee waarvoor de toestemming van het gezin niet is vastgelegd",
    )
    et.set_defaults(functie=_export_toewijzingen)


def _export_toewijzingen(args) -> int:
    from jeugdloket.services import backoffice

    # Checked before the database is opened: a typing error costs nothing.
    uitvoer = gm.xlsx_uitvoer(args.uitvoer)
    db = gm.open(args)
    try:
        try:
            aantal, zonder = backoffice.exporteer_backoffice(
                db,
                uitvoer,
                status=args.status,
                vanaf=args.vanaf,
                ook_zonder_toestemming=args.ook_zonder_toestemming,
            )
        except OSError as e:
            raise gm.Stop(f"{uitvoer}: kan niet schrijven ({e.strerror or e})") from None
    finally:
        db.sluit()
    print(f"{aantal} toewijzingen geschreven naar {uitvoer}")
    if zonder:
        print(
            f"Let op: {zonder} toewijzing{'en' if zonder != 1 else ''} zonder vastgelegde "
            "toestemming van het gezin niet meegenomen (--ook-zonder-toestemming neemt ze mee)",
            file=sys.stderr,
        )
    return 0
