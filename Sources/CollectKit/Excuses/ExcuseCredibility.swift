/// How well an excuse fits the facts the host supplied: a judgement to act on, never a
/// verdict that the customer is lying.
public struct ExcuseCredibility: Sendable, Hashable {
    /// The overall judgement.
    public enum Level: String, Sendable, Hashable, Codable {
        /// The facts support the excuse: resolve it first.
        case consistent
        /// The facts point the other way: answer with them and hold to the plan.
        case inconsistent
        /// No fact bears on it yet: verify before accepting or rejecting it.
        case unverified
    }

    /// The overall judgement.
    public let level: Level
    /// The facts that led to it, in Chinese.
    public let reasonsChinese: [String]
    /// The same facts, in English.
    public let reasonsEnglish: [String]

    /// A judgement with its reasons (the two lists are parallel).
    public init(level: Level, reasonsChinese: [String], reasonsEnglish: [String]) {
        self.level = level
        self.reasonsChinese = reasonsChinese
        self.reasonsEnglish = reasonsEnglish
    }
}
