"""bewaartermijn en vernietiging

`vernietigingsverzoek`: a coördinator's request to destroy a file past its bewaartermijn, and
who confirmed or withdrew it. Kept after the case is gone (casus_id SET NULL): case number,
reason and names of medewerkers only, no client data. At most one open request per case.

`vernietiging_telling`: how many files were destroyed per day – the anonymous account.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "vernietiging_telling",
        sa.Column("datum", sa.String(length=19), nullable=False),
        sa.Column("aantal", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("datum"),
    )
    op.create_table(
        "vernietigingsverzoek",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=True),
        sa.Column("casusnummer", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("bewaren_tot", sa.String(length=19), nullable=False),
        sa.Column("reden", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("gevraagd_door", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("gevraagd_op", sa.DateTime(), nullable=False),
        sa.Column("bevestigd_door", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("bevestigd_op", sa.DateTime(), nullable=True),
        sa.Column("ingetrokken_door", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("ingetrokken_op", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("vernietigingsverzoek", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vernietigingsverzoek_casusnummer"), ["casusnummer"], unique=False
        )
        batch_op.create_index(
            "uq_vernietigingsverzoek_open",
            ["casus_id"],
            unique=True,
            sqlite_where=sa.text("status = 'aangevraagd'"),
            postgresql_where=sa.text("status = 'aangevraagd'"),
        )


def downgrade() -> None:
    with op.batch_alter_table("vernietigingsverzoek", schema=None) as batch_op:
        batch_op.drop_index("uq_vernietigingsverzoek_open")
        batch_op.drop_index(batch_op.f("ix_vernietigingsverzoek_casusnummer"))
    op.drop_table("vernietigingsverzoek")
    op.drop_table("vernietiging_telling")
