"""The team register on PostgreSQL: who may see what, enforced by the database itself.

Every medewerker is a PostgreSQL LOGIN role named like their account (`a.devries`) and member
of one or more group roles (`jeugdloket_consulent`, `jeugdloket_coordinator`,
`jeugdloket_beheerder`). The tables belong to `jeugdloket_eigenaar`, a role nobody logs in as;
row-level security is FORCEd on every table, so not even the owner's own functions see more
than their policies allow. The policies mirror the services' rights (services/rechten.py):

- the register list (number, jeugdigen, gemeente, consulent, dates, search text) is visible to
  consulent and coördinator, through the view `casusregister`;
- case contents (the case row, its persons, contacts, intake, analysis, plans, toewijzingen):
  the coördinator all; a consulent their own cases, cases without a consulent, cases shared
  with them and cases they hold a running waarneming on;
- the beheerder: catalogue and staff, no case contents;
- the access log: appended by everyone as themselves, read in full by the coördinator (others
  their own entries); nobody may change or delete an entry.

The services keep their own checks for clear Dutch messages; these policies are what holds
when someone connects with psql. `initialiseer` is idempotent: run it again after an upgrade.
"""

import re
from collections.abc import Iterable

from sqlalchemy import (
    Boolean,
    Connection,
    Engine,
    column,
    table,
    text,
)

from jeugdloket.fouten import Fout, Validatiefout
from jeugdloket.models import Casus

EIGENAAR = "jeugdloket_eigenaar"
REGISTER = "jeugdloket_register"  # owns the register view: sees every case's list columns
GROEPEN = {
    "consulent": "jeugdloket_consulent",
    "coordinator": "jeugdloket_coordinator",
    "coördinator": "jeugdloket_coordinator",
    "beheerder": "jeugdloket_beheerder",
}
ALLE_GROEPEN = ("jeugdloket_consulent", "jeugdloket_coordinator", "jeugdloket_beheerder")
CASUSGROEPEN = "jeugdloket_consulent, jeugdloket_coordinator"

# Tables whose rows belong to one case through `casus_id`.
CASUSTABELLEN = (
    "persoon",
    "contactmoment",
    "intake",
    "leefgebied_score",
    "netwerklid",
    "factor",
    "samenhang",
    "doel",
    "familiegroepsplan",
    "perspectiefplan",
    "plan_versie",
    "plan_export",
    "toewijzing",
    "zoekkeuze",
)
# Rows that belong to a case through a goal.
DOELTABELLEN = ("actie", "doel_factor")
CATALOGUS = (
    "aanbieder",
    "product",
    "contract",
    "wachttijd",
    "ervaring",
    "catalogus_versie",
    "catalogus_stand",
)
# The catalogue entries consultants add while they search with a family.
CATALOGUS_CONSULENT = ("wachttijd", "ervaring")
BEWAREN = ("vernietigingsverzoek", "vernietiging_telling")

# A LOGIN role's name is the account name: letters, digits and . _ - (no quoting games).
_LOGINNAAM = re.compile(r"^[a-z][a-z0-9._-]{1,62}$")


def is_postgres(verbinding) -> bool:
    """True on the team register; `verbinding` an Engine, Connection or Session."""
    dialect = getattr(verbinding, "dialect", None) or verbinding.get_bind().dialect
    return dialect.name == "postgresql"


def _rol_bestaat(conn: Connection, naam: str) -> bool:
    return bool(
        conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": naam}).first()
    )


def _maak_groep(conn: Connection, naam: str) -> None:
    if not _rol_bestaat(conn, naam):
        conn.exec_driver_sql(f"CREATE ROLE {naam} NOLOGIN")


