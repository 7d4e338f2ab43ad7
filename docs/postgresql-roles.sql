-- Labour Network Desk: least-privilege roles and the application's database.
-- Owner labour_desk_owner owns the schema and runs migrations (labour-desk db upgrade);
-- the programs connect as labour_desk_app: data tables read/write, audit_event
-- INSERT/SELECT only, no DDL. Run as a superuser; safe to run again.
-- Set the passwords afterwards in psql: \password labour_desk_owner / \password labour_desk_app

DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'labour_desk_owner') THEN
    CREATE ROLE labour_desk_owner LOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'labour_desk_app') THEN
    CREATE ROLE labour_desk_app LOGIN;
  END IF;
  IF EXISTS (SELECT FROM pg_auth_members
             WHERE roleid = 'labour_desk_owner'::regrole AND member = 'labour_desk_app'::regrole) THEN
    REVOKE labour_desk_owner FROM labour_desk_app;
  END IF;
END $$;
ALTER ROLE labour_desk_owner NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE labour_desk_app NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
SELECT 'CREATE DATABASE labour_desk OWNER labour_desk_owner ENCODING ''UTF8'' TEMPLATE template0' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'labour_desk')\gexec
ALTER DATABASE labour_desk OWNER TO labour_desk_owner;
REVOKE ALL ON DATABASE labour_desk FROM PUBLIC;
GRANT CONNECT ON DATABASE labour_desk TO labour_desk_app;
\connect labour_desk
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER SCHEMA public OWNER TO labour_desk_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO labour_desk_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO labour_desk_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO labour_desk_app;
ALTER DEFAULT PRIVILEGES FOR ROLE labour_desk_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO labour_desk_app;
ALTER DEFAULT PRIVILEGES FOR ROLE labour_desk_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO labour_desk_app;
DO $$ BEGIN
  IF to_regclass('public.audit_event') IS NOT NULL THEN
    REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON public.audit_event FROM PUBLIC, labour_desk_app;
  END IF;
  IF to_regclass('public.alembic_version') IS NOT NULL THEN
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON public.alembic_version FROM PUBLIC, labour_desk_app;
  END IF;
END $$;
