-- Kit migration, shared by every service (service migrations start at V2): the audit log, which is
-- also the change feed of the sync protocol, the tombstones of deleted records, and idempotency keys.
CREATE TABLE audit_log (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    -- the writing transaction: the change feed hands out only changes of transactions older than
    -- every running one (pg_snapshot_xmin), in (xid, id) order, so a late commit is never skipped
    xid            xid8         NOT NULL DEFAULT pg_current_xact_id(),
    occurred_at    timestamptz  NOT NULL DEFAULT now(),
    actor          varchar(200) NOT NULL,
    actor_org_unit varchar(12),
    action         varchar(40)  NOT NULL,
    entity_type    varchar(80)  NOT NULL,
    entity_id      varchar(80)  NOT NULL,
    entity_version bigint,
    org_unit       varchar(12),
    changes        jsonb        NOT NULL DEFAULT '{}'::jsonb,
    request_id     varchar(128),
    CONSTRAINT audit_log_pk PRIMARY KEY (id)
);

CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_occurred_at_idx ON audit_log (occurred_at);
CREATE INDEX audit_log_feed_idx ON audit_log (entity_type, xid, id);

-- The run-time role may add audit rows and read them, never change or remove them.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${app_role};

-- A deleted record leaves its id behind, so the feed can announce the deletion and a late update
-- based on an old version cannot bring the record back.
CREATE TABLE tombstone (
    entity_type varchar(80)  NOT NULL,
    entity_id   uuid         NOT NULL,
    org_unit    varchar(12)  NOT NULL,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  varchar(200) NOT NULL,
    CONSTRAINT tombstone_pk PRIMARY KEY (entity_type, entity_id),
    CONSTRAINT tombstone_version_ck CHECK (version >= 1)
);

REVOKE UPDATE, DELETE, TRUNCATE ON tombstone FROM ${app_role};

-- Idempotency-Key (IETF draft): the answer to a keyed request, per caller, for at least 24 hours.
CREATE TABLE idempotency_key (
    caller          varchar(200) NOT NULL,
    idempotency_key varchar(200) NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    state           varchar(20)  NOT NULL,
    response_status integer,
    response_body   text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    expires_at      timestamptz  NOT NULL,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (caller, idempotency_key),
    CONSTRAINT idempotency_key_state_ck CHECK (state IN ('IN_PROGRESS', 'DONE'))
);

CREATE INDEX idempotency_key_expires_at_idx ON idempotency_key (expires_at);
