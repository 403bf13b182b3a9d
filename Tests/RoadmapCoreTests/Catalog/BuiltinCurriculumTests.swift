import Foundation
import Testing
@testable import RoadmapCore

/// What a hiring manager checked in the built-ins (issue 27): how many hours of prerequisites stand before each skill,
/// the edges a skill needs, the stage a skill belongs to in 2026, electives, near-duplicates and resources.
@Suite struct BuiltinCurriculumTests {
    var catalog: Catalog { BuiltinCatalogTests.loaded.catalog }

    /// Every skill's transitive prerequisites, taking the cheapest alternative of each choice (a learner takes one),
    /// and their estimated hours.
    struct PrerequisiteHours {
        var closure: [String: Set<String>] = [:]
        var hours: [String: Int] = [:]

        init(_ catalog: Catalog) {
            for id in catalog.skills.keys.sorted() { _ = visit(id, catalog) }
        }

        mutating func visit(_ id: String, _ catalog: Catalog) -> Set<String> {
            if let known = closure[id] { return known }
            var result: Set<String> = []
            for prerequisite in catalog.skills[id]?.requires ?? [] {
                let options = prerequisite.ids.filter { catalog.skills[$0] != nil }
                let costs = options.map { option -> (Int, Set<String>) in
                    let path = visit(option, catalog).union([option])
                    return (path.reduce(0) { $0 + (catalog.skills[$1]?.hours ?? 0) }, path)
                }
                if let cheapest = costs.min(by: { $0.0 < $1.0 }) { result.formUnion(cheapest.1) }
            }
            closure[id] = result
            hours[id] = result.reduce(0) { $0 + (catalog.skills[$1]?.hours ?? 0) }
            return result
        }
    }

    /// Every prerequisite, each alternative of a choice counted: what a skill can be gated behind at worst.
    func everyPrerequisite(of id: String) -> Set<String> {
        var seen: Set<String> = []
        var queue = catalog.skills[id]?.requires.ids ?? []
        while let next = queue.popLast() {
            if seen.insert(next).inserted { queue += catalog.skills[next]?.requires.ids ?? [] }
        }
        return seen
    }

    @Test func everySkillHasItsPrerequisiteHoursAndTheGatesHold() throws {
        let prerequisites = PrerequisiteHours(catalog)
        #expect(prerequisites.hours.count == catalog.skills.count)
        // LLM fundamentals, the skill genai.llm-fundamentals became, within 150 h; prompting close behind.
        let fundamentals = try #require(catalog.currentID("genai.llm-fundamentals"))
        #expect(fundamentals == "llm.fundamentals")
        #expect(try #require(prerequisites.hours[fundamentals]) <= 150, "\(prerequisites.hours[fundamentals] ?? -1) h")
        #expect(try #require(prerequisites.hours[catalog.currentID("genai.prompt-engineering")!]) <= 150)
        // Retrieval, the first application most teams build, within 300 h.
        #expect(try #require(prerequisites.hours["genai.rag"]) <= 300, "\(prerequisites.hours["genai.rag"] ?? -1) h")
        // No GenAI skill behind recurrent networks; transformers do not require them.
        for id in catalog.skills.keys.sorted() where id.hasPrefix("genai.") || id.hasPrefix("llm.") {
            #expect(!everyPrerequisite(of: id).contains("dl.rnns"), "\(id) is behind dl.rnns")
        }
        #expect(!everyPrerequisite(of: "dl.attention-transformers").contains("dl.rnns"))
        // NumPy waits on no linear algebra; LinkedIn not on a portfolio; Ansible not on Terraform; ROC curves not on integrals.
        #expect(prerequisites.closure["python.numpy"]!.allSatisfy { !$0.hasPrefix("math.") }, "\(prerequisites.closure["python.numpy"]!)")
        #expect(try #require(prerequisites.hours["career.linkedin"]) <= 20)
        #expect(!everyPrerequisite(of: "mlops.configuration-management").contains("mlops.infrastructure-as-code"))
        #expect(catalog.skills["ml.roc-auc-thresholds"]?.requires.ids == ["ml.classification-metrics"])
        // A GenAI skill at entry.
        #expect(catalog.skills.values.contains { $0.stage == "entry" && ($0.id.hasPrefix("llm.") || $0.id.hasPrefix("genai.")) })
    }

