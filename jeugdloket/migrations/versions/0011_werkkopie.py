"""werkkopie: laptop copies of cases, their sync base and conflicts; longer case numbers

New tables only (werkkopie, werkkopie_casus, conflict on the team register and in a werkkopie
file; werkkopie_stand and werkkopie_basis used in a werkkopie file only), a nullable
casus.voorlopig_nummer, and casus.casusnummer widened to 20 characters for provisional numbers
(2026-L3-12). SQLite does not enforce VARCHAR lengths, so the file's casus table is not rebuilt
(a rebuild would drop and recreate the table every other table refers to); PostgreSQL widens
the column in place. Existing data is untouched.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # The register view reads the column; `team init` (which runs this) makes it again.
        op.execute("DROP VIEW IF EXISTS casusregister")
        op.alter_column("casus", "casusnummer", type_=sa.String(length=20))
    op.add_column("casus", sa.Column("voorlopig_nummer", sa.String(length=20), nullable=True))
    op.create_table(
        "werkkopie",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.Integer(), nullable=False),
        sa.Column("gebruiker", sa.String(length=100), nullable=False),
        sa.Column("werkplek", sa.String(length=255), nullable=False),
        sa.Column("gemaakt_op", sa.DateTime(), nullable=False),
        sa.Column("laatste_sync", sa.DateTime(), nullable=True),
        sa.Column("logboek_tot", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("opgeheven_op", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_index("ix_werkkopie_gebruiker", "werkkopie", ["gebruiker"])
    op.create_table(
        "werkkopie_casus",
        sa.Column("werkkopie_id", sa.Uuid(), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=False),
        sa.Column("sinds", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["werkkopie_id"], ["werkkopie.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("werkkopie_id", "casus_id"),
    )
    op.create_index("ix_werkkopie_casus_casus_id", "werkkopie_casus", ["casus_id"])
    op.create_table(
        "conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=False),
        sa.Column("tabel", sa.String(length=40), nullable=False),
        sa.Column("rij_id", sa.String(length=80), nullable=False),
        sa.Column("veld", sa.String(length=60), nullable=False),
        sa.Column("basis", sa.Text(), nullable=True),
        sa.Column("mijn", sa.Text(), nullable=True),
        sa.Column("hun", sa.Text(), nullable=True),
        sa.Column("mijn_door", sa.String(length=100), nullable=False),
        sa.Column("mijn_op", sa.DateTime(), nullable=False),
        sa.Column("hun_door", sa.String(length=100), nullable=True),
        sa.Column("hun_op", sa.DateTime(), nullable=True),
        sa.Column("werkkopie_id", sa.Uuid(), nullable=True),
        sa.Column("ontstaan_op", sa.DateTime(), nullable=False),
        sa.Column("opgelost_op", sa.DateTime(), nullable=True),
        sa.Column("opgelost_door", sa.String(length=100), nullable=True),
        sa.Column("uitkomst", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_conflict_casus_id", "conflict", ["casus_id"])
    op.create_table(
        "werkkopie_stand",
        sa.Column("werkkopie_id", sa.Uuid(), nullable=False),
        sa.Column("team_url", sa.String(length=500), nullable=False),
        sa.Column("gebruiker", sa.String(length=100), nullable=False),
        sa.Column("code", sa.Integer(), nullable=False),
        sa.Column("gemaakt_op", sa.DateTime(), nullable=False),
        sa.Column("laatste_sync", sa.DateTime(), nullable=True),
        sa.Column("volgend_voorlopig", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("logboek_tot", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("werkkopie_id"),
    )
    op.create_table(
        "werkkopie_basis",
        sa.Column("tabel", sa.String(length=40), nullable=False),
        sa.Column("rij_id", sa.String(length=80), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("tabel", "rij_id"),
    )
    op.create_index("ix_werkkopie_basis_casus_id", "werkkopie_basis", ["casus_id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # team init's policy on werkkopie reads werkkopie_casus (jeugdloket/teamdb).
        op.execute("DROP POLICY IF EXISTS jl_casus ON werkkopie")
    op.drop_index("ix_werkkopie_basis_casus_id", table_name="werkkopie_basis")
    op.drop_table("werkkopie_basis")
    op.drop_table("werkkopie_stand")
    op.drop_index("ix_conflict_casus_id", table_name="conflict")
    op.drop_table("conflict")
    op.drop_index("ix_werkkopie_casus_casus_id", table_name="werkkopie_casus")
    op.drop_table("werkkopie_casus")
    op.drop_index("ix_werkkopie_gebruiker", table_name="werkkopie")
    op.drop_table("werkkopie")
    with op.batch_alter_table("casus") as batch:
        batch.drop_column("voorlopig_nummer")
