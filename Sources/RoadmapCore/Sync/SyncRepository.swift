import Foundation

/// The layout of a sync repository, and reading and writing a device's file: pure, no git and no files.
///
/// ```
/// .roadmap-sync              the marker: "roadmap sync repository" and the layout's format version
/// README.md                  what the folder is, and not to edit device files
/// devices/<device-id>.jsonl  one SyncLine per line, appended by that device only
/// roadmaps/<id>.yaml         a readable copy of each custom roadmap, as the database holds it after sync
/// ```
public enum SyncRepository {
    public static let formatVersion = 1
    public static let markerFile = ".roadmap-sync"
    public static let devicesFolder = "devices"
    public static let roadmapsFolder = "roadmaps"
    public static let readmeFile = "README.md"
    public static let deviceFileExtension = ".jsonl"

    /// The marker's text; its first line is what marks the repository.
    public static var marker: String {
        "roadmap sync repository\nformat \(formatVersion)\n"
    }

    /// Whether a marker file's text says the repository is ours.
    public static func isMarker(_ text: String) -> Bool {
        text.split(separator: "\n", omittingEmptySubsequences: false).first == "roadmap sync repository"
    }

    public static let readme = """
        # roadmap sync

        This repository is written by `roadmap sync`: the learning progress of one person, on every device they
        study on.

        - `devices/<device-id>.jsonl`: each device appends the commands it recorded, one JSON line each. A device
          writes only its own file, so merges never conflict. **Do not edit these files**: every device derives its
          progress from them, and a changed line is refused until the file is restored from git history.
        - `roadmaps/<id>.yaml`: a readable copy of each custom roadmap; the device files carry the real thing.
        - `.roadmap-sync`: marks this as a roadmap sync repository.

        To sync another machine: `roadmap sync <this repository's URL or path>` once, then `roadmap sync`.

        """

    public static func devicePath(_ device: String) -> String { "\(devicesFolder)/\(device)\(deviceFileExtension)" }
    public static func roadmapPath(_ id: String) -> String { "\(roadmapsFolder)/\(id).yaml" }

    /// The device id a file name in `devices/` names, or nil for a file that is not a device file.
    public static func device(fromFileName name: String) -> String? {
        guard name.hasSuffix(deviceFileExtension), !name.hasPrefix(".") else { return nil }
        let device = String(name.dropLast(deviceFileExtension.count))
        return device.isEmpty ? nil : device
    }

    /// One line, `\n`-terminated: sorted keys, slashes as they are.
    public static func encode(_ line: SyncLine) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
    }

    /// A line of a device file that does not read, with its place.
    public struct InvalidLine: Error, Sendable, Hashable {
        /// `devices/<device-id>.jsonl`
        public var file: String
        /// From 1.
        public var line: Int
        public var reason: String
    }

    /// Every line of a device file with its number (from 1); blank lines (a final newline) are skipped, anything else
    /// must decode as a SyncLine (`SyncLine.check` then checks what it says).
    public static func decode(_ data: Data, file: String) throws -> [(number: Int, line: SyncLine)] {
        let decoder = JSONDecoder()
        var lines: [(number: Int, line: SyncLine)] = []
        var number = 0
        for slice in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            if slice.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) { continue }
            do {
                lines.append((number, try decoder.decode(SyncLine.self, from: Data(slice))))
            } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
                throw InvalidLine(file: file, line: number, reason: "not valid JSON")
            } catch let DecodingError.keyNotFound(key, context) {
                throw InvalidLine(file: file, line: number, reason: "no '\(Self.path(context.codingPath + [key]))'")
            } catch let DecodingError.typeMismatch(_, context) {
                throw InvalidLine(file: file, line: number, reason: "'\(Self.path(context.codingPath))' has the wrong type")
            } catch let DecodingError.valueNotFound(_, context) {
                throw InvalidLine(file: file, line: number, reason: "'\(Self.path(context.codingPath))' is null")
            } catch {
                throw InvalidLine(file: file, line: number, reason: "not a roadmap sync line")
            }
            let command = lines[lines.count - 1].line.command
            if command.uuid.isEmpty { throw InvalidLine(file: file, line: number, reason: "a command without a uuid") }
            if let event = lines[lines.count - 1].line.events.first(where: { $0.command != command.uuid }) {
                throw InvalidLine(file: file, line: number, reason: "event \(event.uuid) belongs to another command")
            }
        }
        return lines
    }

    static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
    }
}
