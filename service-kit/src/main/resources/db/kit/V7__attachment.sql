-- Kit migration: files attached to records (issue 21), in every line's schema.
-- The content, once per SHA-256 (deduplicated), in chunks of bytea so that it is written and read as a stream;
-- a content row without sha256 is an upload still being written (its hash is known only at its end).
CREATE TABLE attachment_content (
    id         uuid        NOT NULL,
    sha256     char(64),
    size       bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT attachment_content_pk PRIMARY KEY (id),
    CONSTRAINT attachment_content_sha256_uk UNIQUE (sha256),
    CONSTRAINT attachment_content_sha256_ck CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT attachment_content_size_ck CHECK (size >= 0)
);

CREATE TABLE attachment_chunk (
    content_id uuid    NOT NULL,
    seq        integer NOT NULL,
    data       bytea   NOT NULL,
    CONSTRAINT attachment_chunk_pk PRIMARY KEY (content_id, seq),
    CONSTRAINT attachment_chunk_content_fk FOREIGN KEY (content_id) REFERENCES attachment_content (id) ON DELETE CASCADE,
    CONSTRAINT attachment_chunk_seq_ck CHECK (seq >= 0)
);
-- the chunks are read one by one: no compression attempt on bytes that are mostly compressed already
ALTER TABLE attachment_chunk ALTER COLUMN data SET STORAGE EXTERNAL;

-- One row per file attached to a record; uploaded by and at are created_by and created_at.
CREATE TABLE attachment (
    id           uuid          NOT NULL,
    org_unit     varchar(12)   NOT NULL,
    version      bigint        NOT NULL,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(200)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(200)  NOT NULL,
    record_type  varchar(80)   NOT NULL,
    record_id    uuid          NOT NULL,
    kind         varchar(40)   NOT NULL,
    title        varchar(200)  NOT NULL,
    file_name    varchar(255)  NOT NULL,
    content_type varchar(100)  NOT NULL,
    size         bigint        NOT NULL,
    sha256       char(64)      NOT NULL,
    CONSTRAINT attachment_pk PRIMARY KEY (id),
    CONSTRAINT attachment_version_ck CHECK (version >= 1),
    CONSTRAINT attachment_size_ck CHECK (size >= 0),
    CONSTRAINT attachment_title_ck CHECK (length(btrim(title)) > 0),
    CONSTRAINT attachment_file_name_ck CHECK (length(btrim(file_name)) > 0),
    -- a content still referenced cannot go
    CONSTRAINT attachment_content_fk FOREIGN KEY (sha256) REFERENCES attachment_content (sha256)
);
-- a record's files (its list, its total size, its deletion and its moves)
CREATE INDEX attachment_record_idx ON attachment (record_type, record_id, created_at);
-- whether a content is still referenced
CREATE INDEX attachment_sha256_idx ON attachment (sha256);
