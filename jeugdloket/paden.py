"""Where the app finds its resources and keeps its data."""

import os
import sys
from pathlib import Path

APP = "Jeugdloket"
# From a checkout, resources/ and translations/ sit at the repository root. In the PyInstaller
# bundle (packaging/jeugdloket.spec) they are collected into its data folder, which the bootloader
# names in sys._MEIPASS (`_internal/` beside the executable) – never rely on the current folder.
PROJECT_ROOT = Path(getattr(sys, "_MEIPASS", None) or Path(__file__).resolve().parent.parent)
RESOURCES = PROJECT_ROOT / "resources"
TRANSLATIONS = PROJECT_ROOT / "translations"

_POSTGRES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_postgres_url(doel: str | Path) -> bool:
    """Whether `doel` names a team register (PostgreSQL) rather than a file."""
    return str(doel).startswith(_POSTGRES)


def data_dir() -> Path:
    # Imported here for start-up time: platformdirs costs ~30 ms and most commands name --db.
    from platformdirs import user_data_path

    return user_data_path(APP, appauthor=False, ensure_exists=True)


def config_dir() -> Path:
    from platformdirs import user_config_path  # start-up time, as in data_dir

    return user_config_path(APP, appauthor=False, ensure_exists=True)


def standaard_database() -> str:
    """The database to open: `JEUGDLOKET_DB` if set, else the file in the user's data folder."""
    return os.environ.get("JEUGDLOKET_DB") or str(data_dir() / "jeugdloket.db")
