-- Reviews of done skills are events of their own kind, with how well the skill was recalled.
-- SQLite cannot change a CHECK constraint in place, so the event table is rebuilt with the same rows and ids,
-- then its indexes and the trigger that keeps skill_state are made again as 001, 002 and 004 left them.
CREATE TABLE event_new (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    command_id INTEGER NOT NULL REFERENCES command(id),
    at TEXT NOT NULL,                                 -- effective time; may be back-dated
    skill TEXT NOT NULL,                              -- dotted skill id, e.g. 'python.numpy'
    kind TEXT NOT NULL CHECK (kind IN ('status', 'note', 'evidence', 'note_withdrawn', 'evidence_withdrawn', 'review')),
    from_status TEXT CHECK (from_status IN ('todo', 'learning', 'done', 'skipped')),
    to_status TEXT CHECK (to_status IN ('todo', 'learning', 'done', 'skipped')),
    note TEXT,
    url TEXT,
    title TEXT,
    withdraws TEXT,
    recall TEXT CHECK (recall IN ('easy', 'good', 'hard', 'forgot')),  -- reviews only
    CHECK ((kind = 'status') = (from_status IS NOT NULL AND to_status IS NOT NULL)),
    CHECK ((kind = 'review') = (recall IS NOT NULL))
);

INSERT INTO event_new (id, uuid, command_id, at, skill, kind, from_status, to_status, note, url, title, withdraws)
SELECT id, uuid, command_id, at, skill, kind, from_status, to_status, note, url, title, withdraws FROM event;

DROP TABLE event;
ALTER TABLE event_new RENAME TO event;

CREATE INDEX event_by_skill ON event(skill, id);
CREATE INDEX status_event_by_skill ON event(skill, id) WHERE kind = 'status';
CREATE INDEX event_by_command ON event(command_id);
CREATE INDEX event_withdrawn ON event(withdraws) WHERE withdraws IS NOT NULL;
-- The schedule reads every review in force at once.
CREATE INDEX review_event ON event(skill, id) WHERE kind = 'review';

CREATE TRIGGER skill_state_follows_status AFTER INSERT ON event
WHEN NEW.kind = 'status'
    AND EXISTS (SELECT 1 FROM command WHERE id = NEW.command_id AND undoes IS NULL AND undone_by IS NULL)
BEGIN
    INSERT OR REPLACE INTO skill_state (skill, event_id) VALUES (NEW.skill, NEW.id);
END;
