import Foundation
import RoadmapCore
import RoadmapStore

/// The three exports: a Markdown document, a visual HTML page of one roadmap, a lossless JSON backup.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown, html, json
}

/// `roadmap export`: every input rule checked first, the inputs of the reports read once, then the file written.
public struct ProgressExporting {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    public struct Request {
        public var roadmap: String?
        public var format: ExportFormat = .markdown
        public var output: String?
        public var force = false
        public var brief = false
        /// `YYYY-MM-DD`, for reproducible output; nil: today.
        public var date: String?
        /// Where a page goes when there is no `output` and standard output is a terminal (its source is nothing
        /// to read there): `ROADMAP.html` in this folder.
        public var pageFolder: String?
        /// The version the export names.
        public var version: String

        public init(roadmap: String?, format: ExportFormat, output: String?, force: Bool, brief: Bool, date: String?, pageFolder: String?, version: String) {
            (self.roadmap, self.format, self.output, self.force, self.brief, self.date, self.pageFolder, self.version)
                = (roadmap, format, output, force, brief, date, pageFolder, version)
        }
    }

    /// What the export made: text for standard output (or `shown`: handed to `standardOutput` as it was made),
    /// or a file written (`isPage`: the page put in `pageFolder`).
    public enum Outcome: Equatable {
        case text(String, pageable: Bool)
        case shown
        case written(path: String, bytes: Int, isPage: Bool)
    }

    /// Text for standard output as UTF-8, a piece at a time, and whether it may be paged (not a backup). Bytes, not a
    /// string: checking a large backup's 68 MB again as strings cost 0.75 G of its 4.2 G instructions (Benchmarks/README.md).
    public typealias StandardOutput = (_ utf8: [UInt8], _ pageable: Bool) -> Void

    /// `largeBackup` is told the number of events before a backup of 5,000 or more is written. With `standardOutput`,
    /// the text goes there as it is made (a backup in pieces of about 64 KiB, as it is read) and the outcome is `shown`.
    public func export(_ request: Request, largeBackup: ((Int) -> Void)? = nil, standardOutput: StandardOutput? = nil) throws -> Outcome {
        if request.brief && request.format != .markdown { throw CommandError.eitherOr("--brief", "--format \(request.format.rawValue)") }
        let day = try request.date.map { try InputRules.day($0, option: "--date") } ?? session.today
        try OutputFile.checkFree(request.output, force: request.force)
        let bytes: Data
        var page: String?
        switch request.format {
        case .markdown:
            if request.output == nil, let standardOutput {
                try markdown(request, day: day) { standardOutput(Array($0.utf8), true) }
                return .shown
            }
            var text = ""
            try markdown(request, day: day) { text += $0 }
            bytes = Data(text.utf8)
        case .html:
            let (roadmap, text) = try html(request, day: day)
            (bytes, page) = (Data(text.utf8), roadmap)
        case .json: return try backup(request, day: day, largeBackup: largeBackup, standardOutput: standardOutput)
        }
        if request.output == nil, let page, let folder = request.pageFolder {
            let path = folder + (folder.hasSuffix("/") ? "" : "/") + page + ".html"
            if FileManager.default.fileExists(atPath: path), !request.force { throw CommandError.pageExists(path) }
            try OutputFile.write(bytes, to: path, privately: false)
            return .written(path: path, bytes: bytes.count, isPage: true)
        }
        guard let output = request.output else {
            guard let standardOutput else { return .text(String(decoding: bytes, as: UTF8.self), pageable: true) }
            standardOutput(Array(bytes), true)
            return .shown
        }
        try OutputFile.write(bytes, to: output, privately: false)
        return .written(path: output, bytes: bytes.count, isPage: false)
    }

    /// The document, written in two pieces: its opening (title, paragraph, stage table) once the reports are made
    /// from the standing marks, then the rest once notes, evidence and activity are read: a long export's reader
    /// sees its answers while the rest is read.
    private func markdown(_ request: Request, day: Day, write: (String) -> Void) throws {
        let chosen = try session.chosenRoadmaps(request.roadmap)
        guard !chosen.isEmpty else { throw CommandError.nothingToExport }
        let catalog = try session.catalog()
        // A report reads each skill's status and since, never its notes.
        let marks = try session.progress(includingNotes: false)
        let reviews = try session.reviewLog(progress: marks)
        let reports = try chosen.map { chosen in
            try ProgressReport(
                chosen.roadmap, in: catalog, progress: marks, enrolment: chosen.enrolment, today: day,
                timeZone: session.timeZone, reviews: reviews.all)
        }
        write(MarkdownExport.opening(roadmap: chosen[0].roadmap, report: reports[0], roadmaps: chosen.count, date: day))
        let inputs = try ReportInputs(session, roadmaps: chosen.map(\.roadmap), reviews: reviews)
        let lastReviewed = inputs.lastReviewed(today: session.today)
        let sections = try zip(zip(chosen, reports), inputs.dailyCounts).map { chosenAndReport, dailyCounts in
            let (chosen, report) = chosenAndReport
            return MarkdownExport.Section(
                roadmap: chosen.roadmap, report: report,
                detail: try RoadmapDetail(chosen.roadmap, in: inputs.catalog, progress: inputs.progress),
                catalog: inputs.catalog,
                activity: ActivitySummary(dailyCounts: dailyCounts, progress: inputs.progress, today: day, timeZone: session.timeZone),
                lastReviewed: lastReviewed)
        }
        write(MarkdownExport(sections: sections, date: day, timeZone: session.timeZone, version: request.version, brief: request.brief).remainder())
    }

    /// The roadmap's id and its page.
    private func html(_ request: Request, day: Day) throws -> (roadmap: String, page: String) {
        let chosen = try session.chosenRoadmaps(request.roadmap)
        guard let (roadmap, enrolment) = chosen.first else { throw CommandError.nothingToExport }
        guard chosen.count == 1 else { throw CommandError.oneRoadmapOnly(started: chosen.map(\.roadmap.id)) }
        let page = try MapPage(session: session).page(roadmap, enrolment: enrolment, day: day, version: request.version)
        return (roadmap.id, page.render())
    }

    /// The backup written as the database is read: to its file (whole, or not at all), else to standard output.
    private func backup(_ request: Request, day: Day, largeBackup: ((Int) -> Void)?, standardOutput: StandardOutput?) throws -> Outcome {
        if let roadmap = request.roadmap { throw CommandError.wholeDatabaseOnly(roadmap: roadmap) }
        let exportedAt = request.date == nil ? session.now : day.start(in: TimeZone(identifier: "UTC")!)
        let store = try session.openForReading() ?? ProgressStore.inMemory()
        return try store.readBackup(exportedAt: exportedAt) { parts in
            if let largeBackup {
                let events = try parts.eventCount()
                if events >= LargeWork.events { largeBackup(events) }
            }
            if let output = request.output {
                let bytes = try OutputFile.write(to: output, privately: true) { write in try ProgressBackup.write(parts, write) }
                return .written(path: output, bytes: bytes, isPage: false)
            }
            guard let standardOutput else {
                var bytes: [UInt8] = []
                try ProgressBackup.write(parts) { bytes += $0 }
                return .text(String(decoding: bytes, as: UTF8.self), pageable: false)
            }
            try ProgressBackup.write(parts) { standardOutput($0, false) }
            return .shown
        }
    }
}
