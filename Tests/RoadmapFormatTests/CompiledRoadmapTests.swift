import PropertyBased
import Testing
@testable import RoadmapFormat

@Suite struct CompiledRoadmapTests {
    let yaml = """
        id: sample
        title: "Sample\\twith\\ttabs"
        summary: "Line one\\nline two \\\\ backslash \\u001F unit"
        version: 3
        stages:
          - id: entry
            title: Entry
            job_titles: [Junior, "Intern, summer"]
        areas:
          - id: basics
            title: Basics
        include: [python.numpy, math]
        skills:
          - id: sample.one
            title: One
            area: basics
            stage: entry
            aliases: [sample.first]
            summary: The first thing.
            keywords: [first, start]
            source: "002_4fe1513ffd1a44f3.txt: Technical Skills Required"
            resources:
              - title: Docs
                url: https://example.org/docs
                kind: official
            hours: 3
          - id: sample.two
            title: Two
            area: basics
            stage: entry
            requires: [sample.one, {any: [python.numpy, sample.first-choice]}]
            one_of: pair
          - id: sample.three
            title: Three
            area: basics
            stage: entry
            one_of: pair
            hours: 12
        """

    @Test func decodesToExactlyWhatTheParserRead() throws {
        let parsed = try #require(RoadmapParser.parse(yaml, file: "s.yaml").document)
        let compiled = CompiledRoadmap.encode(parsed)
        #expect(!compiled.dropLast().contains("\n\n"))
        #expect(CompiledRoadmap.decode(compiled) == parsed)
    }

