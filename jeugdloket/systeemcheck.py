"""Before Qt starts: are the system libraries of Qt's X11 (xcb) platform there?

PySide6 brings Qt itself but not the X11 libraries its xcb plugin links against. Without them
Qt aborts with "could not load the Qt platform plugin xcb" and a list of plugins – nothing a
consultant can act on. Here the plugin's missing libraries are found with `ldd` (part of the C
library on every Linux) and named as the Debian/Ubuntu packages to install, in one Dutch
message. Other platforms (Windows, macOS, Wayland, offscreen) need nothing here.
"""

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Library (soname) → Debian/Ubuntu package.
PAKKETTEN = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def xcb_nodig(omgeving: dict[str, str] | None = None) -> bool:
    """Will Qt start on X11 (xcb)? Only then are these libraries needed."""
    omgeving = os.environ if omgeving is None else omgeving
    if not sys.platform.startswith("linux"):
        return False
    platform = omgeving.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return omgeving.get("XDG_SESSION_TYPE") != "wayland" or not omgeving.get("WAYLAND_DISPLAY")


def xcb_plugins() -> list[Path]:
    """The xcb plugin and Qt's xcb library inside the installed (or bundled) PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    kandidaten = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]
    return [p for p in kandidaten if p.exists()]


def ontbrekend_volgens_ldd(uitvoer: str) -> list[str]:
    """The sonames `ldd` reports as "not found", in order, once each."""
    ontbrekend: list[str] = []
    for regel in uitvoer.splitlines():
        delen = regel.split("=>")
        if len(delen) == 2 and "not found" in delen[1]:
            naam = delen[0].strip()
            if naam not in ontbrekend:
                ontbrekend.append(naam)
    return ontbrekend


def ontbrekende_bibliotheken(plugins: list[Path] | None = None) -> list[str]:
    """System libraries the xcb plugin needs and cannot find (empty: all there, or no ldd)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    ontbrekend: list[str] = []
    for plugin in xcb_plugins() if plugins is None else plugins:
        try:
            uit = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        for naam in ontbrekend_volgens_ldd(uit):
            # Qt's own libraries sit next to the plugin; only the system's count here.
            if not naam.startswith("libQt6") and naam not in ontbrekend:
                ontbrekend.append(naam)
    return ontbrekend


def melding(ontbrekend: list[str]) -> str:
    """One Dutch message: which packages to install, and how."""
    pakketten = [PAKKETTEN[n] for n in ontbrekend if n in PAKKETTEN]
    onbekend = [n for n in ontbrekend if n not in PAKKETTEN]
    tekst = (
        "Jeugdloket kan het venster niet openen: er ontbreken systeembibliotheken voor de "
        "grafische omgeving (X11/xcb)."
    )
    if pakketten:
        tekst += f"\nInstalleer ze met:\n  sudo apt install {' '.join(pakketten)}"
    if onbekend:
        tekst += (
            f"\nOok ontbreken: {', '.join(onbekend)} (zoek het pakket met: apt-file search "
            f"{onbekend[0]})."
        )
    tekst += (
        "\nDe opdrachtregel (jeugdloket --help) werkt zonder deze bibliotheken. "
        "Zie README, 'Installeren'."
    )
    return tekst


def controleer_venster() -> str | None:
    """None when the window can start; otherwise the Dutch message to print (exit 2)."""
    if not xcb_nodig():
        return None
    ontbrekend = ontbrekende_bibliotheken()
    return melding(ontbrekend) if ontbrekend else None
