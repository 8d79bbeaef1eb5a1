"""The passphrase on the command line, and `backup`, `herstel`, `versleutel` (cli.md).

Where the key comes from, in this order: JEUGDLOKET_SLEUTEL; the OS keyring (if the app
remembered it there); the demo passphrase (only ever accepted by demo data); a prompt on the
terminal. Never a command-line option: it would end up in the shell history. Without a
terminal and without the variable the command stops with exit status 2.
"""

import argparse
import sys
from pathlib import Path

from jeugdloket import cli_argumenten
from jeugdloket.beveiliging import sleutel as s
from jeugdloket.beveiliging.sleutel import Soort, bestandssoort

_POGINGEN = 3


def _cli():
    from jeugdloket import cli  # imported late: cli.py imports this module while building

    return cli


def _melding(tekst: str) -> None:
    print(tekst, file=sys.stderr)


def _geen_terminal(wat: str):
    return _cli()._Gebruik(
        f"{wat}: zet de sleutel in de omgevingsvariabele {s.OMGEVING} of start de opdracht "
        "vanaf een terminal (dan wordt erom gevraagd). Een sleutel als optie kan niet: die komt "
        "in de geschiedenis van de shell terecht."
    )


def bestaande_sleutel(pad: Path, wat: str) -> str:
    """The passphrase of an existing encrypted file (checked against it)."""
    uit_omgeving = s.uit_omgeving()
    if uit_omgeving is not None:
        return uit_omgeving  # a wrong one is refused by maak_engine with a clear message
    # A key that is right for a damaged file is returned too: maak_engine then says "beschadigd".
    for kandidaat in (s.uit_sleutelbos(pad), s.DEMO_SLEUTEL):
        if kandidaat and s.toets_sleutel(pad, kandidaat) != s.VERKEERD:
            return kandidaat
    if not cli_argumenten.terminal():
        raise _geen_terminal(f"{pad} is versleuteld")
    getypt = []
    for poging in range(_POGINGEN):
        sleutel = cli_argumenten.verborgen(f"Sleutel van {wat} {pad}: ")
        if s.toets_sleutel(pad, sleutel) != s.VERKEERD:
            return sleutel
        getypt.append(sleutel)
        if poging < _POGINGEN - 1:
            _melding("De sleutel klopt niet; probeer het nog eens.")
    _beschadigd(pad, getypt)
    raise _cli()._Stop(f"De sleutel klopt niet voor {pad}. Er is niets gewijzigd.")


def _beschadigd(pad: Path, sleutels: list[str]) -> None:
    """A typed key that opens a good backup but not the database: the database is damaged
    (SQLCipher cannot tell that from a wrong key by itself). Say so, with the way out."""
    from jeugdloket.services import backup

    for sleutel in dict.fromkeys(sleutels):
        kandidaat = backup.nieuwste_goede_backup(pad, sleutel)
        if kandidaat is not None:
            raise _cli()._Stop(
                f"De database {pad} opent niet met deze sleutel, maar de backup {kandidaat.pad} "
                f"({kandidaat.moment:%d-%m-%Y %H:%M}) wel: de database is waarschijnlijk "
                f"beschadigd. Zet de backup terug met: jeugdloket herstel {kandidaat.pad} "
                f"--db {pad}"
            )


def nieuwe_sleutel(pad: Path, demo: bool = False) -> str:
    """A passphrase for a file about to be encrypted: from the environment or chosen twice."""
    uit_omgeving = s.uit_omgeving()
    if uit_omgeving is not None:
        problemen = s.sterkte_problemen(uit_omgeving)
        if problemen and not (demo and uit_omgeving == s.DEMO_SLEUTEL):
            # Scheduled jobs and tests set the variable themselves: warn, do not refuse.
            _melding(f"Let op: de sleutel in {s.OMGEVING} is zwak. " + " ".join(problemen))
        return uit_omgeving
    if demo:
        _melding(
            f"De demo-database wordt versleuteld met de openbare demo-sleutel "
            f"'{s.DEMO_SLEUTEL}' (alleen voor verzonnen gegevens)."
        )
        return s.DEMO_SLEUTEL
    if not cli_argumenten.terminal():
        raise _geen_terminal(f"Een nieuwe database {pad} wordt versleuteld")
    _melding(
        f"Kies een sleutel voor {pad} (minstens {s.MINIMALE_LENGTE} tekens; een zin van een "
        "paar woorden werkt goed). Zonder de sleutel is de database niet te lezen – ook niet "
        "door de beheerder: bewaar hem goed."
    )
    for _ in range(_POGINGEN):
        sleutel = cli_argumenten.verborgen("Nieuwe sleutel: ")
        problemen = s.sterkte_problemen(sleutel)
        if problemen:
            _melding(" ".join(problemen))
            continue
        if cli_argumenten.verborgen("Nog een keer: ") != sleutel:
            _melding("De twee sleutels zijn niet gelijk; probeer het nog eens.")
            continue
        return sleutel
    raise _cli()._Stop("Geen bruikbare sleutel gekozen; er is niets gemaakt.")


def sleutel_voor(doel: str, demo: bool = False) -> str | None:
    """The key to open `doel` with: None for a plain file or another kind of database.

    New files are encrypted by default; a plain file still opens, with a warning.
    """
    from jeugdloket.db import sqlite_pad_van

    pad = sqlite_pad_van(doel)
    if pad is None:
        return None
    soort = bestandssoort(pad)
    if soort is Soort.GEWOON:
        _melding(
            f"Let op: de database {pad} is niet versleuteld; wie het bestand heeft, kan alles "
            f"lezen. Versleutel hem met: jeugdloket versleutel --db {pad}"
        )
        return None
    if soort is Soort.VERSLEUTELD:
        return bestaande_sleutel(pad, "de database")
    return nieuwe_sleutel(pad, demo=demo)


# ------------------------------------------------------------------ subcommands


def registreer(sub, gedeeld: argparse.ArgumentParser) -> None:
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

    doel = _cli()._database_doel(args)
    pad = sqlite_pad_van(doel)
    if pad is None:
        raise _cli()._Gebruik(f"{doel}: dit kan alleen met een databasebestand op deze computer.")
    return pad


def _backup(args) -> int:
    from jeugdloket.db import open_database
    from jeugdloket.services import backup

    pad = _lokaal_pad(args)
    if bestandssoort(pad) is Soort.NIEUW:
        raise _cli()._Stop(f"De database {pad} bestaat niet; er is niets om te bewaren.")
    sleutel = sleutel_voor(str(pad))
    # No migration: the backup is of the file exactly as it is.
    db = open_database(pad, gebruiker=_cli()._gebruiker(args), migreren=False, sleutel=sleutel)
    try:
        # A copy of a damaged file is no backup: it would only push a good one out of reach.
        integriteit = backup.controleer(db)
        if not integriteit.ok:
            raise _cli()._Stop(
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
        raise _cli()._Stop(f"De backup {bron} bestaat niet of is leeg; er is niets veranderd.")
    if soort is Soort.GEWOON:
        if bestandssoort(pad) is Soort.VERSLEUTELD:
            raise _cli()._Stop(
                f"De backup {bron} is niet versleuteld en de database wel: terugzetten zou de "
                f"gegevens onversleuteld op de schijf zetten. Versleutel de backup eerst: "
                f"jeugdloket versleutel --db {bron}"
            )
        sleutel = None
    else:
        sleutel = bestaande_sleutel(bron, "de backup")
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
        raise _cli()._Stop(f"De database {pad} bestaat niet; er is niets te versleutelen.")
    sleutel = nieuwe_sleutel(pad)
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
