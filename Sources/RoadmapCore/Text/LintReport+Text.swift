extension LintReport: TextRenderable {
    /// One `file:line:col: error: message` line a finding; on a terminal, wrapped under an indent.
    public func text(in context: TextContext) -> String {
        findings.map { $0.description.wrappedLines(width: context.width, hangingIndent: "    ") }.joined()
    }

    /// The tally, for standard error: `2 errors, 1 warning in 3 files`.
    public var tally: String {
        findings.isEmpty
            ? "\(Plural.count(files, "file")) checked: no problems\n"
            : "\(Plural.count(errors, "error")), \(Plural.count(warnings, "warning")) in \(Plural.count(files, "file"))\n"
    }
}
