/// Where each skill's card goes on the HTML page's map: career stages as columns in order, areas as lanes, and
/// inside each stage the cards in layers by prerequisite depth within the stage (shared by every lane), so a skill
/// stands right of its prerequisites and every line runs left to right. Worked out at export time, so the page
/// needs no layout code.
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
        /// An SVG path: a curve from the prerequisite's right side rightwards to the skill's left side.
        public var path: String
    }

    public var width: Int
    public var height: Int
    public var columns: [Column]
    public var lanes: [Lane]
    /// Cards by skill id; the order of `cardOrder` is the page's (and the keyboard's) order.
    public var cards: [String: Box]
    public var cardOrder: [String]
    /// One per prerequisite that stands left of its skill; one in a later stage than its skill (a custom roadmap's
    /// oddity) is left out rather than drawn backwards: the skill's details still list it.
    public var edges: [Edge]

    static let cardWidth = 176, cardHeight = 44, gap = 12, rowGap = 10
    /// Room between two layers of a stage, and at each side of a stage, for the lines to bend in.
    static let layerGap = 40, stagePadding = 16
    static let gutter = 160, header = 48, lanePadding = 10
    /// Cards one layer of a lane holds in a column; more make the layer wider, in every lane alike.
    static let maxCellRows = 4

    /// - Parameters:
    ///   - areas: the lanes' order; an area a skill names that is not here (an included roadmap's) gets a lane after them.
    ///   - skills: the roadmap's skills, in definition order.
    ///   - drawsEdges: false on huge maps, where thousands of paths would make the page slow to open.
    public init(stages: [Stage], areas: [Area], skills: [Skill], drawsEdges: Bool = true) {
        let stageIDs = stages.map(\.id).filter { id in skills.contains { $0.stage == id } }
        var areaIDs = areas.map(\.id).filter { id in skills.contains { $0.area == id } }
        for skill in skills where !areaIDs.contains(skill.area) { areaIDs.append(skill.area) }
        // A skill of an unknown stage (a custom roadmap's mistake) still gets a place: the last stage.
        let stageIndex = Dictionary(uniqueKeysWithValues: stageIDs.enumerated().map { ($1, $0) })
        let areaIndex = Dictionary(uniqueKeysWithValues: areaIDs.enumerated().map { ($1, $0) })
        let stageCount = max(stageIDs.count, 1), laneCount = max(areaIDs.count, 1)
        let stageOf = skills.map { stageIndex[$0.stage] ?? stageCount - 1 }
        let laneOf = skills.map { areaIndex[$0.area] ?? 0 }
        let layerOf = Self.depths(skills, stage: stageOf)

        // cells[stage][layer][lane]: positions in definition order.
        let layerCounts = (0..<stageCount).map { stage in (stageOf.indices.filter { stageOf[$0] == stage }.map { layerOf[$0] }.max() ?? 0) + 1 }
        var cells = layerCounts.map { Array(repeating: Array(repeating: [Int](), count: laneCount), count: $0) }
        for position in skills.indices { cells[stageOf[position]][layerOf[position]][laneOf[position]].append(position) }
        // A layer is as many card columns wide as its fullest lane needs; a lane as tall as its fullest layer then is.
        let layerColumns = cells.map { layers in layers.map { lanes in max(1, lanes.map { ($0.count + Self.maxCellRows - 1) / Self.maxCellRows }.max() ?? 1) } }
        let rows = (0..<laneCount).map { lane in
            cells.indices.flatMap { stage in
                cells[stage].indices.map { layer in (cells[stage][layer][lane].count + layerColumns[stage][layer] - 1) / layerColumns[stage][layer] }
            }.max() ?? 0
        }

        var x = Self.gutter
        var layerX: [[Int]] = []
        columns = []
        for stage in 0..<stageCount {
            let start = x
            x += Self.stagePadding
            var starts: [Int] = []
            for columns in layerColumns[stage] {
                starts.append(x)
                x += columns * (Self.cardWidth + Self.gap) - Self.gap + Self.layerGap
            }
            x += Self.stagePadding - Self.layerGap
            layerX.append(starts)
            if stage < stageIDs.count { columns.append(Column(stage: stageIDs[stage], box: Box(x: start, y: 0, width: x - start, height: 0))) }
        }
        width = x
        var y = Self.header
        var laneY: [Int] = []
        lanes = []
        for (lane, count) in rows.enumerated() {
            let height = max(count, 1) * (Self.cardHeight + Self.rowGap) - Self.rowGap + 2 * Self.lanePadding
            laneY.append(y)
            if lane < areaIDs.count { lanes.append(Lane(area: areaIDs[lane], box: Box(x: 0, y: y, width: width, height: height))) }
            y += height
        }
        height = y
        for index in columns.indices { columns[index].box.height = height }

        var cards: [String: Box] = [:]
        var order: [String] = []
        for stage in cells.indices {
            for lane in 0..<laneCount {
                for layer in cells[stage].indices {
                    let cell = cells[stage][layer][lane]
                    let cellRows = max((cell.count + layerColumns[stage][layer] - 1) / layerColumns[stage][layer], 1)
                    // Column-major inside a layer: down, then into the layer's next column.
                    for (slot, position) in cell.enumerated() where cards[skills[position].id] == nil {
                        cards[skills[position].id] = Box(
                            x: layerX[stage][layer] + (slot / cellRows) * (Self.cardWidth + Self.gap),
                            y: laneY[lane] + Self.lanePadding + (slot % cellRows) * (Self.cardHeight + Self.rowGap),
                            width: Self.cardWidth, height: Self.cardHeight)
                        order.append(skills[position].id)
                    }
                }
            }
        }
        self.cards = cards
        cardOrder = order
        edges = drawsEdges ? skills.flatMap { skill in
            skill.requires.flatMap { prerequisite in
                prerequisite.ids.compactMap { requirement -> Edge? in
                    guard let from = cards[requirement], let to = cards[skill.id], from.exit.x < to.entry.x else { return nil }
                    return Edge(from: requirement, to: skill.id, choice: prerequisite.isChoice, path: Self.path(from: from, to: to))
                }
            }
        } : []
    }

    /// A cubic curve whose control points both stand half way across, so it runs only rightwards, within the box its
    /// ends span.
    static func path(from: Box, to: Box) -> String {
        let start = from.exit, end = to.entry
        let middle = start.x + (end.x - start.x) / 2
        return "M\(start.x) \(start.y)C\(middle) \(start.y) \(middle) \(end.y) \(end.x) \(end.y)"
    }

    /// Each skill's prerequisite depth within its stage: 0 without a prerequisite placed in the same stage, else one
    /// more than its deepest such prerequisite, every alternative of a choice counting. A cycle (which lint
    /// refuses) counts as depth 0 where it closes.
    static func depths(_ skills: [Skill], stage: [Int]) -> [Int] {
        let index = Dictionary(skills.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var depth = Array(repeating: -1, count: skills.count)
        var visiting = Set<Int>()
        func visit(_ position: Int) -> Int {
            if depth[position] >= 0 { return depth[position] }
            guard visiting.insert(position).inserted else { return 0 }
            let deepest = skills[position].requires.ids.compactMap { index[$0] }.filter { stage[$0] == stage[position] }
                .map { visit($0) + 1 }.max() ?? 0
            visiting.remove(position)
            depth[position] = deepest
            return deepest
        }
        // Recursion depth is bounded by the longest prerequisite chain inside one stage.
        for position in skills.indices { _ = visit(position) }
        return depth
    }
}
