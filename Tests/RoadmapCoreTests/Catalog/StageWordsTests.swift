import RoadmapCore
import Testing

@Suite struct StageWordsTests {
    static let roadmap = Roadmap(
        id: "team", title: "Team", summary: "", version: 1,
        stages: [
            Stage(id: "starter", title: "Starter", jobTitles: ["Apprentice Analyst", "Data Analyst"]),
            Stage(id: "expert", title: "Expert level", jobTitles: ["Staff Analyst", "Data Analyst"]),
        ],
        areas: [], skillIDs: [], isBuiltin: false)

    @Test func idsTitlesAndJobTitleWordsNameAStage() {
        for (word, stage) in [("starter", "starter"), ("EXPERT", "expert"), ("expert level", "expert"),
                              ("apprentice", "starter"), ("Apprentice Analyst", "starter"), ("staff analyst", "expert")] {
            #expect(StageWords.stage(word, in: Self.roadmap)?.id == stage, "\(word)")
        }
    }

    @Test func aWordInSeveralStagesOrNoneNamesNothing() {
        for word in ["analyst", "data analyst", "junior", "lead", "", "   "] {
            #expect(StageWords.stage(word, in: Self.roadmap) == nil, "\(word)")
        }
        #expect(throws: RoadmapError.unknownStage("analyst", roadmap: "team", known: ["starter", "expert"])) {
            try StageWords.require("analyst", in: Self.roadmap)
        }
    }

    @Test func commonWordsNameTheBuiltinStages() throws {
        let stages = ["entry", "mid", "senior", "leadership"].map { Stage(id: $0, title: $0) }
        let roadmap = Roadmap(id: "r", title: "R", summary: "", version: 1, stages: stages, areas: [], skillIDs: [], isBuiltin: true)
        for (word, stage) in StageWords.common { #expect(StageWords.stage(word, in: roadmap)?.id == stage, "\(word)") }
        #expect(StageWords.stage("Lead", in: roadmap)?.id == "leadership")
    }
}
