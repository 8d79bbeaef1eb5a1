"""The PyInstaller bundle (packaging/jeugdloket.spec) works on its own, as IT would install it.

`make test-bundle` builds dist/jeugdloket (`make bundle`) and runs this module on it
(JEUGDLOKET_BUNDEL=dist/jeugdloket); without that variable the module builds into a temporary
folder first. `make test` leaves the module out (marker `bundle`): a build takes a minute or two.

Every program runs with a bare environment (no PYTHONPATH, a temporary home) from a folder outside
the checkout, so nothing can come from the virtualenv or the repository.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jeugdloket import __version__, systeemcheck

pytestmark = [pytest.mark.bundle, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
LINUX = sys.platform.startswith("linux")
SLEUTEL = "bundel-test: paars konijn fietst 42 keer"
# A windowed Windows program has no stdout: the checks use the console twin there.
PROGRAMMA = "jeugdloket-cli.exe" if WINDOWS else "jeugdloket"


@pytest.fixture(scope="module")
def bundel(tmp_path_factory) -> Path:
    """The bundle folder: prebuilt (JEUGDLOKET_BUNDEL) or built here with the project's spec."""
    vooraf = os.environ.get("JEUGDLOKET_BUNDEL")
    if vooraf:
        pad = Path(vooraf).resolve()
        assert (pad / PROGRAMMA).is_file(), f"JEUGDLOKET_BUNDEL={vooraf}: geen {PROGRAMMA} daarin"
        return pad
    werk = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(werk / "dist"),
            "--workpath",
            str(werk / "build"),
            str(ROOT / "packaging" / "jeugdloket.spec"),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
        timeout=1500,
    )
    return werk / "dist" / "jeugdloket"


@pytest.fixture(scope="module")
def thuis(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("thuis")


def omgeving(thuis: Path, **extra: str) -> dict[str, str]:
    """A bare environment: a fresh home for platformdirs and QSettings, no Python variables."""
    kaal = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "JEUGDLOKET_", "QT_", "XDG_", "VIRTUAL_ENV", "LD_"))
    }
    kaal.update(
        HOME=str(thuis),
        USERPROFILE=str(thuis),
        APPDATA=str(thuis / "AppData" / "Roaming"),
        LOCALAPPDATA=str(thuis / "AppData" / "Local"),
        XDG_DATA_HOME=str(thuis / "data"),
        XDG_CONFIG_HOME=str(thuis / "config"),
        LANG="C.UTF-8",
        JEUGDLOKET_SLEUTEL=SLEUTEL,
        JEUGDLOKET_GEBRUIKER="",
    )
    kaal.update(extra)
    return kaal


def start(bundel: Path, thuis: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundel / PROGRAMMA), *args],
        cwd=thuis,
        env=omgeving(thuis, **extra),
        stdin=subprocess.DEVNULL,  # no terminal: nothing may wait for typed input
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=180,
    )


def test_alles_wat_het_programma_nodig_heeft_zit_erin(bundel):
    binnen = bundel / "_internal"
    for pad in (
        "resources/leefgebieden.csv",
        "resources/codelijsten/segmenten.csv",
        "resources/fonts/DejaVuSans.ttf",
        "resources/catalogus/demo-catalogus.xlsx",
        "resources/taal/en.json",
        "translations/jeugdloket_nl.qm",
        "jeugdloket/migrations/env.py",
        "jeugdloket/demo/teksten/team.json",
        "reportlab/fonts",
        "PySide6/Qt/plugins/imageformats",
    ):
        assert (binnen / pad).exists(), pad
    versies = {p.name for p in (ROOT / "jeugdloket" / "migrations" / "versions").glob("*.py")}
    gebundeld = {p.name for p in (binnen / "jeugdloket" / "migrations" / "versions").glob("*.py")}
    assert versies and gebundeld == versies
    assert list((binnen / "sqlcipher3").glob("_sqlite3*")), "de SQLCipher-extensie ontbreekt"
    platforms = {p.name for p in (binnen / "PySide6" / "Qt" / "plugins" / "platforms").iterdir()}
    nodig = {"qwindows.dll", "qoffscreen.dll"} if WINDOWS else set()
    if LINUX:
        nodig = {"libqxcb.so", "libqoffscreen.so", "libqwayland.so"}
    assert nodig <= platforms
    # The big Qt modules and libraries the app never uses stay out.
    namen = " ".join(p.name for p in binnen.rglob("*")).lower()
    for weg in ("webengine", "qt63d", "qt6quick", "qt6multimedia", "numpy", "pandas"):
        assert weg not in namen, weg


