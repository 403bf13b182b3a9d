/// Lists of skills as `show` and `report` print them: an area's title above each run of its skills, then
/// `    [x] python.numpy  NumPy` a skill.
enum SkillLines {
    static func grouped<Item>(
        _ items: [Item], area: (Item) -> String, areaTitles: [String: String], style: TextStyle, line: (Item) -> String
    ) -> String {
        var text = ""
        var currentArea: String?
        for item in items {
            let itemArea = area(item)
            if itemArea != currentArea {
                currentArea = itemArea
                text += "  " + style.cyan(areaTitles[itemArea] ?? itemArea) + "\n"
            }
            text += line(item)
        }
        return text
    }

    /// One skill, its id padded to `width`, without a line break (the caller adds what follows).
    static func line(_ status: SkillStatus, _ id: String, width: Int, _ title: String, style: TextStyle) -> String {
        "    " + StatusMark.render(status, style: style) + " " + id.padding(width) + "  " + title
    }
}
