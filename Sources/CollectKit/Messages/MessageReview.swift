/// The result of reviewing one draft: the weak tactics found and how firm the draft is.
public struct MessageReview: Sendable, CustomStringConvertible {
    /// The draft as the collector wrote it.
    public let draft: String
    /// The draft's language (Chinese when it has at least half as many CJK characters as Latin letters).
    public let language: Language
    /// One finding per flag raised, in a stable order (built-in flags first, in README order).
    public let findings: [MessageFinding]
    /// Amount, deadline, next step, factual tone.
    public let firmness: FirmnessSummary

    /// A review result; conformers of ``MessageReviewer`` other than the standard one build these.
    public init(draft: String, language: Language, findings: [MessageFinding], firmness: FirmnessSummary) {
        self.draft = draft
        self.language = language
        self.findings = findings
        self.firmness = firmness
    }

    /// The flags raised, in the order of ``findings``.
    public var flags: [MessageFlag] { findings.map(\.flag) }

    /// Whether `flag` was raised.
    public func has(_ flag: MessageFlag) -> Bool { findings.contains { $0.flag == flag } }

    /// Flags and firmness, without the draft's words (which may name people).
    public var description: String {
        "MessageReview(\(language.rawValue), flags: \(flags.map(\.rawValue)), firm: \(firmness.isFirm))"
    }
}

extension MessageReview: RedactedReflection {}
