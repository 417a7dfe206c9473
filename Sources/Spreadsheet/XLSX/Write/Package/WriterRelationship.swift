/// One relationship of a package part (an entry of a `.rels` part).
struct WriterRelationship {
    var id: String
    /// The full relationship type URI.
    var type: String
    var target: String
    var isExternal = false

    /// A relationship of one of the officeDocument types (`worksheet`, `styles`, `drawing`…).
    static func office(_ id: String, _ kind: String, _ target: String, external: Bool = false) -> WriterRelationship {
        WriterRelationship(id: id, type: WriterXMLLiterals.relationshipTypePrefix + kind, target: target, isExternal: external)
    }

    /// Renders a whole `.rels` part.
    static func render(_ relationships: [WriterRelationship], into out: XMLByteBuffer) {
        out.append(WriterXMLLiterals.declaration)
        out.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        for relationship in relationships {
            out.append("<Relationship Id=\"")
            out.appendEscapedAttribute(relationship.id)
            out.append("\" Type=\"")
            out.appendEscapedAttribute(relationship.type)
            out.append("\" Target=\"")
            out.appendEscapedAttribute(relationship.target)
            out.append(relationship.isExternal ? "\" TargetMode=\"External\"/>" : "\"/>")
        }
        out.append("</Relationships>")
    }
}
