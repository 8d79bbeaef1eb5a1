"""veldwijziging: who last changed which field of which row, and when

Per-field optimistic concurrency on the team register: two people editing different fields of
one case both keep their edits; on the same field the second sees who changed it and when.
A new table only: existing data is untouched (and has no field history yet – a conflict on a
field never changed since shows "onbekend").

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "veldwijziging",
        sa.Column("tabel", sa.String(length=40), nullable=False),
        sa.Column("rij_id", sa.Uuid(), nullable=False),
        sa.Column("veld", sa.String(length=60), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=False),
        sa.Column("door", sa.String(length=100), nullable=False),
        sa.Column("op", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("tabel", "rij_id", "veld"),
    )
    op.create_index("ix_veldwijziging_casus_id", "veldwijziging", ["casus_id"])


def downgrade() -> None:
    op.drop_index("ix_veldwijziging_casus_id", table_name="veldwijziging")
    op.drop_table("veldwijziging")
