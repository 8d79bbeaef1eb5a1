"""The SQL text of the team register's functions and triggers (run by teamdb.initialiseer):
kept apart from the Python that installs it, so each reads as what it is."""

FUNCTIES = """
CREATE OR REPLACE FUNCTION jl_heeft_rol(rol text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT pg_has_role(session_user, 'jeugdloket_' || rol, 'MEMBER')
$$;

-- A blocked medewerker (too many wrong passwords) has no rights until the blokkade ends, even
-- when connected with psql and the right password.
CREATE OR REPLACE FUNCTION jl_mijn_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT id FROM medewerker WHERE gebruikersnaam = session_user AND actief
        AND (geblokkeerd_tot IS NULL OR geblokkeerd_tot <= localtimestamp)
$$;

-- A wrong password for `wie`: counted; at `max_pogingen` the medewerker is blocked for
-- `blokkade` (at most an hour) and the count starts again. `uitkomst`: 'onbekend' (no active
-- medewerker), 'geblokkeerd' (already: not counted) or 'geteld'.
CREATE OR REPLACE FUNCTION jl_aanmelding_mislukt(
    wie text, max_pogingen integer, blokkade interval,
    OUT uitkomst text, OUT pogingen integer, OUT tot timestamp)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE m record;
BEGIN
    SELECT * INTO m FROM medewerker WHERE gebruikersnaam = wie AND actief FOR UPDATE;
    IF NOT FOUND THEN
        uitkomst := 'onbekend';
        RETURN;
    END IF;
    IF m.geblokkeerd_tot IS NOT NULL AND m.geblokkeerd_tot > localtimestamp THEN
        uitkomst := 'geblokkeerd';
        tot := m.geblokkeerd_tot;
        RETURN;
    END IF;
    uitkomst := 'geteld';
    pogingen := coalesce(m.mislukte_pogingen, 0) + 1;
    IF pogingen >= greatest(max_pogingen, 3) THEN
        tot := localtimestamp(0) + least(blokkade, interval '1 hour');
        UPDATE medewerker SET mislukte_pogingen = 0, geblokkeerd_tot = tot WHERE id = m.id;
    ELSE
        UPDATE medewerker SET mislukte_pogingen = pogingen WHERE id = m.id;
    END IF;
END $$;

-- A sign-in that got through: the count starts again (not during a blokkade: that ends by
-- itself or by the beheerder). Only for oneself, or by who manages logins.
CREATE OR REPLACE FUNCTION jl_aanmelding_gelukt(wie text) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    UPDATE medewerker SET mislukte_pogingen = 0, geblokkeerd_tot = NULL
    WHERE gebruikersnaam = wie
      AND (wie = session_user OR jl_heeft_rol('beheerder')
           OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
           OR pg_has_role(session_user, 'jeugdloket_eigenaar', 'MEMBER'))
      AND (mislukte_pogingen <> 0 OR geblokkeerd_tot IS NOT NULL)
      AND (geblokkeerd_tot IS NULL OR geblokkeerd_tot <= localtimestamp)
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

-- Appending in one round trip: the lock and the last entry (jl_logboek_laatste), then each
-- entry with the next number and its hash. SECURITY INVOKER: the insert is the caller's own,
-- under the log's INSERT policy (who may append as whom). The client sends each entry's
-- canonical text around the number (regels/logboek.canoniek_rond_volgnummer), so the hash is
-- the one `logboek controleer` recomputes: sha256(vorige_hash || voor || nummer || na).
CREATE OR REPLACE FUNCTION jl_logboek_toevoegen(regels jsonb, begin_hash text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, public AS $$
DECLARE
    nummer integer;
    vorige text;
    nieuw text;
    r jsonb;
BEGIN
    SELECT l.volgnummer, l.hash INTO nummer, vorige FROM jl_logboek_laatste() l;
    nummer := coalesce(nummer, 0);
    vorige := coalesce(vorige, begin_hash);
    FOR r IN SELECT e FROM jsonb_array_elements(regels) WITH ORDINALITY AS x(e, i) ORDER BY i
    LOOP
        nummer := nummer + 1;
        nieuw := encode(sha256(convert_to(
            vorige || (r->>'voor') || nummer::text || (r->>'na'), 'UTF8')), 'hex');
        INSERT INTO logboek (volgnummer, moment, gebruiker, actie, casus_id, casusnummer,
                             werkplek, reden, omschrijving, vorige_hash, hash)
        VALUES (nummer, (r->>'moment')::timestamp, r->>'gebruiker', r->>'actie',
                (r->>'casus_id')::uuid, r->>'casusnummer', r->>'werkplek', r->>'reden',
                r->>'omschrijving', vorige, nieuw);
        vorige := nieuw;
    END LOOP;
END $$;
"""


