-- The dispute list of a township (a clerk's scope or an orgUnit filter) reads this index: equality on the
-- township's 9-digit prefix, in the list's default order (newest registration first, then id), so the
-- newest page and every keyset page stop after the page instead of sorting the township's rows.
-- org_unit is included so the capped total can be counted from the index alone.
-- The expression must stay exactly the one ListQuery writes: left(org_unit, 9).
CREATE INDEX dispute_township_list_idx ON dispute (left(org_unit, 9), registered_on DESC, id) INCLUDE (org_unit);
-- A district-wide list (the district admin without a filter) in the same order.
CREATE INDEX dispute_list_idx ON dispute (registered_on DESC, id);
