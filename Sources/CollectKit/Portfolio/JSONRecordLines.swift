/// Finds the line each element of the top-level arrays of a JSON object starts on
/// (`"receivables": [ {…}, {…} ]` → the lines of the two objects), so that an error in
/// `receivables[1]` can name its line. One pass over the bytes; it does not validate JSON
/// (the decoder does) and gives up quietly on anything it does not expect.
struct JSONRecordLines {
    /// For each top-level key whose value is an array, the 1-based line of each element.
    private(set) var lines: [String: [Int]] = [:]

    init(_ bytes: some Collection<UInt8>) {
        var depth = 0
        var line = 1
        var inString = false
        var escaped = false
        var stringBytes: [UInt8] = []
        var lastKey: String?
        var section: String?
        var expectingElement = false

        func elementStarts() {
            if depth == 2, let section, expectingElement {
                lines[section, default: []].append(line)
                expectingElement = false
            }
        }

        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 1 { lastKey = String(decoding: stringBytes, as: UTF8.self) }
                } else if depth == 1 {
                    stringBytes.append(byte)
                }
                if byte == UInt8(ascii: "\n") { line += 1 }
                continue
            }
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: ":"):
                break
            case UInt8(ascii: "\""):
                elementStarts()
                inString = true
                stringBytes.removeAll(keepingCapacity: true)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                elementStarts()
                depth += 1
                if depth == 2, byte == UInt8(ascii: "["), let key = lastKey {
                    section = key
                    expectingElement = true
                    lines[key] = []
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth <= 1 { section = nil; expectingElement = false }
            case UInt8(ascii: ","):
                if depth == 2, section != nil { expectingElement = true }
            default:
                elementStarts()
            }
        }
    }
}
