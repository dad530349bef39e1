import Foundation

/// The counts a naive Bayes excuse classifier learns: how often each hashed n-gram occurs
/// under each category. Counts, not probabilities, are stored, so a model can keep learning
/// and the file stays small (only non-zero counts are written).
package struct NaiveBayesExcuseModel: Sendable, Hashable {
    /// The categories, in model order.
    package var categories: [ExcuseCategory]
    /// log2 of the number of hash buckets.
    package let bucketBits: Int
    /// Training utterances per category.
    package var documentCounts: [Int]
    /// n-gram occurrences per category.
    package var featureTotals: [Int]
    /// Non-zero counts keyed by `bucket << 8 | categoryIndex`.
    package var counts: [UInt32: UInt32]

    /// An empty model over `categories` with 2^`bucketBits` buckets (clamped to 10…20).
    package init(categories: [ExcuseCategory], bucketBits: Int = 16) {
        self.categories = categories
        self.bucketBits = min(20, max(10, bucketBits))
        self.documentCounts = Array(repeating: 0, count: categories.count)
        self.featureTotals = Array(repeating: 0, count: categories.count)
        self.counts = [:]
    }

    // MARK: Compact binary format

    package static let magic: [UInt8] = Array("CKNB1\n".utf8)

    /// Reads a model written by `CollectKitTraining`.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` for a truncated or foreign file.
    package init(serialized data: Data) throws(CollectKitError) {
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
