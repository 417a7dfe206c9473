import CLibXML2

/// Receives the SAX events of one XML part. Subclasses override the events they need.
///
/// Names and text arrive as pointers into libxml2's buffers, valid only during
/// the call: handlers compare them byte-wise and copy what they keep.
class XMLEventHandler {
    /// The parser context, while a parse is running (for line numbers and stopping).
    var context: xmlParserCtxtPtr?
    /// Set by a handler to end the parse early without an error.
    private(set) var stopRequested = false
    /// Set by a handler (or the safety callbacks), through ``stop(with:)``, to end the parse with an error.
    private(set) var failure: XLSXError?
    /// Whether ``stop(with:)`` was called, with or without an error (one flag for hot loops to test).
    private(set) var hasStopped = false
    /// The position of the start tag being replayed, when the events come from a parse
    /// on another thread (``XMLEventReplayer``) rather than from a parser context.
    var replayedPosition: (line: Int, column: Int)?
    /// How many elements are open (kept by ``XMLPushParser``, which refuses to go deeper
    /// than ``XMLPushParser/maxNestingDepth``).
    var nestingDepth = 0

    init() {}

    /// An element starts. `uri` is its namespace (`nil` when none).
    func startElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?, attributes: XMLAttributes) {}

    /// An element ends.
    func endElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?) {}

    /// Character data (entity references already replaced, CDATA included).
    func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {}

    /// Ends the parse now; `error == nil` means the handler has all it wants.
    func stop(with error: XLSXError? = nil) {
        if let error, failure == nil { failure = error }
        if error == nil { stopRequested = true }
        hasStopped = true
        if let context { xmlStopParser(context) }
    }

    /// The line the parser is at (one-based), for error locations.
    var currentLine: Int? {
        guard let context else { return replayedPosition?.line }
        return Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer(context)))
    }

    /// The column the parser is at (one-based), for error locations.
    var currentColumn: Int? {
        guard let context else { return replayedPosition?.column }
        return Int(xmlSAX2GetColumnNumber(UnsafeMutableRawPointer(context)))
    }
}

/// The attributes of a start tag as libxml2 hands them over: five pointers
/// each (local name, prefix, namespace URI, value start, value end).
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let count: Int

    /// The local name of attribute `i`.
    @inline(__always)
    func localName(_ i: Int) -> UnsafePointer<UInt8> { base![i * 5]! }

    /// The namespace URI of attribute `i` (`nil` when unqualified).
    @inline(__always)
    func uri(_ i: Int) -> UnsafePointer<UInt8>? { base![i * 5 + 2] }

    /// The value bytes of attribute `i`.
    @inline(__always)
    func value(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = base![i * 5 + 3]!
        let end = base![i * 5 + 4]!
        return UnsafeBufferPointer(start: start, count: end - start)
    }

    /// The value of the first attribute called `name` with no namespace.
    @inline(__always)
    func value(of name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        var i = 0
        while i < count {
            if uri(i) == nil && XMLName.equals(localName(i), name) { return value(i) }
            i += 1
        }
        return nil
    }

    /// The value of `name` with no namespace, as a `String`.
    func string(of name: StaticString) -> String? {
        value(of: name).map(XMLAttributes.decode)
    }

    /// The value of attribute `i` as a `String`.
    func string(_ i: Int) -> String { XMLAttributes.decode(value(i)) }

    /// Attribute bytes as text. Without entity substitution (which this reader
    /// never turns on) libxml2 hands over every `&` of a value as `&#38;`; all
    /// other references arrive decoded.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26, i + 4 < bytes.count, bytes[i + 1] == 0x23, bytes[i + 2] == 0x33,
                bytes[i + 3] == 0x38, bytes[i + 4] == 0x3B
            {
                out.append(0x26)
                i += 5
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Byte-wise comparisons of the NUL-terminated names libxml2 hands over.
enum XMLName {
    /// Whether the NUL-terminated `name` equals `literal`.
    @inline(__always)
    static func equals(_ name: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        let lit = literal.utf8Start
        let n = literal.utf8CodeUnitCount
        var i = 0
        while i < n {
            if name[i] != lit[i] { return false }
            i += 1
        }
        return name[n] == 0
    }

    /// Whether `bytes` equals `literal`.
    @inline(__always)
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard bytes.count == n else { return false }
        let lit = literal.utf8Start
        var i = 0
        while i < n {
            if bytes[i] != lit[i] { return false }
            i += 1
        }
        return true
    }

    /// A `String` from a NUL-terminated name.
    static func string(_ name: UnsafePointer<UInt8>) -> String { String(cString: name) }
}
