"""Backups and encryption on the command line: `backup`, `herstel`, `versleutel` (cli.md).

Where the key comes from is `gemeenschappelijk`'s (`sleutel_voor`, `bestaande_sleutel`,
`nieuwe_sleutel`): every subcommand that opens the database needs it. `registreer(sub, gedeeld)`
adds these subcommands; exit codes and error handling are `jeugdloket.cli.voer_uit`'s.
"""

import argparse
from pathlib import Path

from jeugdloket.beveiliging.sleutel import Soort, bestandssoort
from jeugdloket.cli import gemeenschappelijk as gm


def registreer(sub: "argparse._SubParsersAction", gedeeld: argparse.ArgumentParser) -> None:
    """Add `backup`, `herstel` and `versleutel` to the subparsers `sub` of the jeugdloket parser."""
    b = sub.add_parser(
        "backup",
        parents=[gedeeld],
        help="maak een backup van de database (versleuteld met dezelfde sleutel)",
    )
    b.add_argument("-o", "--uitvoer", required=True, metavar="BESTAND", help="FILE.db")
    b.set_defaults(functie=_backup)

    h = sub.add_parser(
        "herstel",
        parents=[gedeeld],
        help="zet een backup terug (de huidige database gaat eerst naar backups/)",
    )
    h.add_argument("bestand", metavar="BESTAND", help="de backup (FILE.db)")
    h.set_defaults(functie=_herstel)

    v = sub.add_parser(
        "versleutel",
        parents=[gedeeld],
        help="versleutel een bestaande onversleutelde database (en zijn backups)",
    )
    v.set_defaults(functie=_versleutel)


def _lokaal_pad(args) -> Path:
    from jeugdloket.db import sqlite_pad_van

    doel = gm.database_doel(args)
    pad = sqlite_pad_van(doel)
    if pad is None:
        raise gm.Gebruik(f"{doel}: dit kan alleen met een databasebestand op deze computer.")
    return pad


def _backup(args) -> int:
    from jeugdloket.db import open_database
    from jeugdloket.services import backup

    pad = _lokaal_pad(args)
    if bestandssoort(pad) is Soort.NIEUW:
        raise gm.Stop(f"De database {pad} bestaat niet; er is niets om te bewaren.")
    sleutel = gm.sleutel_voor(str(pad))
    # No migration: the backup is of the file exactly as it is.
    db = open_database(pad, gebruiker=gm.gebruiker(args), migreren=False, sleutel=sleutel)
    try:
        # A copy of a damaged file is no backup: it would only push a good one out of reach.
        integriteit = backup.controleer(db)
        if not integriteit.ok:
            raise gm.Stop(
                f"De database {pad} is beschadigd ({integriteit.tekst}). Er is geen backup "
                "geschreven: een kopie van een beschadigd bestand is geen backup. Zet de nieuwste "
                f"goede backup terug met: jeugdloket herstel BACKUP --db {pad}"
            )
        doel = backup.maak_backup(db, Path(args.uitvoer))
    finally:
        db.sluit()
    hoe = "versleuteld met dezelfde sleutel" if sleutel else "NIET versleuteld, net als de database"
    print(f"Backup van {pad} geschreven naar {doel} ({hoe}).")
    return 0


def _herstel(args) -> int:
    from jeugdloket.services import backup

    pad = _lokaal_pad(args)
    bron = Path(args.bestand)
    soort = bestandssoort(bron)
    if soort is Soort.NIEUW:
        raise gm.Stop(f"De backup {bron} bestaat niet of is leeg; er is niets veranderd.")
    if soort is Soort.GEWOON:
        if bestandssoort(pad) is Soort.VERSLEUTELD:
            raise gm.Stop(
                f"De backup {bron} is niet versleuteld en de database wel: terugzetten zou de "
                f"gegevens onversleuteld op de schijf zetten. Versleutel de backup eerst: "
                f"jeugdloket versleutel --db {bron}"
            )
        sleutel = None
    else:
        sleutel = gm.bestaande_sleutel(bron, "de backup")
    uitkomst = backup.herstel(pad, bron, sleutel)
    if uitkomst.kopie is not None:
        print(f"De database zoals hij was staat nu in {uitkomst.kopie}.")
    print(f"Backup {bron} gecontroleerd (integrity_check in orde) en teruggezet in {pad}.")
    return 0


def _versleutel(args) -> int:
    from jeugdloket.beveiliging.versleutel import versleutel_database

    pad = _lokaal_pad(args)
    soort = bestandssoort(pad)
    if soort is Soort.VERSLEUTELD:
        print(f"De database {pad} is al versleuteld; er is niets veranderd.")
        return 0
    if soort is Soort.NIEUW:
        raise gm.Stop(f"De database {pad} bestaat niet; er is niets te versleutelen.")
    sleutel = gm.nieuwe_sleutel(pad)
    uitkomst = versleutel_database(pad, sleutel)
    print(
        f"{pad} is versleuteld: {uitkomst.tabellen} tabellen en {uitkomst.rijen} rijen "
        "gecontroleerd in de versleutelde kopie (integrity_check in orde)."
    )
    if uitkomst.backups:
        print(
            f"Ook versleuteld: {len(uitkomst.backups)} oude backup(s) in {pad.parent / 'backups'}."
        )
    print(
        f"De onversleutelde bestanden zijn overschreven en verwijderd: "
        f"{', '.join(p.name for p in uitkomst.gewist)}. Op een SSD kan de schijf oude blokken "
        "nog bewaren; schijfversleuteling (BitLocker, FileVault, LUKS) blijft verstandig."
    )
    return 0
