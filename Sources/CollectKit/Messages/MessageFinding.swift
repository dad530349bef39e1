/// One weak tactic in a draft: where it is, why it costs money, and what to send instead.
public struct MessageFinding: Sendable, CustomStringConvertible {
    /// The tactic.
    public let flag: MessageFlag
    /// The offending words, as a range of the draft the collector wrote.
    public let span: Range<String.Index>
    /// The offending words themselves (a view into the draft, not a copy).
    public let text: Substring
    /// Why this tactic loses money, in Chinese and English.
    public let whyItCostsMoney: ReviewText
    /// The draft's language, which the rewrite uses.
    public let language: Language
    let context: MessageContext?

    /// A finding; `context` feeds the ``rewrite``. Custom reviewers build their findings with this.
    public init(flag: MessageFlag, span: Range<String.Index>, text: Substring, whyItCostsMoney: ReviewText,
         language: Language, context: MessageContext?) {
        self.flag = flag
        self.span = span
        self.text = text
        self.whyItCostsMoney = whyItCostsMoney
        self.language = language
        self.context = context
    }

    /// A firmer message built from the context (amount owed, first agreed date, statement
    /// reference, addressee), in the draft's language. Unknown figures appear as placeholders
    /// for the collector to fill in. Built on demand, so reviewing stays cheap.
    public var rewrite: String {
        FirmerRewrite(context: context, language: language).message(replacing: flag)
    }

    /// The flag and the explanation, without the draft's words (which may name people).
    public var description: String { "\(flag): \(whyItCostsMoney.english)" }
}