_FUNCTIES = """
CREATE OR REPLACE FUNCTION jl_heeft_rol(rol text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT pg_has_role(session_user, 'jeugdloket_' || rol, 'MEMBER')
$$;

CREATE OR REPLACE FUNCTION jl_mijn_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT id FROM medewerker WHERE gebruikersnaam = session_user AND actief
$$;

-- The rights of services/rechten.py (weigering_voor) for one case, for the one who logged in.
CREATE OR REPLACE FUNCTION jl_mag_casus(cid uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT CASE
        WHEN cid IS NULL THEN false
        WHEN jl_mijn_id() IS NULL THEN false
        WHEN jl_heeft_rol('coordinator') THEN true
        WHEN NOT jl_heeft_rol('consulent') THEN false
        ELSE EXISTS (
            SELECT 1 FROM casus c
            WHERE c.id = cid AND (c.consulent_id IS NULL OR c.consulent_id = jl_mijn_id())
        ) OR EXISTS (
            SELECT 1 FROM casus_deling d
            WHERE d.casus_id = cid AND d.medewerker_id = jl_mijn_id()
              AND (d.tot IS NULL OR d.tot > localtimestamp)
        )
    END
$$;

CREATE OR REPLACE FUNCTION jl_mag_doel(did uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT jl_mag_casus((SELECT casus_id FROM doel WHERE id = did))
$$;

-- The log's last entry, for the next append: one writer at a time for the whole team.
CREATE OR REPLACE FUNCTION jl_logboek_laatste(OUT volgnummer integer, OUT hash text)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT pg_advisory_xact_lock(hashtext('jeugdloket.logboek'));
    SELECT l.volgnummer, l.hash FROM logboek l ORDER BY l.volgnummer DESC LIMIT 1
$$;
"""


def _beleid(conn: Connection, tabel: str, naam: str, ddl: str) -> None:
    conn.exec_driver_sql(f'DROP POLICY IF EXISTS {naam} ON "{tabel}"')
    conn.exec_driver_sql(f'CREATE POLICY {naam} ON "{tabel}" {ddl}')


def _tabellen(conn: Connection) -> list[str]:
    return list(
        conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ).scalars()
    )


def initialiseer(engine: Engine) -> None:
    """Group roles, owner, policies and grants on a migrated team register (idempotent).

    Run as a role that may create roles and owns the schema (the server's administrator)."""
    if not is_postgres(engine):
        raise Fout("Een teamregister staat op PostgreSQL; dit is een lokaal bestand.")
    with engine.begin() as conn:
        for rol in (EIGENAAR, REGISTER, *ALLE_GROEPEN):
            _maak_groep(conn, rol)
        if not conn.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar():
            conn.exec_driver_sql(f"GRANT {EIGENAAR}, {REGISTER} TO CURRENT_USER")
        tabellen = _tabellen(conn)
        for tabel in tabellen:
            conn.exec_driver_sql(f'ALTER TABLE "{tabel}" OWNER TO {EIGENAAR}')
        conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        conn.exec_driver_sql(
            f"GRANT USAGE ON SCHEMA public TO {REGISTER}, {', '.join(ALLE_GROEPEN)}"
        )
        conn.exec_driver_sql(_FUNCTIES)
        for functie in (
            "jl_heeft_rol(text)",
            "jl_mijn_id()",
            "jl_mag_casus(uuid)",
            "jl_mag_doel(uuid)",
            "jl_logboek_laatste()",
            "logboek_alleen_toevoegen()",
        ):
            conn.exec_driver_sql(f"ALTER FUNCTION {functie} OWNER TO {EIGENAAR}")
            conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {functie} FROM PUBLIC")
            conn.exec_driver_sql(
                f"GRANT EXECUTE ON FUNCTION {functie} TO {REGISTER}, {', '.join(ALLE_GROEPEN)}"
            )

        for tabel in tabellen:
            conn.exec_driver_sql(f'REVOKE ALL ON "{tabel}" FROM PUBLIC')
            for groep in (REGISTER, *ALLE_GROEPEN):
                conn.exec_driver_sql(f'REVOKE ALL ON "{tabel}" FROM {groep}')
            conn.exec_driver_sql(f'ALTER TABLE "{tabel}" ENABLE ROW LEVEL SECURITY')
            conn.exec_driver_sql(f'ALTER TABLE "{tabel}" FORCE ROW LEVEL SECURITY')
        _rechten(conn, tabellen)
        _register(conn)
        # The owner's own functions (jl_mag_casus, jl_logboek_laatste) read under FORCEd row
        # security too: they see these tables whole, and nothing else runs as the owner.
        for tabel in ("casus", "casus_deling", "doel", "logboek", "medewerker"):
            _beleid(conn, tabel, "jl_eigenaar", f"FOR SELECT TO {EIGENAAR} USING (true)")


