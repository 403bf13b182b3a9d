extension String {
    /// The argument as a shell reads it back, for a fix or a command line a user can paste: quoted only when it needs
    /// to be (empty, a character the shell treats specially, or a leading `~` or `=`, which bash and zsh expand).
    public var shellQuoted: String {
        let plain = !isEmpty && first != "~" && first != "=" && allSatisfy { $0.isLetter || $0.isNumber || "/._-+~:,@=%".contains($0) }
        return plain ? self : "'" + replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}

extension [String] {
    /// A command line as typed, on one line, each argument quoted as a shell would read it back: `roadmap done
    /// 'matrix calculus' --note '3b1b + Deisenroth ch5'`.
    public var shellCommandLine: String { map { Inline.text($0.shellQuoted) }.joined(separator: " ") }
}
