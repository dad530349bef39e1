/// How far a negation cue ("不是", "not about") reaches, followed match by match in text order.
///
/// The rules: a category phrase that starts shortly after a cue, within ``ExcuseLexicon/negationWindow``
/// bytes and the same clause, is negated ("不是钱的问题"); a phrase that contains the cue
/// itself already carries the negation ("not moving" after "it's not"), so it uses the cue up
/// and shorter phrases inside it are not negated again.
struct NegationScope {
    private var lastCueEnd = -1_000
    private var absorbedUntil = -1

    /// A negation cue ends at `end`.
    @inline(__always)
    mutating func cue(endingAt end: Int) { lastCueEnd = end }

    /// Whether the category phrase at `range` is negated; `bytes` holds the normalised text up to
    /// at least the phrase's end.
    @inline(__always)
    mutating func negates(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = range.lowerBound
        if start < lastCueEnd, range.upperBound > lastCueEnd {
            absorbedUntil = range.upperBound
            // The phrase used the cue up ("你们不是说…吗" asks, it does not deny):
            // it no longer negates what follows.
            lastCueEnd = -1_000
            return false
        }
        if range.upperBound <= absorbedUntil { return false } // inside a phrase that absorbed the cue
        guard start >= lastCueEnd, start - lastCueEnd <= ExcuseLexicon.negationWindow else { return false }
        // The negation reaches a few words (English) or characters (Chinese) and stops at a
        // clause break: punctuation next to CJK became a space.
        var spaces = 0
        var position = lastCueEnd
        while position < start {
            if bytes[position] == 0x20 {
                spaces += 1
                if spaces > 3 || (position > 0 && bytes[position - 1] >= 0x80)
                    || (position + 1 < bytes.count && bytes[position + 1] >= 0x80) {
                    return false
                }
            }
            position += 1
        }
        return true
    }
}
