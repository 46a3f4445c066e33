-- Cluster-wide roles. Idempotent: run by `npm start`, the test harness and the Docker init.
-- careplan_owner  owns the schemas and runs migrations; never used by a running service.
-- careplan_app    the runtime role: not owner, not superuser, no BYPASSRLS, so row-level security
--                 always applies. NOINHERIT so it gets careplan_relay's rights only by SET ROLE.
-- careplan_relay  what the outbox relay becomes (SET LOCAL ROLE) to read every authority's
--                 unpublished events; it can read nothing else.
-- Passwords are set outside version control (see infra/README.md); local trust auth needs none.
SELECT pg_advisory_lock(4242);
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'careplan_owner') THEN
    CREATE ROLE careplan_owner LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'careplan_app') THEN
    CREATE ROLE careplan_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'careplan_relay') THEN
    CREATE ROLE careplan_relay NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
GRANT careplan_relay TO careplan_app;
SELECT pg_advisory_unlock(4242);
