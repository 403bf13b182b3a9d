-- Sync: every device derives the same state from the same commands, in one order they all agree on: the moment
-- each command was recorded, then its uuid (then, within a command, the order of its events) — never the order in
-- which rows happened to be inserted here. The Swift step that follows (SyncOrderUpgrade) fills what this file
-- cannot: the after-states of past commands, and an 'upgrade' command that keeps what the database showed.

-- The device a command was received from through sync; null for a command recorded here (or imported here).
ALTER TABLE command ADD COLUMN origin TEXT;
-- How far a command recorded here has gone: 0 only here, 1 written to this device's sync file, 2 pushed.
ALTER TABLE command ADD COLUMN sync_stage INTEGER NOT NULL DEFAULT 0;
-- The agreed order, and the newest command (a new command is recorded after it).
CREATE INDEX command_order ON command(recorded_at, uuid);
-- What waits to be sent, counted by status on every run without reading the whole log.
CREATE INDEX command_unsent ON command(id) WHERE origin IS NULL AND sync_stage < 2;

-- This database as a sync device: made by the first 'roadmap sync'.
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device TEXT NOT NULL,                             -- a lowercase UUID, this database's file name in the repository
    remote TEXT,                                      -- as the user gave it
    last_sync_at TEXT,                                -- when the last push finished
    applied_tree TEXT                                 -- the git tree of devices/ whose every line this database holds
);

-- What a command (start, import, upgrade) left an enrolment as, so every device can derive enrolments from the
-- commands that stand: the newest setter's target, the earliest start.
CREATE TABLE enrolment_after (
    command_id INTEGER NOT NULL REFERENCES command(id),
    roadmap TEXT NOT NULL,
    started_at TEXT NOT NULL,
    target_stage TEXT,
    target_date TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (command_id, roadmap)
);

-- What a command (add, remove, import, upgrade) left a custom roadmap as; existed = 0: it removed it.
CREATE TABLE custom_roadmap_after (
    command_id INTEGER NOT NULL REFERENCES command(id),
    id TEXT NOT NULL,
    existed INTEGER NOT NULL,
    version INTEGER,
    source TEXT,
    file_name TEXT,
    added_at TEXT,
    updated_at TEXT,
    PRIMARY KEY (command_id, id)
);
CREATE INDEX enrolment_after_by_roadmap ON enrolment_after(roadmap);
CREATE INDEX custom_roadmap_after_by_id ON custom_roadmap_after(id);

-- skill_state keeps, per skill, the status event that comes last in the agreed order among commands that stand;
-- an event received late for an earlier command no longer displaces a newer one.
DROP TRIGGER skill_state_follows_status;
CREATE TRIGGER skill_state_follows_status AFTER INSERT ON event
WHEN NEW.kind = 'status'
    AND EXISTS (SELECT 1 FROM command WHERE id = NEW.command_id AND undoes IS NULL AND undone_by IS NULL)
    AND NOT EXISTS (
        SELECT 1 FROM skill_state s JOIN event e ON e.id = s.event_id JOIN command c ON c.id = e.command_id
        JOIN command n ON n.id = NEW.command_id
        WHERE s.skill = NEW.skill AND (c.recorded_at, c.uuid, e.id) > (n.recorded_at, n.uuid, NEW.id))
BEGIN
    INSERT OR REPLACE INTO skill_state (skill, event_id) VALUES (NEW.skill, NEW.id);
END;
