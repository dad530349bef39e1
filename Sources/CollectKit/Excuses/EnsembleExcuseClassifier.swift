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
    static let negationPenalty: Float = 3

    /// An ensemble of `lexicon` and `bayes`.
    public init(lexicon: LexiconExcuseClassifier, bayes: NaiveBayesExcuseClassifier, bayesWeight: Float = 1.0) {
        self.lexicon = lexicon
        self.bayes = bayes
        self.bayesWeight = bayesWeight.isFinite ? max(0, bayesWeight) : 1
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

    @inline(__always)
    private func combine(_ bytes: UnsafeBufferPointer<UInt8>, buffer: inout ExcuseScoringBuffer,
                         evidence: ((Int, Range<Int>, Bool) -> Void)? = nil) {
        buffer.prepare(lexicon: lexicon.categories.count, bayes: bayes.categories.count, combined: categories.count)
        lexicon.score(bytes, buffer: &buffer, evidence: evidence)
        buffer.bayes.withUnsafeMutableBufferPointer { bayes.score(bytes, into: $0) }
        let weight = bytes.isEmpty ? 0 : bayesWeight
        for index in 0..<categories.count { buffer.combined[index] = 0 }
        for index in 0..<buffer.bayes.count { buffer.combined[index] = buffer.bayes[index] * weight }
        for index in 0..<lexiconIndex.count {
            let target = lexiconIndex[index]
            buffer.combined[target] += buffer.lexicon[index]
            if buffer.negated[index] { buffer.combined[target] -= Self.negationPenalty }
        }
    }

    /// The most likely category of `text`, reusing `buffer`.
    public func topCategory(of text: String, buffer: inout ExcuseScoringBuffer) -> ExcuseAssessment.RankedCategory {
        let normalized = lexicon.lexicon.normalizer.normalize(text)
        normalized.bytes.withUnsafeBufferPointer { combine($0, buffer: &buffer) }
        let (index, confidence) = buffer.combined.withUnsafeBufferPointer { ExcuseRanking.top($0) }
        return .init(category: categories[index], confidence: Double(confidence))
    }

    /// The assessment of `text`, with evidence from the lexicon, weighed against `context`.
    public func assess(_ text: String, context: ExcuseContext) -> ExcuseAssessment {
        let normalized = lexicon.lexicon.normalizer.normalize(text)
        var buffer = ExcuseScoringBuffer()
        var found: [(Int, Range<Int>, Bool)] = []
        normalized.bytes.withUnsafeBufferPointer { bytes in
            combine(bytes, buffer: &buffer) { found.append(($0, $1, $2)) }
        }
        let mapped = found.map { (lexiconIndex[$0.0], $0.1, $0.2) }
        var negated = [Bool](repeating: false, count: categories.count)
        for index in 0..<lexiconIndex.count where buffer.negated[index] { negated[lexiconIndex[index]] = true }
        let ranking = ExcuseRanking.ranked(buffer.combined, categories: categories)
        return ExcuseAssessment.build(ranking: ranking, found: mapped, categories: categories,
                                      negated: negated, normalized: normalized, context: context)
    }
}
