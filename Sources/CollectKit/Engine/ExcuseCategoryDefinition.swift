/// Everything a plugin supplies to teach CollectKit a new kind of excuse: its name, the
/// words that signal it in each language, and how to answer it.
public struct ExcuseCategoryDefinition: Sendable, Hashable {
    /// A lexicon entry: a phrase that signals the category and how strongly.
    public struct Term: Sendable, Hashable {
        /// The phrase as customers write it; normalised like all text (width, case, 繁→简).
        public var phrase: String
        /// Its weight, 1 (weak hint) to 5 (unmistakable).
        public var weight: Int

        /// A term of `weight` (clamped to 1…5).
        public init(_ phrase: String, weight: Int = 3) {
            self.phrase = phrase
            self.weight = Swift.min(5, Swift.max(1, weight))
        }
    }

    /// The new category.
    public var category: ExcuseCategory
    /// Its name in Chinese, e.g. 「等工程款」.
    public var chineseName: String
    /// Its name in English, e.g. "waiting for project payment".
    public var englishName: String
    /// Chinese phrases that signal it.
    public var chineseTerms: [Term]
    /// English phrases that signal it.
    public var englishTerms: [Term]
    /// What to say, in Chinese: facts and next steps, never "you are lying".
    public var talkingPointsChinese: [String]
    /// What to say, in English.
    public var talkingPointsEnglish: [String]
    /// What to check before the next call, in Chinese.
    public var verifyNextChinese: [String]
    /// What to check before the next call, in English.
    public var verifyNextEnglish: [String]

    /// A definition; terms and talking points default to none.
    public init(category: ExcuseCategory, chineseName: String, englishName: String,
                chineseTerms: [Term] = [], englishTerms: [Term] = [],
                talkingPointsChinese: [String] = [], talkingPointsEnglish: [String] = [],
                verifyNextChinese: [String] = [], verifyNextEnglish: [String] = []) {
        self.category = category
        self.chineseName = chineseName
        self.englishName = englishName
        self.chineseTerms = chineseTerms
        self.englishTerms = englishTerms
        self.talkingPointsChinese = talkingPointsChinese
        self.talkingPointsEnglish = talkingPointsEnglish
        self.verifyNextChinese = verifyNextChinese
        self.verifyNextEnglish = verifyNextEnglish
    }
}
