import Testing

@Suite struct CollectDeskExampleTests {
    @Test func runsOnTheBundledSamplePortfolio() throws {
        let output = try ExampleRunner.run("collect-desk")
        #expect(output.status == 0)
        #expect(!output.stdout.isEmpty)
    }
}
