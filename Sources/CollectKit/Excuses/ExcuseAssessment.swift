/// What a customer's excuse is, how far the facts bear it out, and how to answer it.
public struct ExcuseAssessment: Sendable {
    /// One category with the classifier's confidence in it.
    public struct RankedCategory: Sendable, Hashable {
        /// The category.
        public let category: ExcuseCategory
        /// Confidence in 0…1; the ranking's confidences sum to at most 1.
        public let confidence: Double

        /// `category` held with `confidence` (clamped to 0…1).
        public init(category: ExcuseCategory, confidence: Double) {
            self.category = category
            self.confidence = confidence.isFinite ? min(1, max(0, confidence)) : 0
        }
    }

    /// Categories from most to least likely.
    public let ranking: [RankedCategory]
    /// The words that point to categories, as ranges of the original text.
    public let evidence: [ExcuseEvidence]
    /// Categories the customer explicitly denied ("不是钱的问题").
    public let negatedCategories: [ExcuseCategory]
    /// Whether this is a dispute to resolve or a deferral tactic.
    public let intent: ExcuseIntent
    /// How the excuse fits the facts in the context.
    public let credibility: ExcuseCredibility
    /// What the collector should check next, in Chinese.
    public let verifyNextChinese: [String]
    /// What the collector should check next, in English.
    public let verifyNextEnglish: [String]
    /// Talking points built from the facts, in Chinese.
    public let talkingPointsChinese: [String]
    /// Talking points built from the facts, in English.
    public let talkingPointsEnglish: [String]

    /// The most likely category (``ExcuseCategory/notAnExcuse`` for an empty ranking).
    public var category: ExcuseCategory { ranking.first?.category ?? .notAnExcuse }
    /// Confidence in ``category``.
    public var confidence: Double { ranking.first?.confidence ?? 0 }

    /// Builds an assessment from a ranking, deriving intent, credibility, checks and talking
    /// points from `context`. A remote-model classifier uses this too, so every classifier
    /// answers with the same facts.
    public init(ranking: [RankedCategory], evidence: [ExcuseEvidence], negatedCategories: [ExcuseCategory],
                context: ExcuseContext) {
        let sorted = ranking.sorted { $0.confidence != $1.confidence ? $0.confidence > $1.confidence : $0.category < $1.category }
        self.ranking = sorted
        self.evidence = evidence
        self.negatedCategories = negatedCategories
        let top = sorted.first?.category ?? .notAnExcuse
        self.intent = ExcuseIntent(category: top)
        let counsel = ExcuseCounsel(category: top, context: context)
        self.credibility = counsel.credibility
        self.verifyNextChinese = counsel.verifyChinese
        self.verifyNextEnglish = counsel.verifyEnglish
        self.talkingPointsChinese = counsel.talkingChinese
        self.talkingPointsEnglish = counsel.talkingEnglish
    }
}