def test_versie(bundel, thuis):
    uit = start(bundel, thuis, "--version")
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.strip() == f"jeugdloket {__version__}"


@pytest.fixture(scope="module")
def demo_db(bundel, thuis) -> Path:
    """A new encrypted file made by the bundle: every migration runs from the bundled scripts."""
    db = thuis / "demo.db"
    uit = start(bundel, thuis, "demo", "--db", str(db), "--casussen", "20", "--seed", "1")
    assert uit.returncode == 0, uit.stderr
    assert "20 demo-casussen" in uit.stdout
    assert not db.read_bytes().startswith(b"SQLite format 3"), "het bestand is niet versleuteld"
    return db


def test_opdrachtregel_op_een_nieuw_versleuteld_bestand(bundel, thuis, demo_db):
    export = thuis / "casussen.json"
    uit = start(bundel, thuis, "export", "casussen", "--db", str(demo_db), "-o", str(export))
    assert uit.returncode == 0, uit.stderr
    casussen = json.loads(export.read_text("utf-8"))["casussen"]
    assert len(casussen) == 20

    # A PDF: ReportLab with the DejaVu fonts from the bundled resources/.
    map_ = thuis / "inzage"
    map_.mkdir()
    nr = casussen[0]["casusnummer"]
    uit = start(bundel, thuis, "inzage", "--db", str(demo_db), "--casus", nr, "-o", str(map_))
    assert uit.returncode == 0, uit.stderr
    (pdf,) = map_.glob("*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and b"DejaVuSans" in pdf.read_bytes()

    # An Excel workbook: openpyxl and the code lists from resources/.
    overzicht = thuis / "weekoverzicht.xlsx"
    uit = start(bundel, thuis, "overzicht", "--db", str(demo_db), "-o", str(overzicht))
    assert uit.returncode == 0, uit.stderr
    assert overzicht.read_bytes().startswith(b"PK")

    uit = start(bundel, thuis, "logboek", "controleer", "--db", str(demo_db))
    assert uit.returncode == 0, uit.stderr
    assert "Logboek in orde" in uit.stdout

    uit = start(bundel, thuis, "logboek", "controleer", "--db", str(demo_db), JEUGDLOKET_SLEUTEL="")
    # No key and no terminal to ask it on: a Dutch refusal, not a traceback.
    assert uit.returncode == 2
    assert "JEUGDLOKET_SLEUTEL" in uit.stderr and "Traceback" not in uit.stderr


def test_venster_start_tot_het_aanmeldscherm(bundel, thuis, demo_db):
    """Offscreen: Qt, its platform plugin, the Dutch catalogue and the database come up, and the
    sign-in dialog runs its event loop (JEUGDLOKET_ZELFTEST, jeugdloket/ui/app.py)."""
    uit = start(
        bundel,
        thuis,
        "--db",
        str(demo_db),
        QT_QPA_PLATFORM="offscreen",
        JEUGDLOKET_ZELFTEST="aanmelden",
    )
    assert uit.returncode == 0, uit.stderr
    # The Dutch title proves the bundled translations/jeugdloket_nl.qm was loaded.
    assert "zelftest aanmelden: AanmeldDialoog 'Jeugdloket – aanmelden' (offscreen)" in uit.stdout


@pytest.mark.skipif(not LINUX, reason="de X11-controle is alleen voor Linux")
def test_xcb_zonder_systeembibliotheken_geeft_de_melding(bundel, thuis, monkeypatch):
    """The start-up check finds the bundled xcb plugin and names what the system lacks."""
    binnen = bundel / "_internal"
    # The bootloader puts _internal on the library path; ldd must look where the app looks.
    monkeypatch.setenv("LD_LIBRARY_PATH", str(binnen))
    plugins = [binnen / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"]
    ontbrekend = systeemcheck.ontbrekende_bibliotheken(plugins)
    if not ontbrekend:
        pytest.skip("deze machine heeft alle bibliotheken voor xcb")
    uit = start(bundel, thuis, "--db", str(thuis / "x.db"), QT_QPA_PLATFORM="xcb", DISPLAY=":99")
    assert uit.returncode == 2, uit.stderr
    assert "sudo apt install" in uit.stderr
    for naam in ontbrekend:
        pakket = systeemcheck.PAKKETTEN.get(naam)
        assert pakket is None or pakket in uit.stderr
