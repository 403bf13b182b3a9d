/// Progress of work long enough to tell (an import, a sync, an export of 5,000 events or more): called with
/// (done, total) as it goes, and with nil when it ends. A front passes it only where it can show it.
public typealias WorkProgress = (_ step: (done: Int, total: Int)?) -> Void

enum LargeWork {
    /// Below this many events a run is quick: nothing is told.
    static let events = 5000
    /// A backup file about that many events long (68 MB held 100,000), for work that knows its bytes before its events.
    static let bytes = 4 << 20
}
