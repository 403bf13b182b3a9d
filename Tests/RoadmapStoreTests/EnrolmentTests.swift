import Foundation
import RoadmapStore
import Testing
import RoadmapCore

@Suite struct EnrolmentTests {
    @Test func firstEnrolmentIsNew() throws {
        let store = try ProgressStore.inMemory()
        let change = try store.enrol(roadmap: "python", targetStage: nil, targetDate: nil, at: day(0))
        #expect(change.isNew)
        #expect(!change.targetChanged)
        #expect(change.enrolment == Enrolment(roadmap: "python", startedAt: day(0), targetStage: nil, targetDate: nil, updatedAt: day(0)))
        #expect(try store.enrolment("python") == change.enrolment)
        #expect(try store.enrolment("math") == nil)
    }

    @Test func enrollingAgainUpdatesTheTargetAndKeepsTheStart() throws {
        let store = try ProgressStore.inMemory()
        _ = try store.enrol(roadmap: "python", targetStage: "basics", targetDate: nil, at: day(0))
        let change = try store.enrol(roadmap: "python", targetStage: nil, targetDate: "2026-06-30", at: day(3))
        #expect(!change.isNew)
        #expect(change.targetChanged)
        let expected = Enrolment(roadmap: "python", startedAt: day(0), targetStage: "basics", targetDate: "2026-06-30", updatedAt: day(3))
        #expect(change.enrolment == expected)
        #expect(try store.enrolment("python") == expected)
    }

    @Test func enrollingAgainWithTheSameTargetChangesNothing() throws {
        let store = try ProgressStore.inMemory()
        let first = try store.enrol(roadmap: "python", targetStage: "basics", targetDate: nil, at: day(0))
        let again = try store.enrol(roadmap: "python", targetStage: "basics", targetDate: nil, at: day(5))
        #expect(!again.isNew)
        #expect(!again.targetChanged)
        #expect(again.enrolment == first.enrolment)
    }

    @Test func enrolmentsAreOrderedByStart() throws {
        let store = try ProgressStore.inMemory()
        _ = try store.enrol(roadmap: "python", targetStage: nil, targetDate: nil, at: day(2))
        _ = try store.enrol(roadmap: "math", targetStage: nil, targetDate: nil, at: day(1))
        _ = try store.enrol(roadmap: "rust", targetStage: nil, targetDate: nil, at: day(3))
        #expect(try store.enrolments().map(\.roadmap) == ["math", "python", "rust"])
    }
}
