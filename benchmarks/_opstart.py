"""One cold start: imports, database, sign-in, main window with the case list painted; prints
the peak RSS (MB) and seconds until every case is loaded, until the list was shown and until
the background work had ended.

The sign-in is the one the sign-in dialog does when "Sign in" is clicked (ui/aanmelden.py:
toegang.meld_aan – the argon2 check and the access log entry), with no time for typing: a
user's start does this work before the list shows."""

import time

START = time.perf_counter()

import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from jeugdloket.db import open_database  # noqa: E402
from jeugdloket.services import toegang  # noqa: E402
from jeugdloket.ui import lettergrootte  # noqa: E402
from jeugdloket.ui.aanmelden import Vergrendeling  # noqa: E402
from jeugdloket.ui.app import installeer_vertaling  # noqa: E402
from jeugdloket.ui.hoofdvenster import Hoofdvenster  # noqa: E402

# The steps of ui/app.py's start_gui (its dialogs aside: the file is a plain demo database).
app = QApplication(sys.argv)
installeer_vertaling(app, "nl")
lettergrootte.zet_grote_letters(lettergrootte.grote_letters_gekozen(), bewaar=False)
# A consulent of the demo, as at a real start (an unknown name would see no cases).
db = open_database(sys.argv[1])
medewerker = toegang.meld_aan(db, "a.devries", toegang.DEMO_WACHTWOORD)
db.gebruiker = medewerker.gebruikersnaam  # as ui/app.py does after the sign-in
venster = Hoofdvenster(db, medewerker)
venster.resize(1366, 768)
venster.show()
venster.vergrendeling = Vergrendeling(venster, db, medewerker)
venster.lijst.tabel.viewport().repaint()
app.processEvents()
assert venster.lijst.model.rowCount() > 0
getoond = time.perf_counter() - START
# A large register arrives from a background thread; the window stays usable meanwhile.
while not venster.lijst.volledig:
    app.processEvents()
    time.sleep(0.005)
volledig = time.perf_counter() - START
# Background work that follows (the list's letter index) ends before the interpreter does; its
# memory counts in the peak. The time at the end lets the caller tell the start of Python from
# this wait.
QThreadPool.globalInstance().waitForDone()
piek_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
print(f"{piek_mb:.0f} {volledig:.3f} {getoond:.3f} {time.perf_counter() - START:.3f}")
