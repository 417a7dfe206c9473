/// Streams one part of a package through a SAX handler, chunk by chunk.
enum XMLPartReader {
    /// Parses `part` with `handler`. Returns `false` when the package has no such part.
    @discardableResult
    static func parse(_ part: String, in archive: ZipArchive, with handler: XMLEventHandler) throws(XLSXError) -> Bool {
        guard let stream = try archive.openPart(part) else { return false }
        do throws(ChunkedParseError<Never>) {
            try parse(stream, with: handler, chunkSize: archive.options.chunkSize) { () throws(Never) in }
        } catch {
            switch error {
            case .reader(let error): throw error
            }
        }
        return true
    }

    /// Parses an open entry with `handler`, calling `afterChunk` after each chunk
    /// (where a sheet reader hands the rows completed so far to its caller).
    ///
    /// With `pipelined` (sheets) the entry is inflated and parsed on two more threads
    /// while `handler` runs on the caller's (``XMLParsePipeline``); parts that inflate to
    /// more than ``readAheadThreshold`` bytes (and sheets, when no thread could be started
    /// for the parse) are inflated on a second thread (``ReadAheadStream``). The results
    /// and errors are the same in every case.
    static func parse<E: Error>(
        _ stream: ZipEntryStream, with handler: XMLEventHandler, chunkSize: Int, pipelined: Bool = false,
        afterChunk: () throws(E) -> Void
    ) throws(ChunkedParseError<E>) {
        if pipelined, let pipeline = XMLParsePipeline(stream: stream, chunkSize: chunkSize) {
            defer { pipeline.close() }
            let replayer = XMLEventReplayer(handler: handler)
            while let block = pipeline.nextBlock() {
                let proceed = replayer.replay(block)
                pipeline.recycle(block)
                guard proceed else { break }
                do throws(E) { try afterChunk() } catch { throw .consumer(error) }
            }
            if var failure = handler.failure {
                if failure.part == nil { failure.part = stream.part }
                throw .reader(pipeline.stopAfterFailure() ?? failure)
            }
            if handler.stopRequested { return }
            if let error = pipeline.finalError { throw .reader(error) }
            return
        }
        let parser = XMLPushParser(handler: handler, part: stream.part)
        if pipelined || stream.declaredSize > readAheadThreshold {
            var reader = ReadAheadStream(stream, chunkSize: chunkSize)
            defer { reader.close() }
            try feed(parser, from: &reader, afterChunk: afterChunk)
        } else {
            var chunks = DirectChunks(stream, chunkSize: chunkSize)
            defer { chunks.deallocate() }
            try feed(parser, from: &chunks, afterChunk: afterChunk)
        }
    }

    /// Feeds `parser` every chunk of `source` and then the end, calling `afterChunk` after
    /// each chunk; a parse error is reported as the entry's checksum error when its data is damaged.
    static func feed<Source: XMLChunkSource, E: Error>(
        _ parser: XMLPushParser, from source: inout Source, afterChunk: () throws(E) -> Void
    ) throws(ChunkedParseError<E>) {
        while !parser.isDone {
            let chunk: UnsafeRawBufferPointer?
            do throws(XLSXError) { chunk = try source.nextChunk() } catch { throw .reader(error) }
            guard let chunk, let base = chunk.baseAddress else { break }
            do throws(XLSXError) { try parser.feed(base, count: chunk.count) } catch {
                throw .reader(source.checksumErrorAtEnd() ?? error)
            }
            do throws(E) { try afterChunk() } catch { throw .consumer(error) }
        }
        do throws(XLSXError) { try parser.finish() } catch { throw .reader(source.checksumErrorAtEnd() ?? error) }
    }

    /// Parts that inflate to more than this (as their zip entry declares) are read ahead.
    static let readAheadThreshold: Int64 = 1 << 20
}

/// An error of a chunked parse: the reader's, or the consumer's own.
enum ChunkedParseError<E: Error>: Error {
    case reader(XLSXError)
    case consumer(E)
}

extension ChunkedParseError where E == Never {
    var readerError: XLSXError {
        switch self {
        case .reader(let error): return error
        }
    }
}
