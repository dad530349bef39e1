extension ExcuseAssessment {
    /// A copy whose talking points and checks are replaced, e.g. by a plugin that knows how
    /// to answer a category it defined. Ranking, evidence, intent and credibility are kept.
    public func replacingCounsel(talkingPointsChinese: [String], talkingPointsEnglish: [String],
                                 verifyNextChinese: [String], verifyNextEnglish: [String]) -> ExcuseAssessment {
        ExcuseAssessment(ranking: ranking, evidence: evidence, negatedCategories: negatedCategories,
                         intent: intent, credibility: credibility,
                         verifyNextChinese: verifyNextChinese.isEmpty ? self.verifyNextChinese : verifyNextChinese,
                         verifyNextEnglish: verifyNextEnglish.isEmpty ? self.verifyNextEnglish : verifyNextEnglish,
                         talkingPointsChinese: talkingPointsChinese.isEmpty ? self.talkingPointsChinese : talkingPointsChinese,
                         talkingPointsEnglish: talkingPointsEnglish.isEmpty ? self.talkingPointsEnglish : talkingPointsEnglish)
    }

    init(ranking: [RankedCategory], evidence: [ExcuseEvidence], negatedCategories: [ExcuseCategory],
         intent: ExcuseIntent, credibility: ExcuseCredibility, verifyNextChinese: [String], verifyNextEnglish: [String],
         talkingPointsChinese: [String], talkingPointsEnglish: [String]) {
        self.ranking = ranking
        self.evidence = evidence
        self.negatedCategories = negatedCategories
        self.intent = intent
        self.credibility = credibility
        self.verifyNextChinese = verifyNextChinese
        self.verifyNextEnglish = verifyNextEnglish
        self.talkingPointsChinese = talkingPointsChinese
        self.talkingPointsEnglish = talkingPointsEnglish
    }
}