    @Test func theMissingEdgesAreThere() throws {
        let requires = { (id: String) in self.catalog.skills[id]?.requires ?? [] }
        #expect(requires("research.paper-implementation").choices.contains { Set($0) == ["frameworks.pytorch-training", "frameworks.tensorflow"] })
        #expect(requires("mlops.deployment-strategies").skillIDs.contains("production.model-deployment"))
        #expect(requires("mlops.ci-cd-for-ml").skillIDs.contains("swe.testing-ml"))
        #expect(requires("mlops.ml-platform").skillIDs.contains("mlops.infrastructure-as-code"))
        #expect(requires("genai.rag").skillIDs.contains("genai.llm-evaluation"))
        #expect(requires("genai.agents-tool-calling").skillIDs.contains("genai.llm-evaluation"))
    }

    @Test func stagesFor2026() {
        let stage = { (id: String) in self.catalog.skills[self.catalog.currentID(id) ?? id]?.stage }
        for id in ["llm.fundamentals", "llm.prompting", "dl.attention-transformers", "mlops.docker", "swe.apis", "swe.code-review", "ml.algorithm-selection"] {
            #expect(stage(id) == "entry", "\(id)")
        }
        for id in ["genai.fine-tuning", "production.model-compression", "frameworks.distributed-training", "design.problem-scoping", "design.ml-capability-design"] {
            #expect(stage(id) == "mid", "\(id)")
        }
        #expect(stage("design.requirements-to-specs") == "senior")
        #expect(stage("design.ml-system-design") == "senior")
    }

    @Test func electivesAndOneOfGroups() throws {
        for id in ["data.hadoop", "data.hive", "mlops.configuration-management", "lang.r", "ml.reinforcement-learning", "cloud.bigquery-ml"] {
            #expect(catalog.skills[id]?.elective == true, "\(id)")
        }
        #expect(Set(["lang.java", "lang.cpp", "lang.scala"].compactMap { catalog.skills[$0]?.oneOf }) == ["second-language"])
        #expect(Set(["cloud.aws-core", "cloud.gcp-core", "cloud.azure-core"].compactMap { catalog.skills[$0]?.oneOf }) == ["cloud-provider"])
        #expect(Set(["cloud.sagemaker", "cloud.vertex-ai", "cloud.azure-ml"].compactMap { catalog.skills[$0]?.oneOf }) == ["cloud-ml-platform"])
        // With nothing started, reaching mid counts one cloud provider and one second language, and no elective.
        let career = try #require(catalog.roadmap("ml-engineer"))
        let skills = catalog.skills(of: career)
        let counting = StageCounting(skills, status: { _ in .todo })
        let counted = zip(skills, counting.counted).filter(\.1).map(\.0.id)
        #expect(counted.count { ["cloud.aws-core", "cloud.gcp-core", "cloud.azure-core"].contains($0) } == 1)
        #expect(counted.count { ["lang.java", "lang.cpp", "lang.scala"].contains($0) } == 1)
        #expect(!counted.contains("data.hadoop") && !counted.contains("ml.reinforcement-learning") && !counted.contains("lang.r"))
    }

