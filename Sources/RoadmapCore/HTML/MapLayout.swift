/// Where each skill's card goes on the HTML page's map: career stages as columns in order, areas as lanes, and
/// inside each stage-and-area cell the cards in columns by prerequisite depth, so edges run left to right and
/// stay short. Worked out at export time, so the page needs no layout code.
public struct MapLayout: Sendable, Hashable {
    public struct Box: Sendable, Hashable {
        public var x: Int
        public var y: Int
        public var width: Int
        public var height: Int

        /// Where an edge leaves (right middle) and arrives (left middle).
        var exit: (x: Int, y: Int) { (x + width, y + height / 2) }
        var entry: (x: Int, y: Int) { (x, y + height / 2) }
    }

    public struct Column: Sendable, Hashable {
        public var stage: String
        public var box: Box
    }

    public struct Lane: Sendable, Hashable {
        public var area: String
        public var box: Box
    }

    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String
        /// `from` is one alternative of a choice: drawn dashed, as any one of them will do.
        public var choice: Bool
        /// An SVG path: a curve from the prerequisite's right side to the skill's left side.
        public var path: String
    }

    public var width: Int
    public var height: Int
    public var columns: [Column]
    public var lanes: [Lane]
    /// Cards by skill id; the order of `cardOrder` is the page's (and the keyboard's) order.
    public var cards: [String: Box]
    public var cardOrder: [String]
    public var edges: [Edge]

    static let cardWidth = 176, cardHeight = 44, gap = 12, rowGap = 10
    static let gutter = 160, header = 48, lanePadding = 10
    /// Card columns a stage may take in a lane; more cards in a cell make more rows.
    static let maxCardColumns = 4

    /// - Parameters:
    ///   - skills: the roadmap's skills, in definition order.
    ///   - drawsEdges: false on huge maps, where thousands of paths would make the page slow to open.
    public init(stages: [Stage], areas: [Area], skills: [Skill], drawsEdges: Bool = true) {
        let depth = Self.depths(skills)
        let stageIDs = stages.map(\.id).filter { id in skills.contains { $0.stage == id } }
        let areaIDs = areas.map(\.id).filter { id in skills.contains { $0.area == id } }
        // Skills of an unknown stage or area (a custom roadmap's mistake) still get a place: the last one.
        let stageIndex = Dictionary(uniqueKeysWithValues: stageIDs.enumerated().map { ($1, $0) })
        let areaIndex = Dictionary(uniqueKeysWithValues: areaIDs.enumerated().map { ($1, $0) })
        var cells: [[[Int]]] = Array(repeating: Array(repeating: [], count: max(stageIDs.count, 1)), count: max(areaIDs.count, 1))
        for (position, skill) in skills.enumerated() {
            let stage = stageIndex[skill.stage] ?? max(stageIDs.count - 1, 0)
            let area = areaIndex[skill.area] ?? max(areaIDs.count - 1, 0)
            cells[area][stage].append(position)
        }
        for area in cells.indices {
            for stage in cells[area].indices { cells[area][stage].sort { (depth[$0], $0) < (depth[$1], $1) } }
        }

        // A stage is as many card columns wide as its fullest cell needs, up to the maximum; a lane as tall as the
        // most rows any of its cells needs.
        let stageColumns = (0..<max(stageIDs.count, 1)).map { stage in
            min(Self.maxCardColumns, max(1, cells.map { $0[stage].count }.max() ?? 1))
        }
        let rows = cells.map { lane in
            zip(lane, stageColumns).map { cell, columns in (cell.count + columns - 1) / columns }.max() ?? 0
        }
        var x = Self.gutter
        var columnX: [Int] = []
        columns = []
        for (stage, count) in stageColumns.enumerated() {
            let width = count * (Self.cardWidth + Self.gap) + Self.gap
            columnX.append(x)
            if stage < stageIDs.count { columns.append(Column(stage: stageIDs[stage], box: Box(x: x, y: 0, width: width, height: 0))) }
            x += width
        }
        width = x
        var y = Self.header
        var laneY: [Int] = []
        lanes = []
        for (area, count) in rows.enumerated() {
            let height = max(count, 1) * (Self.cardHeight + Self.rowGap) - Self.rowGap + 2 * Self.lanePadding
            laneY.append(y)
            if area < areaIDs.count { lanes.append(Lane(area: areaIDs[area], box: Box(x: 0, y: y, width: width, height: height))) }
            y += height
        }
        height = y
        for index in columns.indices { columns[index].box.height = height }

        var cards: [String: Box] = [:]
        var order: [String] = []
        for stage in stageColumns.indices {
            for area in cells.indices {
                let cell = cells[area][stage]
                let cellRows = max((cell.count + stageColumns[stage] - 1) / stageColumns[stage], 1)
                // Column-major: the shallowest cards fill the left column first, so edges inside a cell run rightwards.
                for (slot, position) in cell.enumerated() {
                    let box = Box(
                        x: columnX[stage] + Self.gap + (slot / cellRows) * (Self.cardWidth + Self.gap),
                        y: laneY[area] + Self.lanePadding + (slot % cellRows) * (Self.cardHeight + Self.rowGap),
                        width: Self.cardWidth, height: Self.cardHeight)
                    cards[skills[position].id] = box
                    order.append(skills[position].id)
                }
            }
        }
        self.cards = cards
        cardOrder = order
        edges = drawsEdges ? skills.flatMap { skill in
            skill.requires.flatMap { prerequisite in
                prerequisite.ids.compactMap { requirement -> Edge? in
                    guard let from = cards[requirement], let to = cards[skill.id], requirement != skill.id else { return nil }
                    return Edge(from: requirement, to: skill.id, choice: prerequisite.isChoice, path: Self.path(from: from, to: to))
                }
            }
        } : []
    }

    /// A cubic curve; one whose skill lies left of its prerequisite loops out and back, so it never hides under cards.
    static func path(from: Box, to: Box) -> String {
        let start = from.exit, end = to.entry
        let pull = max(40, abs(end.x - start.x) / 2)
        return "M\(start.x) \(start.y)C\(start.x + pull) \(start.y) \(end.x - pull) \(end.y) \(end.x) \(end.y)"
    }

    /// Each skill's prerequisite depth within these skills: 0 without prerequisites here, else one more than its
    /// deepest prerequisite, every alternative of a choice counting, so each edge runs rightwards. A cycle (which
    /// lint refuses) counts as depth 0 where it closes.
    static func depths(_ skills: [Skill]) -> [Int] {
        let index = Dictionary(skills.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var depth = Array(repeating: -1, count: skills.count)
        var visiting = Set<Int>()
        func visit(_ position: Int) -> Int {
            if depth[position] >= 0 { return depth[position] }
            guard visiting.insert(position).inserted else { return 0 }
            let deepest = skills[position].requires.ids.compactMap { index[$0] }.map { visit($0) + 1 }.max() ?? 0
            visiting.remove(position)
            depth[position] = deepest
            return deepest
        }
        // Iterative over positions; recursion depth is bounded by the longest prerequisite chain.
        for position in skills.indices { _ = visit(position) }
        return depth
    }
}
