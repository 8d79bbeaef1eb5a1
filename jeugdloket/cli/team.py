"""`jeugdloket team …`: setting up the team register on PostgreSQL."""

import argparse

from jeugdloket.cli import gemeenschappelijk as gm


def registreer(sub: "argparse._SubParsersAction", gedeeld: argparse.ArgumentParser) -> None:
    """Add `team init` to the subparsers `sub` of the jeugdloket parser."""
    team = sub.add_parser("team", parents=[gedeeld], help="het teamregister op PostgreSQL")
    team_sub = team.add_subparsers(
        dest="soort", metavar="OPDRACHT", required=True, parser_class=gm.Parser
    )
    init = team_sub.add_parser(
        "init",
        parents=[gedeeld],
        help="richt het teamregister in of werk het bij (schema, rollen, toegangsregels); "
        "als de beheerder van de server, en opnieuw na elke nieuwe versie",
    )
    init.set_defaults(functie=_init)


def _init(args) -> int:
    from jeugdloket.services import team

    if not gm.database_doel(args).startswith(("postgresql://", "postgres://")):
        # Checked before anything is opened: no file made by mistake.
        raise gm.Gebruik(
            "'team init' is voor een teamregister op PostgreSQL: "
            "--db postgresql://server/database (niet een bestand)."
        )
    db = gm.open(args, migreren=False)
    try:
        versie = team.initialiseer(db)
    finally:
        db.sluit()
    print(
        f"Teamregister ingericht (schema {versie}): groepen jeugdloket_consulent, "
        "jeugdloket_coordinator en jeugdloket_beheerder, toegangsregels per rij. "
        "Maak medewerkers met: jeugdloket medewerker maak NAAM --naam 'Voor Achternaam' "
        "--rol consulent --db URL"
    )
    return 0
