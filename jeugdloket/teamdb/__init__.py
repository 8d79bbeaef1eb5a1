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

from sqlalchemy import Boolean, Connection, Engine, column, create_engine, table, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from jeugdloket.fouten import Fout, Validatiefout
from jeugdloket.models import Casus, Medewerker
from jeugdloket.teamdb.sql import FUNCTIES, LOGINFUNCTIES, LOGINFUNCTIES_NAMEN, MELDING
from jeugdloket.teamdb.sql import KANAAL as KANAAL  # the channel services.team listens on

EIGENAAR = "jeugdloket_eigenaar"
REGISTER = "jeugdloket_register"  # owns the register view: sees every case's list columns
# Owns the functions that make and change medewerkers' logins (CREATEROLE, no login): a
# beheerder manages the team's logins through them without holding CREATEROLE themself.
ROLLENBEHEER = "jeugdloket_rollenbeheer"
# Failed sign-ins: a refused login has no session of its own, so the app reports the attempt
# through this login (LOGIN set by IT, password in ~/.pgpass or PGPASSWORD, libpq's own ways).
# It may do nothing but that: count a failed attempt of a medewerker (jl_aanmelding_mislukt)
# and append that one kind of log entry. Whoever holds its password can thereby only do what
# anyone at a sign-in screen can: type wrong passwords for a name. See the README, Teamregister.
AANMELDING = "jeugdloket_aanmelding"
GROEPEN = {
    "consulent": "jeugdloket_consulent",
    "coordinator": "jeugdloket_coordinator",
    "coördinator": "jeugdloket_coordinator",
    "beheerder": "jeugdloket_beheerder",
}
ALLE_GROEPEN = ("jeugdloket_consulent", "jeugdloket_coordinator", "jeugdloket_beheerder")
CASUSGROEPEN = "jeugdloket_consulent, jeugdloket_coordinator"
COORDINATOR = "jeugdloket_coordinator"

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
    "evaluatie",
    "evaluatie_doel",
    "evaluatie_besluit",
    "veldwijziging",
    "conflict",
    "werkkopie_casus",
    "meldcode_traject",
    "meldcode_stap",
    "veiligheidsplan",
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
# Only in a werkkopie file (its team and its sync base): closed to everyone on the register.
ALLEEN_WERKKOPIE = ("werkkopie_stand", "werkkopie_basis")
WERKKOPIECODE = "jl_werkkopie_code"

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


def _voer_uit(conn: Connection, sql: str) -> None:
    """SQL with % in it (format() in PL/pgSQL) straight to the driver, without parameters: the
    driver reads no placeholders then. Same transaction as `conn`."""
    with conn.connection.dbapi_connection.cursor() as cursor:
        cursor.execute(sql)


