/// Reusable working memory for the built-in classifiers' fast path
/// (`topCategories(of:)`), so classifying many utterances allocates no score arrays.
package struct ExcuseScoringBuffer: Sendable {
    var lexicon: [Float] = []
    var negated: [Bool] = []
    var bayes: [Float] = []
    var combined: [Float] = []
    /// Normalised bytes of the current utterance.
    var text: [UInt8] = []

    /// An empty buffer; it grows to fit the first classifier it is used with.
    package init() {}

    /// Normalises `string` into the buffer's byte storage and calls `body` with the bytes.
    @inline(__always)
    mutating func withNormalized<R>(_ string: String, _ normalizer: TextNormalizer,
                                    _ body: (UnsafeBufferPointer<UInt8>, inout ExcuseScoringBuffer) -> R) -> R {
        withText(filledBy: { storage, _ in normalizer.normalizedBytes(of: string, into: &storage) }, body)
    }

    /// Normalises `string` into the buffer's byte storage while `phrases` scores it into
    /// ``lexicon`` and ``negated`` in the same pass, then calls `body` with the normalised bytes
    /// (for naive Bayes). Size the scores with ``prepare(lexicon:bayes:combined:)`` first.
    @inline(__always)
    mutating func withLexiconScored<R>(_ string: String, by phrases: ExcuseLexicon,
                                       _ body: (UnsafeBufferPointer<UInt8>, inout ExcuseScoringBuffer) -> R) -> R {
        withText(filledBy: { storage, buffer in
            buffer.lexicon.withUnsafeMutableBufferPointer { scores in
                buffer.negated.withUnsafeMutableBufferPointer { negated in
                    guard let scoreBase = scores.baseAddress, let negatedBase = negated.baseAddress else {
                        return phrases.normalizer.normalizedBytes(of: string, into: &storage)
                    }
                    return phrases.score(normalizing: string, storage: &storage, into: scoreBase, negated: negatedBase)
                }
            }
        }, body)
    }

    /// Lets `fill` write the normalised bytes into the byte storage (returning their length),
    /// then lends them to `body`. The storage is moved out meanwhile, so both closures can
    /// also use the rest of the buffer without an overlapping access.
    @inline(__always)
    private mutating func withText<R>(filledBy fill: (inout [UInt8], inout ExcuseScoringBuffer) -> Int,
                                      _ body: (UnsafeBufferPointer<UInt8>, inout ExcuseScoringBuffer) -> R) -> R {
        var storage = text
        text = []
        let length = fill(&storage, &self)
        let result = storage.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[0..<min(length, all.count)]), &self)
        }
        text = storage
        return result
    }

    mutating func prepare(lexicon lexiconCount: Int, bayes bayesCount: Int, combined combinedCount: Int) {
        if lexicon.count != lexiconCount { lexicon = Array(repeating: 0, count: lexiconCount) }
        else { for index in lexicon.indices { lexicon[index] = 0 } }
        if negated.count != lexiconCount { negated = Array(repeating: false, count: lexiconCount) }
        else { for index in negated.indices { negated[index] = false } }
        if bayes.count != bayesCount { bayes = Array(repeating: 0, count: bayesCount) }
        if combined.count != combinedCount { combined = Array(repeating: 0, count: combinedCount) }
    }
}

/// Turns scores into a ranking with confidences that sum to 1.
enum ExcuseRanking {
    /// Phrase weights add up quickly; scaling logits down keeps confidences honest
    /// (two strong phrases are not certainty). The order is unaffected.
    static let temperature: Float = 0.5

    /// Softmax of `logits` over `categories`, most likely first; at most `limit` entries.
    static func ranked(_ logits: [Float], categories: [ExcuseCategory], limit: Int = 5) -> [ExcuseClassification.RankedCategory] {
        guard let maximum = logits.max(), maximum.isFinite else {
            return ExcuseClassification.notAnExcuse.ranking
        }
        var weights = logits.map { expf(($0 - maximum) * temperature) }
        let total = weights.reduce(0, +)
        if total > 0 { for index in weights.indices { weights[index] /= total } }
        let order = weights.indices.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : categories[$0] < categories[$1] }
        return order.prefix(limit).map { .init(category: categories[$0], confidence: BasisPoints(fraction: Double(weights[$0]))) }
    }

    /// Index of the largest value and its softmax probability.
    @inline(__always)
    static func top(_ logits: UnsafeBufferPointer<Float>) -> (index: Int, confidence: Float) {
        var best = 0
        var maximum = -Float.infinity
        for index in 0..<logits.count where logits[index] > maximum { maximum = logits[index]; best = index }
        var total: Float = 0
        // Most categories score exactly 0 (no phrase matched): one `expf` serves them all, and
        // adding the same value in the same order keeps the sum bit for bit.
        var zeroTerm: Float = -1
        for index in 0..<logits.count {
            let logit = logits[index]
            if logit == 0 {
                if zeroTerm < 0 { zeroTerm = expf((0 - maximum) * temperature) }
                total += zeroTerm
            } else {
                total += expf((logit - maximum) * temperature)
            }
        }
        return (best, total > 0 ? 1 / total : 0)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
