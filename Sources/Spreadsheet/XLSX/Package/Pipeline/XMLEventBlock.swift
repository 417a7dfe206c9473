/// A block of recorded SAX events (see ``XMLEventRecorder`` for the format).
final class XMLEventBlock {
    let base: UnsafeMutableRawPointer
    let capacity: Int
    /// Bytes of events in the block.
    var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    }

    deinit { base.deallocate() }
}
