import Foundation

/// One review of a skill in force (its command stands).
public struct ReviewRecord: Sendable, Hashable, Codable {
    public let skill: String
    /// The day it counts from: when recorded, or the day `--on` dated it to.
    public let day: Day
    public let recall: Recall
    public let note: String?

    public init(skill: String, day: Day, recall: Recall, note: String? = nil) {
        self.skill = skill
        self.day = day
        self.recall = recall
        self.note = note
    }
}

/// A done skill and the reviews since it was last marked done, oldest first: what its schedule is derived from.
public struct ReviewTrack: Sendable, Hashable {
    public let skill: String
    /// The day its done mark counts from.
    public let doneOn: Day
    public let reviews: [ReviewRecord]

    public init(skill: String, doneOn: Day, reviews: [ReviewRecord]) {
        self.skill = skill
        self.doneOn = doneOn
        self.reviews = reviews
    }
}

/// What the log holds for reviews: the done skills' tracks, and the day of the first review ever recorded,
/// from which skills done before it are spread.
public struct ReviewLog: Sendable, Hashable {
    /// In no particular order: the schedule orders them by their days and ids, and sorting 4,757 tracks by id was a
    /// sixth of reading the log (large).
    public let tracks: [ReviewTrack]
    public let firstReview: Day?
    /// Every review in force, done or not since, oldest first: for pace.
    public let all: [ReviewRecord]

    public init(tracks: [ReviewTrack], firstReview: Day?, all: [ReviewRecord] = []) {
        self.tracks = tracks
        self.firstReview = firstReview
        self.all = all
    }

    public static let empty = ReviewLog(tracks: [], firstReview: nil)

    /// Equal with the same tracks in any order.
    public static func == (a: ReviewLog, b: ReviewLog) -> Bool {
        a.firstReview == b.firstReview && a.all == b.all && Set(a.tracks) == Set(b.tracks)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(firstReview)
        hasher.combine(all)
        hasher.combine(Set(tracks))
    }
}
