"""The passphrase of an encrypted database: file kind, strength, checking it, the OS keyring.

The passphrase is never written to disk by the app. SQLCipher derives the real key from it
(PBKDF2-HMAC-SHA512, 256,000 rounds – SQLCipher 4's default, kept on purpose: it is what makes
guessing a stolen file's passphrase slow). Optionally the OS keyring (Windows Credential
Manager, macOS Keychain, Secret Service) remembers it; the `keyring` package is optional.
"""

import contextlib
import hashlib
import os
import re
import sqlite3
import threading
from concurrent.futures import Future
from enum import StrEnum
from pathlib import Path

# Documented in the README: `make run` and `jeugdloket demo` encrypt demo data with it. The
# strength check refuses it for any real database, so it never protects real files.
DEMO_SLEUTEL = "demo-jeugdloket-2026"
OMGEVING = "JEUGDLOKET_SLEUTEL"
MINIMALE_LENGTE = 12
SLEUTELBOS_DIENST = "Jeugdloket"

_SQLITE_KOP = b"SQLite format 3\x00"

# Words whose presence makes a passphrase the first thing an attacker tries.
_VOORSPELBAAR = (
    "wachtwoord",
    "password",
    "welkom",
    "welcome",
    "jeugdloket",
    "geheim",
    "sleutel",
    "qwerty",
    "azerty",
    "letmein",
    "admin",
)
_REEKSEN = ("abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiopasdfghjklzxcvbnm")


class Soort(StrEnum):
    NIEUW = "nieuw"  # no file yet, or an empty one: SQLite or SQLCipher may create it
    GEWOON = "gewoon"  # plain SQLite: readable by anyone who has the file
    VERSLEUTELD = "versleuteld"  # no SQLite header: SQLCipher (or not a database at all)


def bestandssoort(pad: str | Path) -> Soort:
    """What kind of file this is, from its first 16 bytes (a plain SQLite header or not)."""
    pad = Path(pad)
    try:
        with pad.open("rb") as f:
            kop = f.read(16)
    except FileNotFoundError:
        return Soort.NIEUW
    if not kop:
        return Soort.NIEUW
    return Soort.GEWOON if kop == _SQLITE_KOP else Soort.VERSLEUTELD


def sterkte_problemen(sleutel: str) -> list[str]:
    """What is wrong with a passphrase a person chooses, in Dutch; empty when it is good enough."""
    problemen = []
    if len(sleutel) < MINIMALE_LENGTE:
        problemen.append(
            f"De sleutel is te kort: minstens {MINIMALE_LENGTE} tekens (nu {len(sleutel)}). "
            "Een zin van een paar woorden is lang en toch te onthouden."
        )
    if sleutel != sleutel.strip():
        problemen.append("De sleutel begint of eindigt met een spatie; dat gaat makkelijk mis.")
    eenvoudig = re.sub(r"[^a-z0-9]", "", sleutel.lower())
    if sleutel == DEMO_SLEUTEL:
        problemen.append("Dit is de openbare demo-sleutel; kies een eigen sleutel.")
    elif any(w in eenvoudig for w in _VOORSPELBAAR) and len(_zonder_voorspelbaar(eenvoudig)) < 8:
        # "Welkom2026!" is weak; "mijn geheime tuin vol rozen" is not: what is left counts.
        problemen.append(
            "De sleutel bevat een woord dat iedereen als eerste probeert "
            "(zoals wachtwoord, welkom of jeugdloket)."
        )
    if len(set(sleutel)) < 5:
        problemen.append("De sleutel heeft te weinig verschillende tekens (minstens 5).")
    elif _herhaald_patroon(sleutel):
        problemen.append("De sleutel is een herhaald stukje, zoals abcabcabc.")
    elif len(eenvoudig) >= 6 and any(
        eenvoudig in reeks or eenvoudig in reeks[::-1] for reeks in _REEKSEN
    ):
        problemen.append("De sleutel is een reeks op het toetsenbord of in het alfabet.")
    if sleutel.isdigit() and len(sleutel) >= MINIMALE_LENGTE:
        problemen.append("De sleutel bestaat alleen uit cijfers; voeg woorden toe.")
    return problemen


def _zonder_voorspelbaar(tekst: str) -> str:
    for woord in _VOORSPELBAAR:
        tekst = tekst.replace(woord, "")
    return re.sub(r"\d+$", "", tekst)  # a year or counter at the end adds next to nothing


