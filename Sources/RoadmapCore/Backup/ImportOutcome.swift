/// What `roadmap import FILE` brought into the database.
public struct ImportOutcome: Sendable, Hashable {
    public var file: String
    public var summary: ImportSummary

    public init(file: String, summary: ImportSummary) {
        self.file = file
        self.summary = summary
    }

    /// Everything in the file was already here.
    public var recordedNothing: Bool {
        summary.commandsAdded + summary.eventsAdded + summary.enrolmentsAdded + summary.enrolmentsUpdated
            + summary.roadmapsAdded + summary.roadmapsUpdated == 0
    }
}
