import Foundation

/// The one writer of a backup's JSON (Foundation's pretty layout, sorted keys; held to GoldenBackup.json), whole
/// (`encode`) or as its parts are read (`ProgressBackup.write`).
// Not JSONEncoder: it took 2.3× the instructions and 386 MiB, not 297, for 100,000 events (Benchmarks/README.md).
enum BackupJSON {
    static func encode(_ backup: ProgressBackup) -> Data {
        var json = PrettyJSON()
        // About what a hundred thousand events take, so the buffer grows once or twice rather than twenty times.
        json.bytes.reserveCapacity(4096 + backup.events.count * 340 + backup.commands.count * 300 + backup.roadmaps.reduce(0) { $0 + $1.source.utf8.count * 11 / 10 })
        // A backup held whole reads its parts without fail: nothing to throw.
        try? write(backup, to: &json)
        return json.bytes.withBytes { Data(buffer: $0) }
    }

    static func write(_ parts: some BackupParts, to json: inout PrettyJSON) throws {
        try json.object { json in
            // Keys in sorted order, as `.sortedKeys` puts them.
            try json.member("commands") { json in try json.array(parts.eachCommand) { write(&$0, $1) } }
            try json.member("enrolments") { json in try json.array(parts.eachEnrolment, write(_:_:)) }
            try json.member("events") { json in try json.array(parts.eachEvent) { write(&$0, $1) } }
            json.member("exportedAt") { $0.string(parts.exportedAt) }
            json.member("format") { $0.string(parts.format) }
            json.member("formatVersion") { $0.integer(parts.formatVersion) }
            try json.member("roadmaps") { json in try json.array(parts.eachRoadmap, write(_:_:)) }
            json.member("schemaVersion") { $0.string(parts.schemaVersion) }
        }
        json.bytes.append(UInt8(ascii: "\n"))
    }

    static func write(_ json: inout PrettyJSON, _ command: some CommandFields) {
        json.object { json in
            json.member("arguments") { $0.texts(command.eachArgument) }
            json.member("name") { $0.text(.name, of: command) }
            json.member("recordedAt") { $0.text(.recordedAt, of: command) }
            json.member("undoes") { $0.text(.undoes, of: command) }
            json.member("undoneBy") { $0.text(.undoneBy, of: command) }
            json.member("uuid") { $0.text(.uuid, of: command) }
        }
    }

    static func write(_ json: inout PrettyJSON, _ enrolment: ProgressBackup.Enrolment) {
        json.object { json in
            json.member("roadmap") { $0.string(enrolment.roadmap) }
            json.member("startedAt") { $0.string(enrolment.startedAt) }
            json.member("targetDate") { $0.string(enrolment.targetDate) }
            json.member("targetStage") { $0.string(enrolment.targetStage) }
            json.member("updatedAt") { $0.string(enrolment.updatedAt) }
        }
    }

    static func write(_ json: inout PrettyJSON, _ event: some EventFields) {
        json.object { json in
            json.member("at") { $0.text(.at, of: event) }
            json.member("command") { $0.text(.command, of: event) }
            json.member("from") { $0.text(.from, of: event) }
            json.member("kind") { $0.text(.kind, of: event) }
            json.member("note") { $0.text(.note, of: event) }
            if event.withText(.recall, { $0 != nil }) { json.member("recall") { $0.text(.recall, of: event) } }
            json.member("skill") { $0.text(.skill, of: event) }
            json.member("title") { $0.text(.title, of: event) }
            json.member("to") { $0.text(.to, of: event) }
            json.member("url") { $0.text(.url, of: event) }
            json.member("uuid") { $0.text(.uuid, of: event) }
            if event.withText(.withdraws, { $0 != nil }) { json.member("withdraws") { $0.text(.withdraws, of: event) } }
        }
    }

    static func write(_ json: inout PrettyJSON, _ roadmap: ProgressBackup.CustomRoadmap) {
        json.object { json in
            json.member("addedAt") { $0.string(roadmap.addedAt) }
            json.member("fileName") { $0.string(roadmap.fileName) }
            json.member("id") { $0.string(roadmap.id) }
            json.member("source") { $0.string(roadmap.source) }
            json.member("updatedAt") { $0.string(roadmap.updatedAt) }
            json.member("version") { $0.integer(roadmap.version) }
        }
    }
}

