/// The shapes of roadmap and skill ids.
/// Read byte by byte: every id is ASCII, and a byte over 0x7F is in no segment (a large roadmap checks 10,000 ids;
/// splitting each into Strings took 7,300 instructions an id).
public enum Identifier {
    /// `ml-engineer`: lower-case letters, digits and '-'; no dots, so an `include` entry tells roadmaps from skills.
    public static func isRoadmapID(_ text: String) -> Bool {
        segments(of: text) == 1
    }

    /// `python.numpy`: two or more roadmap-id-like segments joined by dots.
    public static func isSkillID(_ text: String) -> Bool {
        segments(of: text) >= 2
    }

    /// How many segments the dots part `text` into, each a lower-case letter or digit then any of those, '-' and '_';
    /// 0 when any is not one.
    private static func segments(of text: String) -> Int {
        var segments = 1, atSegmentStart = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                if atSegmentStart { return 0 }
                segments += 1
                atSegmentStart = true
            } else if atSegmentStart {
                guard isLowerOrDigit(byte) else { return 0 }
                atSegmentStart = false
            } else if !(isLowerOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")) {
                return 0
            }
        }
        return atSegmentStart ? 0 : segments
    }

    private static func isLowerOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
