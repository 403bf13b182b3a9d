/// How well a review went, as `roadmap reviewed --recall` takes it.
public enum Recall: String, Sendable, Hashable, Codable, CaseIterable {
    /// Remembered at once: the next interval may skip a step.
    case easy
    /// Remembered: the interval doubles.
    case good
    /// Remembered with effort: the interval stays.
    case hard
    /// Not remembered: the skill goes back to learning and its schedule starts over when done again.
    case forgot
}
