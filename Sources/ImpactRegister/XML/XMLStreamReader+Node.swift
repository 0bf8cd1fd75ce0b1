import CLibXML2

extension XMLStreamReader {
    /// The local name of the current element (no prefix), or `#text` and the like for other nodes.
    /// Names are cached per reader, so asking costs no allocation after the first time.
    public var localName: String {
        cachedName(xmlTextReaderConstLocalName(readerPointer)) ?? ""
    }

    /// The name as written, with its prefix (for example `gtr:title`).
    public var qualifiedName: String {
        cachedName(xmlTextReaderConstName(readerPointer)) ?? ""
    }

    /// The namespace URI of the current element, or `nil` when it has none.
    public var namespaceURI: String? {
        cachedName(xmlTextReaderConstNamespaceUri(readerPointer))
    }

    /// The depth of the current node: 0 for the root element, 1 for its children, and so on.
    public var depth: Int { Int(xmlTextReaderDepth(readerPointer)) }

    /// Whether the current element was written as `<name/>` (no end element will follow).
    public var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(readerPointer) == 1 }

    /// The 1-based line of the current node; for an end element, the line of its start tag.
    public var line: Int {
        guard let node = xmlTextReaderCurrentNode(readerPointer) else { return 0 }
        return Int(xmlGetLineNo(node))
    }

    /// The text of the current text, CDATA or white-space node, exactly as decoded; `nil` for
    /// other nodes.
    public var value: String? {
        switch nodeType {
        case .text, .cdata, .whitespace:
            return xmlTextReaderConstValue(readerPointer).map { String(cString: $0) }
        default:
            return nil
        }
    }

    /// The value of an attribute of the current element, found by local name and namespace URI
    /// (`nil` for an attribute without a prefix).
    ///
    /// - Parameter decodingForbidden: reverse ``XMLTextEscaping/encodeForbidden(_:)``, for values
    ///   written by ``XMLStreamWriter``.
    public func attribute(localName: String, namespace: String? = nil, decodingForbidden: Bool = false) -> String? {
        guard nodeType == .element else { return nil }
        let raw = localName.withXMLChars { local in
            guard let namespace else { return xmlTextReaderGetAttribute(readerPointer, local) }
            return namespace.withXMLChars { xmlTextReaderGetAttributeNs(readerPointer, local, $0) }
        }
        guard let raw else { return nil }
        defer { impact_xml_free(raw) }
        let text = String(cString: raw)
        return decodingForbidden ? XMLTextEscaping.decodeForbidden(text) : text
    }

    /// Interned libxml2 names stay valid for the reader's life, so each is converted once.
    private func cachedName(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        let key = UnsafeRawPointer(pointer)
        if let name = nameCache[key] { return name }
        let name = String(cString: pointer)
        nameCache[key] = name
        return name
    }
}

extension String {
    /// Calls `body` with this string as a NUL-terminated `xmlChar` pointer.
    func withXMLChars<T>(_ body: (UnsafePointer<xmlChar>) throws -> T) rethrows -> T {
        try withCString { try body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}
