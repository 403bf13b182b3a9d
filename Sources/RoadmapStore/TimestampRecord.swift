import Foundation
import GRDB
import RoadmapCore

/// A record whose `Date` properties are stored as `Timestamp` text, as every time in the database is,
/// rather than in GRDB's default format.
protocol TimestampRecord: FetchableRecord, EncodableRecord {}

extension TimestampRecord {
    static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy {
        .custom { String.fromDatabaseValue($0).flatMap(LogField.time) }
    }

    static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        .custom { Timestamp.text($0) }
    }
}