LOGINFUNCTIES = r"""
CREATE OR REPLACE FUNCTION jl_mag_logins_beheren() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT jl_heeft_rol('beheerder')
        OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
        OR pg_has_role(session_user, 'jeugdloket_eigenaar', 'MEMBER')
$$;

CREATE OR REPLACE FUNCTION jl_controleer_login(naam text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
BEGIN
    IF naam IS NULL OR naam !~ '^[a-z][a-z0-9._-]{1,62}$' THEN
        RAISE EXCEPTION 'Ongeldige gebruikersnaam voor een login: %', naam
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = naam
               AND (rolsuper OR rolcreaterole OR rolbypassrls OR rolname LIKE 'jeugdloket\_%')) THEN
        RAISE EXCEPTION 'De rol % is geen login van een medewerker', naam
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;

-- A medewerker's login: made when missing, password (a SCRAM verifier) set when given, and
-- member of exactly the groups of their roles.
CREATE OR REPLACE FUNCTION jl_login_zetten(naam text, verifier text, groepen text[])
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE g text;
BEGIN
    IF NOT jl_mag_logins_beheren() THEN
        RAISE EXCEPTION 'Alleen een beheerder beheert de logins van medewerkers'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM jl_controleer_login(naam);
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = naam) THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS',
                       naam);
    END IF;
    IF verifier IS NOT NULL THEN
        IF verifier !~ '^SCRAM-SHA-256\$' THEN
            RAISE EXCEPTION 'Alleen een SCRAM-wachtwoord' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', naam, verifier);
    END IF;
    FOREACH g IN ARRAY ARRAY['jeugdloket_consulent', 'jeugdloket_coordinator',
                             'jeugdloket_beheerder'] LOOP
        IF g = ANY (groepen) THEN
            EXECUTE format('GRANT %I TO %I', g, naam);
        ELSE
            EXECUTE format('REVOKE %I FROM %I', g, naam);
        END IF;
    END LOOP;
END $$;

-- A new password: the beheerder for anyone, every medewerker for themself.
CREATE OR REPLACE FUNCTION jl_login_wachtwoord(naam text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF naam <> session_user AND NOT jl_mag_logins_beheren() THEN
        RAISE EXCEPTION 'Alleen een beheerder zet het wachtwoord van een ander'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM jl_controleer_login(naam);
    IF verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'Alleen een SCRAM-wachtwoord' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', naam, verifier);
END $$;

-- Inactive: the login can no longer connect (their cases and log entries stay).
CREATE OR REPLACE FUNCTION jl_login_actief(naam text, actief boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT jl_mag_logins_beheren() THEN
        RAISE EXCEPTION 'Alleen een beheerder beheert de logins van medewerkers'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM jl_controleer_login(naam);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = naam) THEN
        EXECUTE format(CASE WHEN actief THEN 'ALTER ROLE %I LOGIN' ELSE 'ALTER ROLE %I NOLOGIN' END,
                       naam);
    END IF;
END $$;
"""

LOGINFUNCTIES_NAMEN = (
    "jl_mag_logins_beheren()",
    "jl_controleer_login(text)",
    "jl_login_zetten(text, text, text[])",
    "jl_login_wachtwoord(text, text)",
    "jl_login_actief(text, boolean)",
)


KANAAL = "jeugdloket_casus"  # NOTIFY payload: the id of a case that changed

MELDING = f"""
CREATE OR REPLACE FUNCTION jl_meld_wijziging() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE rij record;
BEGIN
    rij := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    -- One notice per case per transaction (PostgreSQL folds identical payloads).
    IF TG_TABLE_NAME = 'casus' THEN
        PERFORM pg_notify('{KANAAL}', rij.id::text);
    ELSE
        PERFORM pg_notify('{KANAAL}', rij.casus_id::text);
    END IF;
    RETURN NULL;
END $$;
"""
