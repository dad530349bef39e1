// swift-tools-version: 6.1
// CollectKit's benchmarks: a separate package so the library itself keeps no dependencies.
// Run from this folder: swift package --disable-sandbox benchmark
import PackageDescription

let package = Package(
    name: "CollectKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "CollectKit", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "AgingBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CollectKit", package: "CollectKit"),
                .product(name: "CollectKitTesting", package: "CollectKit"),
            ],
            path: "Benchmarks/AgingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "TextBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CollectKit", package: "CollectKit"),
            ],
            path: "Benchmarks/TextBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "PromiseBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CollectKit", package: "CollectKit"),
                .product(name: "CollectKitTesting", package: "CollectKit"),
            ],
            path: "Benchmarks/PromiseBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "WorklistBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CollectKit", package: "CollectKit"),
                .product(name: "CollectKitTesting", package: "CollectKit"),
            ],
            path: "Benchmarks/WorklistBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
