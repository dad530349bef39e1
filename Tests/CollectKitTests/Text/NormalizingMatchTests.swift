import Foundation
import Testing
import CollectKitTesting
@testable import CollectKit
import CollectKitTraining

/// `forEachMatch(normalizing:with:into:_:)` folds and matches in one pass; it must report
/// exactly what normalising first and matching the result reports: the same matches, in the same
/// order, seeing the same bytes before each match, and leave the same normalised bytes.
@Suite struct NormalizingMatchTests {
    /// Pieces that exercise every fold: case, full width, punctuation runs next to CJK and
    /// ASCII, traditional characters, emoji, Latin-1 capitals, leading and trailing separators.
    private static let pieces: [String] = [
        "a", "B", "p", "Y", "1", "%", "％", " ", "  ", ",", "，", "。", "!", "\t", "\n", "钱", "錢", "货", "貨", "不", "是",
        "Ａ", "ｂ", "１", "é", "É", "ü", "😀", "👍🏻", "\u{200D}", "pay", "PAY", "not", "不是", "-", "'", "…", "—",
    ]

    private static func randomText(_ generator: inout SeededRandomNumberGenerator, maxPieces: Int) -> String {
        (0..<Int.random(in: 0...maxPieces, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "a" }.joined()
    }

    private struct Seen: Equatable {
        var match: MultiPatternMatcher.Match
        var before: [UInt8]
    }

    private func twoPass(_ matcher: MultiPatternMatcher, _ text: String,
                         _ normalizer: TextNormalizer = .standard) -> (seen: [Seen], bytes: [UInt8]) {
        let bytes = normalizer.normalize(text).bytes
        var seen: [Seen] = []
        matcher.forEachMatch(in: bytes) { seen.append(Seen(match: $0, before: Array(bytes[0..<$0.byteRange.lowerBound]))) }
        return (seen, bytes)
    }

    private func onePass(_ matcher: MultiPatternMatcher, _ text: String, storage: inout [UInt8],
                         _ normalizer: TextNormalizer = .standard) -> (seen: [Seen], bytes: [UInt8]) {
        var seen: [Seen] = []
        let length = matcher.forEachMatch(normalizing: text, with: normalizer, into: &storage) { match, written in
            #expect(written.count >= match.byteRange.upperBound)
            seen.append(Seen(match: match, before: Array(written[0..<match.byteRange.lowerBound])))
        }
        return (seen, Array(storage[0..<length]))
    }

    @Test func agreesWithNormalisingFirstOnRandomPatternsAndTexts() {
        var generator = SeededRandomNumberGenerator(seed: 2_026_112_701)
        var storage: [UInt8] = []
        var reported = 0
        for _ in 0..<300 {
            // Patterns are normalised pieces, some ending or starting in a space, as any caller may pass.
            let patterns = (0..<Int.random(in: 1...20, using: &generator)).map { _ in
                MultiPatternMatcher.Pattern(bytes: Array(Self.randomText(&generator, maxPieces: 3).lowercased().utf8),
                                            wholeWord: Bool.random(using: &generator))
            }
            let matcher = MultiPatternMatcher(patterns: patterns)
            for _ in 0..<10 {
                let text = Self.randomText(&generator, maxPieces: 25)
                let expected = twoPass(matcher, text)
                let actual = onePass(matcher, text, storage: &storage)
                #expect(actual.seen == expected.seen, "text: \(text.debugDescription)")
                #expect(actual.bytes == expected.bytes, "text: \(text.debugDescription)")
                reported += actual.seen.count
            }
        }
        #expect(reported > 1_000) // the comparison saw real matches, not only empty lists
    }

    @Test func patternsEndingInASpaceAreNotReportedOnATrimmedTrailingSpace() {
        let matcher = MultiPatternMatcher(patterns: [.init(bytes: Array("pay ".utf8), wholeWord: false),
                                                     .init(bytes: Array("pay".utf8), wholeWord: true)])
        var storage: [UInt8] = []
        let trailing = onePass(matcher, "PAY!!", storage: &storage)
        #expect(trailing.bytes == Array("pay".utf8))
        #expect(trailing.seen.map(\.match) == [.init(patternIndex: 1, byteRange: 0..<3)])
        let inside = onePass(matcher, "pay, now", storage: &storage)
        #expect(inside.seen.map(\.match) == [.init(patternIndex: 1, byteRange: 0..<3), .init(patternIndex: 0, byteRange: 0..<4)])
        let glued = onePass(matcher, "payment", storage: &storage)
        #expect(glued.seen.isEmpty)
    }

    @Test func aHostTableThatChangesWidthsGivesTheSameMatches() {
        // 錢 → an emoji (four bytes, longer), 貨 → "x" (one byte), 帳 → "é" (two bytes), 們 → a space.
        let table = TraditionalChineseTable(traditional: "錢貨帳們", simplified: "😀xé ")
        let normalizer = TextNormalizer(traditionalToSimplified: table)
        #expect(!normalizer.keepsIdeographWidth && TextNormalizer.standard.keepsIdeographWidth)
        let patterns = ["😀", "x", "xa", "é", "a b", "钱", "货"].map {
            MultiPatternMatcher.Pattern(bytes: Array($0.utf8), wholeWord: $0 == "x")
        }
        let matcher = MultiPatternMatcher(patterns: patterns)
        var generator = SeededRandomNumberGenerator(seed: 77)
        let pieces = ["錢", "貨", "帳", "們", "a", "b", " ", "，", "钱", "货", "X"]
        var storage: [UInt8] = []
        var reported = 0
        for _ in 0..<400 {
            // Long runs of 錢 grow the text by a third: the buffer must still hold all of it.
            let text = (0..<Int.random(in: 0...80, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? "a" }.joined()
            let expected = twoPass(matcher, text, normalizer)
            let actual = onePass(matcher, text, storage: &storage, normalizer)
            #expect(actual.seen == expected.seen, "text: \(text.debugDescription)")
            #expect(actual.bytes == expected.bytes, "text: \(text.debugDescription)")
            reported += actual.seen.count
        }
        #expect(reported > 500)
        let many = String(repeating: "錢", count: 200)
        #expect(TextNormalizer.standard.normalizedBytes(of: many, into: &storage) == 600)
        #expect(normalizer.normalizedBytes(of: many, into: &storage) == 800)
    }

    @Test func malformedPatternsTakeTheTwoPassRoute() {
        let matcher = MultiPatternMatcher(patterns: [.init(bytes: [0xE9, 0x92], wholeWord: false),
                                                     .init(bytes: Array("货".utf8), wholeWord: false)])
        #expect(!matcher.matchesByCharacter)
        var storage: [UInt8] = []
        let text = "錢，貨 OK"
        #expect(onePass(matcher, text, storage: &storage).seen == twoPass(matcher, text).seen)
        #expect(onePass(matcher, text, storage: &storage).bytes == Array("钱 货 ok".utf8))
    }

    @Test func theBundledLexiconScoresTheSameInOnePass() throws {
        let lexicon = try ExcuseLexicon.bundled()
        var texts: [String] = []
        let directory = ExcuseEvaluationSetTests.directory
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".jsonl") && name.hasPrefix("excuses") {
            let source = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            texts += try ExcuseExample.parseJSONLines(source).map(\.text)
        }
        var generator = SeededRandomNumberGenerator(seed: 41)
        for _ in 0..<500 { texts.append(Self.randomText(&generator, maxPieces: 30)) }
        #expect(texts.count > 1_000)
        let count = lexicon.categories.count
        var storage: [UInt8] = []
        var differences = 0
        for text in texts {
            var expectedScores = [Float](repeating: 0, count: count), expectedNegated = [Bool](repeating: false, count: count)
            let bytes = TextNormalizer.standard.normalize(text).bytes
            bytes.withUnsafeBufferPointer { bytes in
                expectedScores.withUnsafeMutableBufferPointer { scores in
                    expectedNegated.withUnsafeMutableBufferPointer { negated in
                        if let scores = scores.baseAddress, let negated = negated.baseAddress {
                            lexicon.score(bytes, into: scores, negated: negated)
                        }
                    }
                }
            }
            var scores = [Float](repeating: 0, count: count), negated = [Bool](repeating: false, count: count)
            let length = scores.withUnsafeMutableBufferPointer { scores in
                negated.withUnsafeMutableBufferPointer { negated -> Int in
                    guard let scores = scores.baseAddress, let negated = negated.baseAddress else { return -1 }
                    return lexicon.score(normalizing: text, storage: &storage, into: scores, negated: negated)
                }
            }
            // Bit for bit: the same phrases added in the same order.
            if scores.map(\.bitPattern) != expectedScores.map(\.bitPattern) || negated != expectedNegated
                || Array(storage[0..<max(0, length)]) != bytes {
                differences += 1
            }
        }
        #expect(differences == 0)
    }
}
