import Testing
@testable import RoadmapCore

/// Found by DoorPropertyTests on CI (seed meMCaAUeFQNs1Mb3InE64vKe+6/2/Dvu1FX9/Z4Crvg=): a value quoted from the file
/// with a line break in it broke the refusal's one line.
@Suite struct RefusalLineTests {
    @Test func aValueWithALineBreakStaysOnTheRefusalsLine() {
        let refusal = RoadmapError.invalidBackup("has an invalid time 'line\nbreak' at events[0].at: not a day of the calendar (YYYY-MM-DD)")
        #expect(refusal.description == "the backup has an invalid time 'line\\nbreak' at events[0].at: not a day of the calendar (YYYY-MM-DD)")
    }
}
