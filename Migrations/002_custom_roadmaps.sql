-- Roadmaps the user added with 'roadmap add', kept as the YAML they gave so the file is not needed afterwards.
CREATE TABLE custom_roadmap (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    source TEXT NOT NULL,                             -- the roadmap file's YAML text
    compiled TEXT NOT NULL,                           -- the parsed form, read without parsing YAML again
    file_name TEXT NOT NULL,                          -- the name it was added from, for messages
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- What each started roadmap looked like when the user last heard of it, so a change is told once.
CREATE TABLE roadmap_snapshot (
    roadmap TEXT PRIMARY KEY,
    content_key TEXT NOT NULL,                        -- the versions of the roadmap and all it includes
    skills TEXT NOT NULL,                             -- JSON: the skills with their titles, stages and aliases
    taken_at TEXT NOT NULL
);

-- Every change found between two snapshots, for 'roadmap changes'.
CREATE TABLE roadmap_change (
    id INTEGER PRIMARY KEY,
    roadmap TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    details TEXT NOT NULL                             -- JSON: what was added, renamed, retired, moved
);
