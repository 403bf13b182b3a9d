/// Where lines of text are added: a String, or `TextBytes` for a long text written in pieces.
public protocol TextAppending {
    mutating func append(_ text: String)
}

extension String: TextAppending {}

/// Text gathered as its UTF-8 bytes in `OutputBytes` and handed on as they are: adding a String to a String was 400
/// instructions (large `show` adds 206,000), to an array of bytes 150 (the buffer: large `show` 10 M fewer); made a
/// String again, its 2.9 MB would be checked as UTF-8 at 10 instructions a byte.
struct TextBytes: TextAppending {
    private let output: OutputBytes

    init(capacity: Int = 0) {
        output = OutputBytes(capacity: capacity)
    }

    /// How many bytes it holds.
    var count: Int { output.count }

    /// The bytes, as an array to hand on.
    var bytes: [UInt8] { output.withBytes(Array.init) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    /// Empties it, keeping its room.
    mutating func removeAll() {
        output.removeAll()
    }
}
