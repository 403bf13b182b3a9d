import Foundation
import RoadmapCore
import RoadmapStore

/// A session over a database file for one action of a front other than the command line (the page server):
/// its clock is fixed when it is made, and `arguments` is the command line that records the same thing, which
/// `history` shows.
public final class DatabaseSession: Session {
    public let now: Date
    public let timeZone: TimeZone
    public let storage: SessionStorage
    let arguments: [String]

    public var path: String { storage.path }

    public init(path: String, now: Date = Date(), timeZone: TimeZone = .current, arguments: [String] = []) {
        (self.now, self.timeZone, self.arguments) = (now, timeZone, arguments)
        storage = SessionStorage(path: path)
    }

    public func command(_ name: String) -> CommandInfo {
        CommandInfo(name: name, arguments: ["roadmap"] + arguments, at: now)
    }
}
