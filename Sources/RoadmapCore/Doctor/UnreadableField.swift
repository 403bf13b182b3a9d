/// A field of a database row that does not read (written by an older release, or edited by hand): where it is, what
/// is wrong, and how to repair it. Commands leave its row out and say so; `doctor` lists each.
public struct UnreadableField: Sendable, Hashable, Codable {
    public var table: String
    /// The row, as SQL selects it: `id = 12`, `roadmap = 'python'`.
    public var row: String
    public var field: String
    public var value: String
    /// What is wrong, as a phrase: "hour 25 is not 00–23".
    public var problem: String
    /// A command line that repairs it.
    public var repair: String

    public init(table: String, row: String, field: String, value: String, problem: String, repair: String) {
        self.table = table
        self.row = row
        self.field = field
        self.value = value
        self.problem = problem
        self.repair = repair
    }

    /// `event row id = 12, field at`.
    public var place: String { "\(table) row \(row), field \(field)" }
}
