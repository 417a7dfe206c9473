import CLibXML2

/// libxml2's SAX2 push parser, fed chunk by chunk, hardened for untrusted input:
/// no network (`XML_PARSE_NONET`), no DTD loading, no entity substitution, and
/// any entity declaration stops the parse with ``XLSXError/Kind/forbiddenDTD``
/// (so neither a billion-laughs bomb nor an external entity can do anything).
///
/// Elements nested deeper than ``maxNestingDepth`` end the parse with
/// ``XLSXError/Kind/malformedXML``: libxml2's push parser keeps a stack entry per open
/// element and does not limit the depth itself, so a part of nothing but opening tags
/// would otherwise cost about 45 bytes of memory per 3 bytes of XML, and a lot of time.
final class XMLPushParser {
    /// The deepest nesting of elements accepted (libxml2's own default for its pull parser).
    /// Spreadsheet parts nest about ten deep.
    static let maxNestingDepth = 256

    private let handler: XMLEventHandler
    private let part: String
    private var context: xmlParserCtxtPtr?
    private var saxHandler: xmlSAXHandler
    /// The first error libxml2 reported (the structured error callback stores it here).
    fileprivate var firstError: (message: String, line: Int, column: Int)?
    /// Lines libxml2 wrote through its generic error handler ("xmlParseChunk: encoder
    /// error"), kept for the typed error instead of printed on standard error.
    fileprivate var genericMessages: [String] = []

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    init(handler: XMLEventHandler, part: String) {
        _ = XMLPushParser.initialized
        self.handler = handler
        self.part = part
        saxHandler = XMLPushParser.makeSAXHandler()
    }

    deinit {
        if let context {
            // libxml2 leaves the document it builds to its caller: when a DTD declares an
            // entity, the parser makes a document with a DTD to hold it (for expat
            // compatibility, even in SAX mode), and freeing the context does not free it.
            // A part refused for its DTD must not leave that behind.
            if let document = context.pointee.myDoc {
                context.pointee.myDoc = nil
                xmlFreeDoc(document)
            }
            xmlFreeParserCtxt(context)
        }
        handler.context = nil
    }

    /// Whether the handler asked to stop or failed: feed no more.
    var isDone: Bool { handler.stopRequested || handler.failure != nil }

    /// Parses the next chunk of the part.
    func feed(_ bytes: UnsafeRawPointer, count: Int) throws(XLSXError) {
        guard count > 0 else { return }
        var pointer = bytes.assumingMemoryBound(to: CChar.self)
        var remaining = count
        if context == nil {
            // The first bytes let libxml2 detect the encoding (UTF-16 BOMs, the declaration).
            let first = min(4, remaining)
            let userData = Unmanaged.passUnretained(handler).toOpaque()
            context = withErrorsCaptured {
                withUnsafeMutablePointer(to: &saxHandler) { sax in
                    xmlCreatePushParserCtxt(sax, userData, pointer, Int32(first), part)
                }
            }
            guard let context else {
                throw XLSXError(.malformedXML, part: part, detail: "the XML parser could not start")
            }
            handler.context = context
            // The SAX block was copied into the context; point its private field at us for errors.
            context.pointee.sax.pointee._private = Unmanaged.passUnretained(self).toOpaque()
            xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
            pointer += first
            remaining -= first
        }
        while remaining > 0 && !isDone {
            let n = min(remaining, Int(Int32.max / 2))
            let status = withErrorsCaptured { xmlParseChunk(context, pointer, Int32(n), 0) }
            try check(status)
            pointer += n
            remaining -= n
        }
    }

    /// Tells the parser the part has ended, which checks that the document is complete.
    func finish() throws(XLSXError) {
        if isDone {
            try check(0)
            return
        }
        guard let context else {
            throw XLSXError(.malformedXML, part: part, line: 1, column: 1, detail: "the part is empty")
        }
        let status = withErrorsCaptured { xmlParseChunk(context, nil, 0, 1) }
        try check(status)
    }

