import Foundation

/// What a database knows about its sync: who it is, where it syncs, when it last did, and what waits to be sent.
public struct SyncState: Sendable, Hashable, Codable {
    /// This database's device id (a lowercase UUID), made once; nil before the first sync.
    public var device: String?
    /// The remote recorded by the first `roadmap sync REMOTE`; nil before.
    public var remote: String?
    /// When the last sync finished pushing; nil when none has.
    public var lastSyncAt: Date?
    /// Commands recorded on this device that no push has sent yet.
    public var waiting: Int
    /// The git tree of the repository's `devices/` folder whose every line this database holds; nil when none is.
    public var appliedTree: String?

    public init(device: String?, remote: String?, lastSyncAt: Date?, waiting: Int, appliedTree: String? = nil) {
        self.device = device
        self.remote = remote
        self.lastSyncAt = lastSyncAt
        self.waiting = waiting
        self.appliedTree = appliedTree
    }
}

/// What applying other devices' lines brought in, per device.
public struct SyncReceipt: Sendable, Hashable, Codable {
    public struct Device: Sendable, Hashable, Codable {
        public var device: String
        public var name: String
        /// Commands new to this database.
        public var commands: Int
        /// Of their events: status changes, notes and evidence, reviews, and the rest (withdrawals).
        public var marks: Int
        public var notes: Int
        public var reviews: Int
        public var undos: Int
        /// Commands that recorded no mark, note or review and undid nothing: start, add, remove, import.
        public var others: Int

        public init(
            device: String, name: String, commands: Int = 0, marks: Int = 0, notes: Int = 0, reviews: Int = 0, undos: Int = 0, others: Int = 0
        ) {
            self.device = device
            self.name = name
            self.commands = commands
            self.marks = marks
            self.notes = notes
            self.reviews = reviews
            self.undos = undos
            self.others = others
        }
    }

    /// Only devices that brought something, in file-name order.
    public var devices: [Device]
    public var enrolmentsChanged: [String]
    public var roadmapsChanged: [String]

    public init(devices: [Device] = [], enrolmentsChanged: [String] = [], roadmapsChanged: [String] = []) {
        self.devices = devices
        self.enrolmentsChanged = enrolmentsChanged
        self.roadmapsChanged = roadmapsChanged
    }

    public var commands: Int { devices.reduce(0) { $0 + $1.commands } }
}
