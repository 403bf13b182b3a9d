import RoadmapCore
import Testing

@Suite struct MapLayoutTests {
    static let stages = [Stage(id: "entry", title: "Entry"), Stage(id: "mid", title: "Mid"), Stage(id: "senior", title: "Senior")]
    static let areas = [Area(id: "a", title: "A"), Area(id: "b", title: "B"), Area(id: "unused", title: "Unused")]

    static func skill(_ id: String, _ stage: String, _ area: String, requires: [Prerequisite] = []) -> Skill {
        Skill(id: id, title: id, area: area, stage: stage, requires: requires, roadmap: "r")
    }

    static let skills = [
        skill("r.c", "entry", "a", requires: ["r.b"]), skill("r.b", "entry", "a", requires: ["r.a"]), skill("r.a", "entry", "a"),
        skill("r.d", "entry", "b"), skill("r.e", "mid", "a", requires: ["r.c", "r.d"]), skill("r.f", "mid", "b", requires: ["r.e", "outside.x"]),
    ] + (1...9).map { skill("r.many\($0)", "senior", "b", requires: ["r.f"]) }

    @Test func stagesAreColumnsInOrderAndAreasLanesInOrder() {
        let layout = MapLayout(stages: Self.stages, areas: Self.areas, skills: Self.skills)
        #expect(layout.columns.map(\.stage) == ["entry", "mid", "senior"])
        #expect(layout.lanes.map(\.area) == ["a", "b"], "an area without skills takes no lane")
        #expect(zip(layout.columns, layout.columns.dropFirst()).allSatisfy { $0.box.x + $0.box.width == $1.box.x })
        for skill in Self.skills {
            let card = try! #require(layout.cards[skill.id])
            let column = layout.columns.first { $0.stage == skill.stage }!.box
            let lane = layout.lanes.first { $0.area == skill.area }!.box
            #expect(card.x >= column.x && card.x + card.width <= column.x + column.width, "\(skill.id) in its stage")
            #expect(card.y >= lane.y && card.y + card.height <= lane.y + lane.height, "\(skill.id) in its area")
            #expect(card.x + card.width <= layout.width && card.y + card.height <= layout.height)
        }
    }

    @Test func noTwoCardsOverlap() {
        let layout = MapLayout(stages: Self.stages, areas: Self.areas, skills: Self.skills)
        let boxes = Array(layout.cards.values)
        for (index, one) in boxes.enumerated() {
            for other in boxes[(index + 1)...] {
                let apart = one.x + one.width <= other.x || other.x + other.width <= one.x
                    || one.y + one.height <= other.y || other.y + other.height <= one.y
                #expect(apart, "\(one) overlaps \(other)")
            }
        }
        #expect(layout.cardOrder.count == Self.skills.count && Set(layout.cardOrder).count == Self.skills.count)
    }

    @Test func prerequisitesComeFirstInsideACellAndFullCellsWrapIntoColumns() {
        let layout = MapLayout(stages: Self.stages, areas: Self.areas, skills: Self.skills)
        let (a, b, c) = (layout.cards["r.a"]!, layout.cards["r.b"]!, layout.cards["r.c"]!)
        // Column-major by depth: each card after its prerequisite, in reading order down then right.
        #expect((a.x, a.y) < (b.x, b.y) && (b.x, b.y) < (c.x, c.y))
        let many = (1...9).map { layout.cards["r.many\($0)"]! }
        #expect(Set(many.map(\.x)).count == 3 && Set(many.map(\.y)).count == 3, "nine cards wrap into three columns of three")
    }

    @Test func anEdgePerPrerequisiteInsideTheMapAndNoneWhenAskedNot() {
        let layout = MapLayout(stages: Self.stages, areas: Self.areas, skills: Self.skills)
        let expected = Self.skills.flatMap { skill in skill.requires.ids.filter { id in Self.skills.contains { $0.id == id } }.map { "\($0)>\(skill.id)" } }
        #expect(layout.edges.map { "\($0.from)>\($0.to)" }.sorted() == expected.sorted())
        for edge in layout.edges {
            let from = layout.cards[edge.from]!, to = layout.cards[edge.to]!
            #expect(edge.path.hasPrefix("M\(from.x + from.width) \(from.y + from.height / 2)C"), "leaves the prerequisite's right side")
            #expect(edge.path.hasSuffix(" \(to.x) \(to.y + to.height / 2)"), "arrives at the skill's left side")
        }
        #expect(MapLayout(stages: Self.stages, areas: Self.areas, skills: Self.skills, drawsEdges: false).edges.isEmpty)
    }

    @Test func aCycleOrALongChainStillLaysOut() {
        let cycle = [Self.skill("r.x", "entry", "a", requires: ["r.y"]), Self.skill("r.y", "entry", "a", requires: ["r.x"])]
        #expect(MapLayout(stages: Self.stages, areas: Self.areas, skills: cycle).cards.count == 2)
        let chain = (0..<3000).map { Self.skill("r.c\($0)", "entry", "a", requires: $0 == 0 ? [] : [.skill("r.c\($0 - 1)")]) }
        let layout = MapLayout(stages: Self.stages, areas: Self.areas, skills: chain)
        #expect(layout.cards.count == 3000)
    }

    @Test func theSameSkillsGiveTheSameLayout() {
        #expect(MapLayout(stages: Self.stages, areas: Self.areas, skills: Self.skills) == MapLayout(stages: Self.stages, areas: Self.areas, skills: Self.skills))
    }

    @Test func aSkillStandsRightOfItsPrerequisitesInItsStageWhateverTheirLane() {
        // r.e (mid, a) needs r.f2 (mid, b), which needs r.f1 (mid, a): three layers across two lanes.
        let skills = [
            Self.skill("r.f1", "mid", "a"), Self.skill("r.f2", "mid", "b", requires: ["r.f1"]),
            Self.skill("r.e", "mid", "a", requires: ["r.f2", .any(["r.f1", "r.x"])]), Self.skill("r.x", "entry", "b"),
        ]
        let layout = MapLayout(stages: Self.stages, areas: Self.areas, skills: skills)
        let (f1, f2, e) = (layout.cards["r.f1"]!, layout.cards["r.f2"]!, layout.cards["r.e"]!)
        #expect(f1.x + f1.width < f2.x && f2.x + f2.width < e.x)
        #expect(f1.y == e.y, "the same lane's row")
        #expect(layout.edges.count == 4, "f1 → f2, f2 → e, and both alternatives of the choice")
    }

    @Test func aPrerequisiteInALaterStageGetsNoLineRatherThanOneRunningBack() {
        let skills = [Self.skill("r.early", "entry", "a", requires: ["r.late"]), Self.skill("r.late", "senior", "a")]
        let layout = MapLayout(stages: Self.stages, areas: Self.areas, skills: skills)
        #expect(layout.cards.count == 2 && layout.edges.isEmpty)
    }

    @Test func anIncludedSkillsAreaGetsALaneOfItsOwnAfterTheRoadmaps() {
        let skills = Self.skills + [Self.skill("other.y", "mid", "elsewhere"), Self.skill("other.z", "entry", "also")]
        let layout = MapLayout(stages: Self.stages, areas: Self.areas, skills: skills)
        #expect(layout.lanes.map(\.area) == ["a", "b", "elsewhere", "also"])
        let lane = layout.lanes[2].box, card = layout.cards["other.y"]!
        #expect(card.y >= lane.y && card.y + card.height <= lane.y + lane.height)
    }
}
