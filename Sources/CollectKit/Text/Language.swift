/// A language CollectKit writes and reads: the language of a draft, of money words and of
/// every sentence it composes for people.
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
    /// Chinese, simplified or traditional (read); simplified (written).
    case chinese = "zh"
    /// English.
    case english = "en"
}
