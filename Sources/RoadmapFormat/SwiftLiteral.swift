/// Swift source text for a string, so the build can embed files and compiled roadmaps as literals.
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
}
