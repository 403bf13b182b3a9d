/// Prerequisites in a sentence: `python.basics, math.calculus; one of frameworks.pytorch, frameworks.tensorflow`.
/// Plain ones first, joined by commas as before choices existed; a choice reads "one of …", set off by a semicolon
/// so its alternatives never run into the plain list.
enum PrerequisiteWording {
    static func list(_ prerequisites: [Prerequisite], naming name: (String) -> String = { $0 }) -> String {
        let plain = prerequisites.skillIDs.map(name).joined(separator: ", ")
        let choices = prerequisites.choices.map { "one of " + $0.map(name).joined(separator: ", ") }
        return ((plain.isEmpty ? [] : [plain]) + choices).joined(separator: "; ")
    }
}
