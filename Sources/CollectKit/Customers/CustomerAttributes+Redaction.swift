extension CustomerAttributes: CustomStringConvertible, CustomDebugStringConvertible {
    /// The attribute names only: hosts keep phone numbers, contacts and notes here, and a
    /// bag printed into a log must not carry them.
    public var description: String { "CustomerAttributes(\(names.joined(separator: ", ")); values: <redacted>)" }

    /// Same as ``description``, so debugger output and `dump`-style logging stay redacted.
    public var debugDescription: String { description }
}

extension CustomerAttributes: RedactedReflection {}
