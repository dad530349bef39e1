/// Text after ``TextNormalizer`` has run once: UTF-8 bytes ready for matching, plus a map
/// back to the original string so evidence can be reported as ranges of what the person
/// actually wrote.
package struct NormalizedText: Sendable {
    /// The original text.
    package let original: String
    /// The normalised UTF-8 bytes.
    package internal(set) var bytes: [UInt8]
    /// For each normalised byte, the UTF-8 offset in `original` of the scalar it came from;
    /// one extra trailing entry holds `original.utf8.count`.
    var sourceOffsets: [Int32]

    init(original: String, bytes: [UInt8], sourceOffsets: [Int32]) {
        self.original = original
        self.bytes = bytes
        self.sourceOffsets = sourceOffsets
    }

    /// The range of `original` whose scalars produced the normalised bytes in `byteRange`: it
    /// starts at the first matched scalar and ends with the last one, never with punctuation
    /// the normaliser folded or trimmed after it.
    ///
    /// Ranges outside the normalised text are clamped, so this never traps.
    package func originalRange(ofBytes byteRange: Range<Int>) -> Range<String.Index> {
        let utf8 = original.utf8
        let count = bytes.count
        guard count > 0, sourceOffsets.count == count + 1 else { return original.startIndex..<original.startIndex }
        let lowerByte = min(max(byteRange.lowerBound, 0), count - 1)
        let upperByte = min(max(byteRange.upperBound, lowerByte + 1), count)
        let start = utf8.index(utf8.startIndex, offsetBy: Int(sourceOffsets[lowerByte]))
        var end = utf8.index(utf8.startIndex, offsetBy: Int(sourceOffsets[upperByte - 1]))
        // Step over the last scalar: its lead byte and its continuation bytes.
        if end < utf8.endIndex { end = utf8.index(after: end) }
        while end < utf8.endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(after: end) }
        return start..<max(start, end)
    }

    /// The original text behind `byteRange`, for showing evidence.
    package func originalText(ofBytes byteRange: Range<Int>) -> Substring {
        original[originalRange(ofBytes: byteRange)]
    }
}
