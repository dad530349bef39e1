import CollectKit
/// How well a reviewer's flags agree with a labelled set, scored as the data README says:
/// micro precision, recall and F1 over all flags, per-flag counts, and the false-alarm rate
/// (the share of sound messages, `flags: []`, that got any flag).
///
/// A monoid: scores of shards ``merge(_:)`` into the score of the whole.
public struct MessageReviewScore: Hashable, Sendable {
    /// True positives, false positives and false negatives of one flag.
    public struct Counts: Hashable, Sendable {
        /// Raised and labelled.
        public var truePositives = 0
        /// Raised, not labelled.
        public var falsePositives = 0
        /// Labelled, not raised.
        public var falseNegatives = 0

        /// Zero counts.
        public init() {}

        /// TP / (TP + FP); 0 when nothing was raised.
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// TP / (TP + FN); 0 when nothing was labelled.
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }

        mutating func merge(_ other: Counts) {
            truePositives += other.truePositives
            falsePositives += other.falsePositives
            falseNegatives += other.falseNegatives
        }
    }

    /// Counts per flag (every flag labelled or raised).
    public private(set) var perFlag: [MessageFlag: Counts] = [:]
    /// Number of messages labelled `flags: []`.
    public private(set) var soundMessages = 0
    /// Of those, how many got any flag.
    public private(set) var falseAlarms = 0
    /// Number of messages scored.
    public private(set) var messages = 0

    /// An empty score.
    public init() {}

    /// Adds one message: the labelled flags and the flags a reviewer raised.
    public mutating func record(labelled: [MessageFlag], raised: [MessageFlag]) {
        messages += 1
        if labelled.isEmpty {
            soundMessages += 1
            if !raised.isEmpty { falseAlarms += 1 }
        }
        for flag in Set(labelled).union(raised) {
            var counts = perFlag[flag] ?? Counts()
            switch (labelled.contains(flag), raised.contains(flag)) {
            case (true, true): counts.truePositives += 1
            case (false, true): counts.falsePositives += 1
            case (true, false): counts.falseNegatives += 1
            case (false, false): break
            }
            perFlag[flag] = counts
        }
    }

    /// Combines the scores of two disjoint sets of messages.
    public mutating func merge(_ other: MessageReviewScore) {
        for (flag, counts) in other.perFlag { perFlag[flag, default: Counts()].merge(counts) }
        soundMessages += other.soundMessages
        falseAlarms += other.falseAlarms
        messages += other.messages
    }

    /// The counts summed over all flags.
    public var micro: Counts {
        var total = Counts()
        for counts in perFlag.values { total.merge(counts) }
        return total
    }

    /// Share of sound messages that got any flag; 0 when there are none.
    public var falseAlarmRate: Double { ratio(falseAlarms, soundMessages) }

    /// Scores `reviewer` on `examples`, each reviewed with its own ``LabelledMessage/context``.
    public static func evaluate(_ reviewer: some MessageReviewer, on examples: [LabelledMessage]) -> MessageReviewScore {
        var score = MessageReviewScore()
        for example in examples {
            score.record(labelled: example.flags, raised: reviewer.review(example.text, context: example.context).flags)
        }
        return score
    }

    /// One line per flag (`flag  P=0.xxx R=0.xxx F1=0.xxx tp=… fp=… fn=…`), in label order.
    public var perFlagLines: [String] {
        perFlag.keys.sorted().compactMap { flag in
            perFlag[flag].map { counts in
                "\(flag.rawValue)  P=\(Self.fixed3(counts.precision)) R=\(Self.fixed3(counts.recall)) "
                    + "F1=\(Self.fixed3(counts.f1)) tp=\(counts.truePositives) fp=\(counts.falsePositives) fn=\(counts.falseNegatives)"
            }
        }
    }

    /// Exactly `flags micro-F1=0.xxx false-alarm=0.xxx`.
    public var summaryLine: String {
        "flags micro-F1=\(Self.fixed3(micro.f1)) false-alarm=\(Self.fixed3(falseAlarmRate))"
    }

    /// Three decimals, rounded half up, without Foundation's locale-dependent formatting.
    static func fixed3(_ value: Double) -> String {
        let thousandths = Int((max(0, value) * 1000).rounded())
        let whole = thousandths / 1000, fraction = thousandths % 1000
        let digits = String(fraction)
        return "\(whole)." + String(repeating: "0", count: 3 - digits.count) + digits
    }
}

private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
    denominator == 0 ? 0 : Double(numerator) / Double(denominator)
}
