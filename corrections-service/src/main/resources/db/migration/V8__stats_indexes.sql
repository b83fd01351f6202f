-- Stats (issue 17): a township's period figures read one index range per table, scope and date together;
-- the district's use the date indexes of V2-V5.
CREATE INDEX investigation_org_unit_completed_on_idx ON investigation (org_unit varchar_pattern_ops, completed_on);
CREATE INDEX violation_org_unit_occurred_on_idx ON violation (org_unit varchar_pattern_ops, occurred_on);
CREATE INDEX remote_visit_org_unit_visited_on_idx ON remote_visit (org_unit varchar_pattern_ops, visited_on);
CREATE INDEX education_session_org_unit_held_on_idx ON education_session (org_unit varchar_pattern_ops, held_on);
