import Foundation

/// What one `roadmap sync` did: what came in from each device, what went out, where.
/// Its JSON shape is documented in README.md.
public struct SyncOutcome: Sendable, Hashable, Encodable {
    public var remote: String
    /// This database's device id.
    public var device: String
    /// Only devices that brought something new, as `SyncReceipt` gives them.
    public var received: [SyncReceipt.Device]
    /// Commands of this device written to its file and pushed by this sync.
    public var sent: Int
    /// Commands of this device committed but not pushed (the remote could not be reached): 0 after a push.
    public var waiting: Int
    /// Roadmaps whose enrolment, and custom roadmaps that, changed by what came in.
    public var enrolmentsChanged: [String]
    public var roadmapsChanged: [String]
    /// Whether a new commit was pushed.
    public var pushed: Bool

    public init(remote: String, device: String, receipt: SyncReceipt, sent: Int, waiting: Int = 0, pushed: Bool) {
        self.remote = remote
        self.device = device
        received = receipt.devices
        self.sent = sent
        self.waiting = waiting
        enrolmentsChanged = receipt.enrolmentsChanged
        roadmapsChanged = receipt.roadmapsChanged
        self.pushed = pushed
    }

    /// Nothing came in and nothing went out.
    public var alreadyInSync: Bool { received.isEmpty && sent == 0 && !pushed && enrolmentsChanged.isEmpty && roadmapsChanged.isEmpty }

    enum CodingKeys: String, CodingKey {
        case remote, device, received, sent, pushed, enrolmentsChanged, roadmapsChanged, inSync
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(remote, forKey: .remote)
        try container.encode(device, forKey: .device)
        try container.encode(received, forKey: .received)
        try container.encode(sent, forKey: .sent)
        try container.encode(pushed, forKey: .pushed)
        try container.encode(enrolmentsChanged, forKey: .enrolmentsChanged)
        try container.encode(roadmapsChanged, forKey: .roadmapsChanged)
        try container.encode(alreadyInSync, forKey: .inSync)
    }
}

/// The line `status` and `doctor` give about sync: when this database last synced, with what, and what waits.
/// Nil (nothing shown) for a database that never synced.
public struct SyncReminder: Sendable, Hashable, Encodable {
    public var remote: String?
    public var lastSyncAt: Date?
    public var waiting: Int
    /// The run's clock, to say "2 hours ago"; not in JSON.
    public var now: Date

    public init?(_ state: SyncState, now: Date) {
        guard state.remote != nil || state.lastSyncAt != nil else { return nil }
        remote = state.remote
        lastSyncAt = state.lastSyncAt
        waiting = state.waiting
        self.now = now
    }

    enum CodingKeys: String, CodingKey { case remote, lastSyncAt, waiting }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(remote, forKey: .remote)
        try container.encode(lastSyncAt, forKey: .lastSyncAt)
        try container.encode(waiting, forKey: .waiting)
    }
}
