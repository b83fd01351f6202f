-- The main lists of a township in their default order (newest first, then id): an index range that stops
-- after the page, not a sort of the township's rows; org_unit included for the capped total.
-- The expression must stay exactly the one ListQuery writes: left(org_unit, 9).
CREATE INDEX legal_aid_case_township_list_idx ON legal_aid_case (left(org_unit, 9), accepted_on DESC, id) INCLUDE (org_unit);
CREATE INDEX application_township_list_idx ON application (left(org_unit, 9), received_on DESC, id) INCLUDE (org_unit);
CREATE INDEX consultation_township_list_idx ON consultation (left(org_unit, 9), consulted_on DESC, id) INCLUDE (org_unit);
