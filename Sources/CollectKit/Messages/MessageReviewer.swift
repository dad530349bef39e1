/// Reviews a collector's draft before it is sent and names the weak tactics in it.
///
/// Conformers must be safe to call from any task, must never trap on any input (empty,
/// megabytes long, another language, emoji), and should run in time linear in the draft.
/// ``StandardMessageReviewer`` is the default; a host substitutes its own conformance (say, one
/// that also consults a model) wherever a reviewer is taken.
public protocol MessageReviewer: Sendable {
    /// Reviews `draft`, using what is known about the customer when `context` is given.
    func review(_ draft: String, context: MessageContext?) -> MessageReview
}

extension MessageReviewer {
    /// Reviews `draft` without any customer context: every concession counts as unapproved.
    public func review(_ draft: String) -> MessageReview { review(draft, context: nil) }
}
