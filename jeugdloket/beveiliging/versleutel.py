"""Convert a plain SQLite database into an SQLCipher one, in place and safely.

Order of work (a crash at any step loses nothing):
1. write an encrypted copy next to the file (`sqlcipher_export`), under a temporary name;
2. verify it: opens with the key, passes `PRAGMA integrity_check`, same tables, same row counts;
3. move the plain file aside, put the encrypted copy in its place;
4. overwrite the plain file (and any -wal/-shm) with random bytes and remove it.
A plain copy kept "just in case" would defeat the purpose, so none is kept; the same is done
for plain copies in the `backups/` folder (they are converted too).
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

from jeugdloket.beveiliging.bestanden import bijbestanden, fsync_map, in_gebruik, wis_veilig
from jeugdloket.beveiliging.sleutel import Soort, bestandssoort, sqlcipher_module, verbind
from jeugdloket.fouten import Fout


@dataclass
class Versleuteling:
    pad: Path
    tabellen: int
    rijen: int
    gewist: list[Path] = field(default_factory=list)  # plain files overwritten and removed
    backups: list[Path] = field(default_factory=list)  # plain backups converted as well


def _tellingen(con) -> dict[str, int]:
    namen = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {naam: con.execute(f'SELECT count(*) FROM "{naam}"').fetchone()[0] for naam in namen}


def _schema(con) -> list[tuple]:
    return con.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name"
    ).fetchall()


def _versleutel_bestand(bron: Path, sleutel: str) -> tuple[dict[str, int], list[Path]]:
    """Steps 1–4 for one file; returns the row counts checked and the plain files wiped."""
    tijdelijk = bron.with_name(bron.name + ".versleutelen-bezig")
    for oud in (tijdelijk, *bijbestanden(tijdelijk)):
        oud.unlink(missing_ok=True)
    # sqlcipher3 without a key reads plain SQLite; EXCLUSIVE keeps others out while we copy.
    con = sqlcipher_module().connect(str(bron), timeout=10)
    try:
        con.execute("PRAGMA locking_mode = EXCLUSIVE")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tellingen = _tellingen(con)
        schema = _schema(con)
        versie = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute("ATTACH DATABASE ? AS versleuteld KEY ?", (str(tijdelijk), sleutel))
        con.execute("SELECT sqlcipher_export('versleuteld')")
        con.execute(f"PRAGMA versleuteld.user_version = {int(versie)}")
        con.execute("DETACH DATABASE versleuteld")
    finally:
        con.close()  # the last connection closes: SQLite folds the WAL in and removes it

    controle = verbind(tijdelijk, sleutel)
    try:
        uitkomst = [r[0] for r in controle.execute("PRAGMA integrity_check")]
        gelijk = _tellingen(controle) == tellingen and _schema(controle) == schema
    finally:
        controle.close()
    if uitkomst != ["ok"] or not gelijk:
        wis_veilig(tijdelijk)
        raise Fout(
            f"{bron}: de versleutelde kopie klopt niet met het origineel "
            f"({'; '.join(uitkomst[:3]) if uitkomst != ['ok'] else 'andere inhoud'}). "
            "Er is niets veranderd."
        )

    opzij = bron.with_name(bron.name + ".onversleuteld-wissen")
    gewist = []
    for bij in bijbestanden(bron):  # never let a plain WAL meet the encrypted file
        wis_veilig(bij)
        gewist.append(bij)
    os.replace(bron, opzij)
    os.replace(tijdelijk, bron)
    fsync_map(bron.parent)
    wis_veilig(opzij)
    gewist.insert(0, bron)
    return tellingen, gewist


def versleutel_database(pad: Path, sleutel: str) -> Versleuteling:
    """Encrypt the plain database at `pad` with `sleutel`, and its plain backups."""
    pad = Path(pad)
    soort = bestandssoort(pad)
    if soort is Soort.NIEUW:
        raise Fout(f"De database {pad} bestaat niet (of is leeg).")
    if soort is Soort.VERSLEUTELD:
        raise Fout(f"De database {pad} is al versleuteld; er is niets veranderd.")
    if in_gebruik(pad):
        raise Fout(
            f"De database {pad} is in gebruik (het programma of een taak heeft hem open). "
            "Sluit Jeugdloket en probeer het opnieuw."
        )
    tellingen, gewist = _versleutel_bestand(pad, sleutel)
    uitkomst = Versleuteling(pad, len(tellingen), sum(tellingen.values()), gewist)
    map_ = pad.parent / "backups"
    if map_.is_dir():
        for kopie in sorted(map_.glob(f"{pad.stem}-*{pad.suffix}")):
            if kopie.is_file() and bestandssoort(kopie) is Soort.GEWOON:
                _, weg = _versleutel_bestand(kopie, sleutel)
                uitkomst.backups.append(kopie)
                uitkomst.gewist += weg
    return uitkomst
