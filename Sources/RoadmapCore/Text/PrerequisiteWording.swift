/// Prerequisites in a sentence: `python.basics, math.calculus; one of frameworks.pytorch, frameworks.tensorflow`.
/// Plain ones first, joined by commas as before choices existed; a choice reads "one of …", set off by a semicolon
/// so its alternatives never run into the plain list.
enum PrerequisiteWording {
    static func list(_ prerequisites: [Prerequisite], naming name: (String) -> String = { $0 }) -> String {
        list(skills: prerequisites.skillIDs.map(name), choices: prerequisites.choices.map { $0.map(name) })
    }

    /// The same sentence of plain prerequisites and choices already apart (as `show` holds them: 10,000 skills, large).
    static func list(skills: [String], choices: [[String]]) -> String {
        let plain = skills.joined(separator: ", ")
        // Most have no choice: the plain list is the sentence.
        guard !choices.isEmpty else { return plain }
        let choices = choices.map { "one of " + $0.joined(separator: ", ") }
        return ((plain.isEmpty ? [] : [plain]) + choices).joined(separator: "; ")
    }
}
