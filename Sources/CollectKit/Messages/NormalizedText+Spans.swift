extension NormalizedText {
    /// Whether the normalised bytes in `byteRange` lie in the last clause of the original text:
    /// no clause punctuation (, . ; ! ? and their full-width forms) followed by more words after them.
    ///
    /// - Complexity: O(n) in the length of the text after the range.
    func isInLastClause(_ byteRange: Range<Int>) -> Bool {
        let utf8 = original.utf8
        let end = originalRange(ofBytes: byteRange).upperBound
        var sawPunctuation = false
        var index = end
        while index < utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case 0x2C, 0x2E, 0x3B, 0x21, 0x3F, 0x0A:
                sawPunctuation = true
            case 0xE3, 0xEF:
                // 。、 (E3 80 82 / E3 80 81) and full-width ，！？； (EF BC ..) separate clauses.
                let next = utf8.index(after: index)
                if next < utf8.endIndex, utf8[next] == 0x80 || utf8[next] == 0xBC { sawPunctuation = true }
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xE4...0xE9:
                if sawPunctuation { return false }
            default:
                break
            }
            index = utf8.index(after: index)
        }
        return true
    }
}

extension NormalizedText {
    /// The range of `original` whose scalars produced exactly the bytes in `byteRange`: it ends
    /// with the last matched scalar, never with punctuation the normaliser folded or trimmed
    /// after it. Clamped, so it never traps.
    func exactOriginalRange(ofBytes byteRange: Range<Int>) -> Range<String.Index> {
        let utf8 = original.utf8
        let count = bytes.count
        guard count > 0, sourceOffsets.count == count + 1 else { return originalRange(ofBytes: byteRange) }
        let lowerByte = min(max(byteRange.lowerBound, 0), count - 1)
        let upperByte = min(max(byteRange.upperBound, lowerByte + 1), count)
        let lower = Int(sourceOffsets[lowerByte])
        let lastStart = Int(sourceOffsets[upperByte - 1])
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        var end = utf8.index(utf8.startIndex, offsetBy: lastStart)
        // Step over the last scalar: its lead byte and continuation bytes.
        if end < utf8.endIndex { end = utf8.index(after: end) }
        while end < utf8.endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(after: end) }
        return start..<max(start, end)
    }
}
