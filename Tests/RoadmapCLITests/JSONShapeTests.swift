import Foundation
import Testing
@testable import RoadmapCLI
@testable import RoadmapCore

/// `--json` output byte for byte: every key present (null when absent) where README.md says so, left out
/// where it marks the key with `?`. Each golden is decoded, rendered again and compared.
@Suite struct JSONShapeTests {
    static func roundTrip<Value: Codable>(_ golden: String, as type: Value.Type) throws -> String {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try JSONOutput.render(decoder.decode(Value.self, from: Data(golden.utf8)))
    }

    @Test func historyRecordsWriteNullForWhatTheyLack() throws {
        let golden = #"""
            [
              {
                "arguments" : [
                  "roadmap",
                  "start",
                  "python"
                ],
                "at" : "2026-01-10T09:30:00Z",
                "command" : "start",
                "from" : null,
                "kind" : "command",
                "note" : null,
                "recall" : null,
                "recordedAt" : "2026-01-10T09:30:00Z",
                "retired" : false,
                "skill" : null,
                "title" : null,
                "to" : null,
                "undone" : false,
                "url" : null
              },
              {
                "arguments" : [
                  "roadmap",
                  "undo"
                ],
                "at" : "2026-01-09",
                "command" : "undo",
                "currentSkill" : "python.basics",
                "from" : "done",
                "kind" : "status",
                "note" : null,
                "recall" : null,
                "recordedAt" : "2026-01-10T09:31:00Z",
                "retired" : true,
                "reverts" : [
                  "roadmap",
                  "done",
                  "py.basics",
                  "--on",
                  "2026-01-09"
                ],
                "skill" : "py.basics",
                "title" : "A \"title\" / with a slash",
                "to" : "todo",
                "undone" : true,
                "url" : "https://example.com/a?b=c"
              }
            ]

            """#
        #expect(try Self.roundTrip(golden, as: [HistoryRecord].self) == golden)
    }

    @Test func reportsWriteNullForNoStageReachedAndNoGap() throws {
        let golden = #"""
            {
              "areas" : [
                {
                  "done" : 0,
                  "hours" : {
                    "done" : 0,
                    "open" : 0,
                    "total" : 0,
                    "unestimated" : 2
                  },
                  "id" : "core",
                  "learning" : 1,
                  "percent" : 0,
                  "skipped" : 0,
                  "title" : "Core",
                  "todo" : 1,
                  "total" : 2
                }
              ],
              "date" : "2026-11-20",
              "electives" : [

              ],
              "gapAreas" : [

              ],
              "gapStage" : null,
              "gapSummary" : [

              ],
              "gaps" : [

              ],
              "next" : [

              ],
              "pace" : {
                "hoursPerWeek" : 0,
                "perWeek" : 0,
                "projected" : {
                  "entry" : null
                },
                "projectedByHours" : {
                  "entry" : null
                },
                "reviews" : 0,
                "weeks" : [
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0
                ]
              },
              "progress" : {
                "done" : 0,
                "hours" : {
                  "done" : 0,
                  "open" : 0,
                  "total" : 0,
                  "unestimated" : 2
                },
                "id" : "r",
                "learning" : 1,
                "percent" : 0,
                "skipped" : 0,
                "title" : "R",
                "todo" : 1,
                "total" : 2
              },
              "reached" : null,
              "roadmap" : "r",
              "stages" : [

              ],
              "title" : "R"
            }

            """#
        #expect(try Self.roundTrip(golden, as: ProgressReport.self) == golden)
    }

    @Test func reportsWriteAReachedStageGapAndTarget() throws {
        let golden = #"""
            {
              "areas" : [

              ],
              "date" : "2026-11-20",
              "electives" : [
                {
                  "area" : "core",
                  "hours" : 8,
                  "oneOf" : [
                    "r.f",
                    "r.g"
                  ],
                  "skill" : "r.g",
                  "stage" : "mid",
                  "status" : "todo",
                  "title" : "G"
                }
              ],
              "gapAreas" : [
                {
                  "area" : "core",
                  "hours" : 0,
                  "open" : 1,
                  "title" : "Core"
                }
              ],
              "gapStage" : "mid",
              "gapSummary" : [
                {
                  "hours" : 0,
                  "open" : 1,
                  "stage" : "mid",
                  "title" : "Mid",
                  "unestimated" : 1
                }
              ],
              "gaps" : [
                {
                  "area" : "core",
                  "hours" : 12,
                  "skill" : "r.d",
                  "stage" : "mid",
                  "status" : "learning",
                  "title" : "D",
                  "waitingOn" : [
                    "r.b"
                  ],
                  "waitingOnOneOf" : [
                    [
                      "r.c",
                      "r.e"
                    ]
                  ]
                }
              ],
              "next" : [
                {
                  "area" : "core",
                  "skill" : "r.b",
                  "stage" : "entry",
                  "status" : "todo",
                  "title" : "B",
                  "unlocks" : 3
                }
              ],
              "pace" : {
                "hoursPerWeek" : 1.5,
                "perWeek" : 0.25,
                "projected" : {
                  "mid" : "2027-01-01"
                },
                "projectedByHours" : {
                  "mid" : "2027-02-01"
                },
                "reviews" : 0,
                "target" : {
                  "projectedByHours" : "2027-02-01",
                  "reached" : false,
                  "stage" : "mid"
                },
                "weeks" : [
                  0,
                  0,
                  0,
                  0,
                  0,
                  1,
                  0,
                  1
                ]
              },
              "progress" : {
                "done" : 2,
                "hours" : {
                  "done" : 6,
                  "open" : 12,
                  "total" : 20,
                  "unestimated" : 2
                },
                "id" : "r",
                "learning" : 1,
                "percent" : 40,
                "skipped" : 1,
                "title" : "R",
                "todo" : 2,
                "total" : 6
              },
              "reached" : "entry",
              "roadmap" : "r",
              "stages" : [

              ],
              "title" : "R"
            }

            """#
        #expect(try Self.roundTrip(golden, as: ProgressReport.self) == golden)
    }

    @Test func nextStepsWriteHoursOnlyWhenEstimated() throws {
        let golden = #"""
            [
              {
                "area" : "core",
                "hours" : 12,
                "skill" : "r.a",
                "stage" : "entry",
                "status" : "learning",
                "title" : "A",
                "unlocks" : 2
              },
              {
                "area" : "core",
                "skill" : "r.b",
                "stage" : "mid",
                "status" : "todo",
                "title" : "B",
                "unlocks" : 0
              }
            ]

            """#
        let steps = [
            NextStep(skill: "r.a", title: "A", stage: "entry", area: "core", status: .learning, unlocks: 2, hours: 12),
            NextStep(skill: "r.b", title: "B", stage: "mid", area: "core", status: .todo, unlocks: 0, hours: nil),
        ]
        #expect(try JSONOutput.render(NextStepList(steps)) == golden)
        #expect(try Self.roundTrip(golden, as: [NextStep].self) == golden)
    }

    @Test func skillPagesWriteNullForNoEstimateAndNoStatusYet() throws {
        let golden = #"""
            {
              "aliases" : [
                "r.old"
              ],
              "area" : {
                "id" : "core",
                "title" : "Core"
              },
              "evidence" : [
                {
                  "at" : "2026-01-10T09:30:00Z",
                  "url" : "https://example.com/a"
                }
              ],
              "history" : [
                {
                  "arguments" : [
                    "roadmap",
                    "evidence",
                    "r.a",
                    "https://example.com/a"
                  ],
                  "at" : "2026-01-10T09:30:00Z",
                  "command" : "evidence",
                  "from" : null,
                  "kind" : "evidence",
                  "note" : null,
                  "recall" : null,
                  "recordedAt" : "2026-01-10T09:30:00Z",
                  "retired" : false,
                  "skill" : "r.a",
                  "title" : null,
                  "to" : null,
                  "undone" : false,
                  "url" : "https://example.com/a"
                }
              ],
              "hours" : null,
              "id" : "r.a",
              "keywords" : [
                "a"
              ],
              "notes" : [

              ],
              "requires" : [
                {
                  "id" : "r.base",
                  "status" : "done",
                  "title" : "Base"
                }
              ],
              "requiresOneOf" : [
                [
                  {
                    "id" : "r.torch",
                    "status" : "learning",
                    "title" : "PyTorch"
                  },
                  {
                    "id" : "r.tf",
                    "status" : "todo",
                    "title" : "TensorFlow"
                  }
                ]
              ],
              "resources" : [
                {
                  "kind" : "book",
                  "title" : "The A book",
                  "url" : "https://example.com/book"
                }
              ],
              "review" : null,
              "roadmap" : "r",
              "roadmaps" : [
                {
                  "id" : "r",
                  "title" : "R"
                }
              ],
              "since" : null,
              "source" : "",
              "stage" : {
                "id" : "entry",
                "title" : "Entry"
              },
              "status" : "todo",
              "summary" : "All about A.",
              "title" : "A",
              "unlocks" : [
                {
                  "id" : "r.b",
                  "status" : "todo",
                  "title" : "B"
                }
              ],
              "unlocksInAll" : 2
            }

            """#
        #expect(try Self.roundTrip(golden, as: SkillPage.self) == golden)
    }

    @Test func progressCountsWriteTheirPercent() throws {
        let golden = #"""
            {
              "done" : 1,
              "learning" : 1,
              "percent" : 50,
              "skipped" : 1,
              "todo" : 0,
              "total" : 3
            }

            """#
        var count = ProgressCount()
        for status in [SkillStatus.done, .learning, .skipped] { count.add(status) }
        #expect(try JSONOutput.render(count) == golden)
        #expect(try Self.roundTrip(golden, as: ProgressCount.self) == golden)
    }

    @Test func changesWriteTheChangeAndWhenItWasFound() throws {
        let golden = #"""
            [
              {
                "added" : [
                  "r.new"
                ],
                "counting" : [
                  {
                    "from" : "required",
                    "skill" : "r.b",
                    "to" : "elective"
                  }
                ],
                "detectedAt" : "2026-01-10T09:30:00Z",
                "from" : "aaaa",
                "merged" : [
                  {
                    "from" : "r.gone",
                    "to" : "r.c"
                  }
                ],
                "moved" : [
                  {
                    "from" : "entry",
                    "skill" : "r.b",
                    "to" : "mid"
                  }
                ],
                "renamed" : [
                  {
                    "from" : "r.old",
                    "to" : "r.a"
                  }
                ],
                "retired" : [

                ],
                "roadmap" : "r",
                "to" : "bbbb"
              }
            ]

            """#
        let change = RoadmapChange(
            roadmap: "r", from: "aaaa", to: "bbbb", added: ["r.new"], renamed: [.init(from: "r.old", to: "r.a")],
            merged: [.init(from: "r.gone", to: "r.c")], retired: [], moved: [.init(skill: "r.b", from: "entry", to: "mid")],
            counting: [.init(skill: "r.b", from: "required", to: "elective")])
        let entry = ChangeLog.Entry(detectedAt: Date(timeIntervalSince1970: 1_768_037_400), change: change)
        #expect(try JSONOutput.render(ChangeLog([entry])) == golden)
    }
}
