"""Backups, restore and the integrity check of the local database file.

Backups are consistent copies made with SQLite's backup API, encrypted with the same key as the
database (a plain database gets plain backups – `jeugdloket versleutel` converts both). They live
in `backups/` next to the database. Automatic ones (`<naam>-auto-JJJJMMDD-UUMMSS-<soort>.db`) are
made when the window closes and daily at start, and thinned to 7 daily and 4 weekly; copies made
before a migration or a restore are never thinned.
"""

import os
import re
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from jeugdloket.beveiliging.bestanden import bijbestanden, fsync_map, in_gebruik
from jeugdloket.beveiliging.sleutel import Soort, bestandssoort, verbind
from jeugdloket.db import Database, kleine_cache, kopieer_verbinding, maak_kopie, sleutel_van
from jeugdloket.fouten import Fout
from jeugdloket.taal import vertaal

DAGELIJKS = 7
WEKELIJKS = 4
_STEMPEL = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Integriteit:
    ok: bool
    meldingen: tuple[str, ...] = ()

    @property
    def tekst(self) -> str:
        return "in orde" if self.ok else "; ".join(self.meldingen[:5])


@dataclass(frozen=True)
class Backup:
    pad: Path
    moment: datetime
    soort: str  # dagelijks, afsluiten, voor-<revisie> (migration), voor-herstel

    @property
    def automatisch(self) -> bool:
        return self.soort in ("dagelijks", "afsluiten")


@dataclass(frozen=True)
class Herstel:
    hersteld_van: Path
    kopie: Path | None  # the database as it was before, kept in backups/ (None: there was none)


def backupmap(database: Path) -> Path:
    return database.parent / "backups"


# ------------------------------------------------------------------ integrity


def _controle(con, volledig: bool) -> Integriteit:
    pragma = "integrity_check" if volledig else "quick_check"
    try:
        uitkomst = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}").fetchall()]
    except Exception as e:  # damaged pages, a header that is not a database
        return Integriteit(False, (_nl(e),))
    if uitkomst == ["ok"]:
        return Integriteit(True)
    return Integriteit(False, tuple(uitkomst))


def _nl(e: Exception) -> str:
    tekst = str(e)
    if "not a database" in tekst:
        return "het bestand is geen database of de sleutel klopt niet"
    if "malformed" in tekst:
        return "het bestand is beschadigd (database disk image is malformed)"
    return tekst


def controleer(db: Database, volledig: bool = False) -> Integriteit:
    """`PRAGMA quick_check` (or the slower full `integrity_check`) of the open database."""
    raw = db.engine.raw_connection()
    try:
        with kleine_cache(raw.driver_connection):
            return _controle(raw.driver_connection, volledig)
    except Exception as e:
        return Integriteit(False, (_nl(e),))
    finally:
        raw.close()


def controleer_bestand(pad: Path, sleutel: str | None, volledig: bool = True) -> Integriteit:
    """Does this file open (with this key, if encrypted) and pass the integrity check?"""
    pad = Path(pad)
    soort = bestandssoort(pad)
    if soort is Soort.NIEUW:
        return Integriteit(False, (f"{pad} bestaat niet of is leeg",))
    if soort is Soort.VERSLEUTELD and sleutel is None:
        return Integriteit(False, ("het bestand is versleuteld en er is geen sleutel",))
    if soort is Soort.GEWOON and sleutel is not None:
        # Restoring it would leave the data unencrypted on the laptop again.
        return Integriteit(False, ("het bestand is niet versleuteld",))
    try:
        con = verbind(pad, sleutel)
    except Exception as e:
        return Integriteit(False, (_nl(e),))
    try:
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception as e:
            if soort is Soort.VERSLEUTELD and "not a database" in str(e):
                return Integriteit(False, ("de sleutel klopt niet voor dit bestand",))
            return Integriteit(False, (_nl(e),))
        return _controle(con, volledig)
    finally:
        con.close()


# ------------------------------------------------------------------ backup and restore


