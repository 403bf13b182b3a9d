/// The shapes of roadmap and skill ids.
public enum Identifier {
    /// `ml-engineer`: lower-case letters, digits and '-'; no dots, so an `include` entry tells roadmaps from skills.
    public static func isRoadmapID(_ text: String) -> Bool {
        isSegment(text)
    }

    /// `python.numpy`: two or more roadmap-id-like segments joined by dots.
    public static func isSkillID(_ text: String) -> Bool {
        let segments = text.split(separator: ".", omittingEmptySubsequences: false)
        return segments.count >= 2 && segments.allSatisfy { isSegment(String($0)) }
    }

    private static func isSegment(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isLowerOrDigit(first) else { return false }
        return text.unicodeScalars.allSatisfy { isLowerOrDigit($0) || $0 == "-" || $0 == "_" }
    }

    private static func isLowerOrDigit(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("0"..."9").contains(c)
    }
}
