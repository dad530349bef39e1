import CollectKit
import Foundation

/// One labelled utterance from a JSON Lines data set (`excuses-dev.jsonl` format).
public struct ExcuseExample: Sendable, Hashable, Codable {
    /// Unique within its file.
    public var id: String
    /// `zh` or `en`.
    public var lang: String
    /// What the customer said.
    public var text: String
    /// The main category.
    public var label: ExcuseCategory
    /// Other categories also fairly present; predicting one of them is not wrong.
    public var also: [ExcuseCategory]?

    /// A labelled example.
    public init(id: String, lang: String, text: String, label: ExcuseCategory, also: [ExcuseCategory]? = nil) {
        self.id = id
        self.lang = lang
        self.text = text
        self.label = label
        self.also = also
    }

    /// The categories counted correct for this example: the label and `also`.
    public var acceptable: Set<ExcuseCategory> { Set([label] + (also ?? [])) }

    /// Parses JSON Lines; blank lines are skipped and unknown fields ignored.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming the first malformed line.
    public static func parseJSONLines(_ text: String) throws(CollectKitError) -> [ExcuseExample] {
        let decoder = JSONDecoder()
        var examples: [ExcuseExample] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            do {
                examples.append(try decoder.decode(ExcuseExample.self, from: Data(line.utf8)))
            } catch {
                throw CollectKitError(kind: .invalidData, field: "line \(lineNumber)", value: String(line),
                                      reason: "expected an object with id, lang, text and label")
            }
        }
        return examples
    }
}
