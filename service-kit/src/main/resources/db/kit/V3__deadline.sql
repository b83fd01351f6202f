-- Kit migration: the statutory items of every record (issue 18), kept current on each audited write
-- (kit.clock.Deadlines), so that a to-do list is an index range and timeliness one aggregate.
CREATE TABLE deadline (
    -- derived from (entity_type, entity_id, kind): a write finds its row without a lookup by columns
    id            uuid         NOT NULL,
    entity_type   varchar(80)  NOT NULL,
    entity_id     uuid         NOT NULL,
    kind          varchar(60)  NOT NULL,
    -- the period as applied to this record (a kind may take another period for some records)
    period        varchar(30)  NOT NULL,
    org_unit      varchar(12)  NOT NULL,
    starts_on     date         NOT NULL,
    due_on        date,
    remind_on     date,
    met_on        date,
    stopped_since date,
    -- the due date, or 9999-12-31 while it is not known (stopped, or the calendar lacks its year):
    -- the list's order, never null, so keyset paging needs no NULL handling
    order_on      date         NOT NULL,
    missing_year  integer,
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT deadline_pk PRIMARY KEY (id),
    CONSTRAINT deadline_item_uk UNIQUE (entity_type, entity_id, kind),
    CONSTRAINT deadline_due_ck CHECK (due_on IS NULL OR due_on > starts_on),
    CONSTRAINT deadline_order_ck CHECK (order_on = coalesce(due_on, DATE '9999-12-31'))
);

-- The to-do lists: open items of a township (and of a whole scope) in due-date order.
CREATE INDEX deadline_open_township_idx ON deadline (left(org_unit, 9), order_on, id) WHERE met_on IS NULL;
CREATE INDEX deadline_open_idx ON deadline (order_on, id) WHERE met_on IS NULL;
-- Timeliness: items of a kind due in a period.
CREATE INDEX deadline_kind_due_idx ON deadline (kind, due_on);


-- What each record type's rows were computed by (kit.clock.DeadlineRefresh): when a release changes a
-- type's rules, its rows are recomputed once at the next start.
CREATE TABLE deadline_rules (
    entity_type varchar(80)   NOT NULL,
    fingerprint varchar(4000) NOT NULL,
    refreshed_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT deadline_rules_pk PRIMARY KEY (entity_type)
);
CREATE INDEX deadline_missing_year_idx ON deadline (missing_year) WHERE missing_year IS NOT NULL;
