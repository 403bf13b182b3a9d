import ArgumentParser

/// The skills a marking command acts on, each an id, a unique part of one, or a title; argument-parser
/// requires at least one.
struct SkillArguments: ParsableArguments {
    @Argument(help: "The skills.", completion: .skills)
    var skills: [String]
}
