#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A growable byte buffer on raw memory, reused for every `<v>`, `<t>` and `<f>`
/// of a sheet. Appending is a `memcpy`; no Swift array bookkeeping in the hot loop.
final class ByteScratch {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes gathered so far (valid until the next change).
    @inline(__always)
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func removeAll() { count = 0 }

    @inline(__always)
    func append(_ source: UnsafePointer<UInt8>, count n: Int) {
        let needed = count + n
        if needed > capacity { grow(to: needed) }
        (base + count).update(from: source, count: n)
        count = needed
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Removes leading and trailing spaces, tabs, CRs and LFs from the bytes after `start`.
    func trim(from start: Int) {
        var end = count
        while end > start && XStringText.isTrimmable(base[end - 1]) { end -= 1 }
        var first = start
        while first < end && XStringText.isTrimmable(base[first]) { first += 1 }
        if first > start { memmove(base + start, base + first, end - first) }
        count = start + (end - first)
    }
}
