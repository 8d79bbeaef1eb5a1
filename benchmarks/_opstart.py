"""One cold start of the real window (ui/app.start_gui) on an encrypted demo file, as `jeugdloket
--db FILE` starts it: its dialogs, the sign-in, the main window with the case list painted.

The sign-in dialog is filled in and "Sign in" pressed `typen` seconds after it appeared (0: at
once, the worst case; a person typing a password takes one to a few seconds, during which the
app may go on loading). Prints the peak RSS (MB) and the seconds until every case is loaded,
until the list was shown, until the sign-in dialog was shown, and the time at the end (so that
the caller can tell the start of Python from the measured part)."""

import time

START = time.perf_counter()

import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

# The demo's public password (services/toegang.DEMO_WACHTWOORD; not imported: that would load
# the database layer before the start that is measured).
WACHTWOORD = "jeugdloket-demo"

pad, typen = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
app = QApplication(sys.argv[:1])
gemeten: dict = {}


def _klik(dialoog) -> None:
    gemeten["klik"] = time.perf_counter() - START
    dialoog.knoppen.accepted.emit()  # what "Sign in" (or Enter) does


def kijk() -> None:
    nu = time.perf_counter() - START
    dialoog = QApplication.activeModalWidget()
    if "dialoog" not in gemeten and type(dialoog).__name__ == "AanmeldDialoog":
        gemeten["dialoog"] = nu
        dialoog.gebruikersnaam.setText("a.devries")  # a consulent of the demo
        dialoog.wachtwoord.setText(WACHTWOORD)
        QTimer.singleShot(int(typen * 1000), lambda: _klik(dialoog))
        return
    venster = gemeten.get("venster") or next(
        (w for w in app.topLevelWidgets() if type(w).__name__ == "Hoofdvenster" and w.isVisible()),
        None,
    )
    if venster is None:
        return
    if "venster" not in gemeten:
        gemeten["venster"] = venster
        # Shown: look less often, as a person would not notice and the loading thread needs
        # the interpreter more than this check does.
        timer.setInterval(5)
    if "getoond" not in gemeten and venster.lijst.model.rowCount() > 0:
        venster.lijst.tabel.viewport().repaint()
        gemeten["getoond"] = time.perf_counter() - START
    if "getoond" in gemeten and venster.lijst.volledig:
        gemeten["volledig"] = nu
        # Background work that follows (the list's letter index, the file's integrity check)
        # ends before the process does; its memory counts in the peak.
        QThreadPool.globalInstance().waitForDone()
        piek_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        print(
            f"{piek_mb:.0f} {gemeten['volledig']:.3f} {gemeten['getoond']:.3f} "
            f"{gemeten['dialoog']:.3f} {gemeten['klik']:.3f} {time.perf_counter() - START:.3f}",
            flush=True,
        )
        os._exit(0)  # not the backup the window makes when it closes


timer = QTimer()
timer.timeout.connect(kijk)
timer.start(1)

from jeugdloket.ui.app import start_gui  # noqa: E402

start_gui(pad, "a.devries", "nl")
