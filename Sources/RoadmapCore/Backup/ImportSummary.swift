import Foundation

/// What an import added, and what it already had.
public struct ImportSummary: Sendable, Hashable, Codable {
    public var commandsAdded = 0
    public var eventsAdded = 0
    public var eventsPresent = 0
    public var enrolmentsAdded = 0
    public var enrolmentsUpdated = 0
    public var roadmapsAdded = 0
    public var roadmapsUpdated = 0

    public init() {}
}
