#if canImport(Glibc)
import Glibc
#endif

/// Memory hints for the large flat arrays of the columnar path.
enum LargeAllocation {
    /// Asks the kernel to back the whole 2 MB pages inside `buffer` with huge pages, so that
    /// random writes across tens of megabytes stop missing the TLB. A hint only: where it is
    /// unavailable or refused, nothing changes.
    static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if canImport(Glibc) && os(Linux)
        let hugePage = 2 << 20
        guard let base = buffer.baseAddress, buffer.count >= 2 * hugePage else { return }
        let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(hugePage - 1)
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, end - start, MADV_HUGEPAGE)
        #endif
    }
}
