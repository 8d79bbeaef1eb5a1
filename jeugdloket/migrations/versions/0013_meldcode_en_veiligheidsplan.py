"""meldcode en veiligheidsplan: the five steps of the meldcode per traject, and the
veiligheidsplan of a case

New tables only (meldcode_traject, meldcode_stap, veiligheidsplan); vastgestelde versions and
PDF exports of the veiligheidsplan use the existing plan_versie and plan_export (soort
'veiligheidsplan'). Existing data is untouched. On a team register `team init` afterwards adds
the row-level security of the new tables and the register view's `meldcode_open` fact.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _boekhouding() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(), nullable=False),
        sa.Column("bijgewerkt_op", sa.DateTime(), nullable=False),
        sa.Column("aangemaakt_door", sa.String(length=100), nullable=True),
        sa.Column("bijgewerkt_door", sa.String(length=100), nullable=True),
        sa.Column("casus_id", sa.Uuid(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "meldcode_traject",
        *_boekhouding(),
        sa.Column("nummer", sa.Integer(), nullable=False),
        sa.Column("gestart_op", sa.String(length=19), nullable=False),
        sa.Column("afgerond_op", sa.String(length=19), nullable=True),
        sa.Column("melden_noodzakelijk", sa.Boolean(), nullable=True),
        sa.Column("melden_toelichting", sa.String(), nullable=True),
        sa.Column("gemeld_op", sa.String(length=19), nullable=True),
        sa.Column("hulp_mogelijk", sa.Boolean(), nullable=True),
        sa.Column("hulp_toelichting", sa.String(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("casus_id", "nummer"),
    )
    op.create_index("ix_meldcode_traject_casus_id", "meldcode_traject", ["casus_id"])
    op.create_table(
        "meldcode_stap",
        *_boekhouding(),
        sa.Column("traject_id", sa.Uuid(), nullable=False),
        sa.Column("stap", sa.Integer(), nullable=False),
        sa.Column("datum", sa.String(length=19), nullable=True),
        sa.Column("wie", sa.String(length=200), nullable=True),
        sa.Column("rol", sa.String(length=100), nullable=True),
        sa.Column("toelichting", sa.String(), nullable=True),
        sa.Column("afwegingen", sa.JSON(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["traject_id"], ["meldcode_traject.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("traject_id", "stap"),
    )
    op.create_index("ix_meldcode_stap_casus_id", "meldcode_stap", ["casus_id"])
    op.create_index("ix_meldcode_stap_traject_id", "meldcode_stap", ["traject_id"])
    op.create_table(
        "veiligheidsplan",
        *_boekhouding(),
        sa.Column("opgesteld_op", sa.String(length=19), nullable=True),
        sa.Column("zorgen", sa.String(), nullable=True),
        sa.Column("veiligheidsdoelen", sa.String(), nullable=True),
        sa.Column("afspraken", sa.JSON(), nullable=True),
        sa.Column("rol_netwerk", sa.String(), nullable=True),
        sa.Column("aanbieder", sa.String(length=200), nullable=True),
        sa.Column("aandachtsfunctionaris", sa.String(length=200), nullable=True),
        sa.Column("evaluatie_op", sa.String(length=19), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("casus_id"),
    )
    op.create_index("ix_veiligheidsplan_casus_id", "veiligheidsplan", ["casus_id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # The register view reads meldcode_traject; `team init` makes it again for the schema.
        op.execute("DROP VIEW IF EXISTS casusregister")
    op.drop_index("ix_veiligheidsplan_casus_id", table_name="veiligheidsplan")
    op.drop_table("veiligheidsplan")
    op.drop_index("ix_meldcode_stap_traject_id", table_name="meldcode_stap")
    op.drop_index("ix_meldcode_stap_casus_id", table_name="meldcode_stap")
    op.drop_table("meldcode_stap")
    op.drop_index("ix_meldcode_traject_casus_id", table_name="meldcode_traject")
    op.drop_table("meldcode_traject")
