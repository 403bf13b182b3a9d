-- skill_state has one writer, the store (DerivedState), in the same transaction as every write that changes which
-- status events stand: recording, undo, import, sync and upgrades change it by inserts, updates and deletes alike,
-- and what stands is defined once, in Swift (Standing). The trigger that also kept it on insert goes; its rows stay.
DROP TRIGGER skill_state_follows_status;
