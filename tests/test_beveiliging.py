"""Encryption at rest: SQLCipher files, the passphrase rule, converting a plain database."""

import re
import shutil
import sqlite3
import subprocess

import pytest
from sqlalchemy import text

from jeugdloket.beveiliging import sleutel as s
from jeugdloket.beveiliging.bestanden import in_gebruik
from jeugdloket.beveiliging.sleutel import Soort, bestandssoort, sterkte_problemen
from jeugdloket.beveiliging.versleutel import versleutel_database
from jeugdloket.db import (
    SleutelFout,
    maak_engine,
    maak_kopie,
    migreer,
    open_database,
    sleutel_van,
    verbind,
)
from jeugdloket.fouten import Fout
from jeugdloket.paden import RESOURCES
from jeugdloket.services import casuslijst, medewerkers, uitwisseling

SLEUTEL = "kikker springt over de sloot"
VOORBEELD = RESOURCES / "voorbeelden" / "casus-met-analyse.json"


def _namen() -> set[str]:
    """Every name, BSN and street in the example case: none of it may be readable on disk."""
    doc = uitwisseling.lees_json(VOORBEELD)
    namen = set()
    for casus in doc["casussen"]:
        for p in casus["personen"]:
            for veld in ("voornaam", "achternaam", "bsn", "straat"):
                if p.get(veld) and len(p[veld]) >= 4:
                    namen.add(p[veld])
    assert {"Łukasiewicz-Çelik", "111222333"} <= namen
    return namen


def _strings(data: bytes) -> str:
    """What `strings` shows: runs of 4+ printable characters (ASCII and UTF-8 letters)."""
    tekst = data.decode("utf-8", errors="replace")
    return "\n".join(re.findall(r"[^\x00-\x1f\x7f\ufffd]{4,}", tekst))


def _met_voorbeeld(pad, sleutel=SLEUTEL):
    db = open_database(pad, gebruiker="a.devries", sleutel=sleutel)
    uitwisseling.importeer(db, uitwisseling.lees_json(VOORBEELD))
    return db


# ------------------------------------------------------------------ the passphrase


@pytest.mark.parametrize(
    "zwak",
    [
        "kort",
        "Welkom2026!!",
        "wachtwoord12345",
        "aaaaaaaaaaaaaaa",
        "abcabcabcabcabc",
        "abcdefghijklmnop",
        "qwertyuiopasdf",
        "123498765432109",
        s.DEMO_SLEUTEL,
        " spatie ervoor en erna ",
    ],
)
def test_zwakke_sleutels_worden_geweigerd_met_reden(zwak):
    problemen = sterkte_problemen(zwak)
    assert problemen
    assert all(p.startswith("De sleutel") or p.startswith("Dit is") for p in problemen)


@pytest.mark.parametrize(
    "goed", ["kikker springt over de sloot", "mijn geheime tuin vol rozen", "Tr0mpet!Vis#Lamp"]
)
def test_goede_sleutels(goed):
    assert sterkte_problemen(goed) == []


def test_te_kort_zegt_hoe_lang(tmp_path):
    assert "minstens 12 tekens (nu 8)" in sterkte_problemen("Ab3$xY9!")[0]


def test_pragma_key_verdubbelt_aanhalingstekens():
    assert s.pragma_key("it's") == "PRAGMA key = 'it''s'"


def test_bestandssoort(tmp_path):
    assert bestandssoort(tmp_path / "er-niet.db") is Soort.NIEUW
    (tmp_path / "leeg.db").write_bytes(b"")
    assert bestandssoort(tmp_path / "leeg.db") is Soort.NIEUW
    open_database(tmp_path / "gewoon.db").sluit()
    assert bestandssoort(tmp_path / "gewoon.db") is Soort.GEWOON
    open_database(tmp_path / "geheim.db", sleutel=SLEUTEL).sluit()
    assert bestandssoort(tmp_path / "geheim.db") is Soort.VERSLEUTELD


