#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin wrappers over the POSIX calls the I/O layer uses, so that the platform
/// module names stay in one place.
enum SystemCalls {
    @inline(__always)
    static func write(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Darwin)
            return Darwin.write(fd, pointer, count)
        #elseif canImport(Musl)
            return Musl.write(fd, pointer, count)
        #else
            return Glibc.write(fd, pointer, count)
        #endif
    }

    @inline(__always)
    static func read(_ fd: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Darwin)
            return Darwin.read(fd, pointer, count)
        #elseif canImport(Musl)
            return Musl.read(fd, pointer, count)
        #else
            return Glibc.read(fd, pointer, count)
        #endif
    }

    @inline(__always)
    static func close(_ fd: Int32) -> Int32 {
        #if canImport(Darwin)
            return Darwin.close(fd)
        #elseif canImport(Musl)
            return Musl.close(fd)
        #else
            return Glibc.close(fd)
        #endif
    }

    /// The current `errno`.
    @inline(__always)
    static var lastError: Int32 { errno }

    /// Runs `body` with the bytes of `array`, turning its typed error into a `Result`
    /// (the standard library's `withUnsafeBytes` only rethrows untyped errors).
    @inline(__always)
    static func withBytes<E: Error>(
        of array: [UInt8], _ body: (UnsafeRawBufferPointer) throws(E) -> Void
    ) throws(E) {
        let result: Result<Void, E> = array.withUnsafeBytes { raw in
            do throws(E) {
                try body(raw)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }
}
