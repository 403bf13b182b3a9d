extension ProgressReport.Pace {
    /// The day `amount` more skills (or hours) are done at `rate` a week from `today`; nil at a rate of zero.
    public static func projectedDay(after amount: Int, at rate: Double, from today: Day) -> Day? {
        rate > 0 ? today.adding(days: Int((Double(amount) / rate * 7).rounded(.up))) : nil
    }
}
