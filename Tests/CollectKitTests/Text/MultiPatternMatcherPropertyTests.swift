import Testing
import CollectKitTesting
@testable import CollectKit

/// The matcher must report exactly what a naive search reports, in the same order, whichever
/// automaton it picked (characters for well-formed UTF-8 patterns, bytes otherwise).
@Suite struct MultiPatternMatcherPropertyTests {
    /// Every occurrence of every pattern, by brute force: ordered by end, then longest first,
    /// then by pattern index (the order the matcher documents).
    private func naiveMatches(_ patterns: [MultiPatternMatcher.Pattern], in text: [UInt8]) -> [MultiPatternMatcher.Match] {
        func isWordByte(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) }
        var found: [(end: Int, length: Int, index: Int)] = []
        for (index, pattern) in patterns.enumerated() where !pattern.bytes.isEmpty && pattern.bytes.count <= text.count {
            for start in 0...(text.count - pattern.bytes.count) where Array(text[start..<start + pattern.bytes.count]) == pattern.bytes {
                let end = start + pattern.bytes.count
                if pattern.wholeWord {
                    if start > 0, isWordByte(text[start - 1]), isWordByte(text[start]) { continue }
                    if end < text.count, isWordByte(text[end]), isWordByte(text[end - 1]) { continue }
                }
                found.append((end, pattern.bytes.count, index))
            }
        }
        found.sort { ($0.end, -$0.length, $0.index) < ($1.end, -$1.length, $1.index) }
        return found.map { MultiPatternMatcher.Match(patternIndex: $0.index, byteRange: ($0.end - $0.length)..<$0.end) }
    }

    private func matches(_ matcher: MultiPatternMatcher, in text: [UInt8]) -> [MultiPatternMatcher.Match] {
        var found: [MultiPatternMatcher.Match] = []
        matcher.forEachMatch(in: text) { found.append($0) }
        return found
    }

    /// A small alphabet so patterns overlap and share prefixes and suffixes: ASCII letters,
    /// digits, space, CJK (three bytes), Latin-1 (two bytes) and an emoji (four bytes).
    private static let alphabet: [String] = ["a", "b", "p", "y", "1", " ", "钱", "货", "款", "不", "是", "錢", "é", "ü", "😀"]

    private func randomText(_ generator: inout SeededRandomNumberGenerator, maxLength: Int) -> String {
        let length = Int.random(in: 0...maxLength, using: &generator)
        return String((0..<length).map { _ in Self.alphabet.randomElement(using: &generator) ?? "a" }.joined())
    }

    @Test func characterAutomatonAgreesWithNaiveSearch() throws {
        var generator = SeededRandomNumberGenerator(seed: 20_261_127)
        for _ in 0..<300 {
            let patternCount = Int.random(in: 1...25, using: &generator)
            let patterns = (0..<patternCount).map { _ in
                MultiPatternMatcher.Pattern(bytes: Array(randomText(&generator, maxLength: 5).utf8),
                                            wholeWord: Bool.random(using: &generator))
            }
            let matcher = MultiPatternMatcher(patterns: patterns)
            #expect(matcher.matchesByCharacter)
            for _ in 0..<8 {
                let text = Array(randomText(&generator, maxLength: 40).utf8)
                #expect(matches(matcher, in: text) == naiveMatches(patterns, in: text))
            }
        }
    }

    @Test func malformedTextBytesAreSkippedLikeTheByteAutomatonWould() {
        var generator = SeededRandomNumberGenerator(seed: 7)
        let patterns = ["钱", "不是钱", "pay", "ü", "是"].map {
            MultiPatternMatcher.Pattern(bytes: Array($0.utf8), wholeWord: $0 == "pay")
        }
        let matcher = MultiPatternMatcher(patterns: patterns)
        // Stray continuation bytes, truncated sequences, overlong forms and bytes never valid in UTF-8.
        let junk: [[UInt8]] = [[0x80], [0xBF], [0xE9], [0xE9, 0x92], [0xC0, 0x80], [0xF8], [0xFF], [0xED, 0xA0, 0x80]]
        for _ in 0..<500 {
            var text: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                if Bool.random(using: &generator) {
                    text += junk.randomElement(using: &generator) ?? []
                } else {
                    text += Array(["钱", "不", "是", "pay", " ", "ü", "x"].randomElement(using: &generator).map { $0.utf8 } ?? "".utf8)
                }
            }
            #expect(matches(matcher, in: text) == naiveMatches(patterns, in: text))
        }
    }

    @Test func malformedPatternsFallBackToTheByteAutomaton() {
        var generator = SeededRandomNumberGenerator(seed: 99)
        let bytes: [UInt8] = [0x61, 0x62, 0x20, 0xE9, 0x92, 0xB1, 0x80, 0xFF]
        for _ in 0..<200 {
            let patterns = (0..<Int.random(in: 1...10, using: &generator)).map { _ in
                MultiPatternMatcher.Pattern(
                    bytes: (0..<Int.random(in: 0...4, using: &generator)).map { _ in bytes.randomElement(using: &generator) ?? 0x61 },
                    wholeWord: Bool.random(using: &generator))
            }
            let matcher = MultiPatternMatcher(patterns: patterns)
            for _ in 0..<5 {
                let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in bytes.randomElement(using: &generator) ?? 0x61 }
                #expect(matches(matcher, in: text) == naiveMatches(patterns, in: text))
            }
        }
        let malformed = MultiPatternMatcher(patterns: [.init(bytes: [0xE9, 0x92], wholeWord: false)])
        #expect(!malformed.matchesByCharacter)
        #expect(matches(malformed, in: Array("钱".utf8)) == [.init(patternIndex: 0, byteRange: 0..<2)])
    }

    @Test func highFanOutStatesUseEveryChildLookup() {
        // The root, "不" and "没" get dozens of children; "不是" a few.
        let characters = Array("的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动").map(String.init)
        var texts: [String] = []
        var patternTexts: [String] = []
        for (index, character) in characters.enumerated() {
            patternTexts.append("不" + character)
            if index % 3 == 0 { patternTexts.append("没" + character) }
            if index % 5 == 0 { patternTexts.append("不是" + character) }
            texts.append("我不" + character + "没" + character + "不是" + character)
        }
        // Many other characters make "没"'s 34 children sparse among all symbols (searched by halves)
        // while "不"'s hundred stay dense enough for a direct row.
        for scalar in 0x6000..<0x6000 + 5_000 { patternTexts.append(String(UnicodeScalar(UInt8(0x61))) + String(Character(Unicode.Scalar(UInt32(scalar)) ?? "x"))) }
        let patterns = patternTexts.map { MultiPatternMatcher.Pattern(bytes: Array($0.utf8), wholeWord: false) }
        let matcher = MultiPatternMatcher(patterns: patterns)
        #expect(matcher.matchesByCharacter)
        var total = 0
        for text in texts {
            let found = matches(matcher, in: Array(text.utf8))
            #expect(found == naiveMatches(patterns, in: Array(text.utf8)))
            total += found.count
        }
        #expect(total > characters.count)
    }

    @Test func theBundledLexiconPhrasesMatchLikeANaiveSearch() throws {
        var patterns: [MultiPatternMatcher.Pattern] = []
        for name in ["excuse-lexicon-zh", "excuse-lexicon-en"] {
            let source = try BundledResource.text(named: name, extension: "tsv")
            for line in source.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", maxSplits: 2)
                guard fields.count == 3 else { continue }
                var phrase = String(fields[2])
                let wholeWord = !phrase.hasSuffix("*") && phrase.utf8.allSatisfy { $0 < 0x80 }
                if phrase.hasSuffix("*") { phrase.removeLast() }
                patterns.append(.init(bytes: TextNormalizer.standard.normalizedBytes(phrase), wholeWord: wholeWord))
            }
        }
        #expect(patterns.count > 1_000)
        let matcher = MultiPatternMatcher(patterns: patterns)
        #expect(matcher.matchesByCharacter)
        let samples = ["不是钱的问题，是货的问题", "最近資金緊張，下個月再说 OK?", "老板出差了，等他回来签字再付款",
                       "We're waiting on approval from finance, it's not about the money",
                       "The goods arrived damaged and we can't pay until it's fixed 下周再说"]
        var total = 0
        for sample in samples {
            let bytes = TextNormalizer.standard.normalize(sample).bytes
            let found = matches(matcher, in: bytes)
            #expect(found == naiveMatches(patterns, in: bytes))
            total += found.count
        }
        #expect(total >= samples.count)
    }
}
