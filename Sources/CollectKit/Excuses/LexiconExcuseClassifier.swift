/// Classifies excuses by weighted phrases: fast, explainable, and good on phrasings the
/// lexicon anticipates. Negated phrases ("不是钱的问题", "not about the money") count against
/// their category.
public struct LexiconExcuseClassifier: ExcuseClassifier {
    /// The phrases and negation cues.
    public let lexicon: ExcuseLexicon
    /// The categories, indexed like the lexicon's, plus ``ExcuseCategory/notAnExcuse``.
    let categories: [ExcuseCategory]
    let notAnExcuseIndex: Int
    /// The logit of ``ExcuseCategory/notAnExcuse`` when no phrase matched strongly.
    static let baseline: Float = 1.0

    /// A classifier over `lexicon`.
    public init(lexicon: ExcuseLexicon) {
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

    /// The most likely category of `text`, reusing `buffer`; no assessment is built.
    public func topCategory(of text: String, buffer: inout ExcuseScoringBuffer) -> ExcuseAssessment.RankedCategory {
        buffer.prepare(lexicon: categories.count, bayes: 0, combined: 0)
        buffer.withLexiconScored(text, by: lexicon) { _, buffer in buffer.lexicon[notAnExcuseIndex] += Self.baseline }
        let (index, confidence) = buffer.lexicon.withUnsafeBufferPointer { ExcuseRanking.top($0) }
        return .init(category: categories[index], confidence: Double(confidence))
    }

    /// The assessment of `text`, weighed against `context`.
    public func assess(_ text: String, context: ExcuseContext) -> ExcuseAssessment {
        let normalized = lexicon.normalizer.normalize(text)
        var buffer = ExcuseScoringBuffer()
        buffer.prepare(lexicon: categories.count, bayes: 0, combined: 0)
        var found: [(Int, Range<Int>, Bool)] = []
        normalized.bytes.withUnsafeBufferPointer { bytes in
            score(bytes, buffer: &buffer) { found.append(($0, $1, $2)) }
        }
        let ranking = ExcuseRanking.ranked(buffer.lexicon, categories: categories)
        return ExcuseAssessment.build(ranking: ranking, found: found, categories: categories,
                                      negated: buffer.negated, normalized: normalized, context: context)
    }
}

extension ExcuseAssessment {
    /// Shared by the built-in classifiers: turns byte-range matches into evidence on the original text.
    static func build(ranking: [RankedCategory], found: [(Int, Range<Int>, Bool)], categories: [ExcuseCategory],
                      negated: [Bool], normalized: NormalizedText, context: ExcuseContext) -> ExcuseAssessment {
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
        return ExcuseAssessment(ranking: ranking, evidence: evidence, negatedCategories: negatedCategories, context: context)
    }
}
