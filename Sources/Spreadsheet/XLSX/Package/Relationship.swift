/// One relationship of an OPC part: `<Relationship Id Type Target TargetMode/>`.
struct Relationship: Hashable, Sendable {
    /// The `Id` attribute (`rId3`).
    var id: String
    /// The full relationship type URI.
    var type: String
    /// The target part, resolved to a part name from the package root; the raw
    /// target for external relationships.
    var target: String
    /// Whether the target lies outside the package (`TargetMode="External"`).
    var isExternal: Bool

    /// The last segment of the type: `worksheet`, `styles`, `officeDocument`...
    /// (the same in Transitional and Strict spellings).
    var kind: Substring {
        var type = Substring(self.type)
        while type.hasSuffix("/") { type = type.dropLast() }
        if let slash = type.lastIndex(of: "/") { return type[type.index(after: slash)...] }
        return type
    }
}

/// Reads a `.rels` part.
final class RelationshipsHandler: XMLEventHandler {
    private let source: String
    private var packageNamespace = NamespaceMatcher(XMLNamespaces.package)
    private(set) var relationships: [Relationship] = []

    /// `source` is the part whose relationships these are (`""` for the package).
    init(source: String) {
        self.source = source
    }

    override func startElement(localName: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?, attributes: XMLAttributes) {
        guard XMLName.equals(localName, "Relationship"), packageNamespace.matches(uri) else { return }
        let target = attributes.string(of: "Target") ?? ""
        let external = attributes.string(of: "TargetMode") == "External"
        relationships.append(
            Relationship(
                id: attributes.string(of: "Id") ?? "",
                type: attributes.string(of: "Type") ?? "",
                target: external ? target : PartName.resolve(target: target, from: source),
                isExternal: external))
    }

    /// Reads the relationships of `part` (`""` for the package's own); none when the part has no `.rels`.
    static func read(of part: String, in archive: ZipArchive) throws(XLSXError) -> [Relationship] {
        let handler = RelationshipsHandler(source: part)
        guard try XMLPartReader.parse(PartName.relationshipsPart(of: part), in: archive, with: handler) else {
            return []
        }
        return handler.relationships
    }
}
