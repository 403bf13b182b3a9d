import Foundation
import RoadmapApp
import RoadmapCore
import RoadmapStore
import Testing

/// The Markdown export counts each roadmap's activity in one pass over the log, holding none of it: the counts are
/// those of the whole history read at once and filtered to the roadmap's skills.
@Suite struct ExportActivityTests {
    @Test func activityIsTheWholeHistoryFilteredToEachRoadmap() throws {
        let world = try HistoryStreamTests.busyWorld()
        let export = world.run("export", "--date", "2026-11-24")
        #expect(export.status == 0 && export.stderr.isEmpty, "\(export)")
        let store = try #require(try ProgressStore.openExisting(path: world.defaultDatabase.path))
        let history = try store.history()
        let catalog = BuiltinCatalog.load().catalog
        for id in ["ml-engineer", "python"] {
            let roadmap = try #require(catalog.roadmap(id))
            let perDay = ActivitySummary.dailyCounts(MapPage.events(on: roadmap, in: history, catalog: catalog), timeZone: world.timeZone)
            let summary = ActivitySummary(dailyCounts: perDay, progress: [:], today: Day(world.now, in: world.timeZone), timeZone: world.timeZone)
            let first = try #require(summary.first), last = try #require(summary.last), busiest = try #require(summary.busiestDay)
            let line = "\(Plural.count(summary.events, "event")) on \(Plural.count(summary.activeDays, "day")), from \(first) to \(last); the busiest day, \(busiest), had \(summary.busiestDayEvents)."
            #expect(summary.events > 100 && export.stdout.contains(line), "\(id): \(line)")
        }
    }
}
