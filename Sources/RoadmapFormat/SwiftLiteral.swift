/// Swift source text for values, so the build can embed roadmaps as code the compiler reads rather than data
/// the program decodes.
public enum SwiftLiteral {
    /// A string literal that the Swift compiler reads back as exactly `text`: printable ASCII as is,
    /// everything else escaped.
    public static func string(_ text: String) -> String {
        let escaped = text.replacingScalars { scalar in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            case " "..."~": return nil
            default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return "\"" + escaped + "\""
    }

    /// An array literal of strings.
    public static func strings(_ texts: [String]) -> String {
        "[" + texts.map(string).joined(separator: ", ") + "]"
    }

    /// An array literal of prerequisites, each case spelled with its type so the compiler infers nothing.
    public static func prerequisites(_ prerequisites: [Prerequisite]) -> String {
        "[" + prerequisites.map {
            switch $0 {
            case let .skill(id): "Prerequisite.skill(\(string(id)))"
            case let .any(ids): "Prerequisite.any(\(strings(ids)))"
            }
        }.joined(separator: ", ") + "]"
    }
}
