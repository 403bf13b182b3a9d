import Foundation

extension NextStepList: TextRenderable {
    public func text(in context: TextContext) -> String { NextText.render(steps, style: context.style) }
}

/// The next steps, numbered.
enum NextText {
    static func render(_ steps: [NextStep], style: TextStyle = .plain) -> String {
        guard !steps.isEmpty else { return style.bold("Next steps:") + " none — every open skill waits on a prerequisite, or all are done\n" }
        let width = steps.map(\.skill.count).max() ?? 0
        var text = style.bold("Next steps") + "\n"
        for (index, step) in steps.enumerated() {
            text += "  \(String(index + 1).leftPadded(2)). \(StatusMark.render(step.status, style: style)) \(step.skill.padding(width))  \(step.title)"
            text += style.dim("  (\(step.stage)" + (step.unlocks > 0 ? ", unlocks \(step.unlocks)" : "") + ")") + "\n"
        }
        return text
    }
}