    private func check(_ status: Int32) throws(XLSXError) {
        if let failure = handler.failure {
            var error = failure
            if error.part == nil { error.part = part }
            throw error
        }
        if handler.stopRequested { return }
        guard status != 0 else { return }
        let generic = genericMessages.isEmpty ? "" : " (libxml2: " + genericMessages.joined(separator: "; ") + ")"
        if let firstError {
            // Errors raised outside the parser context (encoding conversion) carry no place:
            // then the place is where the parser stopped.
            let known = firstError.line > 0
            let line = known ? firstError.line : context.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) }
            let column = known ? firstError.column : context.map { Int(xmlSAX2GetColumnNumber(UnsafeMutableRawPointer($0))) }
            throw XLSXError(.malformedXML, part: part, line: line, column: column, detail: firstError.message + generic)
        }
        var line: Int?
        var column: Int?
        var message = "error \(status)"
        if let context, let last = xmlCtxtGetLastError(UnsafeMutableRawPointer(context)) {
            line = Int(last.pointee.line)
            column = Int(last.pointee.int2)
            if let text = last.pointee.message { message = String(cString: text).trimmingNewlines() }
        }
        if message.hasPrefix("error "), !genericMessages.isEmpty { message = genericMessages.joined(separator: "; ") }
        throw XLSXError(
            .malformedXML, part: part, line: line, column: column, detail: message + (message == genericMessages.joined(separator: "; ") ? "" : generic))
    }

    /// Runs `body` with libxml2's error handler for this thread pointed at this parser, then
    /// puts the previous one back. Errors raised outside the parser context (bytes that do not
    /// convert from the declared encoding, and the I/O error that follows) then become this
    /// parse's error instead of lines that libxml2 prints on standard error.
    private func withErrorsCaptured<T>(_ body: () -> T) -> T {
        let savedHandler = __xmlStructuredError()?.pointee
        let savedContext = __xmlStructuredErrorContext()?.pointee
        let me = Unmanaged.passUnretained(self).toOpaque()
        xmlSetStructuredErrorFunc(me, XMLPushParser.threadError)
        let savedGeneric = plansheets_capture_generic_errors(me, XMLPushParser.genericError)
        defer {
            plansheets_restore_generic_errors(savedGeneric)
            xmlSetStructuredErrorFunc(savedContext ?? nil, savedHandler ?? nil)
        }
        return body()
    }

    /// libxml2's generic error lines (a format string; its arguments are not read).
    private static let genericError: plansheets_generic_error_func = { userData, message in
        guard let userData, let message else { return }
        let parser = Unmanaged<XMLPushParser>.fromOpaque(userData).takeUnretainedValue()
        let text = String(cString: message).trimmingNewlines()
        if !text.isEmpty, parser.genericMessages.count < 4 { parser.genericMessages.append(text) }
    }

    private static let threadError: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let parser = Unmanaged<XMLPushParser>.fromOpaque(userData).takeUnretainedValue()
        if parser.firstError == nil {
            let message = error.pointee.message.map { String(cString: $0).trimmingNewlines() } ?? "XML error"
            parser.firstError = (message, Int(error.pointee.line), Int(error.pointee.int2))
        }
    }

    // MARK: - The C callbacks

    private static func handler(_ ctx: UnsafeMutableRawPointer?) -> XMLEventHandler {
        Unmanaged<XMLEventHandler>.fromOpaque(ctx!).takeUnretainedValue()
    }

    private static func makeSAXHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        // The hot callbacks borrow the handler without retaining it (it outlives the parse).
        sax.startElementNs = { ctx, localName, _, uri, _, _, attributeCount, _, attributes in
            Unmanaged<XMLEventHandler>.fromOpaque(ctx!)._withUnsafeGuaranteedRef { handler in
                handler.nestingDepth += 1
                guard handler.nestingDepth <= XMLPushParser.maxNestingDepth else {
                    handler.stop(
                        with: XLSXError(
                            .malformedXML, line: handler.currentLine, column: handler.currentColumn,
                            detail: "elements nested more than \(XMLPushParser.maxNestingDepth) deep"))
                    return
                }
                handler.startElement(
                    localName: localName!, uri: uri,
                    attributes: XMLAttributes(base: attributes, count: Int(attributeCount)))
            }
        }
        sax.endElementNs = { ctx, localName, _, uri in
            Unmanaged<XMLEventHandler>.fromOpaque(ctx!)._withUnsafeGuaranteedRef { handler in
                handler.nestingDepth -= 1
                // Only elements whose start the handler saw end in the handler.
                guard handler.nestingDepth < XMLPushParser.maxNestingDepth else { return }
                handler.endElement(localName: localName!, uri: uri)
            }
        }
        let characters: charactersSAXFunc = { ctx, bytes, count in
            guard let bytes, count > 0 else { return }
            Unmanaged<XMLEventHandler>.fromOpaque(ctx!)._withUnsafeGuaranteedRef {
                $0.characters(bytes, count: Int(count))
            }
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        // Safety: any entity declaration ends the parse. Entities are never fetched or expanded.
        sax.entityDecl = { ctx, name, _, _, _, _ in
            let handler = XMLPushParser.handler(ctx)
            handler.stop(
                with: XLSXError(
                    .forbiddenDTD, line: handler.currentLine, column: handler.currentColumn,
                    detail: "entity '\(name.map { String(cString: $0) } ?? "?")' declared"))
        }
        sax.unparsedEntityDecl = { ctx, name, _, _, _ in
            let handler = XMLPushParser.handler(ctx)
            handler.stop(
                with: XLSXError(
                    .forbiddenDTD, line: handler.currentLine, column: handler.currentColumn,
                    detail: "unparsed entity '\(name.map { String(cString: $0) } ?? "?")' declared"))
        }
        sax.getEntity = { _, _ in nil }
        sax.getParameterEntity = { _, _ in nil }
        sax.resolveEntity = { _, _, _ in nil }
        sax.serror = { userData, error in
            // userData is the handler; the parser object hangs off the SAX block's _private.
            // Only fatal errors end a parse; namespace and other recoverable errors do not.
            guard let error, error.pointee.level.rawValue >= XML_ERR_FATAL.rawValue else { return }
            guard let ctxt = error.pointee.ctxt?.assumingMemoryBound(to: xmlParserCtxt.self),
                let sax = ctxt.pointee.sax, let parserPointer = sax.pointee._private
            else { return }
            let parser = Unmanaged<XMLPushParser>.fromOpaque(parserPointer).takeUnretainedValue()
            if parser.firstError == nil {
                let message = error.pointee.message.map { String(cString: $0).trimmingNewlines() } ?? "XML error"
                parser.firstError = (message, Int(error.pointee.line), Int(error.pointee.int2))
            }
            _ = userData
        }
        return sax
    }
}

extension String {
    func trimmingNewlines() -> String {
        var text = self
        while let last = text.last, last == "\n" || last == "\r" { text.removeLast() }
        return text
    }
}