def _loginbeheer(conn: Connection) -> None:
    _voer_uit(conn, LOGINFUNCTIES)
    for functie in LOGINFUNCTIES_NAMEN:
        conn.exec_driver_sql(f"ALTER FUNCTION {functie} OWNER TO {ROLLENBEHEER}")
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {functie} FROM PUBLIC")
        conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {functie} TO {', '.join(ALLE_GROEPEN)}")
    # The function owner needs to read pg_roles (everyone may) and the rights helpers.
    conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION jl_heeft_rol(text) TO {ROLLENBEHEER}")
    # GRANT/REVOKE of the groups by the function owner (PostgreSQL 16+ asks ADMIN OPTION).
    for groep in ALLE_GROEPEN:
        conn.exec_driver_sql(f"GRANT {groep} TO {ROLLENBEHEER} WITH ADMIN OPTION")


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
        for rol in (EIGENAAR, REGISTER, AANMELDING, *ALLE_GROEPEN):
            _maak_groep(conn, rol)
        if not _rol_bestaat(conn, ROLLENBEHEER):
            conn.exec_driver_sql(f"CREATE ROLE {ROLLENBEHEER} NOLOGIN CREATEROLE")
        if not conn.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar():
            conn.exec_driver_sql(f"GRANT {EIGENAAR}, {REGISTER}, {ROLLENBEHEER} TO CURRENT_USER")
        # Names typed the way people type them: accents folded (unaccent) and typos forgiven
        # (trigram word similarity on the register's folded search text, indexed).
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        conn.exec_driver_sql(
            "CREATE INDEX IF NOT EXISTS ix_casus_zoektekst_trgm ON casus "
            "USING gin (zoektekst gin_trgm_ops)"
        )
        tabellen = _tabellen(conn)
        for tabel in tabellen:
            conn.exec_driver_sql(f'ALTER TABLE "{tabel}" OWNER TO {EIGENAAR}')
        conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        conn.exec_driver_sql(
            f"GRANT USAGE ON SCHEMA public TO {REGISTER}, {', '.join(ALLE_GROEPEN)}"
        )
        _voer_uit(conn, FUNCTIES)
        for functie in (
            "jl_heeft_rol(text)",
            "jl_mijn_id()",
            "jl_mag_casus(uuid)",
            "jl_mag_doel(uuid)",
            "jl_logboek_laatste()",
            "jl_logboek_toevoegen(jsonb, text)",
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
        _aanmelding(conn)
        _register(conn)
        _loginbeheer(conn)
        _meldingen(conn)
        # The owner's own functions (jl_mag_casus, jl_logboek_laatste) read under FORCEd row
        # security too: they see these tables whole, and nothing else runs as the owner.
        for tabel in ("casus", "casus_deling", "doel", "logboek", "medewerker"):
            _beleid(conn, tabel, "jl_eigenaar", f"FOR SELECT TO {EIGENAAR} USING (true)")


def _aanmelding(conn: Connection) -> None:
    """The sign-in functions, and the login that reports a refused sign-in (see AANMELDING)."""
    for functie in ("jl_aanmelding_mislukt(text, integer, interval)", "jl_aanmelding_gelukt(text)"):
        conn.exec_driver_sql(f"ALTER FUNCTION {functie} OWNER TO {EIGENAAR}")
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {functie} FROM PUBLIC")
        # (The window re-asks a signed-in medewerker's password too: a wrong one is counted
        # from their own session.)
        conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {functie} TO {', '.join(ALLE_GROEPEN)}")
    conn.exec_driver_sql(
        f"GRANT EXECUTE ON FUNCTION jl_aanmelding_mislukt(text, integer, interval), "
        f"jl_logboek_laatste(), jl_logboek_toevoegen(jsonb, text) TO {AANMELDING}"
    )
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {AANMELDING}")
    conn.exec_driver_sql(f"GRANT INSERT ON logboek TO {AANMELDING}")
    _beleid(
        conn,
        "logboek",
        "jl_aanmelding",
        f"FOR INSERT TO {AANMELDING} WITH CHECK (actie = 'aanmelding mislukt')",
    )
    # What the owner's functions change in the staff table (row security is FORCEd).
    _beleid(conn, "medewerker", "jl_eigenaar_teller", f"FOR UPDATE TO {EIGENAAR} USING (true)")


def aanmelding_mislukt(
    conn: Connection, naam: str, max_pogingen: int, blokkade
) -> tuple[str, int | None, object]:
    """Count a wrong password for `naam` on the server (see jl_aanmelding_mislukt):
    (uitkomst, pogingen, geblokkeerd_tot)."""
    rij = conn.execute(
        text("SELECT uitkomst, pogingen, tot FROM jl_aanmelding_mislukt(:n, :m, :b)"),
        {"n": naam, "m": max_pogingen, "b": blokkade},
    ).one()
    return rij[0], rij[1], rij[2]


def aanmelding_gelukt(conn: Connection, naam: str) -> None:
    conn.execute(text("SELECT jl_aanmelding_gelukt(:n)"), {"n": naam})


def _rechten(conn: Connection, tabellen: list[str]) -> None:
    alle = ", ".join(ALLE_GROEPEN)
    grant = conn.exec_driver_sql
    # Schema version: everyone reads it (the app checks it on start).
    grant(f"GRANT SELECT ON alembic_version TO {alle}")
    _beleid(conn, "alembic_version", "jl_lezen", "FOR SELECT USING (true)")

    # The case row and everything of one case.
    grant(f"GRANT SELECT, INSERT, UPDATE, DELETE ON casus TO {CASUSGROEPEN}")
    # The coördinator may open every case: a policy of their own, USING (true), so PostgreSQL
    # does not call jl_mag_casus for each row they read (the weekly overview reads them all).
    _beleid(conn, "casus", "jl_inhoud", "FOR ALL TO jeugdloket_consulent USING (jl_mag_casus(id))")
    _beleid(conn, "casus", "jl_coordinator", f"FOR ALL TO {COORDINATOR} USING (true)")
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
            conn,
            tabel,
            "jl_inhoud",
            "FOR ALL TO jeugdloket_consulent USING (jl_mag_casus(casus_id))",
        )
        _beleid(conn, tabel, "jl_coordinator", f"FOR ALL TO {COORDINATOR} USING (true)")
    for tabel in DOELTABELLEN:
        grant(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{tabel}" TO {CASUSGROEPEN}')
        _beleid(
            conn, tabel, "jl_inhoud", "FOR ALL TO jeugdloket_consulent USING (jl_mag_doel(doel_id))"
        )
        _beleid(conn, tabel, "jl_coordinator", f"FOR ALL TO {COORDINATOR} USING (true)")

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
    # Nor may anyone read that column (a column privilege: SELECT wachtwoord_hash is refused;
    # the model defers it, so the services never ask for it on the team register).
    leesbaar = ", ".join(k.name for k in Medewerker.__table__.c if k.name != "wachtwoord_hash")
    grant(f"GRANT SELECT ({leesbaar}) ON medewerker TO {alle}")
    grant("GRANT INSERT, UPDATE ON medewerker TO jeugdloket_beheerder")
    # Failed sign-ins are counted and reset only through jl_aanmelding_mislukt/_gelukt (the
    # owner's functions): nobody lifts their own blokkade with psql.
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
    # (The server's administrator acts as 'cli:<login>', as the command line does on a file.)
    _beleid(
        conn,
        "logboek",
        "jl_aanvullen",
        "FOR INSERT WITH CHECK (gebruiker IN (session_user, 'cli:' || session_user))",
    )
    # Werkkopieën: a consulent registers and syncs their own; the coördinator sees them all
    # (who has not synced for a while). Which cases are out on a laptop is a case table above.
    grant(f"GRANT SELECT, INSERT, UPDATE ON werkkopie TO {CASUSGROEPEN}")
    _beleid(
        conn,
        "werkkopie",
        "jl_eigen",
        f"FOR ALL TO {CASUSGROEPEN} USING (gebruiker = session_user) "
        "WITH CHECK (gebruiker = session_user)",
    )
    _beleid(conn, "werkkopie", "jl_coordinator", f"FOR SELECT TO {COORDINATOR} USING (true)")
    # Whoever may open a case sees whose laptop it is out on ("op laptop van X sinds D").
    _beleid(
        conn,
        "werkkopie",
        "jl_casus",
        f"FOR SELECT TO {CASUSGROEPEN} USING (EXISTS (SELECT 1 FROM werkkopie_casus wc "
        "WHERE wc.werkkopie_id = werkkopie.id))",
    )
    # Each copy's short code (in provisional case numbers): a consulent cannot see colleagues'
    # copies to count them, so a sequence hands them out.
    grant(f"CREATE SEQUENCE IF NOT EXISTS {WERKKOPIECODE}")
    grant(f"ALTER SEQUENCE {WERKKOPIECODE} OWNER TO {EIGENAAR}")
    grant(f"GRANT USAGE ON SEQUENCE {WERKKOPIECODE} TO {CASUSGROEPEN}")
    rest = set(tabellen) - {
        "alembic_version",
        "werkkopie",
        *ALLEEN_WERKKOPIE,
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
    "meldcode_traject",
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
               WHERE t.casus_id = c.id AND t.status <> 'afgewezen') AS hulp_ingezet,
       EXISTS (SELECT 1 FROM meldcode_traject mt
               WHERE mt.casus_id = c.id AND mt.afgerond_op IS NULL) AS meldcode_open
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
        for naam in (
            "heeft_contact",
            "intake_gestart",
            "analyse",
            "plan",
            "hulp_ingezet",
            "meldcode_open",
        )
    ),
)


