import CollectKit
import Foundation

/// Training lives here, not in `CollectKit`: an app that only classifies never links it.
extension NaiveBayesExcuseModel {
    /// Counts the n-grams of `text` under `category`, adding the category if it is new.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` beyond 255 categories.
    package mutating func learn(_ text: String, as category: ExcuseCategory,
                               normalizer: TextNormalizer = .standard) throws(CollectKitError) {
        let index: Int
        if let known = categories.firstIndex(of: category) { index = known } else {
            guard categories.count < 255 else {
                throw .invalidArgument(field: "category", value: category.rawValue, reason: "a model holds at most 255 categories")
            }
            index = categories.count
            categories.append(category)
            documentCounts.append(0)
            featureTotals.append(0)
        }
        let normalized = normalizer.normalize(text)
        let mask = UInt64((1 << bucketBits) - 1)
        var added = 0
        var local = counts
        counts = [:]
        normalized.bytes.withUnsafeBufferPointer { buffer in
            ExcuseFeatures.forEachHash(in: buffer) { hash in
                let key = UInt32(hash & mask) << 8 | UInt32(index)
                local[key, default: 0] &+= 1
                added += 1
            }
        }
        counts = local
        documentCounts[index] += 1
        featureTotals[index] += added
    }

    /// A model trained on `examples` (each counted under its main label).
    package static func trained(on examples: some Sequence<ExcuseExample>, bucketBits: Int = 16) throws(CollectKitError) -> NaiveBayesExcuseModel {
        var model = NaiveBayesExcuseModel(categories: ExcuseCategory.builtIn, bucketBits: bucketBits)
        for example in examples { try model.learn(example.text, as: example.label) }
        return model
    }

    /// The model in CollectKit's compact little-endian format: a header, the category labels,
    /// per-category totals, then one (bucket·category, count) pair per non-zero count.
    package func serialized() -> Data {
        var out = Data(Self.magic)
        func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        u32(UInt32(bucketBits))
        u32(UInt32(categories.count))
        for (index, category) in categories.enumerated() {
            let label = Array(category.rawValue.utf8)
            u32(UInt32(label.count))
            out.append(contentsOf: label)
            u32(UInt32(clamping: documentCounts[index]))
            u32(UInt32(clamping: featureTotals[index]))
        }
        u32(UInt32(counts.count))
        for key in counts.keys.sorted() {
            u32(key)
            u32(counts[key] ?? 0)
        }
        return out
    }

}

/// Trains the naive Bayes half of ``StandardExcuseClassifier`` on a host's own labelled
/// utterances, for a trade whose customers phrase excuses in ways the bundled model has not
/// seen.
///
/// ```swift
/// let examples = try ExcuseExample.parseJSONLines(String(decoding: data, as: UTF8.self))
/// let model = try ExcuseModelTraining.train(on: examples)
/// let classifier = try StandardExcuseClassifier(model: model)
/// ```
public enum ExcuseModelTraining {
    /// A model trained on `examples`, each counted under its main label, in the format
    /// ``StandardExcuseClassifier/init(model:bayesWeight:)`` reads.
    ///
    /// - Parameters:
    ///   - examples: Labelled utterances; the built-in categories are always present, and
    ///     other labels become new categories.
    ///   - bucketBits: log2 of the number of hash buckets (clamped to 10…20); 16 suits a few
    ///     thousand examples.
    /// - Returns: The serialized model.
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` beyond 255 categories.
    /// - Complexity: O(total length of the examples).
    public static func train(on examples: some Sequence<ExcuseExample>, bucketBits: Int = 16) throws(CollectKitError) -> Data {
        try NaiveBayesExcuseModel.trained(on: examples, bucketBits: bucketBits).serialized()
    }
}
