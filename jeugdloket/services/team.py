"""Setting up the team register on PostgreSQL (`jeugdloket team init`)."""

from jeugdloket import teamdb
from jeugdloket.db import Database, migreer
from jeugdloket.fouten import Fout
from jeugdloket.regels.logboek import Actie
from jeugdloket.services import keten, rechten


def initialiseer(db: Database) -> str:
    """Bring the register's schema up to date and (re)write its roles, policies and grants.

    Idempotent: run again after every upgrade of Jeugdloket. Only the server's administrator
    can (PostgreSQL refuses anyone else). Returns the schema version."""
    if not teamdb.is_postgres(db.engine):
        raise Fout(
            "'team init' is voor een teamregister op PostgreSQL "
            "(--db postgresql://server/database), niet voor een bestand."
        )
    migreer(db.engine)
    teamdb.initialiseer(db.engine)
    with db.engine.begin() as conn:
        versie = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        keten.schrijf(
            conn,
            [
                rechten.logregel(
                    rechten.actor(db),
                    Actie.BEHEER,
                    omschrijving=f"teamregister ingericht (schema {versie})",
                )
            ],
        )
    return versie
