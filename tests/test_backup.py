"""Backups and restore of the (encrypted) database file, retention, the integrity check."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from jeugdloket.beveiliging.sleutel import Soort, bestandssoort, verbind
from jeugdloket.db import maak_kopie, open_database
from jeugdloket.fouten import Fout
from jeugdloket.services import backup, casuslijst, medewerkers

SLEUTEL = "kikker springt over de sloot"


def _database(pad: Path, sleutel: str | None = SLEUTEL):
    db = open_database(pad, gebruiker="a.devries", sleutel=sleutel)
    if medewerkers.zoek_medewerker(db, "a.devries") is None:
        medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries")
    return db


def _casus(maak_casus, db, dag: int = 1) -> str:
    """A case registered on `dag` March 2026; its number."""
    return maak_casus(db, aanmelddatum=datetime(2026, 3, dag, 9, 0)).casusnummer


def _nummers(pad: Path, sleutel: str | None = SLEUTEL) -> list[str]:
    db = open_database(pad, sleutel=sleutel)
    try:
        return sorted(r.casusnummer for r in casuslijst.casuslijst(db))
    finally:
        db.sluit()


def _beschadig(pad: Path) -> None:
    """Overwrite pages of table data (the casus table's), not the header or the schema.

    The pages are looked up: "the middle of the file" may hold schema pages once the schema
    outgrows a page (migration 0007 did), and then the file does not open at all.
    """
    con = verbind(pad, SLEUTEL)
    (wortel,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'casus'").fetchone()
    con.close()
    data = bytearray(pad.read_bytes())
    begin = (wortel - 1) * 4096  # SQLCipher 4: 4096-byte pages, page 1 at offset 0
    data[begin : begin + 4096] = bytes(4096)
    pad.write_bytes(bytes(data))


# ------------------------------------------------------------------ retention (pure)


def test_bewaar_7_dagelijks_en_4_wekelijks():
    # Two backups a day (morning and close) for 60 days, up to Sunday 2026-03-29 evening.
    eind = datetime(2026, 3, 29, 17, 0)
    momenten = {}
    for d in range(60):
        for uur in (8, 17):
            moment = (eind - timedelta(days=d)).replace(hour=uur)
            momenten[Path(f"b-{moment:%Y%m%d-%H}.db")] = moment
    bewaard = backup.te_bewaren(momenten)
    dagen = sorted((momenten[p] for p in bewaard), reverse=True)
    # The newest of each of the last 7 days …
    assert [m for m in dagen if m.hour == 17][:7] == [eind - timedelta(days=d) for d in range(7)]
    # … and the newest of each of 4 ISO weeks (the current one, 2026-W13, and 3 before it).
    weken = {m.isocalendar()[:2]: m for m in sorted(dagen)}
    assert sorted(weken) == [(2026, 10), (2026, 11), (2026, 12), (2026, 13)]
    assert weken[(2026, 12)] == datetime(2026, 3, 22, 17, 0)  # Sunday evening of that week
    assert len(bewaard) == 7 + 3  # this week's newest is also a daily one


def test_bewaren_met_gaten_en_weinig_backups():
    momenten = {
        Path("a.db"): datetime(2026, 1, 5, 9),
        Path("b.db"): datetime(2026, 1, 5, 18),  # same day: only the newest stays
        Path("c.db"): datetime(2026, 2, 20, 9),
    }
    assert backup.te_bewaren(momenten) == {Path("b.db"), Path("c.db")}
    assert backup.te_bewaren({}) == set()
    assert backup.te_bewaren(momenten, dagen=1, weken=0) == {Path("c.db")}


def test_automatische_backups_worden_uitgedund(tmp_path):
    pad = tmp_path / "j.db"
    db = _database(pad)
    try:
        start = datetime(2026, 1, 1, 17, 0)
        for d in range(20):  # 1 to 20 January 2026 (a Tuesday)
            backup.automatische_backup(db, "afsluiten", nu=start + timedelta(days=d))
        overzicht = backup.backups(pad)
        assert all(b.automatisch and b.soort == "afsluiten" for b in overzicht)
        # 14–20 January daily; weekly: 20 Jan (W04), 18 Jan (W03, also daily), 11 Jan, 4 Jan.
        assert [b.moment.day for b in overzicht] == [20, 19, 18, 17, 16, 15, 14, 11, 4]
        assert all(bestandssoort(b.pad) is Soort.VERSLEUTELD for b in overzicht)

        laatste = overzicht[0].moment
        assert not backup.dagelijkse_backup_nodig(pad, laatste + timedelta(hours=23))
        assert backup.dagelijkse_backup_nodig(pad, laatste + timedelta(days=1, minutes=1))
        # Copies made before a migration or a restore are never thinned out.
        voor = backup.backupmap(pad) / "j-20250101-080000-voor-0003.db"
        maak_kopie(pad, voor, SLEUTEL)
        backup.automatische_backup(db, "dagelijks", nu=laatste + timedelta(days=1))
        assert voor.exists()
        assert backup.backups(pad)[-1].soort == "voor-0003"
    finally:
        db.sluit()
    assert backup.dagelijkse_backup_nodig(tmp_path / "ander.db")


# ------------------------------------------------------------------ backup and restore


def test_backup_en_herstel_rondreis(tmp_path, maak_casus):
    pad = tmp_path / "j.db"
    db = _database(pad)
    eerste = _casus(maak_casus, db, 1)
    doel = backup.maak_backup(db, tmp_path / "bewaard" / ".." / "backup.db")
    tweede = _casus(maak_casus, db, 2)
    db.sluit()
    assert doel == (tmp_path / "backup.db").resolve()
    assert bestandssoort(doel) is Soort.VERSLEUTELD
    assert backup.controleer_bestand(doel, SLEUTEL).ok

    uitkomst = backup.herstel(pad, doel, SLEUTEL, nu=datetime(2026, 3, 5, 12, 0))
    assert _nummers(pad) == [eerste]
    # Nothing overwritten without a copy: the database as it was, in backups/, encrypted.
    assert uitkomst.kopie == tmp_path / "backups" / "j-20260305-120000-voor-herstel.db"
    assert bestandssoort(uitkomst.kopie) is Soort.VERSLEUTELD
    assert sorted(_nummers(uitkomst.kopie)) == sorted([eerste, tweede])
    assert backup.backups(pad)[0].soort == "voor-herstel"


def test_backup_niet_over_de_database_zelf(tmp_path):
    db = _database(tmp_path / "j.db")
    try:
        with pytest.raises(Fout, match="de database zelf"):
            backup.maak_backup(db, tmp_path / "j.db")
        with pytest.raises(Fout, match="bestaat niet"):
            backup.maak_backup(db, tmp_path / "geen-map" / "b.db")
    finally:
        db.sluit()


def test_beschadigde_kopie_wordt_herkend_en_niet_teruggezet(tmp_path, maak_casus):
    pad = tmp_path / "j.db"
    db = _database(pad)
    for dag in range(1, 29):
        _casus(maak_casus, db, dag)
    assert backup.controleer(db).ok
    kapot = backup.maak_backup(db, tmp_path / "kapot.db")
    db.sluit()
    _beschadig(kapot)

    controle = backup.controleer_bestand(kapot, SLEUTEL)
    assert not controle.ok and controle.meldingen
    assert not backup.controleer_bestand(kapot, SLEUTEL, volledig=False).ok
    voor = pad.read_bytes()
    with pytest.raises(Fout, match="niet bruikbaar"):
        backup.herstel(pad, kapot, SLEUTEL)
    assert pad.read_bytes() == voor and not (tmp_path / "backups").exists()
    # A wrong key or a plain file in the place of an encrypted backup is no good either.
    assert "sleutel klopt niet" in backup.controleer_bestand(pad, "een andere zin hier").tekst
    assert not backup.controleer_bestand(tmp_path / "er-niet.db", SLEUTEL).ok


def test_beschadigde_database_en_nieuwste_goede_backup(tmp_path, maak_casus):
    pad = tmp_path / "j.db"
    db = _database(pad)
    for dag in range(1, 29):
        _casus(maak_casus, db, dag)
    goed = backup.automatische_backup(db, "dagelijks", nu=datetime(2026, 3, 1, 9))
    nieuwer = backup.automatische_backup(db, "afsluiten", nu=datetime(2026, 3, 2, 17))
    db.sluit()
    _beschadig(nieuwer)  # the newest backup is damaged too: skipped
    _beschadig(pad)

    db = open_database(pad, sleutel=SLEUTEL, migreren=False)
    try:
        assert not backup.controleer(db).ok
    finally:
        db.sluit()
    kandidaat = backup.nieuwste_goede_backup(pad, SLEUTEL)
    assert kandidaat is not None and kandidaat.pad == goed
    uitkomst = backup.herstel(pad, kandidaat.pad, SLEUTEL)
    assert len(_nummers(pad)) == 28
    assert uitkomst.kopie.exists()  # the damaged file is kept, byte for byte if need be


def test_herstel_weigert_als_de_database_open_is(tmp_path):
    pad = tmp_path / "j.db"
    db = _database(pad)
    kopie = backup.maak_backup(db, tmp_path / "b.db")
    try:
        casuslijst.casuslijst(db)
        with pytest.raises(Fout, match="in gebruik"):
            backup.herstel(pad, kopie, SLEUTEL)
    finally:
        db.sluit()


def test_gewone_backup_niet_over_versleutelde_database(tmp_path):
    gewoon = _database(tmp_path / "gewoon.db", sleutel=None)
    kopie = backup.maak_backup(gewoon, tmp_path / "gewoon-backup.db")
    gewoon.sluit()
    assert bestandssoort(kopie) is Soort.GEWOON
    _database(tmp_path / "j.db").sluit()
    with pytest.raises(Fout, match="niet versleuteld"):
        backup.herstel(tmp_path / "j.db", kopie, SLEUTEL)
    # Plain to plain works (a database from before encryption, with its own backups).
    backup.herstel(tmp_path / "gewoon.db", kopie, None)
