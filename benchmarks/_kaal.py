"""One cold start of a bare PySide6 window with a 50-row table (the yardstick of issue 16)."""

import time

START = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402


class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 50

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}-{index.column()}"
        return None


app = QApplication(sys.argv)
venster = QMainWindow()
tabel = QTableView()
tabel.setModel(Model(tabel))
venster.setCentralWidget(tabel)
venster.resize(1366, 768)
venster.show()
tabel.viewport().repaint()
app.processEvents()
print(f"{time.perf_counter() - START:.3f}")
