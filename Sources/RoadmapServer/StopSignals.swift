import Dispatch
import Foundation

/// Ctrl-C (SIGINT) or SIGTERM stops the server at once, mid-request too: an action still running after a moment is
/// cut off with the process, and SQLite rolls back its unfinished transaction (its journal), so no command is half kept.
enum StopSignals {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func install(waitingFor inFlight: Counter, patience: TimeInterval = 1) {
        let queue = DispatchQueue(label: "roadmap-serve stop")
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                let deadline = Date().addingTimeInterval(patience)
                while inFlight.value > 0, Date() < deadline { usleep(10_000) }
                fflush(nil)
                // _exit, not exit: no exit handlers run while another thread may be inside SQLite.
                _exit(0)
            }
            source.resume()
            return source
        }
    }
}
