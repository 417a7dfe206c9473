/// Parses a zip entry's XML on a thread of its own while the caller's thread runs the
/// real handler: inflating (``ReadAheadStream``, a third thread), libxml2's parsing
/// (``XMLEventRecorder``) and the handler's work (``XMLEventReplayer``) overlap.
///
/// The parse thread owns the stream and the parser; ``close()`` (also `deinit`) stops it,
/// waits for it, and only then frees the parser, whose dictionary holds the names the
/// recorded events point to. Errors of the data reach the caller after the events that
/// came before them, as in a parse on one thread.
final class XMLParsePipeline {
    private let queue = XMLEventQueue()
    private var thread: NativeThread?
    private let part: String
    private let drainRequest = ThreadSignal()
    private var drainsForChecksum = false  // guarded by `drainRequest`

    // Written by the parse thread before it finishes the queue; read after `take()` returned nil or after `join`.
    private var parser: XMLPushParser?
    private var parseError: XLSXError?
    private var checksumError: XLSXError?

    /// Starts parsing `stream`; `nil` when no thread could be started.
    init?(stream: ZipEntryStream, chunkSize: Int) {
        part = stream.part
        thread = NativeThread { [unowned(unsafe) self] in self.parse(stream, chunkSize: chunkSize) }
        if thread == nil { return nil }
    }

    deinit { close() }

    /// The next block of events; `nil` once the parse has ended (see ``finalError``).
    func nextBlock() -> XMLEventBlock? { queue.take() }

    /// Gives a replayed block back.
    func recycle(_ block: XMLEventBlock) { queue.recycle(block) }

    /// The error that ended the parse (damaged data, malformed XML, a limit), once
    /// ``nextBlock()`` has returned `nil`; `nil` when the part was read completely.
    var finalError: XLSXError? { parseError }

    /// Stops the parse because the handler failed. The rest of the entry is inflated first,
    /// and its checksum error, if any, returned: damaged data explains a failure better than
    /// its consequences (a parse on one thread does the same).
    func stopAfterFailure() -> XLSXError? {
        drainRequest.lock()
        drainsForChecksum = true
        drainRequest.unlock()
        join()
        if let checksumError { return checksumError }
        if let parseError, parseError.kind == .checksumMismatch { return parseError }
        return nil
    }

    /// Stops the parse and waits for its thread; frees the parser.
    func close() {
        join()
        parser = nil
    }

    private func join() {
        guard let thread else { return }
        queue.cancel()
        thread.join()
        self.thread = nil
    }

    // MARK: - The parse thread

    private func parse(_ stream: ZipEntryStream, chunkSize: Int) {
        let recorder = XMLEventRecorder(queue: queue)
        let parser = XMLPushParser(handler: recorder, part: part)
        self.parser = parser
        var reader = ReadAheadStream(stream, chunkSize: chunkSize)
        var failure: XLSXError?
        do throws(ChunkedParseError<Never>) {
            try XMLPartReader.feed(parser, from: &reader, afterChunk: {})
        } catch {
            failure = error.readerError
        }
        if recorder.gaveUp {
            drainRequest.lock()
            let drain = drainsForChecksum
            drainRequest.unlock()
            if drain { checksumError = reader.checksumErrorAtEnd() }
        } else {
            recorder.publish()
        }
        reader.close()
        parseError = failure
        queue.finish()
    }
}
