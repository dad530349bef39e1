import Foundation

/// The counts a naive Bayes excuse classifier learns: how often each hashed n-gram occurs
/// under each category. Counts, not probabilities, are stored, so a model can keep learning
/// and the file stays small (only non-zero counts are written).
public struct NaiveBayesExcuseModel: Sendable, Hashable {
    /// The categories, in model order.
    public private(set) var categories: [ExcuseCategory]
    /// log2 of the number of hash buckets.
    public let bucketBits: Int
    /// Training utterances per category.
    public private(set) var documentCounts: [Int]
    /// n-gram occurrences per category.
    public private(set) var featureTotals: [Int]
    /// Non-zero counts keyed by `bucket << 8 | categoryIndex`.
    var counts: [UInt32: UInt32]

    /// An empty model over `categories` with 2^`bucketBits` buckets (clamped to 10…20).
    public init(categories: [ExcuseCategory], bucketBits: Int = 16) {
        self.categories = categories
        self.bucketBits = min(20, max(10, bucketBits))
        self.documentCounts = Array(repeating: 0, count: categories.count)
        self.featureTotals = Array(repeating: 0, count: categories.count)
        self.counts = [:]
    }

    /// Counts the n-grams of `text` under `category`, adding the category if it is new.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` beyond 255 categories.
    public mutating func learn(_ text: String, as category: ExcuseCategory,
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
    public static func trained(on examples: some Sequence<ExcuseExample>, bucketBits: Int = 16) throws(CollectKitError) -> NaiveBayesExcuseModel {
        var model = NaiveBayesExcuseModel(categories: ExcuseCategory.builtIn, bucketBits: bucketBits)
        for example in examples { try model.learn(example.text, as: example.label) }
        return model
    }

    // MARK: Compact binary format

    private static let magic: [UInt8] = Array("CKNB1\n".utf8)

    /// The model in CollectKit's compact little-endian format: a header, the category labels,
    /// per-category totals, then one (bucket·category, count) pair per non-zero count.
    public func serialized() -> Data {
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

    /// Reads a model written by ``serialized()``.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` for a truncated or foreign file.
    public init(serialized data: Data) throws(CollectKitError) {
        let bytes = [UInt8](data)
        var position = 0
        func fail(_ reason: String) -> CollectKitError {
            CollectKitError(kind: .invalidData, field: "model", value: "\(bytes.count) bytes at offset \(position)", reason: reason)
        }
        func u32() throws(CollectKitError) -> UInt32 {
            guard position + 4 <= bytes.count else { throw fail("the model file is truncated") }
            let value = UInt32(bytes[position]) | UInt32(bytes[position + 1]) << 8
                | UInt32(bytes[position + 2]) << 16 | UInt32(bytes[position + 3]) << 24
            position += 4
            return value
        }
        guard bytes.count >= Self.magic.count, Array(bytes[0..<Self.magic.count]) == Self.magic else {
            throw fail("not a CollectKit naive Bayes model")
        }
        position = Self.magic.count
        let bits = Int(try u32())
        guard (10...20).contains(bits) else { throw fail("bucket bits \(bits) outside 10…20") }
        let categoryCount = Int(try u32())
        guard categoryCount <= 255 else { throw fail("more than 255 categories") }
        var categories: [ExcuseCategory] = []
        var documents: [Int] = [], totals: [Int] = []
        for _ in 0..<categoryCount {
            let length = Int(try u32())
            guard length <= 256, position + length <= bytes.count else { throw fail("a category label is truncated") }
            categories.append(ExcuseCategory(rawValue: String(decoding: bytes[position..<position + length], as: UTF8.self)))
            position += length
            documents.append(Int(try u32()))
            totals.append(Int(try u32()))
        }
        let pairs = Int(try u32())
        guard pairs <= (bytes.count - position) / 8 else { throw fail("the count table is truncated") }
        var counts: [UInt32: UInt32] = [:]
        counts.reserveCapacity(pairs)
        for _ in 0..<pairs {
            let key = try u32()
            let count = try u32()
            guard Int(key >> 8) < (1 << bits), Int(key & 0xFF) < categoryCount else { throw fail("a count is out of range") }
            counts[key] = count
        }
        self.categories = categories
        self.bucketBits = bits
        self.documentCounts = documents
        self.featureTotals = totals
        self.counts = counts
    }
}
