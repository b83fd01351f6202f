-- The change feed read by a township (issue 17): its scope's changes after a cursor, in (xid, id)
-- order. audit_log_feed_idx (entity_type, xid, id) serves a caller who sees (nearly) everything, but
-- a township that has nothing new walks every other township's changes since its cursor. Here the
-- township (the first 9 digits of the division code, which nest by prefix: see OrgUnitCode) is an
-- equality, so the cursor is the start of an index range and a quiet township's poll is one probe.
CREATE INDEX audit_log_feed_township_idx ON audit_log (entity_type, substr(org_unit, 1, 9), xid, id);