/// Foundation's pretty-printed JSON layout: two-space indents, `"key" : value`, and an empty container as
/// an opening line, a blank line and its closing bracket. With `flush`, the bytes so far go there after any
/// array element that brings them to `flushingAt`.
struct PrettyJSON {
    let bytes: OutputBytes
    private var level = 0
    /// Whether the innermost open container has no element yet.
    private var isEmpty = true
    private var flushingAt = Int.max
    private var output: (([UInt8]) throws -> Void)?

    init() { bytes = OutputBytes() }

    init(flushingAt size: Int, to output: @escaping ([UInt8]) throws -> Void) {
        (flushingAt, self.output) = (size, output)
        bytes = OutputBytes(capacity: size + size / 4)
    }

    /// Hands over the bytes so far, when there is an output.
    mutating func flush() throws {
        guard let output, !bytes.isEmpty else { return }
        try output(bytes.withBytes(Array.init))
        bytes.removeAll()
    }

    mutating func object(_ members: (inout PrettyJSON) throws -> Void) rethrows {
        open(UInt8(ascii: "{"))
        try members(&self)
        close(UInt8(ascii: "}"))
    }

    /// A member whose key is a plain word (no byte JSON escapes), written as it stands.
    mutating func member(_ key: StaticString, _ value: (inout PrettyJSON) throws -> Void) rethrows {
        startElement()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(key)
        bytes.append("\" : ")
        try value(&self)
    }

    /// An array of the items `each` hands over.
    mutating func array<Item>(
        _ each: ((Item) throws -> Void) throws -> Void, _ element: @escaping (inout PrettyJSON, Item) -> Void
    ) throws {
        open(UInt8(ascii: "["))
        try each { item in
            startElement()
            element(&self, item)
            if bytes.count >= flushingAt { try flush() }
        }
        close(UInt8(ascii: "]"))
    }

    mutating func array<Items: Sequence>(_ items: Items, _ element: (inout PrettyJSON, Items.Element) -> Void) {
        open(UInt8(ascii: "["))
        for item in items {
            startElement()
            element(&self, item)
        }
        close(UInt8(ascii: "]"))
    }

    mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A string, or null for nil.
    mutating func string(_ value: String?) {
        guard var value else { return bytes.append("null") }
        value.withUTF8(quoted)
    }

    /// An event's field as a string, or null.
    mutating func text(_ field: ProgressBackup.Event.Field, of event: some EventFields) {
        event.withText(field) { text($0) }
    }

    /// A command's field as a string, or null.
    mutating func text(_ field: ProgressBackup.Command.Field, of command: some CommandFields) {
        command.withText(field) { text($0) }
    }

    /// Text as a string, or null for nil.
    private mutating func text(_ value: UnsafeBufferPointer<UInt8>?) {
        guard let value else { return bytes.append("null") }
        quoted(value)
    }

    /// An array of the texts `each` hands over, as strings.
    mutating func texts(_ each: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        open(UInt8(ascii: "["))
        each { text in
            startElement()
            quoted(text)
        }
        close(UInt8(ascii: "]"))
    }

    /// Text as a JSON string.
    private func quoted(_ text: UnsafeBufferPointer<UInt8>) {
        JSONString.append(utf8: text, to: bytes)
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        level += 1
        isEmpty = true
    }

    /// The comma after the element before, the line break and the indent: one piece of `lines`, whose appends were a
    /// tenth of a large JSON export one by one.
    private mutating func startElement() {
        let end = 2 + 2 * level
        if end <= Self.lines.count {
            let start = isEmpty ? 1 : 0
            Self.lines.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
        } else {
            if !isEmpty { bytes.append(UInt8(ascii: ",")) }
            bytes.append(0x0A)
            indent()
        }
        isEmpty = false
    }

    /// A comma, a line break and spaces for 32 levels.
    private static let lines = Array(",\n".utf8) + Array(repeating: 0x20, count: 64)

    private mutating func close(_ bracket: UInt8) {
        level -= 1
        bytes.append(0x0A)
        if isEmpty { bytes.append(0x0A) }
        indent()
        bytes.append(bracket)
        isEmpty = false
    }

    private func indent() {
        let end = 2 + 2 * level
        guard end <= Self.lines.count else { return bytes.append(contentsOf: repeatElement(0x20, count: 2 * level)) }
        Self.lines.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[2..<end])) }
    }
}
