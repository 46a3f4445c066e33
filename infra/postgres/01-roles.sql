-- Cluster-wide roles. Idempotent: run by `npm start`, the test harness and the Docker init.
-- careplan_owner  owns the schemas and runs migrations; never used by a running service.
-- careplan_app    the runtime role: not owner, not superuser, no BYPASSRLS, so row-level security
--                 always applies; it can become no other role.
-- careplan_relay  the outbox relay's own login, to read every authority's unpublished events; it can
--                 read nothing else, and the services' login cannot become it.
-- Passwords are set outside version control (see infra/README.md); local trust auth needs none.
DO $$
BEGIN
  -- Held until the transaction commits: a lock released before the commit let a second run, not yet
  -- seeing the first's roles, create them again and fail on the catalogue's unique index.
  PERFORM pg_advisory_xact_lock(4242);
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'careplan_owner') THEN
    CREATE ROLE careplan_owner LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'careplan_app') THEN
    CREATE ROLE careplan_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'careplan_relay') THEN
    CREATE ROLE careplan_relay LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
  -- Clusters set up before the relay had its own login. Changed only when needed: a run that rewrote
  -- the rows every time would collide with another run committing the same rows.
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'careplan_relay' AND NOT rolcanlogin) THEN
    ALTER ROLE careplan_relay LOGIN;
  END IF;
  IF pg_has_role('careplan_app', 'careplan_relay', 'MEMBER') THEN
    REVOKE careplan_relay FROM careplan_app;
  END IF;
END
$$;
