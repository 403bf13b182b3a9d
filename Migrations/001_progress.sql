-- Progress is an append-only log: commands the user ran, and the events each one recorded.
-- Times are ISO-8601 UTC text with milliseconds ('2026-01-10T09:30:00.000Z'), so text order is time order.

-- Marks the file as a roadmap database ('RMAP'), so it is told apart from any other SQLite file.
PRAGMA application_id = 1380794704;

-- One row per progress-changing command invocation; undo links two rows together.
CREATE TABLE command (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,                        -- stable identity across export/import
    recorded_at TEXT NOT NULL,                        -- when the command ran
    name TEXT NOT NULL,                               -- done, learning, skip, reset, note, evidence, undo
    arguments TEXT NOT NULL,                          -- the command line as typed, a JSON array of strings
    undoes INTEGER REFERENCES command(id),            -- for an undo: the command it reverted
    undone_by INTEGER REFERENCES command(id)          -- set once an undo reverts this command
);

-- What a command did to one skill. Never updated nor deleted.
CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    command_id INTEGER NOT NULL REFERENCES command(id),
    at TEXT NOT NULL,                                 -- effective time; may be back-dated
    skill TEXT NOT NULL,                              -- dotted skill id, e.g. 'python.numpy'
    kind TEXT NOT NULL CHECK (kind IN ('status', 'note', 'evidence', 'note_withdrawn', 'evidence_withdrawn')),
    from_status TEXT CHECK (from_status IN ('todo', 'learning', 'done', 'skipped')),
    to_status TEXT CHECK (to_status IN ('todo', 'learning', 'done', 'skipped')),
    note TEXT,
    url TEXT,
    title TEXT,
    CHECK ((kind = 'status') = (from_status IS NOT NULL AND to_status IS NOT NULL))
);

-- A skill's history, newest first, without scanning the whole log.
CREATE INDEX event_by_skill ON event(skill, id);
-- Current status = newest status event per skill; this index answers it without reading the table.
CREATE INDEX status_event_by_skill ON event(skill, id) WHERE kind = 'status';
-- Undo gathers the events of one command.
CREATE INDEX event_by_command ON event(command_id);

-- Roadmaps the user follows, with an optional goal.
CREATE TABLE enrolment (
    roadmap TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    target_stage TEXT,
    target_date TEXT,                                 -- 'YYYY-MM-DD'
    updated_at TEXT NOT NULL
);
