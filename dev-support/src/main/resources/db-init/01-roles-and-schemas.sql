-- Roles and schemas of the platform's one database (run by a superuser, connected to it).
-- Used by the embedded PostgreSQL of ./platform up, by the tests, and by docker-compose.
-- Per service: <svc>_migrator owns the schema and runs Flyway; <svc>_app is the run-time login,
-- with data rights on its own schema only and no UPDATE/DELETE on the audit log (see kit migration).
-- The passwords below are development defaults; production provisions its own roles and secrets.
REVOKE ALL ON SCHEMA public FROM PUBLIC;

DO $$
DECLARE
  svc text;
BEGIN
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  FOREACH svc IN ARRAY ARRAY['corrections', 'mediation', 'legalaid', 'evaluation'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = svc || '_migrator') THEN
      EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', svc || '_migrator', svc || '_migrator_dev');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = svc || '_app') THEN
      EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', svc || '_app', svc || '_app_dev');
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I', current_database(), svc || '_migrator', svc || '_app');
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', svc, svc || '_migrator');
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', svc, svc || '_app');
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   svc || '_migrator', svc, svc || '_app');
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
                   svc || '_migrator', svc, svc || '_app');
    EXECUTE format('ALTER ROLE %I SET search_path = %I', svc || '_app', svc);
    EXECUTE format('ALTER ROLE %I SET search_path = %I', svc || '_migrator', svc);
  END LOOP;
END
$$;
