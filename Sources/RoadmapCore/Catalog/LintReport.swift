/// What `roadmap lint` found in the files it checked.
public struct LintReport: Sendable, Hashable {
    public var findings: [Finding]
    public var files: Int

    public init(findings: [Finding], files: Int) {
        self.findings = findings
        self.files = files
    }

    public var errors: Int { findings.filter { $0.severity == .error }.count }
    public var warnings: Int { findings.count - errors }
}
