import Testing
@testable import CollectKit

@Suite struct PromiseOutcomesTests {
    @Test func strictAndWeightedWorkedExample() throws {
        // 6 kept (1000‰), 2 half paid (500‰), 2 broken (0‰):
        // strict 6 ÷ 10 = 60%; weighted (6,000 + 1,000 + 0) ÷ 10 = 700‰ = 70%.
        let fractions = [1000, 1000, 1000, 1000, 1000, 1000, 500, 500, 0, 0]
        let outcomes = try PromiseOutcomes(fulfilmentPerMille: fractions)
        #expect(outcomes.resolvedCount == 10)
        #expect(try outcomes.strictKeptPercent() == 60)
        #expect(try outcomes.weightedKeptPercent() == 70)
        let fromCounts = try PromiseOutcomes(kept: 6, broken: 2, partialPerMille: [500, 500])
        #expect(fromCounts == outcomes)
    }

    @Test func mergingAddsCounts() throws {
        let a = try PromiseOutcomes(kept: 1, broken: 1)
        let b = try PromiseOutcomes(fulfilmentPerMille: [250])
        let merged = try a.merging(b)
        #expect(merged.resolvedCount == 3)
        #expect(merged.keptCount == 1)
        #expect(merged.fulfilmentPerMilleSum == 1250)
        #expect(try merged.merging(.empty) == merged)
        #expect(abs(try merged.weightedKeptPercent() - 125.0 / 3) < 1e-12)
    }

    @Test func badInputsAreTypedErrors() {
        #expect(metricsErrorKind { try PromiseOutcomes.empty.strictKeptPercent() } == .undefinedMetric)
        #expect(metricsErrorKind { try PromiseOutcomes.empty.weightedKeptPercent() } == .undefinedMetric)
        #expect(metricsErrorKind { try PromiseOutcomes(kept: -1, broken: 0) } == .invalidArgument)
        #expect(metricsErrorKind { try PromiseOutcomes(kept: Int.max / 1000, broken: Int.max) } == .overflow)
        #expect(metricsErrorKind { try PromiseOutcomes(kept: Int.max, broken: 0) } == .overflow)
        #expect(metricsErrorKind { try PromiseOutcomes(kept: 1, broken: 0, partialPerMille: [1000]) } == .invalidArgument)
        do { _ = try PromiseOutcomes(fulfilmentPerMille: [1000, 1001]); Issue.record("no error") } catch {
            #expect(error.kind == .invalidArgument)
            #expect(error.field == "fulfilmentPerMille[1]")
            #expect(error.value == "1001")
        }
    }
}
