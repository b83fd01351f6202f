-- Kit migration: the blind index of the persons a line holds (issue 22), in every line's schema.
-- One row per person of a record: the record itself (a subject, an application) or a child row of it (a dispute's
-- party: parent_type/parent_id name the record that was written). No ID number is stored: id_hash is
-- HMAC-SHA256(key key_id, the normalised number), base64url without padding (kit.person.PersonKeys).
CREATE TABLE person_index (
    id          uuid         NOT NULL,
    record_type varchar(80)  NOT NULL,
    record_id   uuid         NOT NULL,
    parent_type varchar(80),
    parent_id   uuid,
    org_unit    varchar(12)  NOT NULL,
    role        varchar(40)  NOT NULL,
    name        varchar(200) NOT NULL,
    -- the name's keys for a search tolerant of one wrong, missing or extra character (kit.person.NameKeys)
    name_keys   varchar(200)[] NOT NULL,
    id_hash     varchar(64),
    key_id      varchar(40),
    updated_at  timestamptz  NOT NULL,
    CONSTRAINT person_index_pk PRIMARY KEY (id),
    CONSTRAINT person_index_parent_ck CHECK ((parent_type IS NULL) = (parent_id IS NULL)),
    CONSTRAINT person_index_hash_ck CHECK ((id_hash IS NULL) = (key_id IS NULL)),
    CONSTRAINT person_index_role_ck CHECK (role ~ '^[A-Z][A-Z_]*$'),
    CONSTRAINT person_index_name_ck CHECK (length(btrim(name)) > 0),
    CONSTRAINT person_index_org_unit_ck CHECK (org_unit ~ '^[0-9]{12}$'),
    CONSTRAINT person_index_record_uk UNIQUE (record_type, record_id)
);
-- an ID lookup: one probe per configured key
CREATE INDEX person_index_hash_idx ON person_index (id_hash);
-- a name, exact or by prefix (LIKE 'abc%' in any collation)
CREATE INDEX person_index_name_idx ON person_index (name text_pattern_ops);
-- a name with one wrong, missing or extra character: the query's keys overlap the stored ones (&&)
CREATE INDEX person_index_name_keys_idx ON person_index USING gin (name_keys);
-- a written record's rows are replaced (its own, or its children's through the parent)
CREATE INDEX person_index_parent_idx ON person_index (parent_type, parent_id);
-- the rotation job: rows still hashed with an earlier key
CREATE INDEX person_index_key_idx ON person_index (key_id);

-- Which record types have been back-filled into the index (kit.person.PersonIndexJob).
CREATE TABLE person_index_source (
    record_type  varchar(80)  NOT NULL,
    backfilled_at timestamptz NOT NULL,
    CONSTRAINT person_index_source_pk PRIMARY KEY (record_type)
);

-- The run-time role keeps the index in step with the records and re-hashes it; nobody truncates it.
REVOKE TRUNCATE ON person_index FROM ${app_role};
REVOKE DELETE, TRUNCATE ON person_index_source FROM ${app_role};
