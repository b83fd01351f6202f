-- The day a sample's item was done: what its statutory clock (kit.clock) is met by.
ALTER TABLE sample ADD COLUMN done_on date;
ALTER TABLE sample ADD COLUMN stopped_from date;
ALTER TABLE sample ADD COLUMN stopped_until date;
