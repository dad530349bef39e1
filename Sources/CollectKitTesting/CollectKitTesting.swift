import CollectKit

/// Test doubles, fixtures and conformance checks for people who extend CollectKit.
///
/// Import it from a test target (`.product(name: "CollectKitTesting", package: "CollectKit")`).
public enum CollectKitTesting {}
