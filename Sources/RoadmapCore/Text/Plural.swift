/// English counts of things: `1 skill`, `3 skills`.
public enum Plural {
    public static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// The noun alone, for a count written elsewhere.
    public static func noun(_ noun: String, _ number: Int) -> String { number == 1 ? noun : noun + "s" }
}
