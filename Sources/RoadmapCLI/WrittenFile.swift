import RoadmapCore

/// The remark on standard error after `--output FILE` was written.
struct WrittenFile: TextRenderable {
    var path: String
    var bytes: Int
    /// What to do with it next, if anything.
    var hint: String?

    func text(in context: TextContext) -> String {
        "wrote \(path)" + (hint.map { "; \($0)" } ?? " (\(Plural.count(bytes, "byte")))") + "\n"
    }
}
