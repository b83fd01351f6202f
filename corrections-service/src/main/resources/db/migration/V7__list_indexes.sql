-- The subject list of a township in its default order (newest intake first, then id): an index range
-- that stops after the page, not a sort of the township's rows; org_unit included for the capped total.
-- The expression must stay exactly the one ListQuery writes: left(org_unit, 9).
CREATE INDEX subject_township_list_idx ON subject (left(org_unit, 9), intake_date DESC, id) INCLUDE (org_unit);
CREATE INDEX subject_list_idx ON subject (intake_date DESC, id);
