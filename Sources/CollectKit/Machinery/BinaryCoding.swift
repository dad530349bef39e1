import Foundation

/// Appends little-endian integers, arrays of them and length-prefixed UTF-8 to a byte
/// buffer: the compact encoding of snapshots and journal entries.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Bool) { write(UInt8(value ? 1 : 0)) }

    /// An unsigned LEB128 varint: small counts and lengths take one byte.
    mutating func writeVarint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            writeVarint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    /// A count, then the elements' bytes as they lie in memory (little-endian platforms).
    mutating func writeArray<T: FixedWidthInteger>(_ values: [T]) {
        writeVarint(UInt64(values.count))
        values.withUnsafeBytes { raw in
            if UInt16(1).littleEndian == 1 { bytes.append(contentsOf: raw) } else { for value in values { write(value) } }
        }
    }

    mutating func writeBytes(_ raw: [UInt8]) {
        writeVarint(UInt64(raw.count))
        bytes.append(contentsOf: raw)
    }
}

/// Reads what ``BinaryWriter`` wrote; every read is bounds-checked and a short or malformed
/// input is a typed error naming what was being read.
struct BinaryReader {
    private let data: [UInt8]
    private(set) var offset: Int

    init(_ data: [UInt8], offset: Int = 0) {
        self.data = data
        self.offset = offset
    }

    var isAtEnd: Bool { offset >= data.count }
    var remaining: Int { data.count - offset }

    mutating func read<T: FixedWidthInteger>(_ type: T.Type, _ field: @autoclosure () -> String) throws(CollectKitError) -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { throw Self.truncated(field()) }
        let value = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
        offset += size
        return T(littleEndian: value)
    }

    mutating func readBool(_ field: @autoclosure () -> String) throws(CollectKitError) -> Bool {
        switch try read(UInt8.self, field()) {
        case 0: return false
        case 1: return true
        case let other: throw .invalidData(field: field(), value: String(other), reason: "not a yes/no byte")
        }
    }

    mutating func readVarint(_ field: @autoclosure () -> String) throws(CollectKitError) -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard offset < data.count else { throw Self.truncated(field()) }
            let byte = data[offset]
            offset += 1
            guard shift < 64 else { throw .invalidData(field: field(), value: "", reason: "a number longer than 64 bits") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A count no larger than what the remaining bytes can hold at `minimumSize` bytes each.
    mutating func readCount(_ field: @autoclosure () -> String, minimumSize: Int = 1) throws(CollectKitError) -> Int {
        let count = try readVarint(field())
        guard count <= UInt64(remaining / Swift.max(1, minimumSize)) else {
            throw .invalidData(field: field(), value: String(count), reason: "more elements than the data holds")
        }
        return Int(count)
    }

    mutating func readString(_ field: @autoclosure () -> String) throws(CollectKitError) -> String {
        let count = try readCount(field())
        defer { offset += count }
        return try data.withUnsafeBufferPointer { buffer throws(CollectKitError) -> String in
            let slice = UnsafeBufferPointer(rebasing: buffer[offset..<offset + count])
            guard let text = String(validating: slice, as: UTF8.self) else {
                throw .invalidData(field: field(), value: "", reason: "not valid UTF-8")
            }
            return text
        }
    }

    mutating func readOptionalString(_ field: @autoclosure () -> String) throws(CollectKitError) -> String? {
        try readBool(field()) ? try readString(field()) : nil
    }

    mutating func readArray<T: FixedWidthInteger>(_ type: T.Type, _ field: @autoclosure () -> String) throws(CollectKitError) -> [T] {
        let size = MemoryLayout<T>.size
        let count = try readCount(field(), minimumSize: size)
        let start = offset
        offset += count * size
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                let source = UnsafeRawBufferPointer(rebasing: raw[start..<start + count * size])
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            }
            if UInt16(1).littleEndian != 1 { for i in 0..<count { buffer[i] = T(littleEndian: buffer[i]) } }
            initialized = count
        }
    }

    mutating func readBytes(_ field: @autoclosure () -> String) throws(CollectKitError) -> [UInt8] {
        let count = try readCount(field())
        defer { offset += count }
        return Array(data[offset..<offset + count])
    }

    static func truncated(_ field: String) -> CollectKitError {
        .invalidData(field: field, value: "", reason: "the data ends early")
    }
}
