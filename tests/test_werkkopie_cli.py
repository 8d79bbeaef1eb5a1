"""`jeugdloket werkkopie maak|status|sync` and `jeugdloket conflicten` as a subprocess, against
a real PostgreSQL team register: exit 0 when all merged, 1 with the conflicts in Dutch, 2 for
wrong use. Edits on the laptop in between are made through the services on the file."""

import json

from conftest import TEST_SLEUTEL
from teamhulp import WACHTWOORD, jl
from werkkopiehulp import login_url, nieuwe_casus, team_logins

from jeugdloket.db import open_database
from jeugdloket.services import casussen

PG = {"PGPASSWORD": WACHTWOORD}


def _laptop(pad):
    # The CLI encrypts a new file with JEUGDLOKET_SLEUTEL (conftest sets it for the suite).
    return open_database(pad, gebruiker="a.devries", sleutel=TEST_SLEUTEL)


def test_werkkopie_van_maak_tot_conflict(pg_url, tmp_path):
    pad = tmp_path / "laptop.db"
    url = login_url(pg_url, "a.devries", wachtwoord=None)
    with team_logins(pg_url) as team:
        a = team["a.devries"]
        een = nieuwe_casus(a, hulpvraag="Ruzie thuis")
        twee = nieuwe_casus(a, hulpvraag="Slapen")
        nieuwe_casus(a)  # open, but not taken along: --casus names the two

        r = jl("werkkopie", "maak", "--team", url, "--db", str(pad),
               "--casus", een.casusnummer, twee.casusnummer, env=PG)  # fmt: skip
        assert r.returncode == 0, r.stderr
        assert f"2 casus(sen): {een.casusnummer}, {twee.casusnummer}" in r.stdout
        assert WACHTWOORD not in pad.read_bytes().decode("latin-1")

        r = jl("werkkopie", "status", "--db", str(pad), "--json")
        assert r.returncode == 0, r.stderr
        st = json.loads(r.stdout)
        assert (st["casussen"], st["uitgaand"], st["conflicten"]) == (2, 0, 0)
        assert st["gebruiker"] == "a.devries" and "@" in st["teamregister"]

        # Offline: a field, a new case with a contact moment; the office edits another field.
        lokaal = _laptop(pad)
        try:
            casussen.wijzig_casus(lokaal, een.id, {"hulpvraag": "Ruzie thuis en op school"})
            nieuw = nieuwe_casus(lokaal, hulpvraag="Aan de keukentafel")
            casussen.voeg_contactmoment_toe(lokaal, nieuw.id, soort="huisbezoek")
        finally:
            lokaal.sluit()
        casussen.wijzig_casus(team["r.hendriks"], een.id, {"gemeente": "Zevenaar"})

        r = jl("werkkopie", "status", "--db", str(pad))
        assert r.returncode == 0, r.stderr
        assert "2 casus(sen)" not in r.stdout  # three now: the new one counts
        assert "3 casus(sen)" in r.stdout

        r = jl("werkkopie", "sync", "--db", str(pad), env=PG)
        assert r.returncode == 0, r.stderr
        assert "3 casus(sen)" in r.stdout
        assert "2026-L1-1 heeft nu nummer 2026-0004" in r.stdout
        kantoor = casussen.casus_detail(a, een.id)
        assert (kantoor.hulpvraag, kantoor.gemeente) == ("Ruzie thuis en op school", "Zevenaar")
        assert casussen.casus_detail(a, nieuw.id).casusnummer == "2026-0004"

        # The same field on both sides: exit 1, the conflict in Dutch on stderr.
        lokaal = _laptop(pad)
        try:
            casussen.wijzig_casus(lokaal, twee.id, {"hulpvraag": "Slapen en eten"})
        finally:
            lokaal.sluit()
        casussen.wijzig_casus(team["r.hendriks"], twee.id, {"hulpvraag": "Slaapt slecht"})
        r = jl("werkkopie", "sync", "--db", str(pad), env=PG)
        assert r.returncode == 1, r.stdout + r.stderr
        assert "1 conflict(en)" in r.stderr
        assert f"casus {twee.casusnummer}, casus, hulpvraag" in r.stderr
        assert "mijn 'Slapen en eten' (Anouk de Vries" in r.stderr
        assert "hun 'Slaapt slecht' (René Hendriks" in r.stderr
        assert "Traceback" not in r.stderr
        # Rerun: still the one conflict, recorded once.
        r = jl("werkkopie", "sync", "--db", str(pad), env=PG)
        assert r.returncode == 1 and "1 conflict(en)" in r.stderr

        for waar in (str(pad), url):
            r = jl("conflicten", "--db", waar, "--json", env=PG)
            assert r.returncode == 0, r.stderr
            [c] = json.loads(r.stdout)
            assert (c["casus"], c["veld"], c["mijn"], c["hun"]) == (
                twee.casusnummer, "hulpvraag", "Slapen en eten", "Slaapt slecht"
            )  # fmt: skip
        r = jl("conflicten", "--db", url, env=PG)
        assert r.returncode == 0 and "1 open conflict(en):" in r.stdout
        r = jl("werkkopie", "status", "--db", str(pad), "--json")
        assert json.loads(r.stdout)["conflicten"] == 1


def test_verkeerd_gebruik_is_exit_2(pg_url, tmp_path):
    pad = tmp_path / "laptop.db"
    with team_logins(pg_url) as team:
        nieuwe_casus(team["a.devries"])
    url = login_url(pg_url, "a.devries", wachtwoord=None)
    for args in (
        ("werkkopie", "maak", "--team", str(tmp_path / "team.db"), "--db", str(pad)),
        ("werkkopie", "maak", "--team", url, "--db", url),
        ("werkkopie", "sync", "--db", url),
        ("werkkopie", "status", "--db", url),
        ("werkkopie", "maak", "--db", str(pad)),  # --team missing
        ("werkkopie", "opruimen", "--db", str(pad)),
    ):
        r = jl(*args, env=PG)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr and r.stderr.strip(), args
    assert not pad.exists()
    # A file that is no werkkopie: refused (exit 1), in Dutch.
    gewoon = tmp_path / "gewoon.db"
    open_database(gewoon, sleutel=TEST_SLEUTEL).sluit()
    r = jl("werkkopie", "sync", "--db", str(gewoon), env=PG)
    assert r.returncode == 1 and "geen werkkopie" in r.stderr
