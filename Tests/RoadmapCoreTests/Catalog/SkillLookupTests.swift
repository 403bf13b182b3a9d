import Testing
@testable import RoadmapCore

@Suite struct SkillLookupTests {
    let lookup: SkillLookup = {
        let a = roadmapYAML(id: "a", skills: [
            ("python.numpy", "entry", "basics", []), ("python.pandas", "entry", "basics", []),
            ("math.linear-algebra", "entry", "basics", []), ("cloud.aws-sagemaker", "mid", "basics", []),
            ("cloud.aws-lambda", "mid", "basics", []), ("mlops.docker", "mid", "basics", []),
        ])
        return SkillLookup(catalog: assemble([("a.yaml", a)]).catalog)
    }()

    @Test func exactIdLastSegmentPrefixAndTitle() throws {
        #expect(try lookup.resolve("python.numpy").id == "python.numpy")
        #expect(try lookup.resolve("NumPy").id == "python.numpy")
        #expect(try lookup.resolve("pand").id == "python.pandas")
        #expect(try lookup.resolve("linear").id == "math.linear-algebra")
        #expect(try lookup.resolve("MATH.LINEAR-ALGEBRA").id == "math.linear-algebra")
        #expect(try lookup.resolve("aws-lambda").id == "cloud.aws-lambda")
    }

    @Test func ambiguousNamesEveryCandidate() {
        #expect(throws: RoadmapError.ambiguousSkill("aws", candidates: ["cloud.aws-lambda", "cloud.aws-sagemaker"])) {
            try lookup.resolve("aws")
        }
        let message = RoadmapError.ambiguousSkill("aws", candidates: ["cloud.aws-lambda", "cloud.aws-sagemaker"]).description
        #expect(message == "'aws' matches 2 skills: cloud.aws-lambda, cloud.aws-sagemaker; name one by its full id")
    }

    @Test func unknownSuggestsTheClosest() {
        #expect(throws: RoadmapError.unknownSkill("nmupy", suggestions: ["python.numpy"])) { try lookup.resolve("nmupy") }
        let message = RoadmapError.unknownSkill("nmupy", suggestions: ["python.numpy"]).description
        #expect(message == "unknown skill 'nmupy'; did you mean 'python.numpy'?")
    }

    @Test func resolveAllStopsAtTheFirstUnknown() {
        #expect(throws: RoadmapError.self) { try lookup.resolveAll(["numpy", "zzzz-nothing"]) }
        #expect((try? lookup.resolveAll(["numpy", "python.numpy", "docker"]))?.map(\.id) == ["python.numpy", "mlops.docker"])
    }
}

@Suite struct DayTests {
    @Test func parsesRealDatesOnly() {
        #expect(Day("2026-11-20")?.description == "2026-11-20")
        #expect(Day("2024-02-29") != nil)
        for bad in ["2026-13-01", "2026-02-29", "2026-04-31", "tomorrow", "2026-1-5", "26-01-05", "2026-00-10", "", "2026-01-05T00:00"] {
            #expect(Day(bad) == nil, "\(bad)")
        }
    }

    @Test func ordersByCalendar() {
        #expect(Day("2026-01-31")! < Day("2026-02-01")!)
    }
}
