"""One cold start: imports, database, main window with the case list painted; prints the peak
RSS (MB) and seconds until every case is loaded and until the list was shown."""

import time

START = time.perf_counter()

import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from jeugdloket.db import open_database  # noqa: E402
from jeugdloket.services import medewerkers  # noqa: E402
from jeugdloket.ui.app import installeer_vertaling  # noqa: E402
from jeugdloket.ui.hoofdvenster import Hoofdvenster  # noqa: E402

app = QApplication(sys.argv)
installeer_vertaling(app, "nl")
# A consulent of the demo, as at a real start (an unknown name would see no cases).
db = open_database(sys.argv[1], gebruiker="a.devries")
venster = Hoofdvenster(db, medewerkers.zoek_medewerker(db, "a.devries"))
venster.resize(1366, 768)
venster.show()
venster.lijst.tabel.viewport().repaint()
app.processEvents()
assert venster.lijst.model.rowCount() > 0
getoond = time.perf_counter() - START
# A large register arrives from a background thread; the window stays usable meanwhile.
while not venster.lijst.volledig:
    app.processEvents()
    time.sleep(0.005)
piek_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
print(f"{piek_mb:.0f} {time.perf_counter() - START:.3f} {getoond:.3f}")
