/// Inflates a zip entry on a second thread, a few chunks ahead of its consumer, so that
/// inflating (zlib and the CRC, about a sixth of reading a sheet) runs on one core while
/// the XML parser runs on another.
///
/// The producer thread owns the ``ZipEntryStream`` (and through it the archive's libzip
/// handle) from `init` until ``close()`` (called by `deinit` too): it stops the producer and
/// waits for it, after which the caller may use the archive again.
/// Errors of the stream (damaged data, bomb limits, a wrong checksum) reach the consumer
/// at the point of the data where they happened, exactly as reading the stream directly.
final class ReadAheadStream {
    private let stream: ZipEntryStream
    private let chunkSize: Int
    private let slotCount: Int
    private let storage: UnsafeMutableRawPointer

    // Shared state, guarded by `signal`.
    private let signal = ThreadSignal()
    private var lengths: [Int]
    private var filled = 0  // slots the producer has filled and the consumer not yet released
    private var producerEnded = false
    private var producerError: XLSXError?
    private var cancelled = false

    // Consumer-side state.
    private var readIndex = 0  // the next slot the consumer takes
    private var holding = false  // whether the consumer holds slot `readIndex - 1`
    private var thread: NativeThread?
    /// Set when no thread could be started: `next` then reads the stream directly.
    private var synchronous = false

    /// Starts inflating `stream` into `slots` chunks of `chunkSize` bytes.
    init(_ stream: ZipEntryStream, chunkSize: Int, slots: Int = 4) {
        self.stream = stream
        self.chunkSize = chunkSize
        self.slotCount = max(slots, 2)
        self.storage = UnsafeMutableRawPointer.allocate(byteCount: chunkSize * slotCount, alignment: 64)
        self.lengths = Array(repeating: 0, count: slotCount)
        thread = NativeThread { [unowned(unsafe) self] in self.produce() }
        if thread == nil { synchronous = true }
    }

    deinit {
        close()
        storage.deallocate()
    }

    /// The next chunk of inflated bytes, valid until the next call; `nil` at the end.
    func next() throws(XLSXError) -> UnsafeRawBufferPointer? {
        if synchronous {
            let n = try stream.read(into: storage, count: chunkSize)
            return n == 0 ? nil : UnsafeRawBufferPointer(start: storage, count: n)
        }
        signal.lock()
        if holding {
            // The previous chunk is parsed: its slot may be refilled.
            holding = false
            filled -= 1
            signal.broadcast()
        }
        while filled == 0 && !producerEnded {
            signal.wait()
        }
        if filled == 0 {
            // Everything delivered; the end or the error where the data stopped.
            let error = producerError
            signal.unlock()
            if let error { throw error }
            return nil
        }
        let slot = readIndex
        let length = lengths[slot]
        signal.unlock()
        readIndex = (readIndex + 1) % slotCount
        holding = true
        return UnsafeRawBufferPointer(start: storage + slot * chunkSize, count: length)
    }

    /// Reads the rest of the entry; the checksum error if its CRC-32 does not match.
    /// Used when a part's XML is malformed, to report damaged data as what it is.
    func checksumErrorAtEnd() -> XLSXError? {
        if synchronous { return stream.checksumErrorAtEnd() }
        while true {
            do {
                if try next() == nil { return nil }
            } catch {
                return error.kind == .checksumMismatch || error.kind == .corruptZip ? error : nil
            }
        }
    }

    /// Stops the producer and waits for it; afterwards the archive is the caller's again.
    func close() {
        guard let thread else { return }
        signal.lock()
        cancelled = true
        signal.broadcast()
        signal.unlock()
        thread.join()
        self.thread = nil
    }

    // MARK: - Producer thread

    private func produce() {
        var writeIndex = 0
        while true {
            signal.lock()
            while filled == slotCount && !cancelled {
                signal.wait()
            }
            let stop = cancelled
            signal.unlock()
            if stop { return }

            // Inflate outside the lock: the consumer works on other slots meanwhile.
            let buffer = storage + writeIndex * chunkSize
            var count = 0
            var failure: XLSXError?
            var ended = false
            do {
                // Fill the chunk (libzip may return less than asked).
                while count < chunkSize {
                    let n = try stream.read(into: buffer + count, count: chunkSize - count)
                    if n == 0 {
                        ended = true
                        break
                    }
                    count += n
                }
            } catch {
                failure = error
            }

            signal.lock()
            if count > 0 {
                lengths[writeIndex] = count
                filled += 1
                writeIndex = (writeIndex + 1) % slotCount
            }
            if failure != nil || ended {
                producerError = failure
                producerEnded = true
            }
            signal.broadcast()
            signal.unlock()
            if failure != nil || ended { return }
        }
    }
}