def test_sleutelbos_is_optioneel(tmp_path, monkeypatch):
    """Without a keyring (or when it fails) nothing breaks; with one the key goes there only."""
    monkeypatch.setattr(s, "_keyring", lambda: None)
    assert s.uit_sleutelbos(tmp_path / "x.db") is None
    assert s.naar_sleutelbos(tmp_path / "x.db", SLEUTEL) is False

    opgeslagen = {}

    class NepSleutelbos:
        def get_password(self, dienst, naam):
            return opgeslagen.get((dienst, naam))

        def set_password(self, dienst, naam, waarde):
            opgeslagen[(dienst, naam)] = waarde

        def delete_password(self, dienst, naam):
            raise RuntimeError("geen toegang")  # a failing backend is fine too

    monkeypatch.setattr(s, "_keyring", NepSleutelbos)
    assert s.naar_sleutelbos(tmp_path / "x.db", SLEUTEL) is True
    assert s.uit_sleutelbos(tmp_path / "x.db") == SLEUTEL
    assert list(opgeslagen) == [("Jeugdloket", str((tmp_path / "x.db").resolve()))]
    s.vergeet_in_sleutelbos(tmp_path / "x.db")


# ------------------------------------------------------------------ encrypted files


def test_versleuteld_bestand_is_onleesbaar_zonder_sleutel(tmp_path):
    pad = tmp_path / "j.db"
    db = _met_voorbeeld(pad)
    try:
        assert db.versleuteld and sleutel_van(db.engine) == SLEUTEL
        # While open, the WAL holds the newest pages: encrypted as well.
        schijf = pad.read_bytes() + (tmp_path / "j.db-wal").read_bytes()
        zichtbaar = _strings(schijf)
        for naam in _namen():
            assert naam not in zichtbaar and naam.encode() not in schijf, naam
    finally:
        db.sluit()
    schijf = pad.read_bytes()
    assert not schijf.startswith(b"SQLite format 3")
    for naam in _namen():
        assert naam.encode() not in schijf, naam
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(pad).execute("SELECT * FROM sqlite_master").fetchall()
    if shutil.which("sqlite3"):
        r = subprocess.run(["sqlite3", str(pad), ".tables"], capture_output=True, text=True)
        assert "file is not a database" in r.stderr


def test_verkeerde_of_geen_sleutel_wordt_geweigerd(tmp_path, monkeypatch):
    pad = tmp_path / "j.db"
    _met_voorbeeld(pad).sluit()
    voor = pad.read_bytes()
    with pytest.raises(SleutelFout, match="De sleutel klopt niet"):
        open_database(pad, sleutel="een heel andere zin hier")
    monkeypatch.delenv(s.OMGEVING, raising=False)
    with pytest.raises(SleutelFout, match="versleuteld"):
        open_database(pad)
    assert pad.read_bytes() == voor  # a refused key changes nothing
    assert s.sleutel_past(pad, SLEUTEL) and not s.sleutel_past(pad, "fout fout fout")
    # open_database without a key takes an existing encrypted file's key from the environment.
    monkeypatch.setenv(s.OMGEVING, SLEUTEL)
    db = open_database(pad)
    assert [r.casusnummer for r in casuslijst.casuslijst(db)] == ["2026-0901"]
    db.sluit()


def test_gewoon_bestand_met_sleutel_zegt_versleutel(tmp_path):
    open_database(tmp_path / "j.db").sluit()
    with pytest.raises(Fout, match="jeugdloket versleutel"):
        maak_engine(tmp_path / "j.db", SLEUTEL)


def test_pragmas_ook_versleuteld(tmp_path):
    engine = maak_engine(tmp_path / "x.db", SLEUTEL)
    with engine.connect() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert c.execute(text("PRAGMA busy_timeout")).scalar() == 10000
        assert c.execute(text("PRAGMA cipher_version")).scalar().startswith("4.")
        assert c.execute(text("PRAGMA kdf_iter")).scalar() == "256000"  # SQLCipher 4 default
    engine.dispose()


