/// Hands blocks of recorded events from the parsing thread to the consumer, in order,
/// with at most ``maxBlocks`` standard blocks in existence: a parser that runs ahead
/// waits, so memory stays bounded whatever the size of the sheet.
final class XMLEventQueue {
    /// The size of a standard block; a single larger event gets a block of its own.
    static let blockSize = 256 * 1024
    /// Standard blocks in flight at most (filled, being replayed, or free).
    static let maxBlocks = 6

    private let signal = ThreadSignal()
    private var filled: [XMLEventBlock] = []
    private var filledStart = 0
    private var free: [XMLEventBlock] = []
    private var allocated = 0
    private var ended = false
    private var cancelled = false

    init() {}

    // MARK: Producer side

    /// A block with room for at least `minimum` bytes, empty; `nil` when the consumer cancelled.
    func acquire(minimum: Int) -> XMLEventBlock? {
        if minimum > XMLEventQueue.blockSize {
            signal.lock()
            let stop = cancelled
            signal.unlock()
            return stop ? nil : XMLEventBlock(capacity: minimum)
        }
        signal.lock()
        defer { signal.unlock() }
        while true {
            if cancelled { return nil }
            if let block = free.popLast() {
                block.count = 0
                return block
            }
            if allocated < XMLEventQueue.maxBlocks {
                allocated += 1
                return XMLEventBlock(capacity: XMLEventQueue.blockSize)
            }
            signal.wait()
        }
    }

    /// Passes a filled block to the consumer.
    func publish(_ block: XMLEventBlock) {
        signal.lock()
        filled.append(block)
        signal.broadcast()
        signal.unlock()
    }

    /// No more blocks will come.
    func finish() {
        signal.lock()
        ended = true
        signal.broadcast()
        signal.unlock()
    }

    // MARK: Consumer side

    /// The next block in order; `nil` once the producer has finished and all are taken.
    func take() -> XMLEventBlock? {
        signal.lock()
        defer { signal.unlock() }
        while filledStart == filled.count && !ended {
            signal.wait()
        }
        guard filledStart < filled.count else { return nil }
        let block = filled[filledStart]
        filledStart += 1
        if filledStart == filled.count {
            filled.removeAll(keepingCapacity: true)
            filledStart = 0
        }
        return block
    }

    /// Gives a replayed block back for reuse.
    func recycle(_ block: XMLEventBlock) {
        guard block.capacity == XMLEventQueue.blockSize else { return }  // an oversized block is dropped
        signal.lock()
        free.append(block)
        signal.broadcast()
        signal.unlock()
    }

    /// Stops the producer at its next event.
    func cancel() {
        signal.lock()
        cancelled = true
        signal.broadcast()
        signal.unlock()
    }
}
