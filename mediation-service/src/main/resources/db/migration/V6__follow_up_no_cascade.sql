-- A follow-up is a sync resource of its own: deleting its dispute must not remove it silently (it
-- would leave no tombstone, and a mirror would keep it for ever). The dispute's deletion is refused
-- instead, naming the follow-ups, until they are deleted first.
ALTER TABLE follow_up DROP CONSTRAINT follow_up_dispute_fk;
ALTER TABLE follow_up ADD CONSTRAINT follow_up_dispute_fk FOREIGN KEY (dispute_id) REFERENCES dispute (id);