def maak_backup(db: Database, doel: Path) -> Path:
    """A consistent copy of the open database at `doel`, encrypted with the same key."""
    pad = db.pad
    if pad is None:
        raise Fout(vertaal("Een backup kan alleen van een databasebestand op deze computer."))
    doel = Path(doel).expanduser().resolve()
    if doel == pad.resolve():
        raise Fout(
            vertaal(
                "{doel}: dat is de database zelf; kies een andere naam voor de backup.", doel=doel
            )
        )
    if doel.parent != Path("") and not doel.parent.is_dir():
        raise Fout(vertaal("{doel}: de map {parent} bestaat niet.", doel=doel, parent=doel.parent))
    try:
        return _kopie(db, doel)
    except OSError as e:
        raise Fout(
            vertaal("{doel}: kan niet schrijven ({waarde}).", doel=doel, waarde=e.strerror or e)
        ) from None


def _kopie(db: Database, doel: Path) -> Path:
    # From a pooled connection: its key is already derived (~0.2 s saved per encrypted copy).
    raw = db.engine.raw_connection()
    try:
        with kleine_cache(raw.driver_connection):
            return kopieer_verbinding(raw.driver_connection, doel, sleutel_van(db.engine))
    finally:
        raw.close()


def _kopie_opzij(pad: Path, sleutel: str | None, stempel: str) -> Path:
    """The current database into backups/ before it is replaced: consistent if it can be read,
    byte for byte (WAL included) if it cannot – a damaged file is kept as it was."""
    doel = backupmap(pad) / f"{pad.stem}-{stempel}-voor-herstel{pad.suffix}"
    eigen = sleutel if bestandssoort(pad) is Soort.VERSLEUTELD else None
    try:
        return maak_kopie(pad, doel, eigen)
    except Exception:
        doel.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(pad, doel)
        wal = Path(f"{pad}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{doel}-wal"))
        return doel


def herstel(pad: Path, backup: Path, sleutel: str | None, nu: datetime | None = None) -> Herstel:
    """Put `backup` in the place of the database at `pad`.

    The backup must open with `sleutel` and pass `PRAGMA integrity_check` first; the current
    database is copied into backups/ before anything is replaced. Nobody may have the database
    open (the window closes its connections first).
    """
    pad, backup = Path(pad), Path(backup)
    if not backup.is_file():
        raise Fout(vertaal("De backup {backup} bestaat niet.", backup=backup))
    if backup.resolve() == pad.resolve():
        raise Fout(vertaal("{backup} is de database zelf, geen backup.", backup=backup))
    controle = controleer_bestand(backup, sleutel, volledig=True)
    if not controle.ok:
        raise Fout(
            vertaal(
                "De backup {backup} is niet bruikbaar: {tekst}. Er is niets veranderd.",
                backup=backup,
                tekst=controle.tekst,
            )
        )
    if in_gebruik(pad, sleutel if bestandssoort(pad) is Soort.VERSLEUTELD else None):
        raise Fout(
            vertaal(
                "De database {pad} is in gebruik (het programma of een taak heeft hem "
                "open). Sluit Jeugdloket en probeer het opnieuw. Er is niets veranderd.",
                pad=pad,
            )
        )
    stempel = (nu or datetime.now()).strftime(_STEMPEL)
    kopie = _kopie_opzij(pad, sleutel, stempel) if bestandssoort(pad) is not Soort.NIEUW else None

    pad.parent.mkdir(parents=True, exist_ok=True)
    tijdelijk = pad.with_name(pad.name + ".herstel-bezig")
    shutil.copyfile(backup, tijdelijk)
    with tijdelijk.open("rb+") as f:
        os.fsync(f.fileno())
    # The old WAL belongs to the old file (it is in the copy): it must not meet the restored one.
    for bij in bijbestanden(pad):
        bij.unlink()
    tijdelijk.replace(pad)
    fsync_map(pad.parent)
    na = controleer_bestand(pad, sleutel, volledig=False)
    if not na.ok:  # should not happen: the file was checked; say where the old one is
        raise Fout(
            vertaal(
                "Na het terugzetten klopt {pad} niet ({tekst}). De vorige database "
                "staat in {kopie}.",
                pad=pad,
                tekst=na.tekst,
                kopie=kopie,
            )
        )
    return Herstel(backup, kopie)


# ------------------------------------------------------------------ automatic backups