def test_kopie_en_migratiebackup_zijn_versleuteld(tmp_path):
    pad = tmp_path / "j.db"
    engine = maak_engine(pad, SLEUTEL)
    migreer(engine, "0004")  # an older schema: the next start migrates and backs up first
    engine.dispose()
    db = open_database(pad, sleutel=SLEUTEL)
    medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries")
    kopie = maak_kopie(pad, tmp_path / "kopie.db", SLEUTEL)
    db.sluit()
    [voor_migratie] = (tmp_path / "backups").glob("j-*-voor-*.db")
    for bestand in (kopie, voor_migratie):
        assert bestandssoort(bestand) is Soort.VERSLEUTELD
        assert s.sleutel_past(bestand, SLEUTEL)
    con = verbind(kopie, SLEUTEL)
    assert con.execute("SELECT gebruikersnaam FROM medewerker").fetchall() == [("a.devries",)]
    con.close()
    con = verbind(voor_migratie, SLEUTEL)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
    con.close()


# ------------------------------------------------------------------ converting a plain database


def test_versleutel_zet_gewone_database_om_met_alle_gegevens(tmp_path):
    pad = tmp_path / "oud.db"
    db = _met_voorbeeld(pad, sleutel=None)
    voor = uitwisseling.exporteer(db)
    maak_kopie(pad, tmp_path / "backups" / "oud-20260101-090000-voor-0005.db")  # a plain backup
    db.sluit()
    assert bestandssoort(pad) is Soort.GEWOON

    uitkomst = versleutel_database(pad, SLEUTEL)

    assert bestandssoort(pad) is Soort.VERSLEUTELD
    assert uitkomst.rijen > 10 and uitkomst.tabellen > 10
    assert [b.name for b in uitkomst.backups] == ["oud-20260101-090000-voor-0005.db"]
    assert all(bestandssoort(b) is Soort.VERSLEUTELD for b in uitkomst.backups)
    # Nothing plain is left next to the database: no copy, no WAL, no temporary file.
    rest = sorted(p.name for p in tmp_path.iterdir())
    assert rest == ["backups", "oud.db"], rest
    for bestand in tmp_path.rglob("*"):
        if bestand.is_file():
            for naam in _namen():
                assert naam.encode() not in bestand.read_bytes(), (bestand, naam)

    db = open_database(pad, sleutel=SLEUTEL)
    try:
        assert uitwisseling.exporteer(db) == voor
    finally:
        db.sluit()
    with pytest.raises(Fout, match="al versleuteld"):
        versleutel_database(pad, SLEUTEL)


def test_versleutel_weigert_een_database_die_open_is(tmp_path):
    pad = tmp_path / "j.db"
    db = _met_voorbeeld(pad, sleutel=None)
    try:
        casuslijst.casuslijst(db)  # a pooled connection holds the file, as the window would
        assert in_gebruik(pad)
        with pytest.raises(Fout, match="in gebruik"):
            versleutel_database(pad, SLEUTEL)
        assert bestandssoort(pad) is Soort.GEWOON
    finally:
        db.sluit()
    assert not in_gebruik(pad)


def test_beschadigde_eerste_pagina_noemt_ook_beschadiging_en_de_backup(tmp_path):
    from jeugdloket.cli import gemeenschappelijk
    from jeugdloket.services import backup

    pad = tmp_path / "j.db"
    db = _met_voorbeeld(pad)
    kopie = backup.automatische_backup(db, "dagelijks")
    db.sluit()
    data = bytearray(pad.read_bytes())
    data[200:400] = bytes(200)  # inside page 1: SQLCipher sees the same as a wrong key
    pad.write_bytes(bytes(data))
    with pytest.raises(SleutelFout, match="beschadigd") as e:
        open_database(pad, sleutel=SLEUTEL)
    assert "jeugdloket herstel" in str(e.value)
    with pytest.raises(gemeenschappelijk.Stop) as e:
        gemeenschappelijk.beschadigd(pad, ["fout fout fout", SLEUTEL])
    assert str(kopie) in e.value.meldingen[0] and "beschadigd" in e.value.meldingen[0]
