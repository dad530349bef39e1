import Foundation

/// CollectKit's default excuse classifier: the lexicon's weighted phrases (precise, with
/// evidence and negation) plus naive Bayes over n-grams (coverage for unlisted phrasings).
///
/// Load it once per process with ``bundled()`` (it is immutable and `Sendable`) and share
/// it between engines and tasks. Its methods are synchronous and never fail.
public struct StandardExcuseClassifier: ExcuseClassifier {
    /// The phrase-based half.
    let lexicon: LexiconExcuseClassifier
    /// The statistical half.
    let bayes: NaiveBayesExcuseClassifier
    /// How much naive Bayes counts against the lexicon's phrase weights.
    let bayesWeight: Float
    /// The union of both halves' categories: naive Bayes's first.
    let categories: [ExcuseCategory]
    /// For each lexicon category, its index in ``categories``.
    let lexiconIndex: [Int]
    /// Extra logit penalty for a category the customer explicitly denied.
    let negationPenalty: Float
    /// A lead of the top phrase score this large settles the answer without naive Bayes,
    /// whose length-normalised log-likelihoods rarely differ by more between categories.
    let decisiveMargin: Float
    /// The defaults of ``bayesWeight``, ``decisiveMargin`` and ``negationPenalty``, chosen by
    /// cross-validation on the training sets.
    package static let defaultBayesWeight: Float = 0.85
    /// See ``decisiveMargin``.
    package static let defaultDecisiveMargin: Float = 4
    /// See ``negationPenalty``.
    package static let defaultNegationPenalty: Float = 3

    /// An ensemble of `lexicon` and `bayes`; the weights default to the values chosen by
    /// cross-validation on the training sets.
    package init(lexicon: LexiconExcuseClassifier, bayes: NaiveBayesExcuseClassifier,
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

    /// The classifier over the bundled lexicons and model.
    ///
    /// Each call reads the resources (about 1 MB, in well under 50 ms): load it once and
    /// share it, as engines built without a classifier of their own do.
    ///
    /// - Returns: A classifier over the bundled lexicons and model.
    /// - Throws: ``CollectKitError/Kind/invalidData`` if a bundled resource is missing or
    ///   damaged (a broken installation); the error names the resource.
    public static func bundled() throws(CollectKitError) -> StandardExcuseClassifier {
        StandardExcuseClassifier(lexicon: try .bundled(), bayes: try .bundled())
    }

    /// The bundled classifier loaded once per process for engines configured without a
    /// classifier, or why it could not be loaded; immutable once made.
    static let shared: Result<StandardExcuseClassifier, CollectKitError> = {
        do throws(CollectKitError) { return .success(try bundled()) } catch { return .failure(error) }
    }()

    /// The bundled lexicons with a naive Bayes model trained by the host (see the
    /// `CollectKitTraining` library), e.g. on its own trade's phrasings.
    ///
    /// - Parameters:
    ///   - model: A model as written by `ExcuseModelTraining.train(on:)`.
    ///   - bayesWeight: How much naive Bayes counts against the lexicon's phrase weights
    ///     (8,500 basis points by default: the bundled model's cross-validated weight).
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming what is wrong with `model`.
    public init(model: Data, bayesWeight: BasisPoints = 8_500) throws(CollectKitError) {
        self.init(lexicon: try .bundled(), bayes: NaiveBayesExcuseClassifier(model: try NaiveBayesExcuseModel(serialized: model)),
                  bayesWeight: Float(bayesWeight.value) / 10_000)
    }

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
    package func topCategory(of text: String, buffer: inout ExcuseScoringBuffer) -> ExcuseClassification.RankedCategory {
        prepare(&buffer)
        buffer.withLexiconScored(text, by: lexicon.lexicon) { bytes, buffer in combine(bytes, buffer: &buffer) }
        let (index, confidence) = buffer.combined.withUnsafeBufferPointer { ExcuseRanking.top($0) }
        return .init(category: categories[index], confidence: BasisPoints(fraction: Double(confidence)))
    }

    /// The most likely category of `text` and the confidence in it, without evidence.
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

    /// The categories `text` points to, with the lexicon's matched phrases as evidence.
    ///
    /// - Complexity: O(length of `text`).
    public func classify(_ text: String) -> ExcuseClassification {
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
        return ExcuseClassification.build(ranking: ranking, found: mapped, categories: categories,
                                          negated: negated, normalized: normalized)
    }

    /// ``classify(_:)`` weighed against `context`: the whole assessment in one call.
    ///
    /// - Parameters:
    ///   - text: What the customer said.
    ///   - context: The facts the host knows about the customer.
    public func assess(_ text: String, context: ExcuseContext = ExcuseContext()) -> ExcuseAssessment {
        ExcuseAssessment(classification: classify(text), context: context)
    }
}
