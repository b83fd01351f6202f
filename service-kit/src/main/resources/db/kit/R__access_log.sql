-- Kit migration, shared by every service: the access log (who read which personal records, issue 15).
-- Repeatable: written while kit and service migrations shared one history. The kit's migrations now
-- keep their own (flyway_kit_history, run before the service's), so a new kit table is a V2. Flyway
-- runs this after the kit's versioned migrations, again whenever its text changes, so each statement
-- must stay idempotent (IF NOT EXISTS, OR REPLACE) and no versioned kit migration may refer to it.
CREATE TABLE IF NOT EXISTS access_log (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    occurred_at    timestamptz  NOT NULL DEFAULT now(),
    -- the token's subject, its roles and the org unit it acted for
    actor          varchar(200) NOT NULL,
    actor_roles    text[]       NOT NULL,
    actor_org_unit varchar(12),
    request_id     varchar(128),
    http_method    varchar(10)  NOT NULL,
    -- the path without its query string (only ids and resource names), and the operation id
    path           text         NOT NULL,
    operation      varchar(200) NOT NULL,
    -- ids only, never the personal data itself: the records the answer held and the person records
    -- they belong to (a violation's subject, a case's application)
    record_ids     uuid[]       NOT NULL,
    CONSTRAINT access_log_pk PRIMARY KEY (id)
);

-- A search for persons (issue 22) says what it searched by (name, idNumber), never the name or number searched for.
ALTER TABLE access_log ADD COLUMN IF NOT EXISTS search varchar(40)[];

CREATE INDEX IF NOT EXISTS access_log_record_ids_idx ON access_log USING gin (record_ids);
CREATE INDEX IF NOT EXISTS access_log_occurred_at_idx ON access_log (occurred_at);
CREATE INDEX IF NOT EXISTS access_log_actor_idx ON access_log (actor, occurred_at);

-- The run-time role may add rows and read them, nothing else.
REVOKE ALL ON access_log FROM ${app_role};
GRANT SELECT, INSERT ON access_log TO ${app_role};

-- Nobody changes or removes a row, not even the schema owner: an UPDATE, DELETE or TRUNCATE fails.
CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE OR REPLACE TRIGGER access_log_no_change BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();
CREATE OR REPLACE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();