def _herhaald_patroon(tekst: str) -> bool:
    """True for 'abcabcabcabc' or 'haha…': a short piece repeated to the full length."""
    n = len(tekst)
    return any(n % k == 0 and tekst[:k] * (n // k) == tekst for k in range(1, n // 2 + 1))


def pragma_key(sleutel: str) -> str:
    """`PRAGMA key = '…'` with the quotes doubled (a passphrase may contain any character)."""
    return "PRAGMA key = '" + sleutel.replace("'", "''") + "'"


def pragma_ruwe_key(sleutel: str) -> str:
    """`PRAGMA key` with a raw key (`x'…'`, from `ruwe_sleutel`): SQLCipher skips its KDF."""
    return f'PRAGMA key = "{sleutel}"'


# SQLCipher 4's key derivation, the settings of every file this app makes (it never changes
# them): PBKDF2-HMAC-SHA512, 256,000 rounds, a 32-byte key, salted with the file's first 16
# bytes. Deriving the same key in Python (OpenSSL, as SQLCipher) once per process and handing
# it to SQLCipher as a raw key leaves the file exactly as strong: the file, its salt and its
# rounds are unchanged, so guessing a stolen file's passphrase costs the same 256,000 rounds per
# guess; the key is kept only in this process's memory, where SQLCipher keeps it too (and the
# passphrase already is). What it saves: every further connection to the file (the pool, the
# background threads of the window, a key check before opening) skipped the derivation's ~0.15 s.
_KDF_RONDES = 256_000
_KDF_LENGTE = 32
_afgeleid: dict[tuple[str, bytes, str], "Future[bytes]"] = {}
_afgeleid_slot = threading.Lock()
_RUWE_SLEUTEL = re.compile(r"x'[0-9A-Fa-f]*'")


def _zout(pad: str | Path) -> bytes | None:
    """The salt of an existing encrypted file; None for a new, empty or plain file."""
    try:
        with Path(pad).open("rb") as f:
            kop = f.read(16)
    except OSError:
        return None
    return kop if len(kop) == 16 and kop != _SQLITE_KOP else None


def _afleiding(pad: str | Path, sleutel: str, achtergrond: bool) -> "Future[bytes] | None":
    zout = _zout(pad)
    if zout is None or _RUWE_SLEUTEL.fullmatch(sleutel):
        # A new file gets its random salt from SQLCipher; a passphrase written as a raw key
        # is taken as one by SQLCipher: both go to SQLCipher unchanged.
        return None
    naam = (str(Path(pad).resolve()), zout, sleutel)
    with _afgeleid_slot:
        toekomst = _afgeleid.get(naam)
        nieuw = toekomst is None
        if nieuw:
            toekomst = _afgeleid[naam] = Future()
    if nieuw:

        def reken() -> None:
            # hashlib releases the GIL while it derives: a background thread runs beside imports.
            try:
                toekomst.set_result(
                    hashlib.pbkdf2_hmac("sha512", sleutel.encode(), zout, _KDF_RONDES, _KDF_LENGTE)
                )
            except BaseException as e:  # noqa: BLE001 - handed to whoever waits for the key
                toekomst.set_exception(e)

        if achtergrond:
            threading.Thread(target=reken, name="sleutelafleiding", daemon=True).start()
        else:
            reken()
    return toekomst


def begin_afleiding(pad: str | Path, sleutel: str) -> None:
    """Start deriving the key of the encrypted file `pad` in a background thread, so a command
    that still has to import its modules finds it ready (`ruwe_sleutel` waits for it)."""
    _afleiding(pad, sleutel, achtergrond=True)


def vergeet_afleiding(pad: str | Path, sleutel: str) -> None:
    """Drop the key derived from a passphrase that turned out wrong: a mistyped passphrase is
    not kept in memory for the rest of the session."""
    zout = _zout(pad)
    if zout is not None:
        with _afgeleid_slot:
            _afgeleid.pop((str(Path(pad).resolve()), zout, sleutel), None)


def ruwe_sleutel(pad: str | Path, sleutel: str) -> str | None:
    """The raw key (`x'…'`) SQLCipher 4 derives from `sleutel` for the existing encrypted file
    `pad`, derived once per process; None for a new or plain file. A wrong passphrase gives a
    key that does not open the file, just as the passphrase would not."""
    toekomst = _afleiding(pad, sleutel, achtergrond=False)
    return None if toekomst is None else "x'" + toekomst.result().hex() + "'"


def sqlcipher_module():
    """The SQLCipher DB-API module, imported only when an encrypted file is used."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def verbind_versleuteld(pad: str | Path, sleutel: str, ruw: str | None = None):
    """A raw SQLCipher connection, keyed (with the raw key `ruw` when given); the first read
    checks the key."""
    con = sqlcipher_module().connect(str(pad), timeout=10)
    # SQLCipher writes "hmac check failed" to stderr on a wrong key; we give our own message.
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(pragma_key(sleutel) if ruw is None else pragma_ruwe_key(ruw))
    return con


def verbind(pad: str | Path, sleutel: str | None = None):
    """A raw DB-API connection to a file: SQLCipher with a key, plain sqlite3 without."""
    if sleutel is None:
        return sqlite3.connect(pad, timeout=10)
    return verbind_versleuteld(pad, sleutel)


PAST, VERKEERD, BESCHADIGD = "past", "verkeerd", "beschadigd"


def toets_sleutel(pad: str | Path, sleutel: str) -> str:
    """PAST: the passphrase opens this encrypted file. BESCHADIGD: it decrypts the first page
    (so it is the right key) but the file is damaged further on – cut short, say. VERKEERD:
    a wrong key, or a damaged first page (SQLCipher cannot tell those apart; a backup that
    opens with the key can). Costs one key derivation, ~0.2 s, which opening the file with the
    same passphrase afterwards reuses (`ruwe_sleutel`)."""
    demo = sleutel == DEMO_SLEUTEL and _demo_naam(pad)
    if demo and demo in _DEMO_PAST_NIET:
        return VERKEERD
    uitkomst = VERKEERD
    pogingen = (ruwe_sleutel(pad, sleutel),) if demo else (ruwe_sleutel(pad, sleutel), None)
    for ruw in dict.fromkeys(pogingen):
        # The derived key first; a file it does not open gets the passphrase itself, which
        # SQLCipher derives with the file's own settings (the answer stays SQLCipher's). Not the
        # public demo passphrase, tried on every file before asking: demo files are made with
        # the default settings, and one typed in the dialog gets both tries.
        uitkomst = _toets(pad, sleutel, ruw)
        if uitkomst != VERKEERD:
            return uitkomst
    vergeet_afleiding(pad, sleutel)
    if demo:
        _DEMO_PAST_NIET.add(demo)
    return uitkomst


# Files the public demo passphrase does not open (path and salt): every start tries that
# passphrase before asking, and a wrong one costs two derivations (0.4 s); nothing secret is
# kept. A file encrypted anew has a new salt, so it is tried again.
_DEMO_PAST_NIET: set[tuple[str, bytes]] = set()


def _demo_naam(pad: str | Path) -> tuple[str, bytes] | None:
    zout = _zout(pad)
    return None if zout is None else (str(Path(pad).resolve()), zout)


def _toets(pad: str | Path, sleutel: str, ruw: str | None) -> str:
    try:
        con = verbind_versleuteld(pad, sleutel, ruw)
    except Exception:
        return VERKEERD
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return PAST
    except Exception as e:
        return BESCHADIGD if getattr(e, "sqlite_errorname", None) == "SQLITE_CORRUPT" else VERKEERD
    finally:
        con.close()


def sleutel_past(pad: str | Path, sleutel: str) -> bool:
    """Does this passphrase open this encrypted file (undamaged)?"""
    return toets_sleutel(pad, sleutel) == PAST


def uit_omgeving() -> str | None:
    return os.environ.get(OMGEVING) or None


# ------------------------------------------------------------------ OS keyring (optional)


def _keyring():
    try:
        import keyring  # optional: not every laptop has a keyring backend

        return keyring
    except Exception:
        return None


def sleutelbos_beschikbaar() -> bool:
    kr = _keyring()
    if kr is None:
        return False
    try:
        from keyring.backends import fail

        return not isinstance(kr.get_keyring(), fail.Keyring)
    except Exception:
        return False


def _sleutelbos_naam(pad: str | Path) -> str:
    return str(Path(pad).expanduser().resolve())


def uit_sleutelbos(pad: str | Path) -> str | None:
    """The passphrase remembered for this database file, or None (also when anything fails)."""
    kr = _keyring()
    if kr is None:
        return None
    try:
        return kr.get_password(SLEUTELBOS_DIENST, _sleutelbos_naam(pad))
    except Exception:
        return None


def naar_sleutelbos(pad: str | Path, sleutel: str) -> bool:
    """Remember the passphrase in the OS keyring; False when there is none or it refuses."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(SLEUTELBOS_DIENST, _sleutelbos_naam(pad), sleutel)
        return True
    except Exception:
        return False


def vergeet_in_sleutelbos(pad: str | Path) -> None:
    kr = _keyring()
    if kr is None:
        return
    with contextlib.suppress(Exception):
        kr.delete_password(SLEUTELBOS_DIENST, _sleutelbos_naam(pad))
