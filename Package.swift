// swift-tools-version: 6.0
// CollectKit: an embeddable collections engine for CRM and ERP systems.
// The library has no package dependencies; benchmarks live in their own package under Benchmarks/.
import PackageDescription

let package = Package(
    name: "CollectKit",
    defaultLocalization: "en",
    platforms: [
        .macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1),
    ],
    products: [
        .library(name: "CollectKit", targets: ["CollectKit"]),
        .library(name: "CollectKitTesting", targets: ["CollectKitTesting"]),
        .library(name: "CollectKitTraining", targets: ["CollectKitTraining"]),
        .executable(name: "collect-desk", targets: ["CollectDesk"]),
        .executable(name: "excuse-triage", targets: ["ExcuseTriage"]),
        .executable(name: "policy-extension", targets: ["PolicyExtension"]),
    ],
    dependencies: [],
    targets: [
        .target(
            name: "CollectKit",
            resources: [.copy("Resources")]
        ),
        .target(
            name: "CollectKitTesting",
            dependencies: ["CollectKit"]
        ),
        .target(
            name: "CollectKitTraining",
            dependencies: ["CollectKit"]
        ),
        .executableTarget(
            name: "CollectDesk",
            dependencies: ["CollectKit", "CollectKitTesting"],
            path: "Examples/CollectDesk",
            exclude: ["SampleGenerator"],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "ExcuseTriage",
            dependencies: ["CollectKit", "CollectKitTraining"],
            path: "Examples/ExcuseTriage"
        ),
        .target(
            name: "BuildingMaterials",
            dependencies: ["CollectKit"],
            path: "Examples/PolicyExtension/Sources/BuildingMaterials"
        ),
        .executableTarget(
            name: "PolicyExtension",
            dependencies: ["BuildingMaterials", "CollectKit"],
            path: "Examples/PolicyExtension/Sources/PolicyExtension"
        ),
        .testTarget(
            name: "BuildingMaterialsTests",
            dependencies: ["BuildingMaterials", "CollectKit", "CollectKitTesting"],
            path: "Examples/PolicyExtension/Tests/BuildingMaterialsTests"
        ),
        .testTarget(
            name: "CollectKitTests",
            dependencies: ["CollectKit", "CollectKitTesting", "CollectKitTraining"]
        ),
        .testTarget(
            name: "ExamplesTests",
            dependencies: ["CollectKit", "CollectDesk", "ExcuseTriage"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