def _meldingen(conn: Connection) -> None:
    """Every change of a case's rows is announced (LISTEN/NOTIFY): open case tabs and the case
    list of colleagues follow within a second or two (services/team.Meldingen)."""
    _voer_uit(conn, MELDING)
    conn.exec_driver_sql(f"ALTER FUNCTION jl_meld_wijziging() OWNER TO {EIGENAAR}")
    for tabel in ("casus", *CASUSTABELLEN):
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS jl_meld_wijziging ON "{tabel}"')
        conn.exec_driver_sql(
            f'CREATE TRIGGER jl_meld_wijziging AFTER INSERT OR UPDATE OR DELETE ON "{tabel}" '
            "FOR EACH ROW EXECUTE FUNCTION jl_meld_wijziging()"
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


def zet_login(conn: Connection, naam: str, wachtwoord: str | None, rollen: Iterable[str]) -> None:
    """A medewerker's LOGIN role, member of the groups of their roles (made when missing; the
    password set when given). The password goes to the server as a SCRAM verifier computed
    here: the server never sees or logs it. Refused by the database unless a beheerder (or
    the server's administrator) asks."""
    controleer_loginnaam(naam)
    verifier = _scram(conn, naam, wachtwoord) if wachtwoord else None
    conn.execute(
        text("SELECT jl_login_zetten(:naam, :verifier, CAST(:groepen AS text[]))"),
        {"naam": naam, "verifier": verifier, "groepen": groepen_voor(rollen)},
    )


def zet_wachtwoord(conn: Connection, naam: str, wachtwoord: str) -> None:
    """A new password: the beheerder for anyone, every medewerker for themself."""
    verifier = _scram(conn, controleer_loginnaam(naam), wachtwoord)
    conn.execute(
        text("SELECT jl_login_wachtwoord(:naam, :verifier)"), {"naam": naam, "verifier": verifier}
    )


def zet_login_actief(conn: Connection, naam: str, actief: bool) -> None:
    conn.execute(
        text("SELECT jl_login_actief(:naam, :actief)"),
        {"naam": controleer_loginnaam(naam), "actief": actief},
    )


def wachtwoord_klopt(engine: Engine, naam: str, wachtwoord: str | None) -> bool:
    """Whether `naam` can connect to this register with `wachtwoord` (SCRAM, checked by the
    server). Never with an empty password: libpq would fall back to PGPASSWORD or .pgpass."""
    if not wachtwoord:
        return False
    url = engine.url.set(username=controleer_loginnaam(naam), password=wachtwoord)
    proef = create_engine(url, poolclass=NullPool)
    try:
        with proef.connect():
            return True
    except OperationalError:
        return False
    finally:
        proef.dispose()


def login_van(conn: Connection) -> tuple[str, bool]:
    """Who is connected, and whether that is the server's administrator (superuser or member
    of the owner role) rather than a medewerker."""
    naam, beheer = conn.execute(
        text(
            "SELECT session_user, rolsuper OR EXISTS (SELECT 1 FROM pg_roles e "
            "WHERE e.rolname = :eigenaar AND pg_has_role(session_user, e.oid, 'MEMBER')) "
            "FROM pg_roles WHERE rolname = session_user"
        ),
        {"eigenaar": EIGENAAR},
    ).one()
    return naam, bool(beheer)


def _scram(conn: Connection, naam: str, wachtwoord: str) -> str:
    pgconn = conn.connection.dbapi_connection.pgconn
    verifier = pgconn.encrypt_password(wachtwoord.encode(), naam.encode(), b"scram-sha-256")
    return verifier.decode()
