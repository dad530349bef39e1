/// Text after ``TextNormalizer`` has run once: UTF-8 bytes ready for matching, plus a map
/// back to the original string so evidence can be reported as ranges of what the person
/// actually wrote.
public struct NormalizedText: Sendable {
    /// The original text.
    public let original: String
    /// The normalised UTF-8 bytes.
    public internal(set) var bytes: [UInt8]
    /// For each normalised byte, the UTF-8 offset in `original` of the scalar it came from;
    /// one extra trailing entry holds `original.utf8.count`.
    var sourceOffsets: [Int32]

    init(original: String, bytes: [UInt8], sourceOffsets: [Int32]) {
        self.original = original
        self.bytes = bytes
        self.sourceOffsets = sourceOffsets
    }

    /// The range of `original` that produced the normalised bytes in `byteRange`.
    ///
    /// Ranges outside the normalised text are clamped, so this never traps.
    public func originalRange(ofBytes byteRange: Range<Int>) -> Range<String.Index> {
        let utf8 = original.utf8
        guard !sourceOffsets.isEmpty else { return original.startIndex..<original.startIndex }
        let last = sourceOffsets.count - 1
        let lower = Int(sourceOffsets[min(max(byteRange.lowerBound, 0), last)])
        // The end is the start of the scalar after the last byte's scalar.
        var upperByte = min(max(byteRange.upperBound, 0), last)
        let lastScalarStart = byteRange.isEmpty ? lower : Int(sourceOffsets[min(max(byteRange.upperBound - 1, 0), last)])
        while upperByte < last && Int(sourceOffsets[upperByte]) <= lastScalarStart { upperByte += 1 }
        let upper = max(lower, Int(sourceOffsets[upperByte]))
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(utf8.startIndex, offsetBy: upper)
        return start..<end
    }

    /// The original text behind `byteRange`, for showing evidence.
    public func originalText(ofBytes byteRange: Range<Int>) -> Substring {
        original[originalRange(ofBytes: byteRange)]
    }
}
