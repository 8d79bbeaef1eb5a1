"""evaluatie: the evaluation of the help, per goal and per toewijzing; toewijzing.ref

New tables evaluatie, evaluatie_doel and evaluatie_besluit (case tables), and a nullable
toewijzing.ref (the toewijzing's id within the case, given when an evaluation refers to it),
with a unique index per case. Existing data is untouched: existing toewijzingen keep an empty
ref until they are evaluated.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-10
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _bewerkbaar() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(), nullable=False),
        sa.Column("bijgewerkt_op", sa.DateTime(), nullable=False),
        sa.Column("aangemaakt_door", sa.String(length=100), nullable=True),
        sa.Column("bijgewerkt_door", sa.String(length=100), nullable=True),
    ]


def _casus() -> list:
    return [
        sa.Column("casus_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], ondelete="CASCADE"),
    ]


def _van_evaluatie() -> list:
    return [
        sa.Column("evaluatie_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["evaluatie_id"], ["evaluatie.id"], ondelete="CASCADE"),
    ]


def upgrade() -> None:
    op.add_column("toewijzing", sa.Column("ref", sa.String(length=50), nullable=True))
    op.create_index("ix_toewijzing_casus_ref", "toewijzing", ["casus_id", "ref"], unique=True)
    op.create_table(
        "evaluatie",
        *_bewerkbaar(),
        *_casus(),
        sa.Column("ref", sa.String(length=50), nullable=False),
        sa.Column("datum", sa.String(length=19), nullable=False),
        sa.Column("deelnemers", sa.JSON(), nullable=True),
        sa.Column("aanbieder_aanwezig", sa.Boolean(), nullable=True),
        sa.Column("samenvatting", sa.String(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("casus_id", "ref"),
    )
    op.create_index("ix_evaluatie_casus_id", "evaluatie", ["casus_id"])
    op.create_table(
        "evaluatie_doel",
        *_bewerkbaar(),
        *_casus(),
        *_van_evaluatie(),
        sa.Column("doel_ref", sa.String(length=50), nullable=False),
        sa.Column("volgorde", sa.Integer(), nullable=False),
        sa.Column("score_gezin", sa.Integer(), nullable=True),
        sa.Column("score_consulent", sa.Integer(), nullable=True),
        sa.Column("woorden_gezin", sa.String(), nullable=True),
        sa.Column("woorden_consulent", sa.String(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("evaluatie_id", "doel_ref"),
    )
    op.create_index("ix_evaluatie_doel_casus_id", "evaluatie_doel", ["casus_id"])
    op.create_index("ix_evaluatie_doel_evaluatie_id", "evaluatie_doel", ["evaluatie_id"])
    op.create_table(
        "evaluatie_besluit",
        *_bewerkbaar(),
        *_casus(),
        *_van_evaluatie(),
        sa.Column("toewijzing_ref", sa.String(length=50), nullable=False),
        sa.Column("volgorde", sa.Integer(), nullable=False),
        sa.Column("besluit", sa.String(length=20), nullable=False),
        sa.Column("toelichting", sa.String(), nullable=True),
        sa.Column("gevolg", sa.JSON(), nullable=True),
        sa.Column("uitgevoerd_op", sa.String(length=19), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("evaluatie_id", "toewijzing_ref"),
    )
    op.create_index("ix_evaluatie_besluit_casus_id", "evaluatie_besluit", ["casus_id"])
    op.create_index("ix_evaluatie_besluit_evaluatie_id", "evaluatie_besluit", ["evaluatie_id"])


def downgrade() -> None:
    op.drop_table("evaluatie_besluit")
    op.drop_table("evaluatie_doel")
    op.drop_table("evaluatie")
    op.drop_index("ix_toewijzing_casus_ref", table_name="toewijzing")
    with op.batch_alter_table("toewijzing") as batch:
        batch.drop_column("ref")