    /// A text found as written is read lazily; an edited one (checksum off) has every record checked and reads the
    /// same way; a text of version 1, without checksum or former-id lines, still reads.
    @Test func readsTextFoundAsWrittenEditedOrOfVersionOne() throws {
        let parsed = try #require(RoadmapParser.parse(yaml, file: "s.yaml").document)
        let compiled = CompiledRoadmap.encode(parsed)
        let lines = compiled.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("roadmap-compiled 2\t"))
        #expect(lines.filter { $0.hasPrefix("L\t") } == ["L\tsample.one\tsample.first^18.15"])
        let edited = compiled.replacingOccurrences(of: "\tOne\t", with: "\tUno\t")
        var expected = parsed
        expected.skills[0].skill.title = "Uno"
        #expect(CompiledRoadmap.decode(edited) == expected)
        let firstVersion = (["roadmap-compiled 1"] + lines.dropFirst().filter { !$0.hasPrefix("L\t") }).joined(separator: "\n")
        #expect(CompiledRoadmap.decode(firstVersion) == parsed)
        // The checksum's own text: a wrong one only means the records are checked.
        let sum = try #require(lines[0].split(separator: "\t").last)
        #expect(CompiledRoadmap.decode(compiled.replacingOccurrences(of: "\t" + sum + "\n", with: "\t0\n")) == parsed)
        #expect(CompiledRoadmap.decode(compiled.replacingOccurrences(of: "\t" + sum + "\n", with: "\tzz\n")) == nil)
    }

    @Test func refusesWhatItDidNotWrite() {
        #expect(CompiledRoadmap.decode("") == nil)
        #expect(CompiledRoadmap.decode("roadmap-compiled 999\nR\tx") == nil)
        #expect(CompiledRoadmap.decode("roadmap-compiled 1\nR\tonly\ttwo") == nil)
    }
    /// A skill's details are read from its record when first asked for, but a record whose details do not read is
    /// refused when the document is decoded, so the caller still falls back to the YAML, never to empty details.
    @Test func refusesUnreadableDetailsUpFront() throws {
        let compiled = CompiledRoadmap.encode(try #require(RoadmapParser.parse(yaml, file: "s.yaml").document))
        let line = try #require(compiled.split(separator: "\n").first { $0.hasPrefix("K\tsample.one\t") })
        func replacing(field index: Int, with value: String) -> String {
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            fields[index] = value
            return compiled.replacingOccurrences(of: String(line), with: fields.joined(separator: "\t"))
        }
        #expect(CompiledRoadmap.decode(replacing(field: 10, with: "3h")) == nil)
        #expect(CompiledRoadmap.decode(replacing(field: 12, with: "sample.zero^x.1")) == nil)
        #expect(CompiledRoadmap.decode(replacing(field: 12, with: "sample.zero^1.1^first")) == nil)
        #expect(CompiledRoadmap.decode(replacing(field: 12, with: "sample.zero")) == nil)
        #expect(CompiledRoadmap.decode(replacing(field: 14, with: "Docs^https://example.org^podcast")) == nil)
        #expect(CompiledRoadmap.decode(replacing(field: 14, with: "Docs^https://example.org")) == nil)
        #expect(CompiledRoadmap.decode(replacing(field: 2, with: "12")) == nil)
        #expect(CompiledRoadmap.decode(replacing(field: 5, with: "x.3")) == nil)
        #expect(CompiledRoadmap.decode(replacing(field: 7, with: "3.")) == nil)
        #expect(CompiledRoadmap.decode(replacing(field: 10, with: "")) != nil)
    }

    @Test func detailsReadFromManyThreadsAtOnceAreTheParsersOwn() async throws {
        let parsed = try #require(RoadmapParser.parse(yaml, file: "s.yaml").document)
        let decoded = try #require(CompiledRoadmap.decode(CompiledRoadmap.encode(parsed)))
        let read = await withTaskGroup(of: [[Located<String>]].self) { group in
            // Cores, places and details, each decoded under the document's lock by whichever thread comes first.
            for task in 0..<16 {
                group.addTask {
                    task % 2 == 0 ? decoded.skills.map(\.requires) : decoded.skills.map { entry in
                        [Located(entry.skill.stage + entry.skill.area + entry.skill.title, at: entry.location)] + entry.requires
                    }.map { Array($0.dropFirst()) }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(read.allSatisfy { $0 == parsed.skills.map(\.requires) })
        #expect(decoded.skills.map(\.skill.title) == ["One", "Two", "Three"])
        #expect(decoded.skills[1].skill.requires == ["sample.one", .any(["python.numpy", "sample.first-choice"])])
    }

    /// A title read alone (`report` names thousands of skills and reads nothing else of them) is the one the details
    /// read: escapes undone, before and after the details are read, of a text found as written or checked.
    @Test func aTitleReadAloneIsTheDetailsTitle() throws {
        let escaped = yaml.replacingOccurrences(of: "title: Two", with: #"title: "Two\ttabbed \\ and | bar ^ caret""#)
        let parsed = try #require(RoadmapParser.parse(escaped, file: "s.yaml").document)
        let expected = ["One", "Two\ttabbed \\ and | bar ^ caret", "Three"]
        #expect(parsed.skills.map(\.skill.title) == expected)
        let written = CompiledRoadmap.encode(parsed)
        // The checksum off: every record is checked, and the titles still read alone.
        let edited = written.replacingOccurrences(of: "The first thing.", with: "The first thing!")
        for (text, lazily) in [(written, true), (written, false), (edited, true), (edited, false)] {
            let decoded = try #require(CompiledRoadmap.decode(text, skillsWhenAsked: lazily))
            #expect(decoded.skills.map(\.skill.title) == expected)
            #expect(decoded.skills[0].skill.summary.hasPrefix("The first thing"))
            #expect(decoded.skills.map(\.skill.title) == expected)
        }
    }

    @Test func aFieldIsFoundWithoutSplittingTheOthers() {
        func field(_ index: Int, of line: String) -> String {
            var line = line
            return line.withUTF8 { String(decoding: CompiledRoadmap.field(index, of: $0), as: UTF8.self) }
        }
        #expect(field(0, of: "K\tid\t1.2\tTitle\tmore") == "K")
        #expect(field(3, of: "K\tid\t1.2\tTitle\tmore") == "Title")
        #expect(field(4, of: "K\tid\t1.2\tTitle\tmore") == "more")
        #expect(field(3, of: "K\tid\t1.2\t") == "")
        #expect(field(3, of: "K\tid\t1.2") == "")
        #expect(field(3, of: "") == "")
    }

    @Test func aDecodedSkillChangedKeepsItsOtherDetails() throws {
        let parsed = try #require(RoadmapParser.parse(yaml, file: "s.yaml").document)
        var entry = try #require(CompiledRoadmap.decode(CompiledRoadmap.encode(parsed))?.skills[0])
        entry.skill.title = "Uno"
        var expected = parsed.skills[0]
        expected.skill.title = "Uno"
        #expect(entry == expected)
        #expect(entry.skill.resources == [Resource(title: "Docs", url: "https://example.org/docs", kind: .official)])
        #expect(entry.skill.hours == 3 && entry.skill.aliases == ["sample.first"])
        entry.location.line = 99
        expected.location.line = 99
        #expect(entry == expected && entry.requires == expected.requires && entry.stageLocation == expected.stageLocation)
    }

    /// Whatever the decoder accepts of a damaged record reads whole, details included, and is written back as read.
    @Test func whatItAcceptsOfDamagedTextReadsBackWhole() async throws {
        let compiled = Array(CompiledRoadmap.encode(try #require(RoadmapParser.parse(yaml, file: "s.yaml").document)).utf8)
        let bytes: [UInt8] = Array("\t|^\\.0123456789ax\n".utf8)
        await propertyCheck(input: Gen.int(in: 0..<compiled.count), Gen.int(in: 0..<bytes.count), Gen.int(in: 0...2)) { place, byte, how in
            var text = compiled
            switch how {
            case 0: text[place] = bytes[byte]
            case 1: text.insert(bytes[byte], at: place)
            default: text.remove(at: place)
            }
            guard let document = CompiledRoadmap.decode(String(decoding: text, as: UTF8.self)) else { return }
            for entry in document.skills {
                let ids = entry.skill.requires.flatMap(\.ids)
                #expect(entry.requires.map(\.value) == ids)
            }
            #expect(CompiledRoadmap.decode(CompiledRoadmap.encode(document)) == document)
        }
    }

    /// A place is `LINE.COLUMN`, each one to eighteen ASCII digits; anything else does not read.
    @Test func placesReadOnlyAsLineDotColumn() async {
        let alphabet = Array("0123456789.x+ ".utf8)
        await propertyCheck(input: Gen.int(in: 0..<alphabet.count).array(of: 0...40)) { picks in
            let bytes = picks.map { alphabet[$0] }
            let text = String(decoding: bytes, as: UTF8.self)
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            let readable = parts.count == 2 && parts.allSatisfy { (1...18).contains($0.count) && $0.allSatisfy(\.isASCIIDigitCharacter) }
            let read = bytes.withUnsafeBufferPointer { CompiledRoadmap.lineAndColumn($0) }
            #expect(read.map { [$0.line, $0.column] } == (readable ? [Int(parts[0])!, Int(parts[1])!] : nil), "\(text)")
        }
        #expect(["1.1", "893.9", "000000000000000012.7"].allSatisfy { text in
            Array(text.utf8).withUnsafeBufferPointer { CompiledRoadmap.lineAndColumn($0) } != nil
        })
        #expect(["1234567890123456789.1", "1..2", ".3", "3.", "", "1.2.3", "١.٢"].allSatisfy { text in
            Array(text.utf8).withUnsafeBufferPointer { CompiledRoadmap.lineAndColumn($0) } == nil
        })
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
