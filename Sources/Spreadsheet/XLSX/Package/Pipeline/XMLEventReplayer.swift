/// Hands recorded SAX events (``XMLEventRecorder``) to the real handler, on the consumer's
/// thread, exactly as libxml2 handed them to the recorder; the position of each start tag
/// is what the handler's ``XMLEventHandler/currentLine`` and ``XMLEventHandler/currentColumn``
/// report meanwhile.
final class XMLEventReplayer {
    private let handler: XMLEventHandler
    /// Five pointers per attribute, the layout libxml2 uses (name, prefix, URI, value start, value end).
    private var attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>
    private var attributeCapacity = 16

    init(handler: XMLEventHandler) {
        self.handler = handler
        attributes = .allocate(capacity: attributeCapacity * 5)
    }

    deinit { attributes.deallocate() }

    /// Replays the events of `block`; `false` when the handler stopped or failed.
    func replay(_ block: XMLEventBlock) -> Bool {
        let base = UnsafeRawPointer(block.base)
        let end = block.count
        let handler = self.handler
        var offset = 0
        while offset < end {
            let tag = base.load(fromByteOffset: offset, as: UInt8.self)
            offset += 1
            if tag == XMLEventRecorder.startTag {
                let line = base.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let column = base.loadUnaligned(fromByteOffset: offset + 4, as: Int32.self)
                let name = UnsafePointer<UInt8>(bitPattern: base.loadUnaligned(fromByteOffset: offset + 8, as: UInt.self))!
                let uri = UnsafePointer<UInt8>(bitPattern: base.loadUnaligned(fromByteOffset: offset + 16, as: UInt.self))
                let count = Int(base.loadUnaligned(fromByteOffset: offset + 24, as: UInt32.self))
                offset += 28
                if count > attributeCapacity { growAttributes(count) }
                let slots = attributes
                var i = 0
                while i < count {
                    let slot = slots + i * 5
                    slot[0] = UnsafePointer<UInt8>(bitPattern: base.loadUnaligned(fromByteOffset: offset, as: UInt.self))
                    slot[1] = nil
                    slot[2] = UnsafePointer<UInt8>(bitPattern: base.loadUnaligned(fromByteOffset: offset + 8, as: UInt.self))
                    let length = Int(base.loadUnaligned(fromByteOffset: offset + 16, as: UInt32.self))
                    let value = (base + offset + 20).assumingMemoryBound(to: UInt8.self)
                    slot[3] = value
                    slot[4] = value + length
                    offset += 20 + length
                    i += 1
                }
                handler.replayedPosition = (Int(line), Int(column))
                handler.startElement(localName: name, uri: uri, attributes: XMLAttributes(base: slots, count: count))
            } else if tag == XMLEventRecorder.endTag {
                let name = UnsafePointer<UInt8>(bitPattern: base.loadUnaligned(fromByteOffset: offset, as: UInt.self))!
                let uri = UnsafePointer<UInt8>(bitPattern: base.loadUnaligned(fromByteOffset: offset + 8, as: UInt.self))
                offset += 16
                handler.endElement(localName: name, uri: uri)
            } else {
                let length = Int(base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                handler.characters((base + offset + 4).assumingMemoryBound(to: UInt8.self), count: length)
                offset += 4 + length
            }
            if handler.hasStopped { return false }
        }
        return true
    }

    private func growAttributes(_ count: Int) {
        attributes.deallocate()
        attributeCapacity = max(count, attributeCapacity * 2)
        attributes = .allocate(capacity: attributeCapacity * 5)
    }
}
