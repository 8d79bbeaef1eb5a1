"""overzicht indexen: partial covering indexes for the weekly overview on the team register

The overview reads, for the few thousand cases of its window, the jeugdigen (persoon with rol
'jeugdige'), the evaluation contact moments and the completed intakes. On PostgreSQL without
these it scans each whole table (210,000 persons and 170,000 contact moments in a 50,000-case
register) and throws most rows away; with them it reads a small index only. SQLite looks the
window's cases up one by one through the casus_id indexes it has: nothing changes there.
Data is untouched.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# name, table, the columns read besides casus_id, the rows the overview reads
INDEXEN = (
    ("ix_persoon_jeugdige_overzicht", "persoon", ["id", "ref", "geboortedatum"], "rol = 'jeugdige'"),
    ("ix_contactmoment_evaluatie_overzicht", "contactmoment", ["datum"], "soort = 'evaluatie'"),
    ("ix_intake_afgerond_overzicht", "intake", ["afgerond_op"], "afgerond_op IS NOT NULL"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for naam, tabel, erbij, waar in INDEXEN:
        op.create_index(
            naam,
            tabel,
            ["casus_id"],
            postgresql_include=erbij,
            postgresql_where=sa.text(waar),
            if_not_exists=True,
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for naam, tabel, _, _ in INDEXEN:
        op.drop_index(naam, table_name=tabel, if_exists=True)
