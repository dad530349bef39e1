/// Words in the customer's text that support (or, negated, argue against) a category.
public struct ExcuseEvidence: Sendable, Hashable {
    /// The category the words point to.
    public let category: ExcuseCategory
    /// Where the words are in the original text.
    public let range: Range<String.Index>
    /// The words as the customer wrote them.
    public let text: String
    /// Whether the words were negated ("不是钱的问题"), so they count against the category.
    public let isNegated: Bool

    /// Evidence for `category` at `range` of the original text.
    public init(category: ExcuseCategory, range: Range<String.Index>, text: String, isNegated: Bool) {
        self.category = category
        self.range = range
        self.text = text
        self.isNegated = isNegated
    }
}