    /// Distinct skills read distinctly: no two share three keywords, and none whose words overlap as much as the
    /// near-duplicates version 2 had (gradient boosting and its libraries scored 0.38) stand without one requiring
    /// the other. The pairs the review named are merged (one id is now an alias of the other's skill) or have such an edge.
    @Test func noNearDuplicates() {
        let ids = catalog.skills.keys.sorted()
        let vectors = WordWeights(catalog.skills.values.map { ($0.id, [$0.title, $0.summary] + $0.keywords) })
        func edge(_ a: String, _ b: String) -> Bool {
            (catalog.skills[a]?.requires.ids.contains(b) ?? false) || (catalog.skills[b]?.requires.ids.contains(a) ?? false)
        }
        for (index, a) in ids.enumerated() {
            let keywordsA = Set(catalog.skills[a]!.keywords.map { $0.lowercased() })
            for b in ids[(index + 1)...] {
                let shared = keywordsA.intersection(catalog.skills[b]!.keywords.map { $0.lowercased() })
                #expect(shared.count <= 2, "\(a) and \(b) share keywords \(shared.sorted())")
                let similarity = vectors.cosine(a, b)
                #expect(similarity < 0.3 || edge(a, b), "\(a) and \(b) overlap (\(similarity)) with neither requiring the other")
            }
        }
        let named = [
            ("dl.generative-ai", "genai.llm-fundamentals"), ("frameworks.hyperopt", "frameworks.optuna"),
            ("frameworks.optuna", "ml.hyperparameter-tuning"), ("ml.gradient-boosting", "frameworks.gradient-boosting-libraries"),
            ("frameworks.pytorch-advanced", "frameworks.gpu-performance"), ("python.environments-packaging", "mlops.reproducible-environments"),
            ("mlops.reproducible-environments", "frameworks.reproducibility"), ("data.data-quality", "mlops.pipeline-checkpoints"),
            ("mlops.model-packaging", "production.model-deployment"), ("mlops.model-packaging", "mlops.tensorflow-serving"),
            ("platform.gpu-nodes", "mlops.kubernetes-ml-workloads"), ("platform.gpu-nodes", "platform.gpu-scheduling"),
            ("mlops.ml-platform", "platform.developer-experience"), ("leadership.ml-vision", "leadership.ai-strategy"),
            ("leadership.analytics-strategy", "leadership.ai-strategy"), ("leadership.data-innovation", "leadership.ai-strategy"),
            ("responsible.regulatory-compliance", "genai.governance"),
        ]
        for (first, second) in named {
            guard let a = catalog.currentID(first), let b = catalog.currentID(second) else {
                Issue.record("\(first) or \(second) is retired")
                continue
            }
            #expect(a == b || (edge(a, b) && vectors.cosine(a, b) < 0.2), "\(first) (\(a)) and \(second) (\(b)) are neither merged nor apart with an edge")
        }
    }

    @Test func everyTechnicalSkillHasAResource() {
        let technical: Set = ["math", "python", "frameworks", "ml", "dl", "mlops", "cloud", "data", "production", "design", "genai", "llm"]
        for skill in catalog.skills.values.sorted(by: { $0.id < $1.id }) where technical.contains(String(skill.id.prefix { $0 != "." })) {
            #expect(!skill.resources.isEmpty, "\(skill.id) has no resource")
        }
    }
}

/// Words of each skill weighted by how rare they are among all skills (tf-idf), to compare two skills' texts.
struct WordWeights {
    var weights: [String: [String: Double]] = [:]

    static let ignored: Set = [
        "and", "the", "for", "with", "from", "into", "their", "its", "are", "that", "this", "which", "what", "how", "when",
        "each", "your", "you", "can", "them", "they", "than", "not", "more", "most", "such", "use", "using", "other", "others",
        "without", "over", "under",
    ]

    init(_ texts: [(String, [String])]) {
        var words: [String: Set<String>] = [:]
        for (id, parts) in texts {
            var set = Set(parts.dropFirst(2).map { $0.lowercased() })
            for part in parts {
                for word in Self.words(part) { set.insert(word) }
            }
            words[id] = set
        }
        var frequency: [String: Int] = [:]
        for set in words.values { for word in set { frequency[word, default: 0] += 1 } }
        let count = Double(words.count)
        for (id, set) in words { weights[id] = Dictionary(uniqueKeysWithValues: set.map { ($0, log(count / Double(frequency[$0]!))) }) }
    }

    /// Lower-cased words of three or more letters, digits, `+`, `.` and `-`, a plural `s` dropped from longer words.
    static func words(_ text: String) -> [String] {
        var words: [String] = [], current = ""
        func flush() {
            var word = current
            current = ""
            while let last = word.last, ".-".contains(last) { word.removeLast() }
            guard word.count > 2, !ignored.contains(word) else { return }
            if word.count > 4, word.hasSuffix("s") { word.removeLast() }
            words.append(word)
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || (!current.isEmpty && "+.-".contains(character)) { current.append(character) } else { flush() }
        }
        flush()
        return words
    }

    func cosine(_ a: String, _ b: String) -> Double {
        guard let x = weights[a], let y = weights[b] else { return 0 }
        let dot = x.reduce(0) { $0 + $1.value * (y[$1.key] ?? 0) }
        let norms = (x.values.reduce(0) { $0 + $1 * $1 } * y.values.reduce(0) { $0 + $1 * $1 }).squareRoot()
        return norms == 0 ? 0 : dot / norms
    }
}
