/// Normalises text once before any matching: full-width forms to half-width, letters to
/// lower case, traditional Chinese characters to simplified, and every run of punctuation,
/// symbols and white space to a single space.
///
/// The result keeps a map to the original text (``NormalizedText/originalRange(ofBytes:)``).
/// Runs in one pass over the Unicode scalars: linear time, no regular expressions.
package struct TextNormalizer: Sendable {
    private let simplified: TraditionalChineseTable

    /// The normaliser used by CollectKit's built-in classifiers.
    package static let standard = TextNormalizer(traditionalToSimplified: .standard)

    /// A normaliser that folds traditional characters with `table`.
    package init(traditionalToSimplified table: TraditionalChineseTable) {
        self.simplified = table
    }

    /// Normalises `text`.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    package func normalize(_ text: String) -> NormalizedText {
        var bytes: [UInt8] = []
        var offsets: [Int32] = []
        let capacity = text.utf8.count
        bytes.reserveCapacity(capacity)
        offsets.reserveCapacity(capacity + 1)
        var offset: Int32 = 0
        var lastWasSpace = true // trims leading separators
        for scalar in text.unicodeScalars {
            let width = Int32(UTF8.width(scalar))
            defer { offset &+= width }
            let folded = fold(scalar.value)
            if folded == 0x20 {
                if !lastWasSpace {
                    bytes.append(0x20)
                    offsets.append(offset)
                    lastWasSpace = true
                }
                continue
            }
            lastWasSpace = false
            appendUTF8(folded, origin: offset, bytes: &bytes, offsets: &offsets)
        }
        if lastWasSpace, bytes.last == 0x20 {
            bytes.removeLast()
            offsets.removeLast()
        }
        offsets.append(offset)
        return NormalizedText(original: text, bytes: bytes, sourceOffsets: offsets)
    }

    /// Normalises a lexicon pattern the same way as the text it will be matched against.
    package func normalizedBytes(_ pattern: String) -> [UInt8] { normalize(pattern).bytes }

    /// Whether the traditional-character table maps ideographs only to three-byte characters,
    /// so normalising never makes text longer and an ideograph stays three bytes. The one-pass
    /// matcher relies on both; other tables take the two-pass route.
    var keepsIdeographWidth: Bool { simplified.keepsWidth }

    /// The simplified form of a CJK ideograph (U+4E00–U+9FFF), exactly as ``fold(_:)`` maps it.
    @inline(__always)
    func simplifiedIdeograph(_ value: UInt32) -> UInt32 { simplified.simplify(value) }

    /// Maps one scalar to its folded form; 0x20 stands for "separator".
    @inline(__always)
    func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A: return value + 0x20 // A–Z
        case 0x61...0x7A, 0x30...0x39: return value
        case 0x25: return value // '%' carries meaning in amounts and rates
        case 0x00...0x7F: return 0x20 // other ASCII: punctuation, controls, space
        case 0xFF10...0xFF19, 0xFF41...0xFF5A: return value - 0xFEE0 // full-width digits, a–z
        case 0xFF21...0xFF3A: return value - 0xFEE0 + 0x20 // full-width A–Z
        case 0xFF05: return 0x25
        case 0xFF01...0xFF5E, 0x3000...0x303F, 0xFF5F...0xFF65, 0x2000...0x206F, 0xFE30...0xFE4F:
            return 0x20 // full-width and CJK punctuation, general punctuation
        case 0xC0...0xDE where value != 0xD7: return value + 0x20 // Latin-1 capitals
        case 0x4E00...0x9FFF: return simplified.simplify(value)
        case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0xFE00...0xFE0F, 0x200D: return 0x20 // emoji, variation selectors
        default: return value
        }
    }

    @inline(__always)
    private func appendUTF8(_ value: UInt32, origin: Int32, bytes: inout [UInt8], offsets: inout [Int32]) {
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
            offsets.append(origin)
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
            offsets.append(origin); offsets.append(origin)
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
            offsets.append(origin); offsets.append(origin); offsets.append(origin)
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
            offsets.append(origin); offsets.append(origin); offsets.append(origin); offsets.append(origin)
        }
    }
}