def _patroon(database: Path) -> re.Pattern:
    stam, ext = re.escape(database.stem), re.escape(database.suffix)
    return re.compile(
        rf"{stam}-(?:auto-(?P<a>\d{{8}}-\d{{6}})-(?P<soort>dagelijks|afsluiten)"
        rf"|(?P<b>\d{{8}}-\d{{6}})-(?P<voor>voor-[\w.-]+)){ext}"
    )


def backups(database: Path) -> list[Backup]:
    """Backups of this database in its backups/ folder, newest first."""
    map_ = backupmap(database)
    if not map_.is_dir():
        return []
    patroon = _patroon(database)
    gevonden = []
    for pad in map_.iterdir():
        m = patroon.fullmatch(pad.name)
        if m is None or not pad.is_file():
            continue
        moment = datetime.strptime(m["a"] or m["b"], _STEMPEL)
        gevonden.append(Backup(pad, moment, m["soort"] or m["voor"]))
    return sorted(gevonden, key=lambda b: b.moment, reverse=True)


def te_bewaren(
    momenten: Mapping[Path, datetime], dagen: int = DAGELIJKS, weken: int = WEKELIJKS
) -> set[Path]:
    """Which automatic backups to keep: the newest of each of the last `dagen` days that have a
    backup, and the newest of each of the last `weken` ISO weeks that have one (the union)."""
    bewaar: set[Path] = set()
    gezien_dagen: set = set()
    gezien_weken: set = set()
    for pad, moment in sorted(momenten.items(), key=lambda kv: kv[1], reverse=True):
        dag, week = moment.date(), moment.isocalendar()[:2]
        if dag not in gezien_dagen and len(gezien_dagen) < dagen:
            gezien_dagen.add(dag)
            bewaar.add(pad)
        if week not in gezien_weken and len(gezien_weken) < weken:
            gezien_weken.add(week)
            bewaar.add(pad)
    return bewaar


def ruim_op(database: Path, nu: datetime | None = None, behoud: Path | None = None) -> list[Path]:
    """Remove automatic backups the retention rule does not keep; returns what was removed.

    `behoud` (the backup just made) always stays, also when another has the same second.
    """
    automatisch = {b.pad: b.moment for b in backups(database) if b.automatisch}
    houden = te_bewaren(automatisch) | {behoud}
    weg = [p for p in automatisch if p not in houden]
    for pad in weg:
        pad.unlink(missing_ok=True)
    # A copy cut short by a crash (more than an hour old) is of no use to anyone.
    grens = (nu or datetime.now()) - timedelta(hours=1)
    map_ = backupmap(database)
    for rest in map_.glob("*.bezig") if map_.is_dir() else ():
        if datetime.fromtimestamp(rest.stat().st_mtime) < grens:
            rest.unlink(missing_ok=True)
            weg.append(rest)
    return weg


def dagelijkse_backup_nodig(database: Path, nu: datetime | None = None) -> bool:
    """True when no automatic backup is younger than a day."""
    nu = nu or datetime.now()
    laatste = next((b for b in backups(database) if b.automatisch), None)
    return laatste is None or nu - laatste.moment >= timedelta(days=1)


def automatische_backup(db: Database, soort: str, nu: datetime | None = None) -> Path | None:
    """A backup in backups/ (`soort` dagelijks or afsluiten), then thin out the old ones."""
    if soort not in ("dagelijks", "afsluiten"):
        raise ValueError(soort)
    pad = db.pad
    if pad is None:
        return None
    nu = nu or datetime.now()
    doel = backupmap(pad) / f"{pad.stem}-auto-{nu.strftime(_STEMPEL)}-{soort}{pad.suffix}"
    _kopie(db, doel)
    ruim_op(pad, nu, behoud=doel)
    return doel


def nieuwste_goede_backup(
    database: Path, sleutel: str | None, kandidaten: Iterable[Backup] | None = None
) -> Backup | None:
    """The newest backup that opens with the key and passes the quick check."""
    for backup in backups(database) if kandidaten is None else kandidaten:
        if controleer_bestand(backup.pad, sleutel, volledig=False).ok:
            return backup
    return None
