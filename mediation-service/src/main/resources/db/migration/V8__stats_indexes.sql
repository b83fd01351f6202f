-- Stats (issue 17): the mediators' statement keeps those whose term started by the period's end; a
-- township's follow-ups and trainings read one index range, scope and date together. The disputes'
-- statement combines the date indexes of V4 (a bitmap OR): no new index on the largest table.
CREATE INDEX mediator_term_start_idx ON mediator (term_start);
CREATE INDEX follow_up_org_unit_visited_on_idx ON follow_up (org_unit varchar_pattern_ops, visited_on);
CREATE INDEX training_org_unit_held_on_idx ON training (org_unit varchar_pattern_ops, held_on);
