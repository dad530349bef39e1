import Testing
@testable import CollectKit

@Suite struct TextNormalizerTests {
    @Test func foldsWidthCaseTraditionalAndPunctuation() {
        let text = TextNormalizer.standard.normalize("  ＰＡＹ　Now！！這筆錢，貨款 ")
        #expect(String(decoding: text.bytes, as: UTF8.self) == "pay now 这笔钱 货款")
    }

    @Test func emptyAndEmojiOnlyGiveEmptyBytes() {
        #expect(TextNormalizer.standard.normalize("").bytes.isEmpty)
        #expect(TextNormalizer.standard.normalize("😀😀 🙏").bytes.isEmpty)
    }

    @Test func mapsBackToOriginalRanges() {
        let text = TextNormalizer.standard.normalize("不是錢的問題，是貨的問題")
        let matcher = MultiPatternMatcher(patterns: [
            .init(bytes: TextNormalizer.standard.normalizedBytes("货的问题"), wholeWord: false),
        ])
        let found = matcher.matches(in: text)
        #expect(found.count == 1)
        #expect(found.first.map { String(text.originalText(ofBytes: $0.byteRange)) } == "貨的問題")
    }
}

@Suite struct MultiPatternMatcherTests {
    private func matcher(_ patterns: [String], wholeWord: Bool = false) -> MultiPatternMatcher {
        MultiPatternMatcher(patterns: patterns.map {
            .init(bytes: TextNormalizer.standard.normalizedBytes($0), wholeWord: wholeWord)
        })
    }

    @Test func findsOverlappingPatterns() {
        let m = matcher(["he", "she", "his", "hers"])
        let found = m.matches(in: TextNormalizer.standard.normalize("ushers"))
        #expect(found.map(\.patternIndex).sorted() == [0, 1, 3])
    }

    @Test func wholeWordSkipsEmbeddedMatches() {
        let m = matcher(["pay"], wholeWord: true)
        #expect(m.matches(in: TextNormalizer.standard.normalize("payment due")).isEmpty)
        #expect(m.matches(in: TextNormalizer.standard.normalize("please pay today")).count == 1)
    }

    @Test func chinesePatternsInMixedText() {
        let m = matcher(["资金紧张", "下个月"])
        let found = m.matches(in: TextNormalizer.standard.normalize("最近資金緊張，下個月再说 ok"))
        #expect(found.map(\.patternIndex) == [0, 1])
    }
}

@Suite struct NormalizedTextRangeTests {
    @Test func matchAtTheEndExcludesTrailingPunctuation() {
        let text = TextNormalizer.standard.normalize("那我明天找您拿款,您有事先忙!")
        let matcher = MultiPatternMatcher(patterns: [
            .init(bytes: TextNormalizer.standard.normalizedBytes("您有事先忙"), wholeWord: false),
        ])
        let found = matcher.matches(in: text)
        #expect(found.map { String(text.originalText(ofBytes: $0.byteRange)) } == ["您有事先忙"])
    }

    @Test func outOfRangeRequestsAreClamped() {
        let text = TextNormalizer.standard.normalize("Pay ¥5")
        #expect(String(text.originalText(ofBytes: 0..<100)) == "Pay ¥5")
        #expect(String(text.originalText(ofBytes: -5..<1)) == "P")
        #expect(TextNormalizer.standard.normalize("").originalText(ofBytes: 0..<3).isEmpty)
    }
}
