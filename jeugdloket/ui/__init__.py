"""All Qt code of Jeugdloket."""

# Load the core before the first PySide6 import: PySide6 installs an import hook that inspects
# every module imported after it, which costs about 0.3 s of start-up for SQLAlchemy and friends.
import jeugdloket.services.casussen  # noqa: F401
