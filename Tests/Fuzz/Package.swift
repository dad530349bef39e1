// swift-tools-version: 6.0
// libFuzzer harnesses for CollectKit. A separate package so the library keeps no dependencies
// and its own build never sees the fuzzing flags. Build and run with ./run-fuzzers.sh.
import PackageDescription

let targets = [
    "FuzzAmountParsing",
    "FuzzPortfolioDocument",
    "FuzzPortfolioCSV",
    "FuzzCollectionSnapshot",
    "FuzzBinarySnapshot",
    "FuzzExcuseClassifier",
    "FuzzMessageReview",
]

let package = Package(
    name: "CollectKitFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "CollectKit", path: "../..")],
    targets: [
        .target(name: "FuzzDriver", path: "Sources/FuzzDriver"),
        .target(name: "FuzzSupport", path: "Sources/FuzzSupport"),
    ] + targets.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzDriver", "FuzzSupport", .product(name: "CollectKit", package: "CollectKit")],
            path: "Sources/\(name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    },
    swiftLanguageModes: [.v6]
)
