-- Quarter and month runs, and runs made for every township of a district in one request
-- (includeChildren): each child run is frozen on its own and names the run it was made with.
ALTER TABLE evaluation_run ADD COLUMN quarter integer;
ALTER TABLE evaluation_run ADD COLUMN month integer;
ALTER TABLE evaluation_run ADD COLUMN parent_run_id uuid;

ALTER TABLE evaluation_run ADD CONSTRAINT evaluation_run_quarter_ck CHECK (quarter IS NULL OR quarter BETWEEN 1 AND 4);
ALTER TABLE evaluation_run ADD CONSTRAINT evaluation_run_month_ck CHECK (month IS NULL OR month BETWEEN 1 AND 12);
-- a quarter or a month is always of a year, and never both
ALTER TABLE evaluation_run ADD CONSTRAINT evaluation_run_subperiod_ck
    CHECK ((quarter IS NULL AND month IS NULL) OR (year IS NOT NULL AND (quarter IS NULL OR month IS NULL)));
ALTER TABLE evaluation_run ADD CONSTRAINT evaluation_run_parent_fk
    FOREIGN KEY (parent_run_id) REFERENCES evaluation_run (id);

CREATE INDEX evaluation_run_parent_idx ON evaluation_run (parent_run_id) WHERE parent_run_id IS NOT NULL;
-- rankings and trends look for the latest run of one org unit and exact period
CREATE INDEX evaluation_run_latest_idx ON evaluation_run (org_unit, period_from, period_to, created_at DESC);
