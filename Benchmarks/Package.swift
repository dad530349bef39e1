// swift-tools-version: 6.1
// CollectKit's benchmarks: a separate package so the library itself keeps no dependencies.
// Run from this folder: swift package --disable-sandbox benchmark
import PackageDescription

/// One benchmark executable per area; each lives in Benchmarks/<Name>/. Every benchmark
/// drives CollectKit's public API, the engine's own path.
func benchmarkTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            "BenchmarkSupport",
            .product(name: "Benchmark", package: "benchmark"),
            .product(name: "CollectKit", package: "CollectKit"),
            .product(name: "CollectKitTesting", package: "CollectKit"),
        ],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "CollectKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "CollectKit", path: ".."),
    ],
    targets: [
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                .product(name: "CollectKit", package: "CollectKit"),
                .product(name: "CollectKitTesting", package: "CollectKit"),
            ],
            path: "Benchmarks/BenchmarkSupport"
        ),
        .executableTarget(
            name: "aging-comparison",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "CollectKit", package: "CollectKit"),
                .product(name: "CollectKitTesting", package: "CollectKit"),
            ],
            path: "Tools/AgingComparison"
        ),
    ] + ["EngineBenchmarks", "AgingBenchmarks", "TextBenchmarks", "PromiseBenchmarks", "WorklistBenchmarks"].map(benchmarkTarget),
    swiftLanguageModes: [.v6]
)
