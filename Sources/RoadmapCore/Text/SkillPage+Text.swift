import Foundation

extension SkillPage: TextRenderable {
    /// The skill's facts as labelled lines, its summary, then a section each for resources, prerequisites, what it
    /// unlocks, notes, evidence and history. Long values wrap under their label; table rows are cut to the width.
    public func text(in context: TextContext) -> String {
        let style = context.style, width = context.width
        var text = style.bold(Inline.text("\(id) — \(title)").truncated(to: width)) + "\n"
        text += Self.field("roadmaps", roadmaps.map { "\($0.id) (\(Inline.text($0.title)))" }.joined(separator: ", "), width: width)
        text += Self.field("stage", "\(stage.id) — \(Inline.text(stage.title))", width: width)
        text += Self.field("area", "\(area.id) — \(Inline.text(area.title))", width: width)
        text += Self.field("hours", hours.map { "\($0) estimated" } ?? "no estimate", width: width)
        text += Self.field("status", "\(StatusMark.render(status, style: style)) \(status.rawValue)" + (since.map { " since \($0)" } ?? ""), width: width)
        if let review {
            let next = review.nextDue.map { "next due \($0)" + (review.interval.map { " (interval \(Plural.count($0, "day")))" } ?? "") }
            let count = Plural.count(review.reviews.count, "review")
            text += Self.field("review", [next, review.reviews.isEmpty ? nil : count].compactMap { $0 }.joined(separator: ", "), width: width)
        }
        if !keywords.isEmpty { text += Self.field("keywords", Inline.text(keywords.joined(separator: ", ")), width: width) }
        if !aliases.isEmpty { text += Self.field("aliases", aliases.joined(separator: ", "), width: width) }
        if !source.isEmpty { text += Self.field("source", Inline.text(SourceCitation.readable(source)), width: width) }
        if !summary.isEmpty { text += "\n" + Inline.text(summary).wrappedLines(width: width, indent: "  ") }

        if !resources.isEmpty {
            text += "\n" + style.bold("Resources") + "\n"
            let kindWidth = resources.map(\.kind.rawValue.count).max() ?? 0
            for resource in resources {
                text += LinkLine.render(
                    title: resource.title, url: resource.url, indent: "    " + resource.kind.rawValue.padding(kindWidth) + "  ", width: width)
            }
        }
        let requiresNothing = requires.isEmpty && requiresOneOf.isEmpty
        text += "\n" + Self.neighbours(requires, heading: style.bold("Requires") + (requiresNothing ? ": nothing" : ""), in: context)
        for (index, choice) in requiresOneOf.enumerated() {
            text += Self.neighbours(choice, heading: requires.isEmpty && index == 0 ? "  one of:" : "  and one of:", in: context)
        }
        let unlocksHeading = unlocks.isEmpty ? ": nothing" : ": \(Plural.count(unlocks.count, "skill")) directly, \(unlocksInAll) in all"
        text += "\n" + Self.neighbours(unlocks, heading: style.bold("Unlocks") + unlocksHeading, in: context)

        if !notes.isEmpty {
            text += "\n" + style.bold("Notes") + "\n"
            for note in notes {
                text += Inline.text(note.text).wrappedLines(width: width, indent: "    \(Day(note.at, in: context.timeZone))  ")
            }
        }
        if !evidence.isEmpty {
            text += "\n" + style.bold("Evidence") + "\n"
            for item in evidence {
                text += LinkLine.render(title: item.title, url: item.url, indent: "    \(Day(item.at, in: context.timeZone))  ", width: width)
            }
        }
        if let review, !review.reviews.isEmpty {
            text += "\n" + style.bold("Reviews") + "\n"
            for entry in review.reviews {
                let line = "    \(entry.day)  \(entry.recall.rawValue)" + (entry.note.map { "  " + Inline.text($0) } ?? "")
                text += line.wrappedLines(width: width, hangingIndent: "      ")
            }
        }
        guard !history.isEmpty else { return text + "\n" + (style.bold("History") + ": nothing recorded yet").wrappedLines(width: width) }
        text += "\n" + style.bold("History") + "\n"
        // Rendered four columns narrower, as it is indented by four; not indented where that leaves too little.
        let indent = width.map { $0 >= 44 } ?? true ? "    " : ""
        let inner = TextContext(style: style, timeZone: context.timeZone, width: width.map { $0 - indent.count })
        for line in HistoryText.render(history, in: inner).split(separator: "\n") { text += indent + line + "\n" }
        return text
    }

    /// `  label     value`, the value wrapped under itself.
    static func field(_ label: String, _ value: String, width: Int?) -> String {
        value.wrappedLines(width: width, indent: "  " + label.padding(10))
    }

    /// A heading, then a line a skill with its status; titles cut to the width.
    static func neighbours(_ skills: [Neighbour], heading: String, in context: TextContext) -> String {
        let idWidth = skills.map(\.id.count).max() ?? 0
        var text = heading.wrappedLines(width: context.width)
        for skill in skills {
            let title = Inline.text(skill.title)
            // What the line takes before the title: indent, mark, id column and the gap after it.
            let room = context.width.map { $0 - 10 - idWidth } ?? .max
            if room >= 1 {
                text += SkillLines.line(skill.status, skill.id, width: idWidth, title.truncated(to: room), style: context.style) + "\n"
            } else {
                // Too narrow for even a cut title: the id is cut too.
                text += "    " + StatusMark.render(skill.status, style: context.style) + " "
                    + (skill.id + "  " + title).truncated(to: context.width.map { $0 - 8 }) + "\n"
            }
        }
        return text
    }
}
