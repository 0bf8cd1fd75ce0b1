import CLibXML2

extension XMLStreamReader {
    /// Returns the text content of the current element — its text, CDATA and white space,
    /// including that of descendants, in document order — and leaves the reader on the element's
    /// end element. Entity and character references are already decoded (`&amp;` gives `&`).
    ///
    /// On an empty element (`<a/>`) it returns `""` and stays there. On a text, CDATA or
    /// white-space node it returns that node's value and stays there; on any other node, `""`.
    ///
    /// - Parameter decodingForbidden: reverse ``XMLTextEscaping/encodeForbidden(_:)``, for text
    ///   written by ``XMLStreamWriter``.
    public func readText(decodingForbidden: Bool = false) throws -> String {
        let text: String
        switch nodeType {
        case .element where !isEmptyElement:
            text = try collectText()
        case .text, .cdata, .whitespace:
            text = value ?? ""
        default:
            text = ""
        }
        return decodingForbidden ? XMLTextEscaping.decodeForbidden(text) : text
    }

    /// Moves past the current element's content to its end element, without building strings.
    /// Does nothing on an empty element or on a node that is not an element.
    public func skipElement() throws {
        guard nodeType == .element, !isEmptyElement else { return }
        let start = depth
        while try next() {
            if nodeType == .endElement, depth == start { return }
        }
        throw XMLInputError(file: name, line: line, message: "document ended inside an element")
    }

    private func collectText() throws -> String {
        let start = depth
        var text = ""
        while try next() {
            switch nodeType {
            case .text, .cdata, .whitespace:
                if let pointer = xmlTextReaderConstValue(readerPointer) {
                    text += String(cString: pointer)
                }
            case .endElement where depth == start:
                return text
            default:
                continue
            }
        }
        throw XMLInputError(file: name, line: line, message: "document ended inside an element")
    }
}
