"""`jeugdloket team …`: setting up the team register on PostgreSQL, moving files into it."""

import argparse
from pathlib import Path

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
    overzet = team_sub.add_parser(
        "overzet",
        parents=[gedeeld],
        help="zet een eigen Jeugdloket-bestand over naar het teamregister (casussen, "
        "medewerkers, logboek); opnieuw draaien zet niets dubbel",
    )
    overzet.add_argument("bestand", metavar="BESTAND", help="het bestand, bijv. jeugdloket.db")
    overzet.set_defaults(functie=_overzet)


def _is_team(args) -> bool:
    from jeugdloket.db import is_postgres_url  # not at the top: --help stays fast

    return is_postgres_url(gm.database_doel(args))


def _init(args) -> int:
    from jeugdloket.services import team

    if not _is_team(args):
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


def _overzet(args) -> int:
    from jeugdloket.services import overzet

    if not _is_team(args):
        raise gm.Gebruik(
            "'team overzet' zet een bestand over naar het teamregister op PostgreSQL: "
            "--db postgresql://server/database (niet een bestand)."
        )
    pad = Path(args.bestand)
    if "://" in args.bestand or not pad.is_file():
        # Checked before a key is asked: a missing file is never made.
        raise gm.Gebruik(f"{args.bestand}: dat bestand bestaat niet.")
    sleutel = gm.sleutel_voor(str(pad))
    db = gm.open(args)
    try:
        verslag = overzet.zet_over(db, pad, sleutel)
    except overzet.Overzetbotsing as e:
        raise gm.Stop(
            *e.meldingen,
            f"{len(e.meldingen)} botsing(en) met het teamregister: er is niets overgezet.",
        ) from e
    finally:
        db.sluit()
    if verslag.niets_nieuw:
        print(
            f"{verslag.bestand} staat al in het teamregister: niets overgezet, alles al aanwezig."
        )
    else:
        print(f"{verslag.bestand} overgezet naar het teamregister.")
    for t in verslag.tellingen:
        if t.overgezet or t.aanwezig:
            print(f"  {t.naam}: {t.overgezet} overgezet, {t.aanwezig} al aanwezig")
    print(
        f"  logboek: {verslag.logregels_overgezet} regels overgezet, "
        f"{verslag.logregels_aanwezig} al aanwezig (achter de keten van het register)"
    )
    if verslag.gekoppelde_medewerkers:
        print(
            "Al in het register (de medewerker daar geldt): "
            + ", ".join(verslag.gekoppelde_medewerkers)
        )
    if verslag.nieuwe_medewerkers:
        print(
            "Nieuwe medewerkers, met een login nog zonder wachtwoord: "
            + ", ".join(verslag.nieuwe_medewerkers)
            + ". Zet het wachtwoord met: jeugdloket medewerker wachtwoord NAAM --db URL"
        )
    return 0
