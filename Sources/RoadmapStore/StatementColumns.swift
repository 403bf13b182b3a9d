import Foundation
import GRDB
import GRDBSQLite
import RoadmapCore

/// The row a cursor stands on, read through SQLite's C API as GRDB's `decode(atIndex:)` reads it (any value not
/// NULL as text up to its first NUL, or as an integer), without its generic decoding, and a word of a few (a kind, a
/// status) matched in place: large `history` made 876,000 strings, 550 M instructions, of 100,000 rows.
struct StatementColumns {
    let statement: SQLiteStatement

    init(_ statement: Statement) { self.statement = statement.sqliteStatement }

    func isNull(_ index: CInt) -> Bool { sqlite3_column_type(statement, index) == SQLITE_NULL }

    /// The integer; nil for NULL.
    func int64(_ index: CInt) -> Int64? { isNull(index) ? nil : sqlite3_column_int64(statement, index) }

    /// The text; nil for NULL.
    func text(_ index: CInt) -> String? {
        // SQLite gives no text for NULL (and an empty blob): the type is asked only then.
        guard let bytes = sqlite3_column_text(statement, index) else { return isNull(index) ? nil : "" }
        return String(cString: bytes)
    }

    /// `body` of the text's bytes up to its first NUL, as `text` reads them but not made a string; nil for NULL.
    func withText<Result>(_ index: CInt, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard let bytes = sqlite3_column_text(statement, index) else { return nil }
        return body(UnsafeBufferPointer(start: bytes, count: strlen(bytes)))
    }

    /// `body` of the text `text` reads, as valid UTF-8 bytes without a string made of them; nil for NULL.
    func withValidText<Result>(_ index: CInt, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
        guard let bytes = sqlite3_column_text(statement, index) else { return body(isNull(index) ? nil : UnsafeBufferPointer(start: nil, count: 0)) }
        let text = UnsafeBufferPointer(start: bytes, count: strlen(bytes))
        // ASCII is valid UTF-8 as it stands; other text goes through a string, which repairs it as `text` does.
        guard !ByteWord.isASCII(text) else { return body(text) }
        var repaired = String(decoding: text, as: UTF8.self)
        return repaired.withUTF8 { body($0) }
    }

    /// Whether two columns hold the same text up to their first NULs (as their strings would be equal, byte for byte).
    func sameText(_ first: CInt, _ second: CInt) -> Bool {
        guard let one = sqlite3_column_text(statement, first), let other = sqlite3_column_text(statement, second)
        else { return false }
        return strcmp(one, other) == 0
    }

    /// The one of `words` the column holds, byte for byte up to its first NUL (so exactly when the text read would
    /// equal its raw value); nil for NULL and for anything else, which the caller reads as text to say why.
    func word<Word: Sendable>(_ index: CInt, among words: ColumnWords<Word>) -> Word? {
        guard let bytes = sqlite3_column_text(statement, index) else { return nil }
        for (spelling, word) in words.spellings where Self.holds(bytes, spelling) { return word }
        return nil
    }

    /// Byte by byte, stopping at the first that differs: a shorter text's NUL ends it.
    private static func holds(_ bytes: UnsafePointer<UInt8>, _ spelling: [UInt8]) -> Bool {
        var position = 0
        for byte in spelling {
            guard bytes[position] == byte else { return false }
            position += 1
        }
        return bytes[position] == 0
    }
}

/// A few words a column may hold (a kind, a status), each with its bytes spelled out once.
struct ColumnWords<Word: Sendable>: Sendable {
    let spellings: [(bytes: [UInt8], word: Word)]

    init(_ words: [Word]) where Word: RawRepresentable, Word.RawValue == String {
        spellings = words.map { (Array($0.rawValue.utf8), $0) }
    }
}
