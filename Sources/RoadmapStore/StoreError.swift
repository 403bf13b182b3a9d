import Foundation
import RoadmapCore
import GRDB

/// Everything that can go wrong with the progress database, each with a short, lower-case, one-line message naming the fix.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notADatabase(path: String)
    case newerSchema(path: String, schema: String)
    case corrupt(path: String)
    case cannotCreate(path: String, reason: String)
    case cannotOpen(path: String)
    case readOnly(path: String)
    case busy(path: String)
    case failed(path: String, reason: String)
    case nothingToUndo
    /// A note or evidence link was withdrawn or undone meanwhile.
    case notInForce(what: String)
    /// The command undo would revert is an import whose commands sync already sent to other devices.
    case importSynced(arguments: [String])
    /// An argument the log could not keep as given (`LogField.textProblem`), so an export would not import.
    case argumentRefused(problem: String)

    public var description: String {
        switch self {
        case let .notADatabase(path):
            return "'\(path)' is not a roadmap database; pass another --db path"
        case let .newerSchema(path, schema):
            return "'\(path)' was written by a newer roadmap (schema \(schema)); upgrade roadmap to use it"
        case let .corrupt(path):
            return "'\(path)' is damaged; restore it from a backup or pass another --db path"
        case let .cannotCreate(path, reason):
            return "cannot create '\(path)': \(reason)"
        case let .cannotOpen(path):
            return "cannot open '\(path)'; check that it and its folder are readable and writable"
        case let .readOnly(path):
            return "'\(path)' is read-only; make it writable (chmod u+w) or pass another --db path"
        case let .busy(path):
            return "'\(path)' stayed locked by another roadmap; try again"
        case let .failed(path, reason):
            return "cannot use '\(path)': \(reason)"
        case .nothingToUndo:
            return "nothing to undo"
        case let .importSynced(arguments):
            return "cannot undo 'roadmap \(arguments.joined(separator: " "))': sync already sent what it brought to your other devices; "
                + "change those skills with done, learning, skip or reset instead"
        case let .argumentRefused(problem):
            return "an argument \(problem); nothing was recorded"
        case let .notInForce(what):
            return "that \(what) was withdrawn or undone meanwhile; list them again"
        }
    }
}

extension StoreError {
    /// Turns whatever SQLite or the file system threw into a message the user can act on.
    static func translating(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        // Our columns are typed and NOT NULL; a value that does not decode was written by hand.
        if error is RowDecodingError { return .corrupt(path: path) }
        guard let error = error as? DatabaseError else {
            return .failed(path: path, reason: singleLine(String(describing: error)))
        }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM: return .readOnly(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        default: return .failed(path: path, reason: singleLine(error.message ?? "sqlite error \(error.resultCode.rawValue)"))
        }
    }

    /// Messages stay on one line, whatever the underlying library wrote.
    private static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").lowercased()
    }
}
