#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed roadmap document as compact tab-separated text, read back many times faster than its YAML:
/// built-in roadmaps are compiled at build time and custom ones when added, so no command parses YAML.
public enum CompiledRoadmap {
    /// Version 2 adds the checksum of the rest of the text to the first line, and a line per skill with former ids.
    static let header = "roadmap-compiled 2"
    /// Still read, checked record by record as version 2 is when its checksum does not match.
    static let firstHeader = "roadmap-compiled 1"

    public static func encode(_ document: RoadmapDocument) -> String {
        var lines: [String] = []
        lines.append(record("R", escape(document.file), place(document.location), escape(document.id.value), place(document.id.location),
                            escape(document.title), escape(document.summary), String(document.version)))
        for stage in document.stages {
            lines.append(record("S", escape(stage.value.id), place(stage.location), escape(stage.value.title), escape(stage.value.summary), list(stage.value.jobTitles)))
        }
        for area in document.areas {
            lines.append(record("A", escape(area.value.id), place(area.location), escape(area.value.title), escape(area.value.summary)))
        }
        for include in document.includes { lines.append(record("I", escape(include.value), place(include.location))) }
        // Former ids ahead of the skills: a document found as written is assembled from ids and these alone.
        for entry in document.skills where !entry.aliases.isEmpty {
            lines.append(record("L", escape(entry.skill.id), located(entry.aliases)))
        }
        for entry in document.skills {
            let skill = entry.skill
            var fields = [
                "K", escape(skill.id), place(entry.location), escape(skill.title), escape(skill.area), place(entry.areaLocation),
                escape(skill.stage), place(entry.stageLocation), escape(skill.summary), escape(skill.source), skill.hours.map(String.init) ?? "",
                list(skill.keywords), prerequisites(entry), located(entry.aliases),
                skill.resources.map { [$0.title, $0.url, $0.kind.rawValue].map(escape).joined(separator: "^") }.joined(separator: "|"),
            ]
            // Written only for an elective or a group's skill, so a required skill's record reads as it always did.
            if let choice = electiveField(skill) { fields.append(choice) }
            lines.append(fields.joined(separator: "\t"))
        }
        var body = lines.joined(separator: "\n") + "\n"
        let sum = body.withUTF8 { checksum($0) }
        return header + "\t" + String(sum, radix: 16) + "\n" + body
    }

    /// Whether `text` is in this version's form (its first line; a text whose checksum does not match still reads,
    /// checked record by record). An older form may decode too.
    public static func isCurrent(_ text: String) -> Bool {
        text.utf8.starts(with: (header + "\t").utf8)
    }

