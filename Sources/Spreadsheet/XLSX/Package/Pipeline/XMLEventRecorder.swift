import CLibXML2

/// The SAX handler of a parse that runs on its own thread (``XMLParsePipeline``): it
/// copies each event into blocks of an ``XMLEventQueue`` for ``XMLEventReplayer`` to hand
/// to the real handler on the consumer's thread.
///
/// Names and namespace URIs are kept as libxml2's pointers: libxml2 interns them in the
/// parser's dictionary, which lives (and never moves a string) until the parser is freed,
/// after the replay. Attribute values and text point into libxml2's input buffer and are
/// copied. Event records, in native byte order, never straddling a block:
///
/// - start: `1`, line `Int32`, column `Int32`, local name, URI (0 when none), attribute
///   count `UInt32`; per attribute: local name, URI, value length `UInt32`, value bytes
/// - end: `2`, local name, URI
/// - text: `3`, length `UInt32`, bytes
final class XMLEventRecorder: XMLEventHandler {
    static let startTag: UInt8 = 1
    static let endTag: UInt8 = 2
    static let textTag: UInt8 = 3

    private let queue: XMLEventQueue
    private var block: XMLEventBlock?
    private var base = XMLEventRecorder.placeholder
    private var offset = 0
    private var capacity = 0
    /// Set when the consumer cancelled: the parse is being stopped and events are dropped.
    private(set) var gaveUp = false

    /// Where `base` points while there is no block (never written: its capacity is 0).
    nonisolated(unsafe) private static let placeholder = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 16)

    init(queue: XMLEventQueue) {
        self.queue = queue
        super.init()
    }

    /// Makes room for `size` more bytes; `false` when the consumer has cancelled.
    @inline(__always)
    private func reserve(_ size: Int) -> Bool {
        if offset + size <= capacity { return true }
        return nextBlock(size)
    }

    private func nextBlock(_ size: Int) -> Bool {
        if gaveUp { return false }
        publish()
        guard let fresh = queue.acquire(minimum: size) else {
            gaveUp = true
            stop()
            return false
        }
        block = fresh
        base = fresh.base
        offset = 0
        capacity = fresh.capacity
        return true
    }

    /// Hands the events recorded so far to the consumer.
    func publish() {
        if let block {
            if offset > 0 {
                block.count = offset
                queue.publish(block)
            } else {
                queue.recycle(block)
            }
        }
        block = nil
        base = XMLEventRecorder.placeholder
        offset = 0
        capacity = 0
    }

    @inline(__always)
    private func put<T>(_ value: T, _ type: T.Type) {
        base.storeBytes(of: value, toByteOffset: offset, as: type)
        offset += MemoryLayout<T>.size
    }

    @inline(__always)
    private func putBytes(_ bytes: UnsafeRawPointer, _ count: Int) {
        (base + offset).copyMemory(from: bytes, byteCount: count)
        offset += count
    }

    override func startElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?, attributes: XMLAttributes) {
        var size = 1 + 4 + 4 + 8 + 8 + 4
        var i = 0
        while i < attributes.count {
            size += 8 + 8 + 4 + attributes.value(i).count
            i += 1
        }
        guard reserve(size) else { return }
        let ctxt = UnsafeMutableRawPointer(context)
        put(XMLEventRecorder.startTag, UInt8.self)
        put(Int32(truncatingIfNeeded: xmlSAX2GetLineNumber(ctxt)), Int32.self)
        put(Int32(truncatingIfNeeded: xmlSAX2GetColumnNumber(ctxt)), Int32.self)
        put(UInt(bitPattern: localName), UInt.self)
        put(UInt(bitPattern: uri), UInt.self)
        put(UInt32(truncatingIfNeeded: attributes.count), UInt32.self)
        i = 0
        while i < attributes.count {
            let value = attributes.value(i)
            put(UInt(bitPattern: attributes.localName(i)), UInt.self)
            put(UInt(bitPattern: attributes.uri(i)), UInt.self)
            put(UInt32(truncatingIfNeeded: value.count), UInt32.self)
            if let start = value.baseAddress { putBytes(start, value.count) }
            i += 1
        }
    }

    override func endElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) {
        guard reserve(1 + 8 + 8) else { return }
        put(XMLEventRecorder.endTag, UInt8.self)
        put(UInt(bitPattern: localName), UInt.self)
        put(UInt(bitPattern: uri), UInt.self)
    }

    override func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {
        guard reserve(1 + 4 + count) else { return }
        put(XMLEventRecorder.textTag, UInt8.self)
        put(UInt32(truncatingIfNeeded: count), UInt32.self)
        putBytes(bytes, count)
    }
}
