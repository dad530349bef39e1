import Foundation

/// Reads CollectKit's bundled resource files (lexicons, the shipped model).
enum BundledResource {
    static func url(named name: String, extension ext: String) throws(CollectKitError) -> URL {
        let bundle = Bundle.module
        if let url = bundle.url(forResource: name, withExtension: ext, subdirectory: "Resources")
            ?? bundle.url(forResource: name, withExtension: ext) {
            return url
        }
        throw CollectKitError(kind: .invalidData, field: "resource", value: "\(name).\(ext)",
                              reason: "the bundled resource is missing from CollectKit's bundle")
    }

    static func data(named name: String, extension ext: String) throws(CollectKitError) -> Data {
        let url = try url(named: name, extension: ext)
        do { return try Data(contentsOf: url) } catch {
            throw CollectKitError(kind: .invalidData, field: "resource", value: "\(name).\(ext)",
                                  reason: "the bundled resource could not be read")
        }
    }

    static func text(named name: String, extension ext: String) throws(CollectKitError) -> String {
        let data = try data(named: name, extension: ext)
        guard let text = String(data: data, encoding: .utf8) else {
            throw CollectKitError(kind: .invalidData, field: "resource", value: "\(name).\(ext)",
                                  reason: "the bundled resource is not UTF-8")
        }
        return text
    }
}
