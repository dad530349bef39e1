import Foundation

/// Weighted phrases that point to excuse categories, and the negation cues that turn them
/// around, compiled into one ``MultiPatternMatcher``.
///
/// Lexicon files are tab-separated: `category<TAB>weight<TAB>phrase`, one entry a line,
/// `#` starts a comment. A negative weight marks a phrase that argues against the category
/// ("质量没问题"). The pseudo-category `@negation` lists cues ("不是", "not about") that
/// negate a category phrase starting shortly after them in the same clause. Phrases are
/// normalised like the text (width, case, traditional characters, punctuation), and ASCII
/// phrases match whole words only unless they end in `*`.
struct ExcuseLexicon: Sendable {
    /// The categories the lexicon knows, in first-seen order.
    let categories: [ExcuseCategory]
    /// The number of category phrases (negation cues excluded).
    let phraseCount: Int

    let matcher: MultiPatternMatcher
    /// What one pattern means: kept together so a match reads one cache line, not two.
    struct PhraseMeaning {
        /// Category index, or -1 for a negation cue.
        let category: Int32
        let weight: Float
    }
    /// Per pattern, its category and weight.
    let patternMeaning: [PhraseMeaning]
    let normalizer: TextNormalizer

    /// How far after a negation cue (in normalised bytes) a phrase still counts as negated.
    static let negationWindow = 24

    /// Parses lexicon `sources` (TSV text, see the type's documentation), in order.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming the line that is malformed.
    init(tsv sources: [String], normalizer: TextNormalizer = .standard) throws(CollectKitError) {
        var categories: [ExcuseCategory] = []
        var indexOf: [ExcuseCategory: Int] = [:]
        var patterns: [MultiPatternMatcher.Pattern] = []
        var patternCategory: [Int32] = []
        var patternWeight: [Float] = []
        var phrases = 0
        var storage: [UInt8] = []
        for source in sources {
            var lineNumber = 0
            // Byte-level parsing: thousands of lines must load in a few milliseconds.
            for rawLine in source.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
                lineNumber += 1
                let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
                if line.isEmpty || line.first == 0x23 { continue } // '#'
                let fields = line.split(separator: 0x09, maxSplits: 2, omittingEmptySubsequences: false)
                func text(_ bytes: Substring.UTF8View.SubSequence) -> String {
                    String(decoding: bytes.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed(), as: UTF8.self)
                }
                func malformed(_ reason: String) -> CollectKitError {
                    CollectKitError(kind: .invalidData, field: "lexicon line \(lineNumber)",
                                    value: String(decoding: line, as: UTF8.self), reason: reason)
                }
                guard fields.count == 3, let weight = Float(text(fields[1])), weight.isFinite else {
                    throw malformed("expected category<TAB>weight<TAB>phrase")
                }
                let label = text(fields[0])
                var phrase = text(fields[2])
                var wholeWord = phrase.utf8.allSatisfy { $0 < 0x80 }
                if phrase.utf8.last == 0x2A { phrase.removeLast(); wholeWord = false } // '*'
                let length = normalizer.normalizedBytes(of: phrase, into: &storage)
                guard length > 0, !label.isEmpty else {
                    throw malformed("the category and the phrase must not be empty")
                }
                patterns.append(.init(bytes: Array(storage[0..<length]), wholeWord: wholeWord))
                patternWeight.append(weight)
                if label == "@negation" {
                    patternCategory.append(-1)
                } else {
                    let category = ExcuseCategory(rawValue: label)
                    let index: Int
                    if let known = indexOf[category] { index = known } else {
                        index = categories.count
                        categories.append(category)
                        indexOf[category] = index
                    }
                    patternCategory.append(Int32(index))
                    phrases += 1
                }
            }
        }
        self.categories = categories
        self.phraseCount = phrases
        self.matcher = MultiPatternMatcher(patterns: patterns)
        self.patternMeaning = zip(patternCategory, patternWeight).map { PhraseMeaning(category: $0, weight: $1) }
        self.normalizer = normalizer
    }

    /// CollectKit's bundled Chinese and English lexicons.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` if the bundled resources are missing
    ///   or malformed (a packaging defect).
    static func bundled() throws(CollectKitError) -> ExcuseLexicon {
        var sources: [String] = []
        for name in ["excuse-lexicon-zh", "excuse-lexicon-en"] {
            sources.append(try BundledResource.text(named: name, extension: "tsv"))
        }
        return try ExcuseLexicon(tsv: sources)
    }

    /// Adds each phrase's weight to `scores` (indexed like ``categories``) and reports each
    /// match to `evidence`. Negated phrases subtract instead and set `negated[category]`.
    ///
    /// - Complexity: O(n + matches) in the normalised length.
    @inline(__always)
    func score(_ bytes: UnsafeBufferPointer<UInt8>, into scores: UnsafeMutablePointer<Float>,
               negated: UnsafeMutablePointer<Bool>,
               evidence: ((Int, Range<Int>, Bool) -> Void)? = nil) {
        var scope = NegationScope()
        patternMeaning.withUnsafeBufferPointer { meanings in
            matcher.scan(bytes) { match in
                Self.apply(match, in: bytes, meanings: meanings, scope: &scope, scores: scores, negated: negated,
                           evidence: evidence)
            }
        }
    }

    /// Normalises `text` into `storage` and scores it like ``score(_:into:negated:evidence:)``
    /// in the same pass (the fast path for many utterances); returns the normalised length.
    @inline(__always)
    func score(normalizing text: String, storage: inout [UInt8], into scores: UnsafeMutablePointer<Float>,
               negated: UnsafeMutablePointer<Bool>) -> Int {
        var scope = NegationScope()
        // The closures capture buffers, never `self`: copying the lexicon into a closure
        // context costs a reference count per array, several times per utterance.
        return patternMeaning.withUnsafeBufferPointer { meanings in
            matcher.forEachMatch(normalizing: text, with: normalizer, into: &storage) { match, written in
                Self.apply(match, in: written, meanings: meanings, scope: &scope, scores: scores, negated: negated,
                           evidence: nil)
            }
        }
    }

    /// Adds one match's weight, turned around when a negation cue reaches it.
    @inline(__always)
    private static func apply(_ match: MultiPatternMatcher.Match, in bytes: UnsafeBufferPointer<UInt8>,
                              meanings: UnsafeBufferPointer<PhraseMeaning>,
                              scope: inout NegationScope, scores: UnsafeMutablePointer<Float>,
                              negated: UnsafeMutablePointer<Bool>, evidence: ((Int, Range<Int>, Bool) -> Void)?) {
        let meaning = meanings[match.patternIndex]
        let category = Int(meaning.category)
        if category < 0 {
            scope.cue(endingAt: match.byteRange.upperBound)
            return
        }
        let isNegated = scope.negates(match.byteRange, in: bytes)
        let weight = meaning.weight
        if isNegated, weight > 0 {
            scores[category] -= weight
            negated[category] = true
        } else {
            scores[category] += weight
        }
        evidence?(category, match.byteRange, isNegated)
    }
}
