import CLibXML2

extension XMLStreamReader {
    /// The value of the current element's attribute with this local name, whatever its
    /// namespace prefix (GtR-2 writes `ns1:amount`, with prefixes that vary by response).
    public func attribute(anyNamespace localName: String) -> String? {
        if let plain = attribute(localName: localName) { return plain }
        guard nodeType == .element, xmlTextReaderMoveToFirstAttribute(readerPointer) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(readerPointer) }
        repeat {
            if let name = xmlTextReaderConstLocalName(readerPointer), String(cString: name) == localName,
               let value = xmlTextReaderConstValue(readerPointer) {
                return String(cString: value)
            }
        } while xmlTextReaderMoveToNextAttribute(readerPointer) == 1
        return nil
    }
}
