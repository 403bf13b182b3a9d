import ArgumentParser

/// The completion every argument of a kind shares, so `done`, `info` and `history --skill` offer the same ids.
extension CompletionKind {
    static var skills: CompletionKind {
        .custom { words, _, prefix in CompletionCandidates.process(words).skills(matching: prefix) }
    }

    static var roadmaps: CompletionKind {
        .custom { words, _, prefix in CompletionCandidates.process(words).roadmaps(matching: prefix) }
    }

    static var stages: CompletionKind {
        .custom { words, _, prefix in CompletionCandidates.process(words).stages(matching: prefix, words: words) }
    }

    static var roadmapFiles: CompletionKind { .file(extensions: ["yaml", "yml"]) }

    static var backupFiles: CompletionKind { .file(extensions: ["json"]) }
}
