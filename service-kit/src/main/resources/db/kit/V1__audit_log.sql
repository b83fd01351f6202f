-- The audit log of the service (kit migration, shared by every service; service migrations start at V2).
CREATE TABLE audit_log (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    occurred_at    timestamptz  NOT NULL DEFAULT now(),
    actor          varchar(200) NOT NULL,
    actor_org_unit varchar(12),
    action         varchar(40)  NOT NULL,
    entity_type    varchar(80)  NOT NULL,
    entity_id      varchar(80)  NOT NULL,
    org_unit       varchar(12),
    changes        jsonb        NOT NULL DEFAULT '{}'::jsonb,
    request_id     varchar(128),
    CONSTRAINT audit_log_pk PRIMARY KEY (id)
);

CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_occurred_at_idx ON audit_log (occurred_at);

-- The run-time role may add audit rows and read them, never change or remove them.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${app_role};
