import Foundation
import MultipartKit
import NIOCore

/// One uploaded file: the name the browser gave it (shown, never used as a path) and its bytes.
struct Upload: Sendable {
    let fileName: String
    let data: Data
}

/// Reads a `multipart/form-data` body into its plain fields and its files.
enum MultipartBody {
    /// The boundary of a `multipart/form-data` content type, if it is one.
    static func boundary(_ contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" { return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }

    static func parse(_ buffer: ByteBuffer, boundary: String) throws -> (form: FormBody, uploads: [Upload]) {
        final class Collector {
            var headers: [(String, String)] = []
            var body = ByteBuffer()
            var fields: [(name: String, value: String)] = []
            var uploads: [Upload] = []

            func complete() {
                let disposition = headers.first { $0.0.lowercased() == "content-disposition" }?.1 ?? ""
                let name = Self.parameter("name", disposition)
                let data = Data(body.readableBytesView)
                if let fileName = Self.parameter("filename", disposition) {
                    if !data.isEmpty { uploads.append(Upload(fileName: fileName, data: data)) }
                } else if let name {
                    fields.append((name, String(decoding: data, as: UTF8.self)))
                }
                headers = []
                body = ByteBuffer()
            }

            static func parameter(_ key: String, _ header: String) -> String? {
                for part in header.split(separator: ";").dropFirst() {
                    let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    if pair.count == 2, pair[0].lowercased() == key {
                        return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                    }
                }
                return nil
            }
        }
        let collector = Collector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { collector.headers.append(($0, $1)) }
        parser.onBody = { collector.body.writeBuffer(&$0) }
        parser.onPartComplete = { collector.complete() }
        try parser.execute(buffer)
        return (FormBody(pairs: collector.fields), collector.uploads)
    }
}
