import Foundation

extension SyncLine {
    /// What is wrong with a line read from a device file, as a phrase ("has an invalid skill id 'X' at events[0]").
    public struct Invalid: Error, Hashable {
        public var reason: String
        public init(reason: String) { self.reason = reason }
    }

    /// Checks a line on its own as `import` checks a backup (ids, times, vocabularies, the custom roadmaps' YAML);
    /// references to other lines (what an undo reverts, what a withdrawal withdraws) are checked when applied.
    /// - Returns: the line's custom roadmaps, parsed, by id.
    public func check() throws -> [String: RoadmapDocument] {
        var command = command
        command.undoes = nil
        command.undoneBy = nil
        let events = events.map { event in
            var event = event
            event.withdraws = nil
            return event
        }
        let alone = ProgressBackup(
            schemaVersion: "", exportedAt: "", enrolments: enrolments, roadmaps: roadmaps, commands: [command], events: events)
        do {
            for (index, id) in roadmapsRemoved.enumerated() where !LogField.isRoadmapID(id) {
                throw RoadmapError.invalidBackup("has an invalid roadmap id '\(id)' at roadmapsRemoved[\(index)]")
            }
            // What they refer to is found when applied; their form is checked here, as a backup's are.
            if let undoes = self.command.undoes, !LogField.isUUID(undoes) {
                throw RoadmapError.invalidBackup("has an invalid command uuid '\(undoes)' at command.undoes")
            }
            for (index, event) in self.events.enumerated() {
                if let withdrawn = event.withdraws, !LogField.isUUID(withdrawn) {
                    throw RoadmapError.invalidBackup("has an invalid event uuid '\(withdrawn)' at events[\(index)].withdraws")
                }
            }
            return try alone.check()
        } catch let RoadmapError.invalidBackup(reason) {
            // The line's one command is checked as a backup's first.
            // A value quoted in the reason may hold a line break; a refusal stays one line.
            let oneLine = String(reason.map { $0.isNewline ? " " : $0 })
            throw Invalid(reason: oneLine.replacingOccurrences(of: " at commands[0]", with: " at command"))
        }
    }
}
