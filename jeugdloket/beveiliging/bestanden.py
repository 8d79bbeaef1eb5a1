"""File-level helpers for encrypting, backing up and restoring a database file."""

import os
from pathlib import Path

from jeugdloket.beveiliging.sleutel import verbind

_BLOK = 1024 * 1024


def bijbestanden(pad: Path) -> list[Path]:
    """The -wal and -shm files SQLite keeps next to a database (if there are any)."""
    return [p for p in (Path(f"{pad}-wal"), Path(f"{pad}-shm")) if p.exists()]


def in_gebruik(pad: Path, sleutel: str | None = None) -> bool:
    """True when another connection (the window, a job) has the database open right now.

    An exclusive lock cannot be had while anyone else holds the file, in WAL mode included.
    A file that cannot be read at all (damaged, wrong key) counts as not in use.
    """
    if not pad.exists():
        return False
    try:
        con = verbind(pad, sleutel)
    except Exception:
        return False
    try:
        con.execute("PRAGMA busy_timeout = 0")
        con.execute("PRAGMA locking_mode = EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        con.execute("COMMIT")
        return False
    except Exception as e:
        return "locked" in str(e) or "busy" in str(e)
    finally:
        con.close()


def fsync_map(map_: Path) -> None:
    """Make a rename durable (POSIX); a no-op where directories cannot be opened (Windows)."""
    try:
        fd = os.open(map_, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def wis_veilig(pad: Path) -> None:
    """Overwrite a file with random bytes, flush it to disk, then remove it.

    On a hard disk the old bytes are gone. On an SSD or a copy-on-write file system the drive
    may keep the old blocks elsewhere: that is why full-disk encryption stays advisable.
    """
    try:
        grootte = pad.stat().st_size
    except FileNotFoundError:
        return
    with pad.open("r+b") as f:
        over = grootte
        while over > 0:
            stuk = min(over, _BLOK)
            f.write(os.urandom(stuk))
            over -= stuk
        f.flush()
        os.fsync(f.fileno())
    pad.unlink()
