-- Per database: one schema per subgraph, owned by careplan_owner. Tables created by migrations
-- are readable and writable by the runtime role; append-only tables revoke what they must.
SELECT pg_advisory_xact_lock(4243);
DO $$
DECLARE s text;
BEGIN
  FOREACH s IN ARRAY ARRAY['people', 'assessments', 'plans', 'budgets', 'reviews', 'analytics'] LOOP
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION careplan_owner', s);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO careplan_app, careplan_relay', s);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE careplan_owner IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO careplan_app', s);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE careplan_owner IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO careplan_app', s);
  END LOOP;
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
