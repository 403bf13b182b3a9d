-- Undo restores the exact state before a command: a skill's state is derived from the commands that still
-- stand (neither undone nor an undo), so undoing one brings back the previous mark with its own day.
-- An undo's own status events stay in the log for history only.
-- A back-dated mark's `at` is the day it is dated to ('2026-03-01'), with no invented time of day.

-- The note or evidence event (by uuid) that a note_withdrawn or evidence_withdrawn event withdraws;
-- null for the withdrawals older undos logged, which counted through their undone command instead.
ALTER TABLE event ADD COLUMN withdraws TEXT;
CREATE INDEX event_withdrawn ON event(withdraws) WHERE withdraws IS NOT NULL;

-- Set on the commands an import brought in: undoing that import removes exactly them.
ALTER TABLE command ADD COLUMN imported_by INTEGER REFERENCES command(id);
CREATE INDEX command_by_import ON command(imported_by) WHERE imported_by IS NOT NULL;

-- What a command (start, import) found in the enrolment table before it changed a row, so undo restores it.
CREATE TABLE enrolment_before (
    command_id INTEGER NOT NULL REFERENCES command(id),
    roadmap TEXT NOT NULL,
    existed INTEGER NOT NULL,                         -- 0: the command created the row
    started_at TEXT,
    target_stage TEXT,
    target_date TEXT,
    updated_at TEXT,
    PRIMARY KEY (command_id, roadmap)
);

-- What a command (add, remove, import) found in the custom_roadmap table before it changed a row.
CREATE TABLE custom_roadmap_before (
    command_id INTEGER NOT NULL REFERENCES command(id),
    id TEXT NOT NULL,
    existed INTEGER NOT NULL,                         -- 0: the command added the roadmap
    version INTEGER,
    source TEXT,
    compiled TEXT,
    file_name TEXT,
    added_at TEXT,
    updated_at TEXT,
    PRIMARY KEY (command_id, id)
);

-- skill_state now follows only status events of commands that stand.
DROP TRIGGER skill_state_follows_status;
CREATE TRIGGER skill_state_follows_status AFTER INSERT ON event
WHEN NEW.kind = 'status'
    AND EXISTS (SELECT 1 FROM command WHERE id = NEW.command_id AND undoes IS NULL AND undone_by IS NULL)
BEGIN
    INSERT OR REPLACE INTO skill_state (skill, event_id) VALUES (NEW.skill, NEW.id);
END;

DELETE FROM skill_state;
INSERT INTO skill_state (skill, event_id)
SELECT e.skill, MAX(e.id) FROM event e JOIN command c ON c.id = e.command_id
WHERE e.kind = 'status' AND c.undoes IS NULL AND c.undone_by IS NULL
GROUP BY e.skill;
