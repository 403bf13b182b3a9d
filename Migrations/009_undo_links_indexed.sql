-- Deleting a command row (undoing an import removes the commands it brought) makes SQLite look, for the foreign keys,
-- for every row naming it in undoes and undone_by; unindexed, each look scanned the whole command table, so undoing
-- an import of 100,000 commands ran for over ten minutes. Partial: only undos and undone commands have them set.
CREATE INDEX command_by_undoes ON command(undoes) WHERE undoes IS NOT NULL;
CREATE INDEX command_by_undone_by ON command(undone_by) WHERE undone_by IS NOT NULL;
