-- Kit migration: the formal instruments (格式文书, issue 21) and their numbers, in every line's schema.
-- A number is per year, per issuing office (org unit) and per kind of instrument, e.g. 〔2021〕大司援决字第3号. The
-- counter row is incremented (INSERT ... ON CONFLICT ... DO UPDATE ... RETURNING) in the transaction that records the
-- instrument, so concurrent issues queue on the row and a rolled-back issue gives its number back: no gaps, no doubles.
CREATE TABLE instrument_counter (
    org_unit varchar(12) NOT NULL,
    kind     varchar(40) NOT NULL,
    year     integer     NOT NULL,
    last     integer     NOT NULL,
    CONSTRAINT instrument_counter_pk PRIMARY KEY (org_unit, kind, year),
    CONSTRAINT instrument_counter_last_ck CHECK (last >= 1),
    CONSTRAINT instrument_counter_year_ck CHECK (year BETWEEN 2000 AND 2999)
);

-- One instrument per record and kind: printing it again keeps its number.
CREATE TABLE instrument (
    id              uuid         NOT NULL,
    org_unit        varchar(12)  NOT NULL,
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(200) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(200) NOT NULL,
    record_type     varchar(80)  NOT NULL,
    record_id       uuid         NOT NULL,
    kind            varchar(40)  NOT NULL,
    year            integer      NOT NULL,
    number          integer      NOT NULL,
    document_number varchar(80)  NOT NULL,
    issued_on       date         NOT NULL,
    CONSTRAINT instrument_pk PRIMARY KEY (id),
    CONSTRAINT instrument_version_ck CHECK (version >= 1),
    CONSTRAINT instrument_number_ck CHECK (number >= 1),
    CONSTRAINT instrument_year_ck CHECK (year = extract(year FROM issued_on)),
    CONSTRAINT instrument_record_uk UNIQUE (record_type, record_id, kind),
    CONSTRAINT instrument_number_uk UNIQUE (org_unit, kind, year, number)
);
CREATE INDEX instrument_org_unit_idx ON instrument (org_unit varchar_pattern_ops, created_at);

-- an issued number is never taken back nor changed by the run-time role
REVOKE DELETE, TRUNCATE ON instrument FROM ${app_role};
REVOKE DELETE, TRUNCATE ON instrument_counter FROM ${app_role};
