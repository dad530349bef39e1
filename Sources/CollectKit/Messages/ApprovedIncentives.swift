/// The approved incentives of one review's context, read with the reviewer's own lexicon so a
/// draft's "返点2%" is recognised as the approved "季度返点2%" and "返3个点" is not.
struct ApprovedIncentives {
    private struct Entry {
        let kinds: [Int32]
        let rates: [Int]
    }
    private let entries: [Entry]

    init(_ approved: [String], reviewer: StandardMessageReviewer) {
        entries = approved.map { incentive in
            let text = reviewer.normalize(incentive)
            return Entry(kinds: reviewer.concessionKinds(in: text),
                         rates: RateScan.rates(in: text.bytes, window: 0..<text.bytes.count))
        }
    }

    /// Whether a concession of `kind` found at `range` of `text` is approved: some approved incentive
    /// names the same kind, and every rate quoted next to the concession, or later in its sentence
    /// ("the agreed discount is 1.5%, but pay by the 8th and I'll give you 2.5%"), is one of its rates.
    func covers(kind: Int32, at range: Range<Int>, in text: NormalizedText) -> Bool {
        guard entries.contains(where: { $0.kinds.contains(kind) }) else { return false }
        let bytes = text.bytes
        let end = max(min(bytes.count, range.upperBound + RateScan.reach), text.sentenceEnd(after: range.upperBound))
        let window = max(0, range.lowerBound - RateScan.reach)..<end
        let quoted = RateScan.rates(in: bytes, window: window)
        return entries.contains { entry in
            entry.kinds.contains(kind) && quoted.allSatisfy { entry.rates.contains($0) }
        }
    }
}

/// Finds rates ("2%", "1.5%", "3个点") in normalised bytes, in hundredths of a percent.
enum RateScan {
    /// How many bytes either side of a concession count as "next to" it (about ten CJK characters).
    static let reach = 30

    static func rates(in bytes: [UInt8], window: Range<Int>) -> [Int] {
        var rates: [Int] = []
        var index = window.lowerBound
        while index < window.upperBound {
            guard DraftFigures.isDigit(bytes[index]) else { index += 1; continue }
            // Skip digits glued to letters (Q2, INV5521).
            let glued = index > 0 && DraftFigures.isLetter(bytes[index - 1])
            var whole = 0, fraction = 0, fractionDigits = 0
            while index < bytes.count, DraftFigures.isDigit(bytes[index]) {
                whole = min(whole * 10 + Int(bytes[index] - 0x30), 1_000_000)
                index += 1
            }
            // "1.5%" was normalised to "1 5%".
            if index + 1 < bytes.count, bytes[index] == 0x20, DraftFigures.isDigit(bytes[index + 1]) {
                var probe = index + 1
                var digits = 0, value = 0
                while probe < bytes.count, DraftFigures.isDigit(bytes[probe]), digits < 4 {
                    value = value * 10 + Int(bytes[probe] - 0x30); digits += 1; probe += 1
                }
                if probe < bytes.count, bytes[probe] == 0x25 {
                    fraction = value; fractionDigits = digits; index = probe
                }
            }
            guard !glued else { continue }
            var isRate = index < bytes.count && bytes[index] == 0x25
            if !isRate { isRate = DraftFigures.hasPrefix(bytes, at: index, "个点") || DraftFigures.hasPrefix(bytes, at: index, "个百分点") }
            // "完成了120%" is an achievement, not an offer: no concession reaches 100%.
            if isRate, whole < 100 {
                var hundredths = whole * 100
                if fractionDigits == 1 { hundredths += fraction * 10 } else if fractionDigits >= 2 {
                    var scaled = fraction
                    for _ in 2..<fractionDigits { scaled /= 10 }
                    hundredths += scaled
                }
                rates.append(hundredths)
            }
        }
        return rates
    }
}

extension NormalizedText {
    /// How far (in normalised bytes) a sentence may run past a concession and still qualify it.
    static let sentenceReach = 240

    /// The normalised index where the sentence containing `index` ends: the first 。！？；.!?; or line
    /// break in the original after it (a dot between digits is a decimal point), at most
    /// ``sentenceReach`` bytes on.
    ///
    /// - Complexity: O(``sentenceReach``).
    func sentenceEnd(after index: Int) -> Int {
        let limit = min(bytes.count, index + Self.sentenceReach)
        guard index < limit else { return min(index, bytes.count) }
        let utf8 = original.utf8
        return utf8.withContiguousStorageIfAvailable { original -> Int in
            var i = index
            while i < limit {
                let at = Int(sourceOffsets[i])
                // Punctuation lies between the scalars of two consecutive normalised bytes.
                let next = i + 1 < sourceOffsets.count ? Int(sourceOffsets[i + 1]) : original.count
                // A normalised space may stand for the punctuation itself.
                var o = bytes[i] == 0x20 ? at : at + 1
                while o < next, o < original.count {
                    switch original[o] {
                    case 0x21, 0x3F, 0x3B, 0x0A: return i + 1
                    case 0x2E:
                        let digitAround = o >= 1 && o + 1 < original.count && DraftFigures.isDigit(original[o + 1])
                            && DraftFigures.isDigit(original[o - 1])
                        if !digitAround { return i + 1 }
                    case 0xE3 where o + 2 < original.count && original[o + 1] == 0x80 && original[o + 2] == 0x82:
                        return i + 1                                                   // 。
                    case 0xEF where o + 2 < original.count && original[o + 1] == 0xBC
                        && (original[o + 2] == 0x81 || original[o + 2] == 0x9F || original[o + 2] == 0x9B):
                        return i + 1                                                   // ！？；
                    default: break
                    }
                    o += 1
                }
                i += 1
            }
            return limit
        } ?? limit
    }
}
