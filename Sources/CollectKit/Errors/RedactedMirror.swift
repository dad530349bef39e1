/// The mirror of a type whose stored properties hold personal data (names, the customer's own
/// words, contacts): `dump`, `Mirror` and debuggers that walk children see only the redacted
/// ``description``, never the raw fields that `description` keeps out of logs.
protocol RedactedReflection: CustomStringConvertible, CustomReflectable {}

extension RedactedReflection {
    /// One child, the redacted description.
    public var customMirror: Mirror {
        Mirror(self, children: ["redacted": description], displayStyle: .struct)
    }
}
