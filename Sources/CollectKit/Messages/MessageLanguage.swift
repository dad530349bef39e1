/// The language a draft is written in, which decides the language of its rewrites.
public enum MessageLanguage: String, Hashable, Sendable, Codable, CaseIterable {
    /// Chinese, simplified or traditional.
    case chinese = "zh"
    /// English.
    case english = "en"
}
