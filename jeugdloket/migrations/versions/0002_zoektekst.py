"""zoektekst en jeugdigen op de casus: de casuslijst laadt en zoekt uit één tabel

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jeugdloket.regels.zoeken import jeugdigen_weergave, zoektekst

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("casus") as batch:
        batch.add_column(sa.Column("zoektekst", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("jeugdigen", sa.String(), nullable=False, server_default=""))

    # Fill both for the cases that already exist, from the persons as they were at 0001.
    conn = op.get_bind()
    personen: dict[str, list[dict]] = {}
    for rij in conn.execute(
        sa.text(
            "SELECT casus_id, rol, voornaam, tussenvoegsel, achternaam, bsn, postcode "
            "FROM persoon ORDER BY casus_id, volgorde"
        )
    ).mappings():
        personen.setdefault(rij["casus_id"], []).append(dict(rij))
    updates = [
        {
            "id": casus_id,
            "z": zoektekst(nummer, personen.get(casus_id, [])),
            "j": jeugdigen_weergave(personen.get(casus_id, [])),
        }
        for casus_id, nummer in conn.execute(sa.text("SELECT id, casusnummer FROM casus"))
    ]
    if updates:
        conn.execute(sa.text("UPDATE casus SET zoektekst = :z, jeugdigen = :j WHERE id = :id"), updates)


def downgrade() -> None:
    with op.batch_alter_table("casus") as batch:
        batch.drop_column("jeugdigen")
        batch.drop_column("zoektekst")
