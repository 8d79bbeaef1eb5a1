"""casusregister

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('medewerker',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('aangemaakt_op', sa.DateTime(), nullable=False),
    sa.Column('bijgewerkt_op', sa.DateTime(), nullable=False),
    sa.Column('aangemaakt_door', sa.String(length=100), nullable=True),
    sa.Column('bijgewerkt_door', sa.String(length=100), nullable=True),
    sa.Column('gebruikersnaam', sa.String(length=100), nullable=False),
    sa.Column('naam', sa.String(length=200), nullable=False),
    sa.Column('rol', sa.String(length=20), nullable=False),
    sa.Column('actief', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('medewerker', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_medewerker_gebruikersnaam'), ['gebruikersnaam'], unique=True)

    op.create_table('casus',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('aangemaakt_op', sa.DateTime(), nullable=False),
    sa.Column('bijgewerkt_op', sa.DateTime(), nullable=False),
    sa.Column('aangemaakt_door', sa.String(length=100), nullable=True),
    sa.Column('bijgewerkt_door', sa.String(length=100), nullable=True),
    sa.Column('casusnummer', sa.String(length=9), nullable=False),
    sa.Column('gemeente', sa.String(length=100), nullable=False),
    sa.Column('consulent_id', sa.Uuid(), nullable=True),
    sa.Column('aanmelddatum', sa.String(length=19), nullable=False),
    sa.Column('verwijzer', sa.String(length=2), nullable=True),
    sa.Column('hulpvraag', sa.String(), nullable=True),
    sa.Column('soort_vraag', sa.String(length=20), nullable=True),
    sa.Column('kader', sa.String(length=20), nullable=True),
    sa.Column('eerste_contact', sa.String(length=19), nullable=True),
    sa.Column('afgesloten_op', sa.String(length=19), nullable=True),
    sa.Column('reden_afsluiting', sa.String(length=2), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['consulent_id'], ['medewerker.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('casus', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_casus_aanmelddatum'), ['aanmelddatum'], unique=False)
        batch_op.create_index(batch_op.f('ix_casus_casusnummer'), ['casusnummer'], unique=True)
        batch_op.create_index(batch_op.f('ix_casus_consulent_id'), ['consulent_id'], unique=False)

    op.create_table('contactmoment',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('aangemaakt_op', sa.DateTime(), nullable=False),
    sa.Column('bijgewerkt_op', sa.DateTime(), nullable=False),
    sa.Column('aangemaakt_door', sa.String(length=100), nullable=True),
    sa.Column('bijgewerkt_door', sa.String(length=100), nullable=True),
    sa.Column('casus_id', sa.Uuid(), nullable=False),
    sa.Column('volgorde', sa.Integer(), nullable=False),
    sa.Column('datum', sa.String(length=19), nullable=True),
    sa.Column('soort', sa.String(length=30), nullable=True),
    sa.Column('notitie', sa.String(), nullable=True),
    sa.Column('medewerker_id', sa.Uuid(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['casus_id'], ['casus.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['medewerker_id'], ['medewerker.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contactmoment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contactmoment_casus_id'), ['casus_id'], unique=False)

    op.create_table('persoon',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('aangemaakt_op', sa.DateTime(), nullable=False),
    sa.Column('bijgewerkt_op', sa.DateTime(), nullable=False),
    sa.Column('aangemaakt_door', sa.String(length=100), nullable=True),
    sa.Column('bijgewerkt_door', sa.String(length=100), nullable=True),
    sa.Column('casus_id', sa.Uuid(), nullable=False),
    sa.Column('ref', sa.String(length=50), nullable=False),
    sa.Column('volgorde', sa.Integer(), nullable=False),
    sa.Column('rol', sa.String(length=20), nullable=False),
    sa.Column('voornaam', sa.String(length=100), nullable=True),
    sa.Column('tussenvoegsel', sa.String(length=30), nullable=True),
    sa.Column('achternaam', sa.String(length=150), nullable=True),
    sa.Column('geboortedatum', sa.Date(), nullable=True),
    sa.Column('bsn', sa.String(length=9), nullable=True),
    sa.Column('geslacht', sa.String(length=1), nullable=True),
    sa.Column('gezag', sa.Boolean(), nullable=True),
    sa.Column('relatie', sa.String(length=2), nullable=True),
    sa.Column('telefoon', sa.String(length=30), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('straat', sa.String(length=150), nullable=True),
    sa.Column('huisnummer', sa.String(length=20), nullable=True),
    sa.Column('postcode', sa.String(length=7), nullable=True),
    sa.Column('woonplaats', sa.String(length=100), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['casus_id'], ['casus.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('persoon', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persoon_bsn'), ['bsn'], unique=False)
        batch_op.create_index(batch_op.f('ix_persoon_casus_id'), ['casus_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('persoon', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persoon_casus_id'))
        batch_op.drop_index(batch_op.f('ix_persoon_bsn'))

    op.drop_table('persoon')
    with op.batch_alter_table('contactmoment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contactmoment_casus_id'))

    op.drop_table('contactmoment')
    with op.batch_alter_table('casus', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_casus_consulent_id'))
        batch_op.drop_index(batch_op.f('ix_casus_casusnummer'))
        batch_op.drop_index(batch_op.f('ix_casus_aanmelddatum'))

    op.drop_table('casus')
    with op.batch_alter_table('medewerker', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_medewerker_gebruikersnaam'))

    op.drop_table('medewerker')
