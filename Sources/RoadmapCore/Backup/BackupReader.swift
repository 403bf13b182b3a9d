import Foundation

/// Reads a backup's JSON straight into its values in one pass over the bytes: what JSONDecoder reads into
/// `ProgressBackup`, without first making the whole document a tree of JSON values.
/// Nil for anything it does not take plainly (a missing or repeated key, an escaped key, a value of another type, a
/// number other than a plain integer, bytes after the document): the caller then asks JSONDecoder, whose refusal
/// names the place. What it returns is then checked as any backup is (`check`).
// Not JSONDecoder alone: it took 847 MiB and most of the 12 s an import of 100,000 events took (Benchmarks/README.md).
struct BackupReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// How deep `skipValue` is in values no backup field has: deeper than JSONDecoder goes is left to it, never a stack overflow.
    private var depth = 0

    /// Where a streaming read hands each command and event as it reads them, with how many bytes it has read;
    /// false stops the read.
    struct Stream {
        var command: (ProgressBackup.Command, _ bytesRead: Int) -> Bool
        var event: (ProgressBackup.Event, _ bytesRead: Int) -> Bool
    }
    private var stream: Stream?

    /// The backup in `bytes`, or nil for JSONDecoder to read or refuse (bytes that are not UTF-8 too).
    /// With a `stream`, its commands and events go there as they are read and the backup returned holds none;
    /// nil too when its events come before its commands.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, streaming stream: Stream? = nil) -> ProgressBackup? {
        var reader = BackupReader(bytes: bytes)
        reader.stream = stream
        guard let backup = reader.backup() else { return nil }
        reader.skipSpace()
        return reader.position == bytes.count ? backup : nil
    }

    /// The custom roadmaps read from the last `"roadmaps"` key in `bytes`, without reading what comes before: where
    /// `roadmap export` writes them, its keys sorted (`roadmaps`, then `schemaVersion`). Nil when there is none that
    /// reads so. A guess for work begun early (`ProgressBackup.parseRoadmapsNearEnd`), never what the backup holds:
    /// such a key may lie in a string (after an escaped quote), or not be the document's own.
    static func roadmapsNearEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> [ProgressBackup.CustomRoadmap]? {
        let key: StaticString = "\"roadmaps\""
        let count = key.utf8CodeUnitCount
        guard let base = bytes.baseAddress, bytes.count >= count else { return nil }
        var start = bytes.count - count
        while start >= 0, bytes[start] != UInt8(ascii: "\"") || memcmp(base + start, key.utf8Start, count) != 0 { start -= 1 }
        guard start >= 0 else { return nil }
        var reader = BackupReader(bytes: bytes)
        reader.position = start + count
        reader.skipSpace()
        guard reader.take(UInt8(ascii: ":")) else { return nil }
        return reader.array { $0.roadmap() }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func backup() -> ProgressBackup? {
        var format: String?, formatVersion: Int?, schemaVersion: String?, exportedAt: String?
        var enrolments: [ProgressBackup.Enrolment]?, roadmaps: [ProgressBackup.CustomRoadmap]?
        var commands: [ProgressBackup.Command]?, events: [ProgressBackup.Event]?
        let read = object { reader, key in
            switch key {
            case "format": return reader.required(&format) { $0.string() }
            case "formatVersion": return reader.required(&formatVersion) { $0.integer() }
            case "schemaVersion": return reader.required(&schemaVersion) { $0.string() }
            case "exportedAt": return reader.required(&exportedAt) { $0.string() }
            case "enrolments": return reader.required(&enrolments) { $0.array { $0.enrolment() } }
            case "roadmaps": return reader.required(&roadmaps) { $0.array { $0.roadmap() } }
            case "commands":
                guard let stream = reader.stream else { return reader.required(&commands) { $0.array { $0.command() } } }
                return reader.required(&commands) { $0.streamed({ $0.command() }, to: stream.command) }
            case "events":
                guard let stream = reader.stream else { return reader.required(&events) { $0.array { $0.event() } } }
                guard commands != nil else { return false }
                return reader.required(&events) { $0.streamed({ $0.event() }, to: stream.event) }
            default: return reader.skipValue()
            }
        }
        guard read, let format, let formatVersion, let schemaVersion, let exportedAt, let enrolments, let roadmaps,
              let commands, let events
        else { return nil }
        var backup = ProgressBackup(
            schemaVersion: schemaVersion, exportedAt: exportedAt, enrolments: enrolments, roadmaps: roadmaps, commands: commands,
            events: events)
        backup.format = format
        backup.formatVersion = formatVersion
        return backup
    }

    private mutating func enrolment() -> ProgressBackup.Enrolment? {
        var roadmap: String?, startedAt: String?, updatedAt: String?
        var targetStage: String??, targetDate: String??
        let read = object { reader, key in
            switch key {
            case "roadmap": return reader.required(&roadmap) { $0.string() }
            case "startedAt": return reader.required(&startedAt) { $0.string() }
            case "targetStage": return reader.optional(&targetStage)
            case "targetDate": return reader.optional(&targetDate)
            case "updatedAt": return reader.required(&updatedAt) { $0.string() }
            default: return reader.skipValue()
            }
        }
        guard read, let roadmap, let startedAt, let updatedAt else { return nil }
        return ProgressBackup.Enrolment(
            roadmap: roadmap, startedAt: startedAt, targetStage: targetStage ?? nil, targetDate: targetDate ?? nil, updatedAt: updatedAt)
    }

    private mutating func roadmap() -> ProgressBackup.CustomRoadmap? {
        var id: String?, version: Int?, fileName: String?, source: String?, addedAt: String?, updatedAt: String?
        let read = object { reader, key in
            switch key {
            case "id": return reader.required(&id) { $0.string() }
            case "version": return reader.required(&version) { $0.integer() }
            case "fileName": return reader.required(&fileName) { $0.string() }
            case "source": return reader.required(&source) { $0.string() }
            case "addedAt": return reader.required(&addedAt) { $0.string() }
            case "updatedAt": return reader.required(&updatedAt) { $0.string() }
            default: return reader.skipValue()
            }
        }
        guard read, let id, let version, let fileName, let source, let addedAt, let updatedAt else { return nil }
        return ProgressBackup.CustomRoadmap(id: id, version: version, fileName: fileName, source: source, addedAt: addedAt, updatedAt: updatedAt)
    }

    private mutating func command() -> ProgressBackup.Command? {
        var uuid: String?, recordedAt: String?, name: String?, arguments: [String]?
        var undoes: String??, undoneBy: String??
        let read = object { reader, key in
            switch key {
            case "uuid": return reader.required(&uuid) { $0.string() }
            case "recordedAt": return reader.required(&recordedAt) { $0.string() }
            case "name": return reader.required(&name) { $0.string() }
            case "arguments": return reader.required(&arguments) { $0.array { $0.string() } }
            case "undoes": return reader.optional(&undoes)
            case "undoneBy": return reader.optional(&undoneBy)
            default: return reader.skipValue()
            }
        }
        guard read, let uuid, let recordedAt, let name, let arguments else { return nil }
        return ProgressBackup.Command(
            uuid: uuid, recordedAt: recordedAt, name: name, arguments: arguments, undoes: undoes ?? nil, undoneBy: undoneBy ?? nil)
    }

    private mutating func event() -> ProgressBackup.Event? {
        var uuid: String?, command: String?, at: String?, skill: String?, kind: String?
        var from: String??, to: String??, note: String??, url: String??, title: String??, withdraws: String??, recall: String??
        let read = object { reader, key in
            switch key {
            case "uuid": return reader.required(&uuid) { $0.string() }
            case "command": return reader.required(&command) { $0.string() }
            case "at": return reader.required(&at) { $0.string() }
            case "skill": return reader.required(&skill) { $0.string() }
            case "kind": return reader.required(&kind) { $0.string() }
            case "from": return reader.optional(&from)
            case "to": return reader.optional(&to)
            case "note": return reader.optional(&note)
            case "url": return reader.optional(&url)
            case "title": return reader.optional(&title)
            case "withdraws": return reader.optional(&withdraws)
            case "recall": return reader.optional(&recall)
            default: return reader.skipValue()
            }
        }
        guard read, let uuid, let command, let at, let skill, let kind else { return nil }
        return ProgressBackup.Event(
            uuid: uuid, command: command, at: at, skill: skill, kind: kind, from: from ?? nil, to: to ?? nil, note: note ?? nil,
            url: url ?? nil, title: title ?? nil, withdraws: withdraws ?? nil, recall: recall ?? nil)
    }

    // MARK: - Values

    /// Reads a key's value once: a repeated key is left to JSONDecoder.
    private mutating func required<Value>(_ slot: inout Value?, _ value: (inout BackupReader) -> Value?) -> Bool {
        guard slot == nil, let read = value(&self) else { return false }
        slot = read
        return true
    }

    /// A string or null, read once.
    private mutating func optional(_ slot: inout String??) -> Bool {
        guard slot == nil else { return false }
        skipSpace()
        if take("null") {
            slot = .some(nil)
            return true
        }
        guard let string = string() else { return false }
        slot = .some(string)
        return true
    }

    /// An object, each member's value read by `member` (given its key, which must hold no escape).
    private mutating func object(_ member: (inout BackupReader, Key) -> Bool) -> Bool {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return false }
        skipSpace()
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            skipSpace()
            guard let key = plainKey() else { return false }
            skipSpace()
            guard take(UInt8(ascii: ":")), member(&self, key) else { return false }
            skipSpace()
            if take(UInt8(ascii: "}")) { return true }
        } while take(UInt8(ascii: ","))
        return false
    }

    private mutating func array<Element>(_ element: (inout BackupReader) -> Element?) -> [Element]? {
        skipSpace()
        guard take(UInt8(ascii: "[")) else { return nil }
        var elements: [Element] = []
        skipSpace()
        if take(UInt8(ascii: "]")) { return elements }
        repeat {
            guard let value = element(&self) else { return nil }
            elements.append(value)
            skipSpace()
            if take(UInt8(ascii: "]")) { return elements }
        } while take(UInt8(ascii: ","))
        return nil
    }

    /// An array whose elements go to `each` as they are read, not kept: an empty array once all went.
    private mutating func streamed<Element>(_ element: (inout BackupReader) -> Element?, to each: (Element, _ bytesRead: Int) -> Bool) -> [Element]? {
        skipSpace()
        guard take(UInt8(ascii: "[")) else { return nil }
        skipSpace()
        if take(UInt8(ascii: "]")) { return [] }
        repeat {
            guard let value = element(&self), each(value, position) else { return nil }
            skipSpace()
            if take(UInt8(ascii: "]")) { return [] }
        } while take(UInt8(ascii: ","))
        return nil
    }

    /// A plain integer (digits, maybe a minus), as JSONDecoder reads it into `Int`.
    private mutating func integer() -> Int? {
        skipSpace()
        let start = position
        _ = take(UInt8(ascii: "-"))
        let digits = position
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") { position += 1 }
        let count = position - digits
        guard count > 0, count < 19, bytes[digits] != UInt8(ascii: "0") || count == 1 else { return nil }
        // A fraction or exponent after it is left to JSONDecoder.
        if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position]) { return nil }
        var value = 0
        for index in digits..<position { value = value * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
        return bytes[start] == UInt8(ascii: "-") ? -value : value
    }

    /// Skips a value of a key no backup field has: any JSON value.
    private mutating func skipValue() -> Bool {
        skipSpace()
        guard position < bytes.count, depth < 512 else { return false }
        depth += 1
        defer { depth -= 1 }
        switch bytes[position] {
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "{"): return object { reader, _ in reader.skipValue() }
        case UInt8(ascii: "["): return array { reader in reader.skipValue() ? () : nil } != nil
        case UInt8(ascii: "t"): return take("true")
        case UInt8(ascii: "f"): return take("false")
        case UInt8(ascii: "n"): return take("null")
        default:
            // A number: what JSONDecoder makes of an odd one is its to say.
            return integer() != nil
        }
    }

    // MARK: - Strings

    /// A key: a string with no escape, its bytes where they lie. Keys are matched by their bytes, not made
    /// Strings: a backup of 100,000 events has over a million of them.
    private mutating func plainKey() -> Key? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        var high: UInt8 = 0
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\"), bytes[position] >= 0x20 {
            high |= bytes[position]
            position += 1
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        position += 1
        let key = UnsafeBufferPointer(rebasing: bytes[start..<position - 1])
        // A key that is not UTF-8 is JSONDecoder's to refuse; one that is, but no field's, is skipped.
        guard high < 0x80 || String(validating: key, as: UTF8.self) != nil else { return nil }
        return Key(bytes: key)
    }

    /// A string value; its bytes copied whole when it has no escape.
    private mutating func string() -> String? {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        position += 1
        let start = position
        var high: UInt8 = 0
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
            guard bytes[position] >= 0x20 else { return nil }
            high |= bytes[position]
            position += 1
        }
        guard position < bytes.count else { return nil }
        if bytes[position] == UInt8(ascii: "\"") {
            position += 1
            let text = UnsafeBufferPointer(rebasing: bytes[start..<position - 1])
            // ASCII is UTF-8 as it stands: 60 % of the reader's time went to validating it generically.
            if high < 0x80 { return String(decoding: text, as: UTF8.self) }
            // Bytes that are not UTF-8 give nil: the file is then refused as FileText refuses it.
            return String(validating: text, as: UTF8.self)
        }
        var utf8 = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(validating: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { return nil }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(scalar) {
                        // A surrogate pair, as JSON spells characters beyond the basic plane.
                        guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { return nil }
                    utf8.append(contentsOf: String(Character(unicode)).utf8)
                default: return nil
                }
            default:
                guard byte >= 0x20 else { return nil }
                utf8.append(byte)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value << 4 | UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }
        return value
    }

    // MARK: - Bytes

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func take(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for index in 0..<count where bytes[position + index] != word.utf8Start[index] { return false }
        position += count
        return true
    }
}

/// An object's key as its bytes in the backup, matched against the field names in a `switch`.
private struct Key {
    let bytes: UnsafeBufferPointer<UInt8>

    static func ~= (name: StaticString, key: Key) -> Bool {
        name.utf8CodeUnitCount == key.bytes.count && memcmp(name.utf8Start, key.bytes.baseAddress!, key.bytes.count) == 0
    }
}
