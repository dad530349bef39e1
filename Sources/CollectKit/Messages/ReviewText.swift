/// A sentence CollectKit shows a collector, in both languages it supports.
public struct ReviewText: Hashable, Sendable {
    /// The Chinese wording.
    public let chinese: String
    /// The English wording.
    public let english: String

    /// Both wordings of one explanation.
    public init(chinese: String, english: String) {
        self.chinese = chinese
        self.english = english
    }

    /// The wording for `language`.
    public func text(in language: Language) -> String {
        language == .chinese ? chinese : english
    }
}
