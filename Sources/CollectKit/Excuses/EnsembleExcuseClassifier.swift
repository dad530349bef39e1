/// CollectKit's default excuse classifier: the lexicon's weighted phrases (precise, with
/// evidence and negation) plus naive Bayes over n-grams (coverage for unlisted phrasings).
public struct EnsembleExcuseClassifier: ExcuseClassifier {
    /// The phrase-based half.
    public let lexicon: LexiconExcuseClassifier
    /// The statistical half.
    public let bayes: NaiveBayesExcuseClassifier
    /// How much naive Bayes counts against the lexicon's phrase weights.
    public let bayesWeight: Float
    /// The union of both halves' categories: naive Bayes's first.
    let categories: [ExcuseCategory]
    /// For each lexicon category, its index in ``categories``.
    let lexiconIndex: [Int]
    /// Extra logit penalty for a category the customer explicitly denied.
    public let negationPenalty: Float
    /// A lead of the top phrase score this large settles the answer without naive Bayes,
    /// whose length-normalised log-likelihoods rarely differ by more between categories.
    public let decisiveMargin: Float
    /// The defaults of ``bayesWeight``, ``decisiveMargin`` and ``negationPenalty``.
    public static let defaultBayesWeight: Float = 0.85
    /// See ``decisiveMargin``.
    public static let defaultDecisiveMargin: Float = 4
    /// See ``negationPenalty``.
    public static let defaultNegationPenalty: Float = 3

    /// An ensemble of `lexicon` and `bayes`; the weights default to the values chosen by
    /// cross-validation on the training sets.
    public init(lexicon: LexiconExcuseClassifier, bayes: NaiveBayesExcuseClassifier,
                bayesWeight: Float = defaultBayesWeight, decisiveMargin: Float = defaultDecisiveMargin,
                negationPenalty: Float = defaultNegationPenalty) {
        self.lexicon = lexicon
        self.bayes = bayes
        self.bayesWeight = bayesWeight.isFinite ? max(0, bayesWeight) : Self.defaultBayesWeight
        self.decisiveMargin = decisiveMargin.isFinite ? max(0, decisiveMargin) : Self.defaultDecisiveMargin
        self.negationPenalty = negationPenalty.isFinite ? max(0, negationPenalty) : Self.defaultNegationPenalty
        var categories = bayes.categories
        var lexiconIndex: [Int] = []
        for category in lexicon.categories {
            if let index = categories.firstIndex(of: category) { lexiconIndex.append(index) } else {
                lexiconIndex.append(categories.count)
                categories.append(category)
            }
        }
        self.categories = categories
        self.lexiconIndex = lexiconIndex
    }

    /// The bundled lexicons and model.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` if a bundled resource is missing.
    public static func bundled() throws(CollectKitError) -> EnsembleExcuseClassifier {
        EnsembleExcuseClassifier(lexicon: try .bundled(), bayes: try .bundled())
    }

    /// The default classifier, loaded once; `nil` only if the package's resources are missing.
    public static let standard: EnsembleExcuseClassifier? = try? bundled()

    /// Sizes and clears `buffer`'s scores for this ensemble.
    @inline(__always)
    private func prepare(_ buffer: inout ExcuseScoringBuffer) {
        buffer.prepare(lexicon: lexicon.categories.count, bayes: bayes.categories.count, combined: categories.count)
    }

    /// Adds naive Bayes to the lexicon's scores already in `buffer`, into `buffer.combined`.
    @inline(__always)
    private func combine(_ bytes: UnsafeBufferPointer<UInt8>, buffer: inout ExcuseScoringBuffer) {
        // Without phrases, naive Bayes decides (it knows not_an_excuse too); the lexicon's own
        // "nothing matched" baseline would only drown it. Empty text is still no excuse.
        if bytes.isEmpty { buffer.lexicon[lexicon.notAnExcuseIndex] += LexiconExcuseClassifier.baseline }
        // When the phrases are decisive, naive Bayes could not change the answer: skip it.
        var best: Float = -.infinity, second: Float = -.infinity
        for value in buffer.lexicon {
            if value > best { second = best; best = value } else if value > second { second = value }
        }
        let decisive = best - second >= decisiveMargin
        buffer.combined.withUnsafeMutableBufferPointer { combined in
            for index in 0..<combined.count { combined[index] = 0 }
            if !decisive, !bytes.isEmpty, bayesWeight > 0 {
                buffer.bayes.withUnsafeMutableBufferPointer { scores in
                    bayes.score(bytes, into: scores)
                    for index in 0..<scores.count { combined[index] = scores[index] * bayesWeight }
                }
            }
            buffer.lexicon.withUnsafeBufferPointer { lexiconScores in
                buffer.negated.withUnsafeBufferPointer { negated in
                    for index in 0..<lexiconIndex.count {
                        let target = lexiconIndex[index]
                        combined[target] += lexiconScores[index]
                        if negated[index] { combined[target] -= negationPenalty }
                    }
                }
            }
        }
    }

    /// The most likely category of `text`, reusing `buffer`.
    public func topCategory(of text: String, buffer: inout ExcuseScoringBuffer) -> ExcuseAssessment.RankedCategory {
        prepare(&buffer)
        buffer.withLexiconScored(text, by: lexicon.lexicon) { bytes, buffer in combine(bytes, buffer: &buffer) }
        let (index, confidence) = buffer.combined.withUnsafeBufferPointer { ExcuseRanking.top($0) }
        return .init(category: categories[index], confidence: Double(confidence))
    }

    /// The assessment of `text`, with evidence from the lexicon, weighed against `context`.
    public func assess(_ text: String, context: ExcuseContext) -> ExcuseAssessment {
        let normalized = lexicon.lexicon.normalizer.normalize(text)
        var buffer = ExcuseScoringBuffer()
        var found: [(Int, Range<Int>, Bool)] = []
        prepare(&buffer)
        normalized.bytes.withUnsafeBufferPointer { bytes in
            lexicon.score(bytes, buffer: &buffer, baseline: 0) { found.append(($0, $1, $2)) }
            combine(bytes, buffer: &buffer)
        }
        let mapped = found.map { (lexiconIndex[$0.0], $0.1, $0.2) }
        var negated = [Bool](repeating: false, count: categories.count)
        for index in 0..<lexiconIndex.count where buffer.negated[index] { negated[lexiconIndex[index]] = true }
        let ranking = ExcuseRanking.ranked(buffer.combined, categories: categories)
        return ExcuseAssessment.build(ranking: ranking, found: mapped, categories: categories,
                                      negated: negated, normalized: normalized, context: context)
    }
}
