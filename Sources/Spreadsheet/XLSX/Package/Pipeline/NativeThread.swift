#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A POSIX thread running one closure, joined explicitly: the reader's pipeline stages
/// (inflating, parsing) run on these while the caller's thread consumes their output.
///
/// Whoever starts a thread must ``join()`` it before anything the closure uses goes away;
/// the stages make sure of that in their `close()`.
final class NativeThread {
    private final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    #if canImport(Darwin)
        private var handle: pthread_t?
    #else
        private var handle = pthread_t()
    #endif
    private var running = false

    /// Starts `body` on a new thread; `nil` when the system gives no thread.
    init?(_ body: @escaping () -> Void) {
        let work = Unmanaged.passRetained(Work(body)).toOpaque()
        let status = pthread_create(
            &handle, nil,
            { raw in
                let work = Unmanaged<Work>.fromOpaque(NativeThread.nonNil(raw)).takeRetainedValue()
                work.body()
                return nil
            }, work)
        guard status == 0 else {
            Unmanaged<Work>.fromOpaque(work).release()
            return nil
        }
        running = true
    }

    /// Waits for the closure to return.
    func join() {
        guard running else { return }
        running = false
        #if canImport(Darwin)
            if let handle { pthread_join(handle, nil) }
        #else
            pthread_join(handle, nil)
        #endif
    }

    deinit { join() }

    /// The thread argument (optional on Linux, not on Darwin).
    private static func nonNil(_ pointer: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer { pointer! }
}
