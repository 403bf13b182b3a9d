/// For each skill of a set, how many skills of the set require it, directly or through others. A skill counts as
/// unlocked by each alternative of a choice it requires, until one alternative is met: then by none of them.
/// Descendant sets are bitsets built once in reverse topological order, so ten thousand skills cost
/// milliseconds rather than a walk per skill.
enum DependentCounts {
    /// Above this many skills the bitsets would outgrow a few tens of MiB: count direct dependents instead.
    static let bitsetLimit = 15_000

    /// - Parameter met: skills done or skipped; a choice one of them meets unlocks nothing more.
    static func compute(_ skills: [Skill], met: (String) -> Bool = { _ in false }) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(skills.map(\.id), byPosition(skills, met: met)))
    }

    /// `compute(skills, met:)` by position in `skills`: callers that hold positions look nothing up by id.
    static func byPosition(_ skills: [Skill], met: (String) -> Bool = { _ in false }) -> [Int] {
        let (_, dependents) = graph(skills, met: met)
        guard skills.count <= bitsetLimit else { return skills.indices.map { Set(dependents[$0]).count } }
        let words = (skills.count + 63) / 64
        var descendants = Array(repeating: [UInt64](repeating: 0, count: words), count: skills.count)
        // Post-order over the dependents graph: a skill is finished once all its dependents are.
        var state = Array(repeating: UInt8(0), count: skills.count)  // 0 new, 1 on the stack, 2 finished
        for root in skills.indices where state[root] == 0 {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                if top.next < dependents[top.node].count {
                    stack[stack.count - 1].next += 1
                    let child = dependents.dependent(top.next, of: top.node)
                    if state[child] == 0 {
                        state[child] = 1
                        stack.append((child, 0))
                    }
                    continue
                }
                stack.removeLast()
                var set = descendants[top.node]
                // A child still on the stack would mean a cycle, which a loaded catalog never has; it is skipped.
                for child in dependents[top.node] where state[child] == 2 {
                    set[child / 64] |= 1 << UInt64(child % 64)
                    for word in 0..<words { set[word] |= descendants[child][word] }
                }
                descendants[top.node] = set
                state[top.node] = 2
            }
        }
        return descendants.map { $0.reduce(0) { $0 + $1.nonzeroBitCount } }
    }

    /// The places in `skills` of the skills that require `id` directly (once each), and `compute(skills, met:)[id]`,
    /// by one walk from `id`: `info` asks about one skill, and the bitsets of all ten thousand were a third of a large
    /// `info`.
    static func dependents(of id: String, in skills: [Skill], met: (String) -> Bool = { _ in false }) -> (direct: [Int], inAll: Int) {
        let (places, dependents) = graph(skills, met: met)
        guard let root = places.place(of: id) else { return ([], 0) }
        return (Array(Set(dependents[root])), walks(from: [root], dependents: dependents)[0])
    }

    /// `byPosition(skills, met:)` of the skills at `positions` only, by one walk from each: `next` ranks only the
    /// ready skills (1,719 of 4,815 open on large, 25,887 skills reached), and every open skill's bitset cost more.
    static func counts(of positions: [Int], in skills: [Skill], met: (String) -> Bool = { _ in false }) -> [Int] {
        walks(from: positions, dependents: graph(skills, met: met).dependents)
    }

    /// How many skills each root reaches through `dependents`; above `bitsetLimit`, as `byPosition`, its direct ones.
    private static func walks(from roots: [Int], dependents: Dependents) -> [Int] {
        guard dependents.count <= bitsetLimit else { return roots.map { Set(dependents[$0]).count } }
        // The walk that last reached each skill: no clearing between walks.
        var reachedBy = Array(repeating: -1, count: dependents.count)
        var waiting: [Int] = []
        return roots.enumerated().map { walk, root in
            reachedBy[root] = walk
            waiting.append(root)
            var count = 0
            while let node = waiting.popLast() {
                for child in dependents[node] where reachedBy[child] != walk {
                    reachedBy[child] = walk
                    count += 1
                    waiting.append(child)
                }
            }
            return count
        }
    }

    /// The places of the skills that require each skill, in one array: skill `i`'s are
    /// `targets[starts[i]..<starts[i + 1]]`. Ten thousand small arrays, one a skill, were half the graph's cost.
    struct Dependents {
        let starts: [Int]
        let targets: [Int]

        var count: Int { starts.count - 1 }

        subscript(node: Int) -> ArraySlice<Int> { targets[starts[node]..<starts[node + 1]] }

        func dependent(_ number: Int, of node: Int) -> Int { targets[starts[node] + number] }

        /// `edges` as (required, requiring) places among `count` skills, each skill's dependents in the order given.
        init(count: Int, edges: [(required: Int, requiring: Int)]) {
            var starts = [Int](repeating: 0, count: count + 1)
            for edge in edges { starts[edge.required + 1] += 1 }
            for node in 0..<count { starts[node + 1] += starts[node] }
            var next = starts
            var targets = [Int](repeating: 0, count: edges.count)
            for edge in edges {
                targets[next[edge.required]] = edge.requiring
                next[edge.required] += 1
            }
            self.starts = starts
            self.targets = targets
        }
    }

    /// Each skill's place in `skills`, and the places of the skills that require it: through a choice only while
    /// no alternative is met. Ids are looked up as bytes (`PlacesByID`); only a choice's alternatives become Strings,
    /// to ask `met`.
    private static func graph(_ skills: [Skill], met: (String) -> Bool) -> (places: PlacesByID, dependents: Dependents) {
        let places = PlacesByID(skills.lazy.map(\.id))
        var edges: [(required: Int, requiring: Int)] = []
        edges.reserveCapacity(skills.count * 2)
        // The alternatives of the choice being read: their edges count once it ends with none of them met. Ended in
        // the loop itself, not by a local function, whose captured variables were checked for exclusive access at
        // each of fourteen thousand ids.
        var choice: (number: Int, places: [Int], met: Bool)?
        for (position, skill) in skills.enumerated() {
            skill.forEachPrerequisiteID { id, number in
                if let ended = choice, ended.number != number {
                    if !ended.met { for required in ended.places { edges.append((required, position)) } }
                    choice = nil
                }
                let required = places.place(of: id)
                guard let number else {
                    if let required, required != position { edges.append((required, position)) }
                    return
                }
                if choice == nil { choice = (number, [], false) }
                if let required, required != position { choice!.places.append(required) }
                if !choice!.met && met(String(decoding: id, as: UTF8.self)) { choice!.met = true }
            }
            if let ended = choice, !ended.met { for required in ended.places { edges.append((required, position)) } }
            choice = nil
        }
        return (places, Dependents(count: skills.count, edges: edges))
    }
}
