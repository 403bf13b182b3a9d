import PropertyBased
import Testing
@testable import RoadmapCore

@Suite struct DependentCountsTests {
    func skill(_ id: String, _ requires: [Prerequisite]) -> Skill {
        Skill(id: id, title: id, area: "x", stage: "entry", requires: requires, roadmap: "r")
    }

    @Test func countsEachDescendantOnceThroughADiamond() {
        let skills = [skill("r.d", ["r.b", "r.c"]), skill("r.b", ["r.a"]), skill("r.c", ["r.a"]), skill("r.a", []), skill("r.e", ["r.z"])]
        #expect(DependentCounts.compute(skills) == ["r.a": 3, "r.b": 1, "r.c": 1, "r.d": 0, "r.e": 0])
    }

    @Test func handlesALongChainWithoutDeepRecursion() {
        let skills = (0..<12_000).map { skill("r.s\($0)", $0 == 0 ? [] : [.skill("r.s\($0 - 1)")]) }
        let counts = DependentCounts.compute(skills)
        #expect(counts["r.s0"] == 11_999 && counts["r.s11999"] == 0)
    }

    /// One skill's count, walked from it, is its count among all, on random graphs with choices, some of them met;
    /// so are the counts of several walked one after the other.
    @Test func oneSkillsCountIsItsCountAmongAll() async {
        let edges = Gen.int(in: 0...11).array(of: 0...3).array(of: 1...12)
        await propertyCheck(input: edges, Gen.int(in: 0...11).array(of: 0...3)) { requires, metIDs in
            // Each skill requires only earlier ones, so the graph has no cycle, as a loaded catalog never has.
            let skills = requires.indices.map { position in
                let earlier = requires[position].filter { $0 < position }.map { "r.s\($0)" }
                let prerequisites: [Prerequisite] = earlier.count >= 2 && position % 2 == 0
                    ? [.any(earlier)] : earlier.map { .skill($0) }
                return skill("r.s\(position)", prerequisites)
            }
            let met = Set(metIDs.map { "r.s\($0)" })
            let all = DependentCounts.compute(skills, met: met.contains)
            for (position, skill) in skills.enumerated() {
                #expect(DependentCounts.dependents(of: skill.id, in: skills, met: met.contains).inAll == all[skill.id])
                // Nothing met: the skills it unlocks directly are those that name it.
                let requiring = skills.indices.filter { $0 != position && skills[$0].requires.names(skill.id) }
                #expect(DependentCounts.dependents(of: skill.id, in: skills).direct.sorted() == requiring)
            }
            #expect(DependentCounts.dependents(of: "r.unknown", in: skills) == ([], 0))
            // Several walks in one go, each root once or twice, in any order: each its count among all.
            let roots = skills.indices.reversed() + skills.indices.filter { $0 % 3 == 0 }
            #expect(DependentCounts.counts(of: roots, in: skills, met: met.contains) == roots.map { all[skills[$0].id] })
        }
    }

    /// Found by bytes as a Dictionary filled in order finds them: an id written twice at its last place, one not
    /// there nil, the empty id too; on ids of a few letters so that slots collide.
    @Test func placesByIDAreADictionarysPlaces() async {
        let ids = Gen.int(in: 0...3).array(of: 0...3).map { $0.map { ["a", "b", ".", "é"][$0] }.joined() }.array(of: 0...40)
        await propertyCheck(input: ids, Gen.int(in: 0...3).array(of: 0...3).map { $0.map { ["a", "b", ".", "é"][$0] }.joined() }) { ids, other in
            var dictionary: [String: Int] = [:]
            for (place, id) in ids.enumerated() { dictionary[id] = place }
            let places = PlacesByID(ids)
            for id in ids + [other, "", "zz"] {
                #expect(places.place(of: id) == dictionary[id], "\(id)")
            }
        }
    }

    /// A former id's current one, and any other id as it is, as the Dictionary of former ids gives them.
    @Test func aliasesFindTheCurrentIDOfEachFormerOne() async {
        let id = Gen.int(in: 0...3).array(of: 1...3).map { $0.map { ["a", "b", ".", "é"][$0] }.joined() }
        await propertyCheck(input: id.array(of: 0...12), id.array(of: 0...12), id) { formers, currents, asked in
            let map = Dictionary(zip(formers, currents).map { ($0, $1) }, uniquingKeysWith: { $1 })
            let aliases = SkillAliases(map)
            for id in formers + currents + [asked, ""] {
                #expect(aliases.current(id) == (map[id] ?? id), "\(id)")
            }
            #expect(aliases == SkillAliases(map))
        }
    }
}

