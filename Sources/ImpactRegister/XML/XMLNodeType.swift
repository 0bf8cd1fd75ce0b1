/// The kind of node an ``XMLStreamReader`` is positioned on.
public enum XMLNodeType: Sendable, Equatable {
    /// A start tag, or an empty-element tag (see ``XMLStreamReader/isEmptyElement``).
    case element
    /// An end tag.
    case endElement
    /// Character data (entity and character references already decoded).
    case text
    /// A CDATA section.
    case cdata
    /// Character data made only of white space.
    case whitespace
    /// Anything else: comments, processing instructions.
    case other
}
