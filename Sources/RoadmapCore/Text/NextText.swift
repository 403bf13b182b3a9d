import Foundation

extension NextStepList: TextRenderable {
    public func text(in context: TextContext) -> String { NextText.render(steps, in: context, details: details) }
}

/// The next steps, numbered.
enum NextText {
    /// `   1. [ ] python.basics  Python basics  (entry, 30 h, unlocks 21)`: a step a line while every title fits
    /// the width whole, else its facts on a line under it. With `details` (`next --verbose`), each step's summary and first resource under it.
    /// - Parameter oneLine: a line a step whatever the width, titles cut to fit (the one-screen report).
    static func render(_ steps: [NextStep], in context: TextContext, details: [String: NextStepList.Detail]? = nil, oneLine: Bool = false) -> String {
        let style = context.style, width = context.width
        guard !steps.isEmpty else {
            return (style.bold("Next steps:") + " none — every open skill waits on a prerequisite, or all are done").wrappedLines(width: width)
        }
        let idWidth = steps.map(\.skill.count).max() ?? 0
        // Under the step's id: the number, its mark and their spaces take ten columns.
        let detailIndent = String.spaces(10)
        let facts = steps.map { step in
            ([step.stage] + [
                step.counting,
                step.hours.map { "\($0) h" }, step.unlocks > 0 ? "unlocks \(step.unlocks)" : nil,
            ].compactMap { $0 }).joined(separator: ", ")
        }
        // Facts beside the title while every title fits whole; else under it, so no title is cut to a stub.
        let titlesFit = width.map { width in
            zip(steps, facts).allSatisfy { 10 + idWidth + 2 + $0.title.columns + 3 + $1.columns + 1 <= width }
        } ?? true
        let besideTitle = oneLine || titlesFit
        // On one line each, ids aligned only while that cuts no title: alignment is worth less than the words.
        let alignedWidth = titlesFit ? idWidth : 0
        var text = style.bold("Next steps") + "\n"
        for (index, step) in steps.enumerated() {
            let mark = "  \(String(index + 1).leftPadded(2)). \(StatusMark.render(step.status, style: style)) "
            let id = step.skill.padding(besideTitle ? alignedWidth : 0) + "  "
            let cell = "  (\(facts[index]))"
            if besideTitle {
                let room = width.map { $0 - mark.columns - id.columns - cell.columns } ?? .max
                text += mark + (room >= 4 ? id + step.title.truncated(to: room) + style.dim(cell) : (id + step.title + cell).truncated(to: width.map { $0 - 10 })) + "\n"
            } else {
                // The title wraps under itself rather than being cut; only the plain mark is measured.
                let plainMark = "  \(String(index + 1).leftPadded(2)). \(StatusMark.render(step.status, style: .plain)) "
                var lines = (id + step.title).wrapped(width: width, indent: plainMark, hangingIndent: detailIndent)
                lines[0] = mark + lines[0].dropFirst(plainMark.count)
                text += lines.map { $0 + "\n" }.joined()
                text += style.dim(facts[index].truncated(to: width.map { $0 - 10 }).wrappedLines(width: nil, indent: detailIndent))
            }
            guard let detail = details?[step.skill] else { continue }
            if !detail.summary.isEmpty { text += Inline.text(detail.summary).wrappedLines(width: width, indent: detailIndent) }
            if let resource = detail.resource {
                text += LinkLine.render(title: resource.title, url: resource.url, indent: detailIndent + "resource: ", hangingIndent: detailIndent + "  ", width: width)
            }
        }
        return text
    }
}
