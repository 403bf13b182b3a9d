/// Where lines of text are added: a String, or `TextBytes` for a long text written in pieces.
public protocol TextAppending {
    mutating func append(_ text: String)
}

extension String: TextAppending {}

/// Text gathered as its UTF-8 bytes and handed on as they are: adding a String to a String was 400 instructions
/// (large `show` adds 206,000), to an array of bytes 150; made a String again, its 2.9 MB would be checked as UTF-8
/// at 10 instructions a byte.
struct TextBytes: TextAppending {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Empties it, keeping its room.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }
}