    /// The text's 64-bit checksum, eight bytes at a time: not proof against someone forging one, which would only
    /// mislead their own program, but any damage or edit changes it. Public as a quick hash of ids too.
    public static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count), 1, 2, 3)
        guard let base = bytes.baseAddress else { return lanes.0 }
        let raw = UnsafeRawPointer(base)
        func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        var offset = 0
        // Four independent lanes of 8 bytes: one lane was 1.3 instructions a byte.
        while offset + 32 <= bytes.count {
            lanes.0 = (lanes.0 ^ word(offset)) &* prime
            lanes.1 = (lanes.1 ^ word(offset + 8)) &* prime
            lanes.2 = (lanes.2 ^ word(offset + 16)) &* prime
            lanes.3 = (lanes.3 ^ word(offset + 24)) &* prime
            lanes.0 ^= lanes.0 >> 29
            lanes.1 ^= lanes.1 >> 29
            lanes.2 ^= lanes.2 >> 29
            lanes.3 ^= lanes.3 >> 29
            offset += 32
        }
        var hash = lanes.0 ^ (lanes.1 &* 3) ^ (lanes.2 &* 5) ^ (lanes.3 &* 7)
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* prime
            offset += 1
        }
        return hash ^ (hash >> 32)
    }

    /// Nil when the text is not a compiled roadmap of this version (the caller then parses the YAML).
    /// - Parameter skillsWhenAsked: read each skill's stage, area, prerequisites… when first asked for, not now: for a
    ///   command about a few skills (`done`, `undo`), which would otherwise read all ten thousand. Only a text found
    ///   as written is read so; any other has every record checked now.
    public static func decode(_ text: String, skillsWhenAsked: Bool = false) -> RoadmapDocument? {
        var text = text
        // Contiguous once, here: a skill's details, read later, are then read in place.
        text.makeContiguousUTF8()
        let kept = text
        return text.withUTF8 { decode(bytes: $0, skillsWhenAsked: skillsWhenAsked) { Source(text: kept, file: $0) } }
    }

    /// Fields are views into the text's own bytes, never copies: ten thousand skills decode in milliseconds,
    /// with no reference counting per field.
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// The text a document was decoded from, kept for its skills' details, and the lock they are decoded under (a
    /// pthread mutex: `AtomicLazyReference.load` cost 600 instructions a call, unspecialized) with the one reader
    /// they share.
    final class Source: @unchecked Sendable {
        let text: String
        private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        private var reader: Fields

        init(text: String, file: String) {
            self.text = text
            // Only a text found as written keeps its skills to read when asked.
            reader = Fields(file: file, asWritten: true)
            pthread_mutex_init(mutex, nil)
        }

        deinit {
            pthread_mutex_destroy(mutex)
            mutex.deallocate()
        }

        func locked<T>(_ body: (inout Fields) -> T) -> T {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            return body(&reader)
        }
    }

    /// Where a skill's record lies in the text: its details (title, summary, keywords…) and its places (where it,
    /// its stage, area and prerequisites are written) are decoded from it only when asked for, after the walks over them found them readable when the
    /// document was decoded.
    struct SkillRecord: Sendable {
        let source: Source
        let start: Int, end: Int

        /// With the source's reader, under its lock.
        func details(reading reader: inout Fields) -> Skill.Details {
            fields(&reader) { $0.details() }
        }

        /// The title alone, found in the record without its reader (the text never changes): a report names thousands
        /// of skills and reads nothing else of their details (the whole details were 4,000 instructions a skill).
        func title() -> String {
            var text = source.text
            return text.withUTF8 { all in CompiledRoadmap.string(CompiledRoadmap.field(Fields.titleField, of: Bytes(rebasing: all[start..<end]))) }
        }

        /// All but the id and roadmap, of a text found as written (its checksum matched), with the source's reader,
        /// under its lock: read as the document's decode reads them for a text it checks; the fallbacks are never taken.
        func core(reading reader: inout Fields, id: String, roadmap: String) -> Skill.Core {
            fields(&reader) { $0.core(id: id, roadmap: roadmap)?.core ?? Skill.Core.unread(id: id, roadmap: roadmap) }
        }

        /// Each prerequisite in order, found in the record without splitting its other fields, as `core` reads them,
        /// without the source's reader or lock (the text never changes): a skill's `requires` before its core is read.
        /// A record found as written reads whole.
        func forEachPrerequisite(_ body: (Prerequisite) -> Void) {
            var text = source.text
            text.withUTF8 { all in
                let field = CompiledRoadmap.field(Fields.requiresField, of: Bytes(rebasing: all[start..<end]))
                _ = CompiledRoadmap.forEachPrerequisite(field, checkingPlaces: false, body)
            }
        }

        /// `forEachPrerequisite`'s ids as bytes, each in place in the text but an escaped one, with its choice's number
        /// (a record numbers a choice by its place among the prerequisites): no String made of each.
        func forEachPrerequisiteID(_ body: (Bytes, _ choice: Int?) -> Void) {
            var text = source.text
            text.withUTF8 { all in
                var rest = CompiledRoadmap.field(Fields.requiresField, of: Bytes(rebasing: all[start..<end]))[...]
                while !rest.isEmpty {
                    let end = CompiledRoadmap.index(of: bar, in: Bytes(rebasing: rest), from: 0).map { rest.startIndex + $0 } ?? rest.endIndex
                    let item = Bytes(rebasing: rest[..<end])
                    rest = end < rest.endIndex ? rest[(end + 1)...] : rest[rest.endIndex...]
                    // Read as `forEachPrerequisite` reads it; a record found as written has no item that does not read.
                    guard let parts = CompiledRoadmap.prerequisiteItem(item) else { continue }
                    let choice = parts.choice.flatMap(CompiledRoadmap.int)
                    if CompiledRoadmap.index(of: UInt8(ascii: "\\"), in: parts.id, from: 0) == nil {
                        body(parts.id, choice)
                    } else {
                        var id = CompiledRoadmap.string(parts.id)
                        id.withUTF8 { body($0, choice) }
                    }
                }
            }
        }

        /// Where the skill, its stage, its area and each prerequisite's ids are written, with the source's reader,
        /// under its lock; the same walks found them readable when the document was decoded, so the fallbacks are
        /// never taken.
        func places(reading reader: inout Fields) -> DocumentSkill.Places {
            fields(&reader) { reader in
                let f = reader.fields, file = reader.file
                let unknown = SourceLocation(file: file, line: 0, column: 0)
                return DocumentSkill.Places(
                    location: spot(f[2], file) ?? unknown, stageLocation: spot(f[7], file) ?? unknown,
                    areaLocation: spot(f[5], file) ?? unknown,
                    requires: reader.prerequisites(f[Fields.requiresField], building: .located)?.1 ?? [])
            }
        }

        /// The record split into the reader's fields, for `read`.
        private func fields<T>(_ reader: inout Fields, _ read: (inout Fields) -> T) -> T {
            var text = source.text
            return text.withUTF8 { all in
                reader.split(Bytes(rebasing: all[start..<end]))
                return read(&reader)
            }
        }
    }

    /// `source`: the text's `Source`, made once the document's file is known.
    static func decode(bytes: Bytes, skillsWhenAsked: Bool = false, source makeSource: (String) -> Source) -> RoadmapDocument? {
        var lines = Lines(bytes: bytes)
        guard let first = lines.next() else { return nil }
        // Version 2 found as written (its checksum matches) needs no check: each skill is read as written, now or,
        // `skillsWhenAsked`, its id now and the rest when first asked for. Any other text of version 2 or 1 has every
        // record checked now, so that what is read later cannot fail.
        let written: Bool
        let head = split(first, on: tab)
        if head.count == 1, string(first) == firstHeader {
            written = false
        } else if head.count == 2, string(head[0]) == header, let sum = UInt64(string(head[1]), radix: 16) {
            written = sum == checksum(Bytes(rebasing: bytes[min(lines.position, bytes.count)...]))
        } else {
            return nil
        }
        guard let head = lines.next() else { return nil }
        let r = split(head, on: tab)
        guard r.count == 8, kind(r[0]) == UInt8(ascii: "R"), let version = int(r[7]) else { return nil }
        let file = string(r[1])
        guard let location = spot(r[2], file), let idLocation = spot(r[4], file) else { return nil }
        var document = RoadmapDocument(
            file: file, location: location, id: Located(string(r[3]), at: idLocation), title: string(r[5]),
            summary: string(r[6]), version: version, stages: [], areas: [], includes: [], skills: [])
        document.skills.reserveCapacity(bytes.count / 200)
        let source = makeSource(file)
        var reader = Fields(file: file, asWritten: written)
        var aliases: [String: [Located<String>]] = [:]
        while let line = lines.next() {
            let start = lines.position - 1 - line.count
            let record = SkillRecord(source: source, start: start, end: start + line.count)
            // A skill of a text found as written: its id alone, between the first two tabs, when the rest is read
            // when asked for.
            if written, skillsWhenAsked, line.count > 2, line[0] == UInt8(ascii: "K"), line[1] == tab {
                guard let end = index(of: tab, in: line, from: 2) else { return nil }
                let id = string(Bytes(rebasing: line[2..<end]))
                let skill = Skill(id: id, roadmap: document.id.value, record: record)
                document.skills.append(DocumentSkill(compiled: skill, aliases: aliases[id] ?? []))
                continue
            }
            reader.split(line)
            let f = reader.fields
            switch kind(f[0]) {
            case UInt8(ascii: "K") where written:
                let id = f.count > 1 ? string(f[1]) : ""
                let core = reader.core(id: id, roadmap: document.id.value)?.core ?? Skill.Core.unread(id: id, roadmap: document.id.value)
                document.skills.append(DocumentSkill(compiled: Skill(core, record: record), aliases: aliases[id] ?? []))
            case UInt8(ascii: "S") where f.count == 6:
                guard let at = spot(f[2], file) else { return nil }
                document.stages.append(Located(Stage(id: string(f[1]), title: string(f[3]), summary: string(f[4]), jobTitles: reader.items(f[5])), at: at))
            case UInt8(ascii: "A") where f.count == 5:
                guard let at = spot(f[2], file) else { return nil }
                document.areas.append(Located(Area(id: string(f[1]), title: string(f[3]), summary: string(f[4])), at: at))
            case UInt8(ascii: "I") where f.count == 3:
                guard let at = spot(f[2], file) else { return nil }
                document.includes.append(Located(string(f[1]), at: at))
            case UInt8(ascii: "L") where f.count == 3:
                // Checked records carry their former ids themselves.
                guard written else { continue }
                guard let located = reader.locatedItems(f[2]) else { return nil }
                aliases[string(f[1])] = located
            case UInt8(ascii: "K"):
                // The places are checked here and read only when asked for (`SkillRecord.places`).
                guard f.count == 15 || f.count == 16, lineAndColumn(f[2]) != nil, lineAndColumn(f[5]) != nil, lineAndColumn(f[7]) != nil,
                      reader.readableDetails(), let (core, aliases) = reader.core(id: string(f[1]), roadmap: document.id.value)
                else { return nil }
                document.skills.append(DocumentSkill(compiled: Skill(core, record: record), aliases: aliases))
            default:
                return nil
            }
        }
        return document
    }

    /// How a stage counts a skill written with a sixth field: `elective`, or one of group `one-of:GROUP`; nil when
    /// the field is neither.
    static func choice(_ field: Bytes) -> (elective: Bool, oneOf: String?)? {
        let choice = string(field)
        if choice == "elective" { return (true, nil) }
        if choice.hasPrefix("one-of:") { return (false, String(choice.dropFirst(7))) }
        return nil
    }

    /// The last string read from a field, reused while the field's bytes repeat: a roadmap's skills come in runs of
    /// one stage (and, written by hand, of one area). Hashing the bytes instead cost as much as making the string.
    struct Interned {
        var bytes: Bytes?
        var value = ""

        mutating func string(_ field: Bytes) -> String {
            if let bytes, bytes.count == field.count, bytes.isEmpty || memcmp(bytes.baseAddress!, field.baseAddress!, field.count) == 0 {
                return value
            }
            bytes = field
            value = CompiledRoadmap.string(field)
            return value
        }
    }

    /// One record's fields, and scratch arrays reused from record to record: a skill's lists cost no allocations
    /// but their own.
    struct Fields {
        let file: String
        var fields: [Bytes] = [], list: [Bytes] = [], parts: [Bytes] = []
        /// Skills read in order share their stage's and area's strings.
        var area = Interned(), stage = Interned()

        /// Of a text found as written (its checksum matched): a prerequisite's place, written by `encode`, is not checked
        /// again where it is not read (14,000 places a large command).
        let asWritten: Bool

        init(file: String, asWritten: Bool = false) { (self.file, self.asWritten) = (file, asWritten) }

        mutating func split(_ line: Bytes) { CompiledRoadmap.split(line, on: tab, into: &fields) }

        /// The split skill record's core and its located former ids; nil when a field of them does not read. The
        /// one reading of a core: checked when a document is decoded, or of a text found as written, now or when
        /// first asked for.
        mutating func core(id: String, roadmap: String) -> (core: Skill.Core, aliases: [Located<String>])? {
            let f = fields
            guard f.count == 15 || f.count == 16 else { return nil }
            let hours = f[10].isEmpty ? nil : int(f[10])
            guard f[10].isEmpty || hours != nil, let aliases = locatedItems(f[13]),
                  let (requires, _) = prerequisites(f[Self.requiresField], building: .values)
            else { return nil }
            var choice: (elective: Bool, oneOf: String?) = (false, nil)
            if f.count == 16 {
                guard let read = CompiledRoadmap.choice(f[15]) else { return nil }
                choice = read
            }
            let core = Skill.Core(
                id: id, area: area.string(f[4]), stage: stage.string(f[6]), roadmap: roadmap, aliases: aliases.map(\.value),
                elective: choice.elective, oneOf: choice.oneOf, requires: requires, hours: hours)
            return (core, aliases)
        }

        /// Whether a skill record's details read: the same walk as `details()`, building nothing.
        mutating func readableDetails() -> Bool {
            resources(fields[14], building: false) != nil
        }

        /// A skill record's details; `readableDetails()` found them readable when the document was decoded, and the
        /// same walk over the same bytes cannot then fail: the fallback is never taken.
        mutating func details() -> Skill.Details {
            let f = fields
            return Skill.Details(
                title: title(), summary: string(f[8]), keywords: items(f[11]), source: string(f[9]),
                resources: resources(f[14], building: true) ?? [])
        }

        /// Where a skill record's title lies among its fields.
        static let titleField = 3
        /// Where a skill record's prerequisites lie among its fields.
        static let requiresField = 12

        /// A split skill record's title.
        func title() -> String { string(fields[Self.titleField]) }

        mutating func items(_ field: Bytes) -> [String] {
            guard !field.isEmpty else { return [] }
            CompiledRoadmap.split(field, on: bar, into: &list)
            var values: [String] = []
            values.reserveCapacity(list.count)
            for item in list where !item.isEmpty { values.append(string(item)) }
            return values
        }

        /// Nil when an item does not read; empty unless `building`.
        mutating func resources(_ field: Bytes, building: Bool) -> [Resource]? {
            guard !field.isEmpty else { return [] }
            CompiledRoadmap.split(field, on: bar, into: &list)
            var resources: [Resource] = []
            if building { resources.reserveCapacity(list.count) }
            for item in list where !item.isEmpty {
                CompiledRoadmap.split(item, on: caret, into: &parts)
                guard parts.count == 3, let kind = Resource.Kind(rawValue: string(parts[2])) else { return nil }
                if building { resources.append(Resource(title: string(parts[0]), url: string(parts[1]), kind: kind)) }
            }
            return resources
        }

        /// What a walk over a skill's prerequisites builds: the skill's values when its document is decoded, where
        /// each id is written only when the details are read.
        enum Building { case values, located }

        /// `located`'s items, an alternative of a choice with a third part: the choice's place in `requires`.
        /// Nil when an item does not read; of the two lists, only the one `building` says is filled.
        mutating func prerequisites(_ field: Bytes, building: Building) -> ([Prerequisite], [Located<String>])? {
            guard !field.isEmpty else { return ([], []) }
            CompiledRoadmap.split(field, on: bar, into: &list)
            // Sized once: growing the arrays item by item was 40 % of reading prerequisites.
            guard building == .located else {
                var prerequisites: [Prerequisite] = []
                prerequisites.reserveCapacity(list.count)
                guard CompiledRoadmap.forEachPrerequisite(field, checkingPlaces: !asWritten, { prerequisites.append($0) }) else { return nil }
                return (prerequisites, [])
            }
            var located: [Located<String>] = []
            located.reserveCapacity(list.count)
            for item in list where !item.isEmpty {
                guard let parts = prerequisiteItem(item), let at = lineAndColumn(parts.place) else { return nil }
                if let choice = parts.choice, int(choice) == nil { return nil }
                located.append(Located(string(parts.id), at: SourceLocation(file: file, line: at.line, column: at.column)))
            }
            return ([], located)
        }

        mutating func locatedItems(_ field: Bytes) -> [Located<String>]? {
            guard !field.isEmpty else { return [] }
            CompiledRoadmap.split(field, on: bar, into: &list)
            var values: [Located<String>] = []
            values.reserveCapacity(list.count)
            for item in list where !item.isEmpty {
                CompiledRoadmap.split(item, on: caret, into: &parts)
                guard parts.count == 2, let at = spot(parts[1], file) else { return nil }
                values.append(Located(string(parts[0]), at: at))
            }
            return values
        }
    }

    /// The prerequisites a field names, in order, each handed to `body` (a choice once its last alternative is read);
    /// false, stopping there, at an item that does not read. `checkingPlaces`: whether each item's place is read too
    /// (a text found as written had them checked when it was written). No array is made but a choice's.
    static func forEachPrerequisite(_ field: Bytes, checkingPlaces: Bool, _ body: (Prerequisite) -> Void) -> Bool {
        guard var start = field.baseAddress else { return true }
        let end = start + field.count
        var choice: (index: Int, ids: [String])?
        while start < end {
            let found = memchr(start, Int32(bar), end - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) }
            let item = Bytes(start: start, count: (found ?? end) - start)
            start = (found ?? end) + 1
            guard !item.isEmpty else { continue }
            guard let parts = prerequisiteItem(item), !checkingPlaces || lineAndColumn(parts.place) != nil else { return false }
            let id = string(parts.id)
            guard let field = parts.choice else {
                if let ids = choice?.ids { body(.any(ids)) }
                choice = nil
                body(.skill(id))
                continue
            }
            guard let index = int(field) else { return false }
            if let current = choice, current.index != index { body(.any(current.ids)) }
            choice = (index, choice?.index == index ? choice!.ids + [id] : [id])
        }
        if let ids = choice?.ids { body(.any(ids)) }
        return true
    }

    /// One prerequisite item's parts, `id^place` or, an alternative of a choice, `id^place^choice`; nil for any other.
    static func prerequisiteItem(_ item: Bytes) -> (id: Bytes, place: Bytes, choice: Bytes?)? {
        guard let base = item.baseAddress, let first = index(of: caret, in: item, from: 0) else { return nil }
        let id = Bytes(start: base, count: first)
        guard let second = index(of: caret, in: item, from: first + 1) else {
            return (id, Bytes(start: base + first + 1, count: item.count - first - 1), nil)
        }
        guard index(of: caret, in: item, from: second + 1) == nil else { return nil }
        return (id, Bytes(start: base + first + 1, count: second - first - 1), Bytes(start: base + second + 1, count: item.count - second - 1))
    }

    /// The non-empty lines of the text, one at a time.
    struct Lines {
        let bytes: Bytes
        var position = 0

        mutating func next() -> Bytes? {
            while position < bytes.count {
                let end = CompiledRoadmap.index(of: newline, in: bytes, from: position) ?? bytes.count
                let line = Bytes(rebasing: bytes[position..<end])
                position = end + 1
                if !line.isEmpty { return line }
            }
            return nil
        }
    }

    /// The first `byte` at or after `start`; memchr, as a byte-at-a-time loop made scanning a third of the decode (large status).
    static func index(of byte: UInt8, in bytes: Bytes, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    static let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t"), bar = UInt8(ascii: "|"), caret = UInt8(ascii: "^")

    /// The record kind: the first field's single byte (a Character made and compared a line was 1.2 M, large status).
    static func kind(_ field: Bytes) -> UInt8? {
        field.count == 1 ? field[0] : nil
    }

    static func split(_ bytes: Bytes, on separator: UInt8) -> [Bytes] {
        var parts: [Bytes] = []
        split(bytes, on: separator, into: &parts)
        return parts
    }

    /// The field at `index` (empty when the line has fewer), found without splitting the others: a report reads the
    /// titles of thousands of skills and nothing else of their records.
    static func field(_ index: Int, of line: Bytes) -> Bytes {
        guard var start = line.baseAddress else { return line }
        let end = start + line.count
        // By pointer from one `memchr` to the next: `index(of:in:from:)` for each tab was half of 600 instructions a
        // field (`info` finds the prerequisites of ten thousand records).
        for _ in 0..<index {
            guard let found = memchr(start, Int32(tab), end - start) else { return Bytes(start: end, count: 0) }
            start = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        let stop = memchr(start, Int32(tab), end - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) } ?? end
        return Bytes(start: start, count: stop - start)
    }

    /// Into an array the caller reuses from line to line. By pointer from one `memchr` to the next: slicing and
    /// rebasing each part was half the split (large status: 224,000 parts).
    static func split(_ bytes: Bytes, on separator: UInt8, into parts: inout [Bytes]) {
        parts.removeAll(keepingCapacity: true)
        guard var start = bytes.baseAddress else { return parts.append(bytes) }
        let end = start + bytes.count
        while let found = memchr(start, Int32(separator), end - start) {
            let at = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            parts.append(Bytes(start: start, count: at - start))
            start = at + 1
        }
        parts.append(Bytes(start: start, count: end - start))
    }

    /// A field's text, its escapes undone.
    static func string(_ field: Bytes) -> String {
        let text = String(decoding: field, as: UTF8.self)
        return index(of: UInt8(ascii: "\\"), in: field, from: 0) != nil ? unescape(Substring(text)) : text
    }

    static func int(_ field: Bytes) -> Int? {
        guard !field.isEmpty, field.count < 19 else { return nil }
        var value = 0
        for byte in field {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// The inverse of `place`.
    static func spot(_ field: Bytes, _ file: String) -> SourceLocation? {
        lineAndColumn(field).map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    /// `LINE.COLUMN`, each one to 18 digits, in one pass: by `int` on each side of a `memchr` it was 160 instructions, and
    /// every skill has three and one more a prerequisite.
    static func lineAndColumn(_ field: Bytes) -> (line: Int, column: Int)? {
        var line = 0, column = 0, digits = 0, afterDot = false
        for byte in field {
            if byte == UInt8(ascii: ".") {
                guard !afterDot, digits > 0 else { return nil }
                afterDot = true
                digits = 0
                continue
            }
            guard (0x30...0x39).contains(byte) else { return nil }
            digits += 1
            guard digits < 19 else { return nil }
            if afterDot { column = column * 10 + Int(byte - 0x30) } else { line = line * 10 + Int(byte - 0x30) }
        }
        guard afterDot, digits > 0 else { return nil }
        return (line, column)
    }

    /// One line of fields, each already escaped.
    /// `elective`, `one-of:GROUP`, or nil for a required skill.
    static func electiveField(_ skill: Skill) -> String? {
        if skill.elective { return "elective" }
        return skill.oneOf.map { "one-of:" + escape($0) }
    }

    static func record(_ fields: String...) -> String { fields.joined(separator: "\t") }

    static func place(_ location: SourceLocation) -> String { "\(location.line).\(location.column)" }

    static func list(_ values: [String]) -> String { values.map(escape).joined(separator: "|") }

    /// Every id `requires` names, as `located` writes them; each alternative of a choice adds `^N`, N the choice's
    /// place among the skill's prerequisites, so a roadmap without choices reads the same as before them.
    static func prerequisites(_ entry: DocumentSkill) -> String {
        entry.locatedPrerequisites.enumerated().flatMap { index, item in
            item.ids.map { escape($0.value) + "^" + place($0.location) + (item.prerequisite.isChoice ? "^\(index)" : "") }
        }.joined(separator: "|")
    }

    static func located(_ values: [Located<String>]) -> String {
        values.map { escape($0.value) + "^" + place($0.location) }.joined(separator: "|")
    }

    /// Separators (tab, `|` between list items, `^` within an item) and line breaks inside values become
    /// backslash escapes, so every record stays one printable line.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x7C || $0 == 0x5E }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "|": result += "\\u"
            case "^": result += "\\v"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func unescape(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return String(text) }
        var result = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "t": result += "\t"
                case "n": result += "\n"
                case "r": result += "\r"
                case "u": result += "|"
                case "v": result += "^"
                default: result.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
