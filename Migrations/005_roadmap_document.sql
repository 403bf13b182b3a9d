-- A custom roadmap's parsed document as JSON (RoadmapDocument's Codable form), read back without parsing YAML.
-- Null for roadmaps stored before it: the program parses their `source` and writes the document back.
-- `compiled`, the form this replaces, stays NOT NULL as schema 002 made it; new rows leave it empty.
ALTER TABLE custom_roadmap ADD COLUMN document TEXT;

-- What a command found in the column, so undo puts back the document too.
ALTER TABLE custom_roadmap_before ADD COLUMN document TEXT;
