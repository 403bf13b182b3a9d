-- skill_state carries its deciding event's status and time beside the event's id, so every mark is read from
-- skill_state alone: read through the event table, each marked skill cost a page read of its own (large: 3,393
-- reads, about 10 ms of every status, report and next). The store keeps them with the id (DerivedState).
ALTER TABLE skill_state ADD COLUMN to_status TEXT;
ALTER TABLE skill_state ADD COLUMN at TEXT;
UPDATE skill_state SET (to_status, at) = (SELECT e.to_status, e.at FROM event e WHERE e.id = skill_state.event_id);

-- The program never changes an event row, but a repair by hand does (doctor gives one for a time that does not
-- read): the copy follows it. Which event stands does not depend on these fields, so the store stays its one judge.
CREATE TRIGGER skill_state_follows_event_edit AFTER UPDATE OF to_status, at ON event
BEGIN
    UPDATE skill_state SET to_status = NEW.to_status, at = NEW.at WHERE event_id = NEW.id;
END;
