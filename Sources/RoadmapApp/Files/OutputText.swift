import Foundation

/// What a command that writes a file made: the text for standard output, or the file it wrote.
public enum OutputText: Equatable {
    case text(String)
    case written(path: String, bytes: Int)

    /// `text` written to `path` all at once, else kept for standard output.
    static func deliver(_ text: String, to path: String?, privately: Bool) throws -> OutputText {
        guard let path else { return .text(text) }
        let data = Data(text.utf8)
        try OutputFile.write(data, to: path, privately: privately)
        return .written(path: path, bytes: data.count)
    }
}
