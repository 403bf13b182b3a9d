/// English counts of things: `1 skill`, `3 skills`.
public enum Plural {
    public static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
