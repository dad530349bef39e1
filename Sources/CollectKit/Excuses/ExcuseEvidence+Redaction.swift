extension ExcuseEvidence: CustomStringConvertible, CustomDebugStringConvertible {
    /// Category, negation and the matched text's length: the words are the customer's own
    /// and may name people, so they stay out of logs unless read from ``text`` explicitly.
    public var description: String {
        "ExcuseEvidence(\(category), \(isNegated ? "negated, " : "")\(text.count) characters: <redacted>)"
    }

    /// Same as ``description``; an ``ExcuseAssessment`` printed whole stays redacted too.
    public var debugDescription: String { description }
}

extension ExcuseEvidence: RedactedReflection {}
