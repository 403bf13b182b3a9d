extension String {
    /// The path as a shell reads it back, for a fix a user can paste: quoted only when it needs to be.
    public var shellQuoted: String {
        allSatisfy { $0.isLetter || $0.isNumber || "/._-+~".contains($0) } ? self : "'" + replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
