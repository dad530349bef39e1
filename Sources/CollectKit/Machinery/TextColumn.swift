/// An optional text per row (a document reference), stored as UTF-8 bytes back to back, so
/// ten million mostly short references cost their bytes plus 4 bytes each rather than a
/// 16-byte `String?` each. An empty text reads back as `nil`.
struct TextColumn: Sendable, Equatable {
    /// The texts' bytes, back to back.
    private(set) var bytes: [UInt8] = []
    /// Where each row's text ends in ``bytes``.
    private(set) var ends: [UInt32] = []

    /// An empty column.
    init() {}

    /// A column over stored parts, as a binary snapshot holds them.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` when the parts do not describe a column.
    init(bytes: [UInt8], ends: [UInt32], field: String) throws(CollectKitError) {
        var previous: UInt32 = 0
        for end in ends {
            guard end >= previous else {
                throw .invalidData(field: field, value: String(end), reason: "text offsets go backwards")
            }
            previous = end
        }
        guard Int(previous) == bytes.count else {
            throw .invalidData(field: field, value: String(previous), reason: "text offsets do not cover the bytes")
        }
        self.bytes = bytes
        self.ends = ends
    }

    /// The number of rows.
    var count: Int { ends.count }

    /// Checks that `text` fits: the column stays under 4 GB.
    ///
    /// - Throws: ``CollectKitError/Kind/overflow`` naming `field` otherwise.
    @inline(__always)
    func requireCapacity(for text: String?, field: @autoclosure () -> String) throws(CollectKitError) {
        guard bytes.count + (text?.utf8.count ?? 0) <= Int(UInt32.max) else {
            throw .overflow(field: field(), value: "text storage is full")
        }
    }

    /// Appends a row; the caller has checked that it fits (``requireCapacity(for:field:)``).
    mutating func append(_ text: String?) {
        if let text, !text.isEmpty { bytes.append(contentsOf: text.utf8) }
        ends.appendColumn(UInt32(bytes.count))
    }

    /// Removes the last row.
    mutating func removeLast() {
        guard !ends.isEmpty else { return }
        ends.removeLast()
        bytes.removeLast(bytes.count - Int(ends.last ?? 0))
    }

    /// The text of `row`, or `nil` when empty.
    subscript(row: Int32) -> String? {
        let index = Int(row)
        let start = index == 0 ? 0 : Int(ends[index - 1]), end = Int(ends[index])
        guard end > start else { return nil }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }
}
