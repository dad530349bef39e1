/// What a classifier reads in a customer's words: the excuse categories ranked by
/// confidence and the words that point to them.
///
/// A classification is about the text alone. Weighing it against the facts (credibility)
/// and deciding what to check and say (counsel) is ``ExcuseAssessment``'s job, so every
/// classifier, local or remote, is answered with the same facts.
public struct ExcuseClassification: Sendable, Hashable {
    /// One category with the classifier's confidence in it.
    public struct RankedCategory: Sendable, Hashable {
        /// The category.
        public let category: ExcuseCategory
        /// Confidence, 0…10,000 basis points; a ranking's confidences sum to at most the whole.
        public let confidence: BasisPoints

        /// `category` held with `confidence`, clamped to 0…10,000 basis points.
        public init(category: ExcuseCategory, confidence: BasisPoints) {
            self.category = category
            self.confidence = BasisPoints(Swift.min(10_000, Swift.max(0, confidence.value)))
        }
    }

    /// Categories from most to least likely (ties by category name).
    public let ranking: [RankedCategory]
    /// The words that point to categories, as ranges of the original text.
    public let evidence: [ExcuseEvidence]
    /// Categories the customer explicitly denied ("不是钱的问题").
    public let negatedCategories: [ExcuseCategory]

    /// The most likely category (``ExcuseCategory/notAnExcuse`` for an empty ranking).
    public var category: ExcuseCategory { ranking.first?.category ?? .notAnExcuse }
    /// Confidence in ``category``.
    public var confidence: BasisPoints { ranking.first?.confidence ?? .zero }

    /// A classification from a ranking in any order; it is sorted most likely first.
    ///
    /// - Parameters:
    ///   - ranking: Categories with confidences; an empty ranking means "not an excuse".
    ///   - evidence: Words in the text that point to categories (empty for a model that
    ///     cannot say which words mattered).
    ///   - negatedCategories: Categories the text explicitly denies.
    public init(ranking: [RankedCategory], evidence: [ExcuseEvidence] = [], negatedCategories: [ExcuseCategory] = []) {
        self.ranking = ranking.sorted {
            $0.confidence != $1.confidence ? $0.confidence > $1.confidence : $0.category < $1.category
        }
        self.evidence = evidence
        self.negatedCategories = negatedCategories
    }

    /// Text with no excuse in it, held with low confidence: what empty or unreadable text
    /// classifies as.
    public static let notAnExcuse = ExcuseClassification(ranking: [.init(category: .notAnExcuse, confidence: 2_000)])
}
