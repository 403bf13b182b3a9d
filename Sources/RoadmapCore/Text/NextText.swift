import Foundation

extension NextStepList: TextRenderable {
    public func text(in context: TextContext) -> String { NextText.render(steps, in: context, details: details) }
}

/// The next steps, numbered.
enum NextText {
    /// `   1. [ ] python.basics  Python basics  (entry, 30 h, unlocks 21)`: a step a line, its title cut to the
    /// width. With `details` (`next --verbose`), each step's summary and first resource under it.
    static func render(_ steps: [NextStep], in context: TextContext, details: [String: NextStepList.Detail]? = nil) -> String {
        let style = context.style, width = context.width
        guard !steps.isEmpty else {
            return (style.bold("Next steps:") + " none — every open skill waits on a prerequisite, or all are done").wrappedLines(width: width)
        }
        let idWidth = steps.map(\.skill.count).max() ?? 0
        // Under the step's id: the number, its mark and their spaces take ten columns.
        let detailIndent = String.spaces(10)
        var text = style.bold("Next steps") + "\n"
        for (index, step) in steps.enumerated() {
            let mark = "  \(String(index + 1).leftPadded(2)). \(StatusMark.render(step.status, style: style)) "
            let id = step.skill.padding(idWidth) + "  "
            let facts = "  (" + ([step.stage] + [step.hours.map { "\($0) h" }, step.unlocks > 0 ? "unlocks \(step.unlocks)" : nil].compactMap { $0 })
                .joined(separator: ", ") + ")"
            let room = width.map { $0 - mark.columns - id.columns - facts.columns } ?? .max
            if room >= 1 {
                text += mark + id + step.title.truncated(to: room) + style.dim(facts) + "\n"
            } else {
                // Too narrow for even a cut title: the id and facts are cut too, unstyled, so no colour code is cut.
                text += mark + (id + step.title + facts).truncated(to: width.map { $0 - mark.columns }) + "\n"
            }
            guard let detail = details?[step.skill] else { continue }
            if !detail.summary.isEmpty { text += Inline.text(detail.summary).wrappedLines(width: width, indent: detailIndent) }
            if let resource = detail.resource {
                text += LinkLine.render(title: resource.title, url: resource.url, indent: detailIndent + "resource: ", width: width)
            }
        }
        return text
    }
}
