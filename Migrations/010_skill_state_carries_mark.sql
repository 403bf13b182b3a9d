-- skill_state carries its deciding event's status and time beside the event's id, so every mark is read from
-- skill_state alone: read through the event table, each marked skill cost a page read of its own (large: 3,393
-- reads, about 10 ms of every status, report and next). The store keeps them with the id (DerivedState); an event row
-- never changes once written.
ALTER TABLE skill_state ADD COLUMN to_status TEXT;
ALTER TABLE skill_state ADD COLUMN at TEXT;
UPDATE skill_state SET (to_status, at) = (SELECT e.to_status, e.at FROM event e WHERE e.id = skill_state.event_id);
