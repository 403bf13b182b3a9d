import Foundation

/// Where a run's text ends up: standard output and standard error, or a test's capture of them.
protocol OutputSink: AnyObject {
    func standardOutput(_ text: String)
    func standardOutput(utf8: [UInt8])
    func standardError(_ text: String)
}

extension OutputSink {
    func standardOutput(utf8: [UInt8]) { standardOutput(String(decoding: utf8, as: UTF8.self)) }
}

/// The process's own stdout and stderr, written unbuffered so nothing is lost on exit.
final class StandardStreams: OutputSink {
    func standardOutput(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    func standardOutput(utf8: [UInt8]) { FileHandle.standardOutput.write(Data(utf8)) }
    func standardError(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
