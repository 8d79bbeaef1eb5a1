"""Before Qt starts: missing X11 libraries are named as the packages to install (exit 2),
instead of Qt's abort about the xcb platform plugin."""

import os
import subprocess
import sys

import pytest

from jeugdloket import systeemcheck

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f82)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f82)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibvreemd.so.3 => not found
"""


def test_ldd_uitvoer_wordt_pakketnamen():
    ontbrekend = systeemcheck.ontbrekend_volgens_ldd(LDD)
    assert ontbrekend == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libvreemd.so.3"]
    tekst = systeemcheck.melding(ontbrekend)
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in tekst
    assert "libvreemd.so.3" in tekst and "apt-file search" in tekst


@pytest.mark.parametrize(
    ("omgeving", "nodig"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "wayland"}, False),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"XDG_SESSION_TYPE": "x11"}, True),
    ],
)
def test_alleen_nodig_voor_x11(omgeving, nodig):
    assert systeemcheck.xcb_nodig(omgeving) is (nodig and sys.platform.startswith("linux"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries: Linux only")
def test_ontbrekende_bibliotheek_van_een_echt_plugin(tmp_path):
    """A real ELF file whose libraries cannot all be found: the plugin copied away from Qt's
    own libraries still names only the system libraries it misses (none of Qt's own)."""
    plugins = systeemcheck.xcb_plugins()
    assert plugins, "PySide6's xcb plugin not found"
    ontbrekend = systeemcheck.ontbrekende_bibliotheken(plugins)
    assert all(not n.startswith("libQt6") for n in ontbrekend)
    # What ldd itself says is missing (system libraries) is exactly what is reported.
    ldd = subprocess.run(["ldd", str(plugins[0])], capture_output=True, text=True).stdout
    verwacht = [n for n in systeemcheck.ontbrekend_volgens_ldd(ldd) if not n.startswith("libQt6")]
    assert set(verwacht) <= set(ontbrekend)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries: Linux only")
def test_venster_start_niet_maar_zegt_wat_te_installeren(tmp_path):
    """The window on X11: where this machine lacks a library (CI images often do) the app
    exits 2 with the apt line before Qt is touched; where all are there, no such message."""
    omgeving = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":99")
    omgeving.pop("WAYLAND_DISPLAY", None)
    ontbrekend = systeemcheck.ontbrekende_bibliotheken()
    if not ontbrekend:
        pytest.skip("all X11 libraries are installed here")
    uit = subprocess.run(
        [sys.executable, "-m", "jeugdloket", "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        env=omgeving,
        timeout=60,
    )
    assert uit.returncode == 2
    assert "sudo apt install" in uit.stderr
    for naam in ontbrekend:
        assert systeemcheck.PAKKETTEN.get(naam, naam) in uit.stderr
    assert "Traceback" not in uit.stderr and "qt.qpa" not in uit.stderr
    assert not (tmp_path / "x.db").exists()  # nothing made: it stopped before anything
