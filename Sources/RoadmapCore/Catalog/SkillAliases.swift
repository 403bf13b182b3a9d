import Foundation

/// Which ids name which skill: a former id (an alias) maps to the skill that claims it today.
public struct SkillAliases: Sendable, Hashable {
    /// Former id → current id.
    public let currentByFormer: [String: String]
    private let formerByCurrent: [String: [String]]
    /// The former ids by their bytes, and each one's current id in the same place: `current` is asked of every note
    /// large `show` reads (31,515), and hashing each id as a String for the Dictionary was 400 instructions.
    private let formerPlaces: PlacesByID
    private let currents: [String]

    public init(_ currentByFormer: [String: String] = [:]) {
        self.currentByFormer = currentByFormer
        var formers: [String: [String]] = [:]
        for (former, current) in currentByFormer { formers[current, default: []].append(former) }
        formerByCurrent = formers.mapValues { $0.sorted() }
        formerPlaces = PlacesByID(currentByFormer.keys)
        currents = Array(currentByFormer.values)
    }

    public static let none = SkillAliases()

    /// The id progress counts under today.
    public func current(_ id: String) -> String { formerPlaces.place(of: id).map { currents[$0] } ?? id }

    public static func == (lhs: SkillAliases, rhs: SkillAliases) -> Bool { lhs.currentByFormer == rhs.currentByFormer }

    public func hash(into hasher: inout Hasher) { hasher.combine(currentByFormer) }

    /// A skill's own id and the former ids its progress may have been recorded under.
    public func recordedIDs(of skill: String) -> [String] { [skill] + (formerByCurrent[skill] ?? []) }
}
