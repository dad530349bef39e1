import Testing
import CollectKit

/// Inputs the libFuzzer harnesses (Tests/Fuzz) found crashing, kept as regression tests.
@Suite struct FuzzRegressionTests {
    /// FuzzExcuseClassifier, first minute: a context with `kept: Int.max` and any `broken`
    /// overflowed `kept + broken` in the promise record's kept rate.
    @Test func keptRateOfHugeCountsDoesNotTrap() throws {
        let record = PromiseRecord(kept: .max, broken: .max)
        #expect(record.keptRate == 10_000)   // the settled count saturates at Int.max
        #expect(PromiseRecord(kept: .max, broken: 0).keptRate == .whole)
        var negative = PromiseRecord(kept: 3, broken: 1)
        negative.kept = -7
        #expect(negative.keptRate == 0)
        let classifier = try StandardExcuseClassifier.bundled()
        let assessment = classifier.assess("最近资金紧张,下个月再付", context: ExcuseContext(promiseRecord: record))
        #expect(assessment.category == .cashFlowTight)
    }

    /// Found with the same input shape: open complaints and returns of `Int.max` overflowed
    /// their sum when weighing a quality excuse; the sum now saturates.
    @Test func complaintCountsOfIntMaxDoNotTrap() throws {
        let classifier = try StandardExcuseClassifier.bundled()
        let context = ExcuseContext(openQualityComplaints: .max, openReturns: .max)
        let assessment = classifier.assess("货有质量问题,退货还没处理完", context: context)
        #expect(assessment.category == .productQuality)
        #expect(assessment.credibilityReasons.map(\.english).contains("\(Int.max) open quality complaints or returns on record"))
    }

    /// The committed crash input itself (32 bytes: 8 context bytes, then text), run through
    /// the same mapping the harness uses.
    @Test func theCommittedCrashInputAssessesCleanly() throws {
        let bytes: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x8C,
                              0xC0, 0xB4, 0x03, 0x00, 0x02, 0x1E, 0xA7, 0x01, 0xFF, 0x09, 0xA7, 0xE8, 0x08, 0xB8, 0x48, 0x48]
        let numbers = bytes.prefix(8).map { $0 == 0xFF ? Int.max : $0 == 0xFE ? Int.min : $0 == 0xFD ? -1 : Int($0) }
        let text = String(decoding: bytes.dropFirst(8), as: UTF8.self)
        let context = ExcuseContext(
            promiseRecord: .init(kept: numbers[0], broken: numbers[1]),
            recentOrderTotal: Money(minorUnits: Int64(numbers[3]), currency: .cny), recentOrderCount: numbers[2], recentPeriodDays: numbers[4],
            stockDays: numbers[5], regionalStockDays: numbers[6], openQualityComplaints: numbers[7])
        let classifier = try StandardExcuseClassifier.bundled()
        let assessment = classifier.assess(text, context: context)
        #expect((0...10_000).contains(assessment.confidence.value))
    }
}
