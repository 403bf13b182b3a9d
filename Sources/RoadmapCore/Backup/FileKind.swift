import Foundation

/// What a file given to `import` or `add` appears to be, judged from its text, so a wrong file is named for what it
/// is with the command that fits, rather than failing as a bad backup or a roadmap with a dozen findings.
public enum FileKind: Sendable, Equatable {
    case empty
    /// A JSON object whose `format` is the backup's.
    case backup
    /// Well-formed JSON that is no backup: another program's.
    case otherJSON
    /// YAML with top-level `id:` and `skills:`.
    case roadmap
    case yaml
    case markdown
    case html
    /// Anything else, including JSON that does not parse (a truncated backup).
    case other

    public static func guess(_ text: String) -> FileKind {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = trimmed.first else { return .empty }
        if first == "{" || first == "[" {
            guard let value = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) else { return .other }
            return (value as? [String: Any])?["format"] as? String == ProgressBackup.formatName ? .backup : .otherJSON
        }
        let lower = trimmed.prefix(2000).lowercased()
        if first == "<" && (lower.hasPrefix("<!doctype html") || lower.contains("<html") || lower.contains("<body")) { return .html }
        let lines = trimmed.split(whereSeparator: \.isNewline).prefix(500)
        // Top-level YAML keys: `name:` at the start of a line.
        let keys = Set(lines.compactMap { line -> String? in
            guard let colon = line.firstIndex(of: ":"), line.first?.isLetter == true else { return nil }
            let key = line[..<colon]
            return key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } ? String(key) : nil
        })
        if keys.contains("skills") && keys.contains("id") { return .roadmap }
        // A heading first, and no YAML keys: a YAML file's comments start with "#" too.
        if first == "#" && keys.isEmpty || lines.contains(where: { $0.hasPrefix("- [ ]") || $0.hasPrefix("- [x]") || $0.hasPrefix("## ") }) && keys.count < 2 {
            return .markdown
        }
        if trimmed.hasPrefix("---") || keys.count >= 2 { return .yaml }
        return .other
    }
}
