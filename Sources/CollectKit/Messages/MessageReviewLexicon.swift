import Foundation

/// The phrase lists the standard reviewer is built from, read from tab-separated lines of
/// `role<TAB>phrase` (blank lines and `#` comments ignored).
struct MessageReviewLexicon: Hashable, Sendable {
    /// The phrases, in file order.
    var phrases: [MessageReviewPhrase]

    /// A lexicon of exactly these phrases.
    init(phrases: [MessageReviewPhrase]) { self.phrases = phrases }

    /// Parses lexicon text.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming the line that is not `role<TAB>phrase`,
    ///   or ``CollectKitError/Kind/invalidArgument`` for an unknown role.
    init(tsv: String, source: String = "lexicon") throws(CollectKitError) {
        var phrases: [MessageReviewPhrase] = []
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 2, !columns[1].isEmpty else {
                throw CollectKitError(kind: .invalidData, field: "\(source):\(lineNumber)", value: String(trimmed),
                                      reason: "expected role<TAB>phrase")
            }
            phrases.append(MessageReviewPhrase(String(columns[1]), role: try .init(code: String(columns[0]))))
        }
        self.phrases = phrases
    }

    /// The built-in Chinese and English lexicons shipped in the package's resources.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` if a resource file is missing or malformed.
    static func builtIn() throws(CollectKitError) -> MessageReviewLexicon {
        var phrases: [MessageReviewPhrase] = []
        for name in ["message-review-zh", "message-review-en"] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources")
                    ?? Bundle.module.url(forResource: name, withExtension: "tsv") else {
                throw CollectKitError(kind: .invalidData, field: "resource", value: "\(name).tsv",
                                      reason: "the built-in message review lexicon is missing from the bundle")
            }
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw CollectKitError(kind: .invalidData, field: "resource", value: "\(name).tsv",
                                      reason: "the built-in message review lexicon cannot be read: \(error.localizedDescription)")
            }
            phrases += try MessageReviewLexicon(tsv: String(decoding: data, as: UTF8.self), source: name).phrases
        }
        return MessageReviewLexicon(phrases: phrases)
    }
}
