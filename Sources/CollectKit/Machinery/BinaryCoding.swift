import Foundation

/// Appends little-endian integers, arrays of them and length-prefixed UTF-8 to a byte
/// buffer: the compact encoding of snapshots and journal entries. Writes into `Data`
/// directly, so the result needs no final copy.
struct BinaryWriter {
    private(set) var data = Data()

    init(reservingCapacity capacity: Int = 0) { data.reserveCapacity(capacity) }

    /// The bytes written so far.
    var bytes: [UInt8] { [UInt8](data) }

    /// Starts over, keeping the buffer.
    mutating func reset() { data.removeAll(keepingCapacity: true) }

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func write(_ value: Bool) { write(UInt8(value ? 1 : 0)) }

    /// An unsigned LEB128 varint: small counts and lengths take one byte.
    mutating func writeVarint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            data.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        data.append(UInt8(value))
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            writeVarint(UInt64(utf8.count))
            data.append(utf8)
        }
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    /// A count, then the elements' bytes as they lie in memory (little-endian platforms).
    mutating func writeArray<T: FixedWidthInteger>(_ values: [T]) {
        writeVarint(UInt64(values.count))
        if UInt16(1).littleEndian == 1 {
            values.withUnsafeBytes { data.append(contentsOf: $0) }
        } else {
            for value in values { write(value) }
        }
    }

    mutating func writeBytes(_ raw: [UInt8]) {
        writeVarint(UInt64(raw.count))
        data.append(contentsOf: raw)
    }

    mutating func writeBytes(_ raw: Data) {
        writeVarint(UInt64(raw.count))
        data.append(raw)
    }
}

/// Reads what ``BinaryWriter`` wrote, in place from borrowed bytes (no copy of the input);
/// every read is bounds-checked and a short or malformed input is a typed error naming what
/// was being read.
struct BinaryReader {
    private let data: UnsafeRawBufferPointer
    private(set) var offset: Int

    /// A reader over `data`, which must outlive it (see ``read(_:_:)``).
    init(_ data: UnsafeRawBufferPointer, offset: Int = 0) {
        self.data = data
        self.offset = offset
    }

    /// Runs `body` with a reader over the bytes of `data`.
    static func read<T>(_ data: Data, _ body: (inout BinaryReader) throws(CollectKitError) -> T) throws(CollectKitError) -> T {
        var failure: CollectKitError?
        let result: T? = data.withUnsafeBytes { raw in
            var reader = BinaryReader(raw)
            do throws(CollectKitError) { return try body(&reader) } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw failure }
        guard let result else { throw .invalidData(field: "binary", value: "", reason: "unreadable") }
        return result
    }

    var isAtEnd: Bool { offset >= data.count }
    var remaining: Int { data.count - offset }

    mutating func read<T: FixedWidthInteger>(_ type: T.Type, _ field: @autoclosure () -> String) throws(CollectKitError) -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { throw Self.truncated(field()) }
        let value = data.loadUnaligned(fromByteOffset: offset, as: T.self)
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
        let slice = UnsafeRawBufferPointer(rebasing: data[offset..<offset + count])
        offset += count
        guard let text = String(validating: slice.bindMemory(to: UInt8.self), as: UTF8.self) else {
            throw .invalidData(field: field(), value: "", reason: "not valid UTF-8")
        }
        return text
    }

    mutating func readOptionalString(_ field: @autoclosure () -> String) throws(CollectKitError) -> String? {
        try readBool(field()) ? try readString(field()) : nil
    }

    /// A column as written by ``BinaryWriter/writeArray(_:)``, copied once into memory advised
    /// for huge pages when large.
    mutating func readArray<T: FixedWidthInteger>(_ type: T.Type, _ field: @autoclosure () -> String) throws(CollectKitError) -> [T] {
        let size = MemoryLayout<T>.size
        let count = try readCount(field(), minimumSize: size)
        let source = UnsafeRawBufferPointer(rebasing: data[offset..<offset + count * size])
        offset += count * size
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count >= LargeAllocation.columnThreshold { LargeAllocation.adviseHugePages(UnsafeMutableRawBufferPointer(buffer)) }
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            if UInt16(1).littleEndian != 1 { for i in 0..<count { buffer[i] = T(littleEndian: buffer[i]) } }
            initialized = count
        }
    }

    mutating func readBytes(_ field: @autoclosure () -> String) throws(CollectKitError) -> [UInt8] {
        try readArray(UInt8.self, field())
    }

    static func truncated(_ field: String) -> CollectKitError {
        .invalidData(field: field, value: "", reason: "the data ends early")
    }
}
