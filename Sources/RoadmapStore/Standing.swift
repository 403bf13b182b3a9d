/// What stands: a command that is neither an undo nor undone. Everything a user sees is derived from the commands
/// that stand, in the agreed order (`LogOrder`); every query that asks says so through these fragments, so what
/// undo means is written once.
enum Standing {
    /// The SQL condition that the command row named `alias` stands.
    static func command(_ alias: String) -> String {
        "\(alias).undoes IS NULL AND \(alias).undone_by IS NULL"
    }

    /// The ids of the commands that do not stand, each through its partial index (an `OR` of the two scans the table).
    static let commandsNotStanding = """
        SELECT id FROM command WHERE undoes IS NOT NULL UNION ALL SELECT id FROM command WHERE undone_by IS NOT NULL
        """

    /// The SQL condition that no standing command withdrew the event named `alias` (a note, evidence, or a status
    /// change's note): with its own command standing, it is in force.
    /// The withdrawals are read once for the whole query, not once a row (large `show`: 31,515 rows).
    static func notWithdrawn(_ alias: String) -> String {
        """
        \(alias).uuid NOT IN (SELECT w.withdraws FROM event w JOIN command wc ON wc.id = w.command_id
                             WHERE w.withdraws IS NOT NULL AND \(command("wc")))
        """
    }
}
