import ArgumentParser

/// `--color`: whether a stream's text is coloured. The flag beats the environment; in `auto`, a non-empty
/// NO_COLOR beats CLICOLOR_FORCE and FORCE_COLOR, which beat the stream not being a terminal and TERM=dumb.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
    case auto, always, never

    /// Whether a stream gets colour; each stream (stdout, stderr) asks for itself.
    func allowsColor(onTerminal isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            // no-color.org: a NO_COLOR that is set but empty counts as unset.
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if Self.forces(environment["CLICOLOR_FORCE"]) || Self.forces(environment["FORCE_COLOR"]) { return true }
            return isTerminal && environment["TERM"] != "dumb"
        }
    }

    /// A force variable forces colour with any value but empty and "0", so `FORCE_COLOR=0` is a way to say no.
    private static func forces(_ value: String?) -> Bool {
        guard let value else { return false }
        return !value.isEmpty && value != "0"
    }
}
