/// A remote as the user gave it, made to mean the same from the sync folder that git runs in.
public enum SyncRemote {
    /// A relative local path (`../progress.git`, `usb/roadmap.git`) made absolute against `directory`, where the user
    /// typed it; URLs (`https://…`, `ssh://…`, `file://…`), scp-like remotes (`git@host:me/roadmap.git`) and absolute
    /// paths are left as they are, as git reads them.
    public static func resolved(_ remote: String, from directory: String) -> String {
        guard !remote.isEmpty, !remote.hasPrefix("/"), !remote.contains("://") else { return remote }
        // git's rule: a colon before any slash makes it [user@]host:path.
        if let colon = remote.firstIndex(of: ":"), !remote[..<colon].contains("/") { return remote }
        var parts = directory.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for part in remote.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
