/// Classifies excuses with multinomial naive Bayes over hashed n-grams (character 1–3-grams
/// for Chinese, word 1–2-grams and in-word character 4-grams for English): covers phrasings no lexicon lists.
package struct NaiveBayesExcuseClassifier: ExcuseClassifier {
    /// The categories, in model order.
    package let categories: [ExcuseCategory]
    let normalizer: TextNormalizer
    let mask: Int
    let stride: Int
    /// Per bucket: its row in `table` (0 is the all-zero row of buckets never seen in training).
    /// Rows exist only for seen buckets, so the working set stays a few hundred kilobytes.
    let rowOf: [UInt32]
    /// Per row, per category: log(1 + count / alpha), the gain over an unseen n-gram.
    let table: [Float]
    /// Per category: the log-probability of an unseen n-gram.
    let unseen: [Float]
    let logPrior: [Float]

    /// A classifier from trained counts; `alpha` is the additive smoothing.
    package init(model: NaiveBayesExcuseModel, alpha: Double = 0.2, normalizer: TextNormalizer = .standard) {
        let count = model.categories.count
        let alpha = alpha > 0 && alpha.isFinite ? alpha : 0.2
        categories = model.categories
        self.normalizer = normalizer
        mask = (1 << model.bucketBits) - 1
        // Rows of 16 floats load as one SIMD vector; larger models use plain rows.
        let stride = count <= 16 ? 16 : count
        self.stride = stride
        var rowOf = [UInt32](repeating: 0, count: 1 << model.bucketBits)
        var rows = 1
        for key in model.counts.keys {
            let bucket = Int(key >> 8)
            if rowOf[bucket] == 0 { rowOf[bucket] = UInt32(rows); rows += 1 }
        }
        var table = [Float](repeating: 0, count: rows * stride)
        for (key, value) in model.counts {
            let bucket = Int(key >> 8), category = Int(key & 0xFF)
            if category < count { table[Int(rowOf[bucket]) * stride + category] = Float(log1p(Double(value) / alpha)) }
        }
        self.rowOf = rowOf
        self.table = table
        let vocabulary = Double(1 << model.bucketBits)
        unseen = (0..<count).map { Float(log(alpha / (Double(model.featureTotals[$0]) + alpha * vocabulary))) }
        let documents = Double(max(1, model.documentCounts.reduce(0, +)))
        logPrior = (0..<count).map { Float(log((Double(model.documentCounts[$0]) + 1) / (documents + Double(count)))) }
    }

    /// The classifier with the model trained on CollectKit's development set.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` if the bundled model is missing or damaged.
    package static func bundled() throws(CollectKitError) -> NaiveBayesExcuseClassifier {
        let data = try BundledResource.data(named: "excuse-naive-bayes", extension: "model")
        return NaiveBayesExcuseClassifier(model: try NaiveBayesExcuseModel(serialized: data))
    }

    /// Writes per-category log-likelihoods, averaged per n-gram, into `scores`.
    @inline(__always)
    func score(_ bytes: UnsafeBufferPointer<UInt8>, into scores: UnsafeMutableBufferPointer<Float>) {
        let count = categories.count
        var features = 0
        for index in 0..<count { scores[index] = 0 }
        rowOf.withUnsafeBufferPointer { rowOf in
            table.withUnsafeBufferPointer { table in
                guard let base = table.baseAddress, let out = scores.baseAddress else { return }
                let mask = self.mask, stride = self.stride
                if stride == 16 {
                    var sum = SIMD16<Float>()
                    let raw = UnsafeRawPointer(base)
                    ExcuseFeatures.forEachHash(in: bytes) { hash in
                        let offset = Int(rowOf[Int(truncatingIfNeeded: hash) & mask]) &* 64
                        sum += raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
                        features &+= 1
                    }
                    for index in 0..<count { out[index] = sum[index] }
                } else {
                    ExcuseFeatures.forEachHash(in: bytes) { hash in
                        let row = base + Int(rowOf[Int(truncatingIfNeeded: hash) & mask]) &* stride
                        for index in 0..<count { out[index] += row[index] }
                        features &+= 1
                    }
                }
            }
        }
        // Normalise by length so the scale does not grow with the text; keeps the ensemble stable.
        let scale = 1 / Float(max(1, features)).squareRoot()
        for index in 0..<count {
            scores[index] = (scores[index] + Float(features) * unseen[index]) * scale + logPrior[index]
        }
    }

    /// The most likely category of `text`, reusing `buffer`.
    package func topCategory(of text: String, buffer: inout ExcuseScoringBuffer) -> ExcuseClassification.RankedCategory {
        buffer.prepare(lexicon: 0, bayes: categories.count, combined: 0)
        buffer.withNormalized(text, normalizer) { bytes, buffer in
            buffer.bayes.withUnsafeMutableBufferPointer { score(bytes, into: $0) }
        }
        let (index, confidence) = buffer.bayes.withUnsafeBufferPointer { ExcuseRanking.top($0) }
        return .init(category: categories[index], confidence: BasisPoints(fraction: Double(confidence)))
    }

    /// The ranking of `text`; naive Bayes gives no word-level evidence.
    package func classify(_ text: String) -> ExcuseClassification {
        guard !categories.isEmpty else { return .notAnExcuse }
        let normalized = normalizer.normalize(text)
        var scores = [Float](repeating: 0, count: categories.count)
        normalized.bytes.withUnsafeBufferPointer { bytes in
            scores.withUnsafeMutableBufferPointer { score(bytes, into: $0) }
        }
        guard !normalized.bytes.isEmpty else { return .notAnExcuse }
        return ExcuseClassification(ranking: ExcuseRanking.ranked(scores, categories: categories))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
