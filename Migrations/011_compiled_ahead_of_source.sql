-- A custom roadmap's small columns, then its compiled text, then its YAML. Every command reads the compiled text
-- and the small columns, and SQLite reaches a column only through the overflow pages of the columns before it: with
-- the YAML second, each command read the YAML's pages too (large: 800 of 1,540 page reads). The same rows, in the
-- table made again.
CREATE TABLE custom_roadmap_reordered (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    file_name TEXT NOT NULL,                          -- the name it was added from, for messages
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    compiled TEXT NOT NULL,                           -- the parsed form, read without parsing YAML again
    source TEXT NOT NULL,                             -- the roadmap file's YAML text
    document TEXT                                     -- schema 005's JSON form, left empty since
);
INSERT INTO custom_roadmap_reordered (id, version, file_name, added_at, updated_at, compiled, source, document)
SELECT id, version, file_name, added_at, updated_at, compiled, source, document FROM custom_roadmap;
DROP TABLE custom_roadmap;
ALTER TABLE custom_roadmap_reordered RENAME TO custom_roadmap;
