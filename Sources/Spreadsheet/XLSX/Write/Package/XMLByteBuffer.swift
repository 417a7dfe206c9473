#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A growable byte buffer that XML text is written into.
///
/// The writers build every part as bytes: literals are copied from `StaticString`s,
/// integers and doubles are formatted straight into the buffer, and text is escaped
/// while it is copied. Nothing here allocates per call except when the buffer grows.
final class XMLByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// Number of bytes written so far.
    var count: Int
    private(set) var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        self.base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
        self.count = 0
    }

    deinit { base.deallocate() }

    /// The bytes written so far (valid until the next write).
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// A copy of the bytes written so far.
    func makeArray() -> [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Forgets the content, keeping the memory.
    func removeAll() { count = 0 }

    /// Forgets the content and gives back the memory.
    func releaseMemory() {
        base.deallocate()
        capacity = 64
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        count = 0
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(minimum: count + extra) }
    }

    private func grow(minimum: Int) {
        var newCapacity = capacity * 2
        while newCapacity < minimum { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends one byte; the caller has reserved room.
    @inline(__always)
    func appendUnchecked(_ byte: UInt8) {
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        appendUnchecked(byte)
    }

    /// Appends a literal (ASCII or UTF-8 source text).
    @inline(__always)
    func append(_ literal: StaticString) {
        let n = literal.utf8CodeUnitCount
        reserve(n)
        (base + count).update(from: literal.utf8Start, count: n)
        count &+= n
    }

    /// Appends raw bytes.
    @inline(__always)
    func append(_ raw: UnsafeRawBufferPointer) {
        let n = raw.count
        guard n > 0 else { return }
        reserve(n)
        memcpy(base + count, raw.baseAddress!, n)
        count &+= n
    }

    /// Appends raw bytes of an array.
    func append(_ array: [UInt8]) {
        array.withUnsafeBytes { append($0) }
    }

    /// Appends the UTF-8 of `text` without escaping (for text known to be XML-safe).
    func appendRaw(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    // MARK: Numbers

    /// Appends the decimal digits of `value`.
    @inline(__always)
    func append(decimal value: Int) {
        append(decimal: Int64(value))
    }

    /// Appends the decimal digits of `value`.
    func append(decimal value: Int64) {
        reserve(20)
        var magnitude: UInt64
        if value < 0 {
            appendUnchecked(UInt8(ascii: "-"))
            magnitude = UInt64(bitPattern: 0 &- value)
        } else {
            magnitude = UInt64(value)
        }
        var digits = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        var index = count + digits - 1
        repeat {
            base[index] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 48
            magnitude /= 10
            index -= 1
        } while magnitude > 0
        count += digits
    }

    /// Appends a finite double in the shortest form that reads back as the same value.
    ///
    /// Integral values below 10^15 are written as plain digits (`42`, `-7`), others
    /// in Swift's shortest round-trip form with the exponent in the style spreadsheet
    /// programs write (`0.1`, `1.5E+20`, `2.5E-7`). The caller rejects NaN and infinity.
    func append(double value: Double) {
        if value == value.rounded(.towardZero), abs(value) < 1e15 {
            append(decimal: Int64(value))
            return
        }
        var text = value.description
        text.withUTF8 { utf8 in
            var n = utf8.count
            // Swift writes "12.0" for integral values of 1e15 and more.
            if n >= 2, utf8[n - 2] == UInt8(ascii: "."), utf8[n - 1] == UInt8(ascii: "0") { n -= 2 }
            reserve(n)
            for i in 0..<n {
                let byte = utf8[i]
                appendUnchecked(byte == UInt8(ascii: "e") ? UInt8(ascii: "E") : byte)
            }
        }
    }
}
