/// What a customer's excuse is, how far the facts bear it out, and how to answer it.
///
/// The article's rule: neither believe nor dismiss an excuse (不可信其有,也不可信其无); weigh
/// it against the facts and answer with them. An assessment is a classification plus that
/// weighing (``credibility``) and counsel (``verifyNextChinese`` and the talking points),
/// derived the same way whichever classifier produced the classification.
public struct ExcuseAssessment: Sendable {
    /// The classifier's reading of the text.
    public let classification: ExcuseClassification
    /// Whether this is a dispute to resolve or a deferral tactic.
    public let intent: ExcuseIntent
    /// How the excuse fits the facts in the context.
    public let credibility: ExcuseCredibility
    /// The facts that led to ``credibility``, in both languages.
    public let credibilityReasons: [ReviewText]
    /// What the collector should check next, in Chinese.
    public private(set) var verifyNextChinese: [String]
    /// What the collector should check next, in English.
    public private(set) var verifyNextEnglish: [String]
    /// Talking points built from the facts, in Chinese.
    public private(set) var talkingPointsChinese: [String]
    /// Talking points built from the facts, in English.
    public private(set) var talkingPointsEnglish: [String]

    /// The most likely category.
    public var category: ExcuseCategory { classification.category }
    /// Confidence in ``category``.
    public var confidence: BasisPoints { classification.confidence }
    /// The classification's categories, most likely first.
    public var ranking: [ExcuseClassification.RankedCategory] { classification.ranking }
    /// The classification's evidence: the words that point to categories.
    public var evidence: [ExcuseEvidence] { classification.evidence }
    /// The categories the customer explicitly denied.
    public var negatedCategories: [ExcuseCategory] { classification.negatedCategories }

    /// Weighs `classification` against `context` and derives intent, credibility, checks
    /// and talking points.
    ///
    /// - Parameters:
    ///   - classification: What a classifier read in the customer's words.
    ///   - context: The facts the host knows; each one left out makes the judgement
    ///     "unverified" rather than "false".
    public init(classification: ExcuseClassification, context: ExcuseContext = ExcuseContext()) {
        self.classification = classification
        let top = classification.category
        self.intent = ExcuseIntent(category: top)
        let counsel = ExcuseCounsel(category: top, context: context)
        self.credibility = counsel.credibility
        self.credibilityReasons = counsel.credibilityReasons
        self.verifyNextChinese = counsel.verifyChinese
        self.verifyNextEnglish = counsel.verifyEnglish
        self.talkingPointsChinese = counsel.talkingChinese
        self.talkingPointsEnglish = counsel.talkingEnglish
    }

    /// A copy whose talking points and checks are replaced, e.g. by a plugin that knows how
    /// to answer a category it defined; an empty list keeps the current one. The
    /// classification, intent and credibility are kept.
    public func replacingCounsel(talkingPointsChinese: [String], talkingPointsEnglish: [String],
                                 verifyNextChinese: [String], verifyNextEnglish: [String]) -> ExcuseAssessment {
        var copy = self
        if !verifyNextChinese.isEmpty { copy.verifyNextChinese = verifyNextChinese }
        if !verifyNextEnglish.isEmpty { copy.verifyNextEnglish = verifyNextEnglish }
        if !talkingPointsChinese.isEmpty { copy.talkingPointsChinese = talkingPointsChinese }
        if !talkingPointsEnglish.isEmpty { copy.talkingPointsEnglish = talkingPointsEnglish }
        return copy
    }
}
