"""A finished subcommand ends at once, without the interpreter's teardown (issue 16): its whole
output still arrives, its exit status is kept and the database is closed behind it. Run the way
a scheduled job runs it: `python -m jeugdloket` and the `jeugdloket` command's own entry point."""

import json
import os
import subprocess
import sys

import pytest
from conftest import TEST_SLEUTEL

START = {
    "module": [sys.executable, "-m", "jeugdloket"],
    # What the installed `jeugdloket` command runs (its console-script wrapper).
    "opdracht": [
        sys.executable,
        "-c",
        "import sys; from jeugdloket.__main__ import main; sys.argv[0] = 'jeugdloket'; "
        "sys.exit(main())",
    ],
}


def jl(start: str, *args: str, db) -> subprocess.CompletedProcess:
    omgeving = {**os.environ, "JEUGDLOKET_SLEUTEL": TEST_SLEUTEL}
    omgeving.pop("JEUGDLOKET_DB", None)
    return subprocess.run(
        [*START[start], *args, "--db", str(db)],
        capture_output=True,
        text=True,
        env=omgeving,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.mark.parametrize("start", sorted(START))
def test_opdracht_stopt_met_alles_geschreven_en_de_database_dicht(tmp_path, start):
    db = tmp_path / "j.db"
    r = jl(start, "demo", "--casussen", "40", "--seed", "3", db=db)
    assert r.returncode == 0, r.stderr
    r = jl(start, "export", "casussen", "-o", "-", db=db)
    assert r.returncode == 0, r.stderr
    casussen = json.loads(r.stdout)["casussen"]  # all of it, through the pipe
    assert len(casussen) == 40
    # The database was closed by the command: no write-ahead log left beside it.
    assert not (tmp_path / "j.db-wal").exists() and not (tmp_path / "j.db-shm").exists()

    r = jl(start, "export", "casussen", "--casus", "1999-0001", "-o", "-", db=db)
    assert r.returncode == 1 and "Casus bestaat niet: 1999-0001" in r.stderr
    r = jl(start, "export", "casussen", db=db)
    assert r.returncode == 2 and "deze gegevens ontbreken" in r.stderr
