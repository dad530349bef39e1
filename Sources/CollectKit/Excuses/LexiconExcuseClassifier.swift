/// Classifies excuses by weighted phrases: fast, explainable, and good on phrasings the
/// lexicon anticipates. Negated phrases ("不是钱的问题", "not about the money") count against
/// their category.
public struct LexiconExcuseClassifier: ExcuseClassifier {
    /// The phrases and negation cues.
    let lexicon: ExcuseLexicon
    /// The categories, indexed like the lexicon's, plus ``ExcuseCategory/notAnExcuse``.
    let categories: [ExcuseCategory]
    let notAnExcuseIndex: Int
    /// The logit of ``ExcuseCategory/notAnExcuse`` when no phrase matched strongly.
    static let baseline: Float = 1.0

    /// A classifier over `lexicon`.
    init(lexicon: ExcuseLexicon) {
        self.lexicon = lexicon
        var categories = lexicon.categories
        if let index = categories.firstIndex(of: .notAnExcuse) {
            notAnExcuseIndex = index
        } else {
            notAnExcuseIndex = categories.count
            categories.append(.notAnExcuse)
        }
        self.categories = categories
    }

    /// The classifier over CollectKit's bundled lexicons.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` if the bundled lexicons are missing.
    public static func bundled() throws(CollectKitError) -> LexiconExcuseClassifier {
        LexiconExcuseClassifier(lexicon: try .bundled())
    }

    /// Scores into `buffer.lexicon` (and `buffer.negated`), sized to ``categories``.
    @inline(__always)
    func score(_ bytes: UnsafeBufferPointer<UInt8>, buffer: inout ExcuseScoringBuffer,
               baseline: Float = Self.baseline, evidence: ((Int, Range<Int>, Bool) -> Void)? = nil) {
        buffer.lexicon.withUnsafeMutableBufferPointer { scores in
            buffer.negated.withUnsafeMutableBufferPointer { negated in
                guard let scoreBase = scores.baseAddress, let negatedBase = negated.baseAddress else { return }
                lexicon.score(bytes, into: scoreBase, negated: negatedBase, evidence: evidence)
            }
        }
        buffer.lexicon[notAnExcuseIndex] += baseline
    }

    /// The most likely category of `text`, reusing `buffer`; no evidence is gathered.
    package func topCategory(of text: String, buffer: inout ExcuseScoringBuffer) -> ExcuseClassification.RankedCategory {
        buffer.prepare(lexicon: categories.count, bayes: 0, combined: 0)
        buffer.withLexiconScored(text, by: lexicon) { _, buffer in buffer.lexicon[notAnExcuseIndex] += Self.baseline }
        let (index, confidence) = buffer.lexicon.withUnsafeBufferPointer { ExcuseRanking.top($0) }
        return .init(category: categories[index], confidence: BasisPoints(fraction: Double(confidence)))
    }

    /// The most likely category of `text` and the confidence in it, without evidence: the
    /// fast path for triaging many utterances.
    ///
    /// - Complexity: O(length of `text`).
    public func topCategory(of text: String) -> ExcuseClassification.RankedCategory {
        var buffer = ExcuseScoringBuffer()
        return topCategory(of: text, buffer: &buffer)
    }

    /// The most likely category of each text, in order, reusing one working buffer: for
    /// triaging a whole inbox or import, where it allocates nothing per utterance.
    ///
    /// - Complexity: O(total length of `texts`).
    public func topCategories(of texts: some Sequence<String>) -> [ExcuseClassification.RankedCategory] {
        var buffer = ExcuseScoringBuffer()
        return texts.map { topCategory(of: $0, buffer: &buffer) }
    }

    /// The categories `text` points to, with the phrases that matched as evidence.
    ///
    /// - Complexity: O(length of `text`).
    public func classify(_ text: String) -> ExcuseClassification {
        let normalized = lexicon.normalizer.normalize(text)
        var buffer = ExcuseScoringBuffer()
        buffer.prepare(lexicon: categories.count, bayes: 0, combined: 0)
        var found: [(Int, Range<Int>, Bool)] = []
        normalized.bytes.withUnsafeBufferPointer { bytes in
            score(bytes, buffer: &buffer) { found.append(($0, $1, $2)) }
        }
        let ranking = ExcuseRanking.ranked(buffer.lexicon, categories: categories)
        return ExcuseClassification.build(ranking: ranking, found: found, categories: categories,
                                          negated: buffer.negated, normalized: normalized)
    }

    /// ``classify(_:)`` weighed against `context`: the whole assessment in one call.
    public func assess(_ text: String, context: ExcuseContext = ExcuseContext()) -> ExcuseAssessment {
        ExcuseAssessment(classification: classify(text), context: context)
    }
}

extension ExcuseClassification {
    /// Shared by the built-in classifiers: turns byte-range matches into evidence on the original text.
    static func build(ranking: [RankedCategory], found: [(Int, Range<Int>, Bool)], categories: [ExcuseCategory],
                      negated: [Bool], normalized: NormalizedText) -> ExcuseClassification {
        var evidence: [ExcuseEvidence] = []
        let kept = found.prefix(64)
        for (index, byteRange, isNegated) in kept where index < categories.count {
            // Show "资金紧张", not also the "紧张" inside it.
            let inside = kept.contains { other in
                other.0 == index && other.1 != byteRange
                    && other.1.lowerBound <= byteRange.lowerBound && byteRange.upperBound <= other.1.upperBound
            }
            if inside { continue }
            let range = normalized.originalRange(ofBytes: byteRange)
            evidence.append(ExcuseEvidence(category: categories[index], range: range,
                                           text: String(normalized.original[range]), isNegated: isNegated))
        }
        let negatedCategories = negated.indices.filter { $0 < categories.count && negated[$0] }.map { categories[$0] }
        return ExcuseClassification(ranking: ranking, evidence: evidence, negatedCategories: negatedCategories)
    }
}
