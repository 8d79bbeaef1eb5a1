"""Alembic migrations, shipped inside the package and run at start-up (jeugdloket.db.migreer)."""

# The newest revision. Checked against Alembic's own head by tests/test_opslag.py, so a new
# migration cannot be forgotten here; knowing it lets a normal start skip importing Alembic.
HEAD = "0014"
