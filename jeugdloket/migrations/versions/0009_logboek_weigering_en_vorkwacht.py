"""logboek: refusals as integrity errors on PostgreSQL, and a guard against a forked chain

On PostgreSQL the append-only trigger raised a plain exception; it now raises SQLSTATE 23000
(integrity_constraint_violation) with the same Dutch messages as SQLite's triggers, so both
engines refuse an edit of the log the same way. On both engines `vorige_hash` becomes unique:
two entries appended after the same entry (a fork of the chain) cannot both be stored.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WEIGER_WIJZIGEN = "Het logboek kan alleen worden aangevuld: een regel wijzigen kan niet"
_WEIGER_VERWIJDEREN = "Het logboek kan alleen worden aangevuld: een regel verwijderen kan niet"


def upgrade() -> None:
    op.create_index("ux_logboek_vorige_hash", "logboek", ["vorige_hash"], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION logboek_alleen_toevoegen() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP = 'UPDATE' THEN RAISE EXCEPTION '{_WEIGER_WIJZIGEN}' "
            "USING ERRCODE = 'integrity_constraint_violation'; END IF; "
            f"RAISE EXCEPTION '{_WEIGER_VERWIJDEREN}' "
            "USING ERRCODE = 'integrity_constraint_violation'; END $$"
        )


def downgrade() -> None:
    op.drop_index("ux_logboek_vorige_hash", table_name="logboek")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION logboek_alleen_toevoegen() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'Het logboek kan alleen worden aangevuld'; END $$"
        )
