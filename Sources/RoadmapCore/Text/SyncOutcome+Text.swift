import Foundation

extension SyncOutcome: TextRenderable {
    /// `3 marks and 1 note from laptop; 5 commands sent to git@host:me/roadmap.git`, or `already in sync with …`.
    public func text(in context: TextContext) -> String {
        guard !alreadyInSync || waiting > 0 else {
            return "already in sync with \(remote)".wrappedLines(width: context.width, hangingIndent: "  ")
        }
        var parts = received.map { device in "\(Self.describe(device)) from \(device.name)" }
        if sent > 0 { parts.append("\(Plural.count(sent, "command")) sent to \(remote)") }
        if waiting > 0 { parts.append("\(Plural.count(waiting, "command")) waiting to be sent") }
        if sent == 0 && waiting == 0 { parts.append(received.isEmpty ? "synced with \(remote)" : "nothing to send to \(remote)") }
        return parts.joined(separator: "; ").wrappedLines(width: context.width, hangingIndent: "  ")
    }

    /// `3 marks, 1 note and 1 other command` (a start, add, remove or import), else `2 commands`.
    static func describe(_ device: SyncReceipt.Device) -> String {
        let counts = [(device.marks, "mark"), (device.notes, "note"), (device.reviews, "review"), (device.undos, "undo"), (device.others, "other command")]
            .filter { $0.0 > 0 }.map { Plural.count($0.0, $0.1) }
        guard !counts.isEmpty else { return Plural.count(device.commands, "command") }
        return counts.count == 1 ? counts[0] : counts.dropLast().joined(separator: ", ") + " and " + counts.last!
    }
}

extension SyncReminder: TextRenderable {
    public func text(in context: TextContext) -> String { line.wrappedLines(width: context.width, hangingIndent: "  ") }

    /// `synced 2 hours ago with /media/usb/roadmap.git; 3 commands waiting to be sent (roadmap sync)`.
    public var line: String {
        var text = lastSyncAt.map { "synced \(Self.ago($0, now: now))" } ?? "not synced yet"
        if let remote { text += " with \(remote)" }
        if waiting > 0 { text += "; \(Plural.count(waiting, "command")) waiting to be sent (roadmap sync)" }
        return text
    }

    /// `just now`, `5 minutes ago`, `2 hours ago`, `3 days ago`.
    static func ago(_ date: Date, now: Date) -> String {
        let seconds = Int(now.timeIntervalSince(date))
        if seconds < 60 { return "just now" }
        if seconds < 3600 { return "\(Plural.count(seconds / 60, "minute")) ago" }
        if seconds < 86_400 { return "\(Plural.count(seconds / 3600, "hour")) ago" }
        return "\(Plural.count(seconds / 86_400, "day")) ago"
    }
}