def _rechten(conn: Connection, tabellen: list[str]) -> None:
    alle = ", ".join(ALLE_GROEPEN)
    grant = conn.exec_driver_sql
    # Schema version: everyone reads it (the app checks it on start).
    grant(f"GRANT SELECT ON alembic_version TO {alle}")
    _beleid(conn, "alembic_version", "jl_lezen", "FOR SELECT USING (true)")

    # The case row and everything of one case.
    grant(f"GRANT SELECT, INSERT, UPDATE, DELETE ON casus TO {CASUSGROEPEN}")
    _beleid(conn, "casus", "jl_inhoud", f"FOR ALL TO {CASUSGROEPEN} USING (jl_mag_casus(id))")
    # A new case: registered by a case role (for themselves, a colleague or the team).
    _beleid(
        conn,
        "casus",
        "jl_nieuw",
        f"FOR INSERT TO {CASUSGROEPEN} WITH CHECK (jl_mijn_id() IS NOT NULL)",
    )
    for tabel in CASUSTABELLEN:
        grant(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{tabel}" TO {CASUSGROEPEN}')
        _beleid(
            conn, tabel, "jl_inhoud", f"FOR ALL TO {CASUSGROEPEN} USING (jl_mag_casus(casus_id))"
        )
    for tabel in DOELTABELLEN:
        grant(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{tabel}" TO {CASUSGROEPEN}')
        _beleid(conn, tabel, "jl_inhoud", f"FOR ALL TO {CASUSGROEPEN} USING (jl_mag_doel(doel_id))")

    # Sharing: who may open the case shares it (and withdraws it); a waarneming is taken by
    # the consulent themself, for any case, always with a reason (the services log it).
    grant(f"GRANT SELECT, INSERT, UPDATE ON casus_deling TO {CASUSGROEPEN}")
    for naam, soort in (("jl_inhoud", "SELECT"), ("jl_intrekken", "UPDATE")):
        _beleid(
            conn,
            "casus_deling",
            naam,
            f"FOR {soort} TO {CASUSGROEPEN} "
            "USING (jl_mag_casus(casus_id) OR medewerker_id = jl_mijn_id())",
        )
    _beleid(
        conn,
        "casus_deling",
        "jl_delen",
        f"FOR INSERT TO {CASUSGROEPEN} WITH CHECK (soort = 'deling' AND jl_mag_casus(casus_id))",
    )
    _beleid(
        conn,
        "casus_deling",
        "jl_waarneming",
        f"FOR INSERT TO {CASUSGROEPEN} WITH CHECK "
        "(soort = 'waarneming' AND medewerker_id = jl_mijn_id() AND length(trim(reden)) > 0)",
    )

    # Staff: names and roles for everyone (the case list shows the consulent). On the team
    # register the password is the PostgreSQL login's (SCRAM, kept by the server): hashes of
    # the app's own sign-in, from a single-user file, are not kept.
    grant("UPDATE medewerker SET wachtwoord_hash = NULL WHERE wachtwoord_hash IS NOT NULL")
    grant(f"GRANT SELECT ON medewerker TO {alle}")
    grant("GRANT INSERT, UPDATE ON medewerker TO jeugdloket_beheerder")
    # Failed sign-ins are counted by the app for everyone (its own lockout).
    grant(f"GRANT UPDATE (mislukte_pogingen, geblokkeerd_tot) ON medewerker TO {alle}")
    _beleid(conn, "medewerker", "jl_lezen", "FOR SELECT USING (true)")
    _beleid(
        conn,
        "medewerker",
        "jl_beheer",
        "FOR ALL TO jeugdloket_beheerder USING (true) WITH CHECK (true)",
    )
    _beleid(
        conn,
        "medewerker",
        "jl_zelf",
        "FOR UPDATE USING (gebruikersnaam = session_user) WITH CHECK (gebruikersnaam = session_user)",
    )

    # The catalogue: read by all, kept by the beheerder; waiting times and experiences are
    # added by consultants while they search with a family.
    for tabel in CATALOGUS:
        grant(f'GRANT SELECT ON "{tabel}" TO {alle}')
        grant(f'GRANT INSERT, UPDATE, DELETE ON "{tabel}" TO jeugdloket_beheerder')
        _beleid(conn, tabel, "jl_lezen", "FOR SELECT USING (true)")
        _beleid(
            conn,
            tabel,
            "jl_beheer",
            "FOR ALL TO jeugdloket_beheerder USING (true) WITH CHECK (true)",
        )
    for tabel in CATALOGUS_CONSULENT:
        grant(f'GRANT INSERT, UPDATE ON "{tabel}" TO {CASUSGROEPEN}')
        _beleid(
            conn,
            tabel,
            "jl_zoeken",
            f"FOR ALL TO {CASUSGROEPEN} USING (true) WITH CHECK (true)",
        )

    # Retention: the coördinator's (services/bewaartermijn.py).
    for tabel in BEWAREN:
        grant(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{tabel}" TO jeugdloket_coordinator')
        _beleid(
            conn,
            tabel,
            "jl_bewaren",
            "FOR ALL TO jeugdloket_coordinator USING (true) WITH CHECK (true)",
        )

    # The access log: everyone appends as themselves; only the coördinator reads it all.
    # No UPDATE or DELETE for anyone (and the trigger refuses them even to the owner).
    grant(f"GRANT SELECT, INSERT ON logboek TO {alle}")
    _beleid(
        conn,
        "logboek",
        "jl_lezen",
        "FOR SELECT USING (gebruiker = session_user OR jl_heeft_rol('coordinator'))",
    )
    _beleid(conn, "logboek", "jl_aanvullen", "FOR INSERT WITH CHECK (gebruiker = session_user)")
    rest = set(tabellen) - {
        "alembic_version",
        "casus",
        "casus_deling",
        "medewerker",
        "logboek",
        *CASUSTABELLEN,
        *DOELTABELLEN,
        *CATALOGUS,
        *BEWAREN,
    }
    if rest:
        # A new table without policies would be closed to everyone: say so at init.
        raise Fout(f"Geen toegangsregels voor de tabel(len) {', '.join(sorted(rest))}")


# The tables the register view reads for each case's status (services/intake.status_vragen
# and toewijzingen.hulp_ingezet, in SQL): facts, never contents.
_REGISTERTABELLEN = (
    "casus",
    "contactmoment",
    "leefgebied_score",
    "netwerklid",
    "intake",
    "factor",
    "doel",
    "familiegroepsplan",
    "toewijzing",
)
REGISTERVIEW = """
CREATE VIEW casusregister WITH (security_barrier) AS
SELECT c.id, c.casusnummer, c.jeugdigen, c.gemeente, c.consulent_id, c.aanmelddatum,
       c.eerste_contact, c.afgesloten_op, c.zoektekst,
       EXISTS (SELECT 1 FROM contactmoment m WHERE m.casus_id = c.id) AS heeft_contact,
       (EXISTS (SELECT 1 FROM leefgebied_score s WHERE s.casus_id = c.id)
        OR EXISTS (SELECT 1 FROM netwerklid n WHERE n.casus_id = c.id)
        OR EXISTS (SELECT 1 FROM intake i WHERE i.casus_id = c.id AND (i.metgezel_id IS NOT NULL
                   OR i.draagkracht IS NOT NULL OR i.draaglast IS NOT NULL))) AS intake_gestart,
       (EXISTS (SELECT 1 FROM factor f WHERE f.casus_id = c.id)
        OR EXISTS (SELECT 1 FROM doel d WHERE d.casus_id = c.id)) AS analyse,
       (EXISTS (SELECT 1 FROM intake i WHERE i.casus_id = c.id AND i.afgerond_op IS NOT NULL)
        OR EXISTS (SELECT 1 FROM familiegroepsplan g
                   WHERE g.casus_id = c.id AND g.status = 'opgesteld')) AS plan,
       EXISTS (SELECT 1 FROM toewijzing t
               WHERE t.casus_id = c.id AND t.status <> 'afgewezen') AS hulp_ingezet
FROM casus c
"""


# The view as SQLAlchemy sees it, for the services' queries.
_CASUS = Casus.__table__.c
CASUSREGISTER = table(
    "casusregister",
    *(
        column(naam, _CASUS[naam].type)
        for naam in (
            "id",
            "casusnummer",
            "jeugdigen",
            "gemeente",
            "consulent_id",
            "aanmelddatum",
            "eerste_contact",
            "afgesloten_op",
            "zoektekst",
        )
    ),
    *(
        column(naam, Boolean())
        for naam in ("heeft_contact", "intake_gestart", "analyse", "plan", "hulp_ingezet")
    ),
)


def _register(conn: Connection) -> None:
    """The register list as a view that sees every case's list columns and status facts, and
    nothing else. It runs as its owner `jeugdloket_register` (not security_invoker, on
    purpose): the only role whose policies show every row, and only through this view."""
    for tabel in _REGISTERTABELLEN:
        conn.exec_driver_sql(f'GRANT SELECT ON "{tabel}" TO {REGISTER}')
        _beleid(conn, tabel, "jl_register", f"FOR SELECT TO {REGISTER} USING (true)")
    conn.exec_driver_sql("DROP VIEW IF EXISTS casusregister")
    conn.exec_driver_sql(REGISTERVIEW)
    conn.exec_driver_sql(f"ALTER VIEW casusregister OWNER TO {REGISTER}")
    conn.exec_driver_sql(f"GRANT SELECT ON casusregister TO {CASUSGROEPEN}")


def controleer_loginnaam(naam: str) -> str:
    if not _LOGINNAAM.match(naam or ""):
        raise Validatiefout(
            {
                "gebruikersnaam": "Gebruikersnaam voor het teamregister: kleine letters, cijfers "
                "en . _ - (begint met een letter, 2–63 tekens)"
            }
        )
    return naam


def groepen_voor(rollen: Iterable[str]) -> list[str]:
    onbekend = [r for r in rollen if r not in GROEPEN]
    if onbekend:
        raise Validatiefout({"rol": f"Onbekende rol: {', '.join(onbekend)}"})
    return sorted({GROEPEN[r] for r in rollen})


def maak_login(conn: Connection, naam: str, wachtwoord: str, rollen: Iterable[str]) -> None:
    """A LOGIN role for a medewerker, member of the groups of their roles. The password goes
    to the server as a SCRAM verifier computed here: the server never sees or logs it."""
    controleer_loginnaam(naam)
    groepen = groepen_voor(rollen)
    verifier = _scram(conn, naam, wachtwoord)
    if _rol_bestaat(conn, naam):
        conn.exec_driver_sql(f"ALTER ROLE \"{naam}\" LOGIN PASSWORD '{verifier}'")
    else:
        conn.exec_driver_sql(
            f'CREATE ROLE "{naam}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS '
            f"PASSWORD '{verifier}'"
        )
    zet_groepen(conn, naam, groepen)


def zet_groepen(conn: Connection, naam: str, groepen: Iterable[str]) -> None:
    gewenst = set(groepen)
    for groep in ALLE_GROEPEN:
        if groep in gewenst:
            conn.exec_driver_sql(f'GRANT {groep} TO "{controleer_loginnaam(naam)}"')
        else:
            conn.exec_driver_sql(f'REVOKE {groep} FROM "{controleer_loginnaam(naam)}"')


def zet_wachtwoord(conn: Connection, naam: str, wachtwoord: str) -> None:
    verifier = _scram(conn, controleer_loginnaam(naam), wachtwoord)
    conn.exec_driver_sql(f"ALTER ROLE \"{naam}\" PASSWORD '{verifier}'")


def deactiveer_login(conn: Connection, naam: str) -> None:
    conn.exec_driver_sql(f'ALTER ROLE "{controleer_loginnaam(naam)}" NOLOGIN')


def _scram(conn: Connection, naam: str, wachtwoord: str) -> str:
    pgconn = conn.connection.dbapi_connection.pgconn
    verifier = pgconn.encrypt_password(wachtwoord.encode(), naam.encode(), b"scram-sha-256")
    tekst = verifier.decode()
    if "'" in tekst:  # a SCRAM verifier is base64 and $ : never a quote
        raise Fout("Onverwacht wachtwoordformaat")
    return tekst
