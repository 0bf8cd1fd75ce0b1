import Foundation
import ImpactRegister

/// Uploaded files waiting for the user to confirm their import, each batch in a folder of its
/// own under names the server makes (`upload-1.xml`): the name a browser sent is only shown,
/// never used as a path. A batch belongs to the session that uploaded it and is kept an hour.
actor ImportStaging {
    struct Batch: Sendable {
        let folder: URL
        /// The server's file path → the name the user gave it.
        let names: [String: String]
        let options: ImportOptions
        let session: String
        let created: Date
    }

    static let lifetime: TimeInterval = 3600
    /// Extensions kept on the server's names (the importer reads content, but a folder
    /// expansion skips unknown extensions); anything else is staged as `.txt`.
    static let extensions: Set<String> = ["txt", "xml", "bib", "ris", "csv"]

    private var batches: [String: Batch] = [:]

    /// Stages uploads; returns the batch's id.
    func stage(_ uploads: [Upload], options: ImportOptions, session: String) throws -> (String, Batch) {
        expire()
        let id = Sessions.randomToken()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-import-\(id)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var names: [String: String] = [:]
        for (index, upload) in uploads.enumerated() {
            let given = (upload.fileName as NSString).pathExtension.lowercased()
            let path = folder.appendingPathComponent("upload-\(index + 1).\(Self.extensions.contains(given) ? given : "txt")").path
            guard FileManager.default.createFile(atPath: path, contents: upload.data, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown)
            }
            names[path] = upload.fileName
        }
        let batch = Batch(folder: folder, names: names, options: options, session: session, created: Date())
        batches[id] = batch
        return (id, batch)
    }

    /// Takes a batch out for its import; nil if unknown, expired or another session's.
    func take(_ id: String, session: String) -> Batch? {
        expire()
        guard let batch = batches[id], batch.session == session else { return nil }
        batches[id] = nil
        return batch
    }

    private func expire() {
        for (id, batch) in batches where Date().timeIntervalSince(batch.created) > Self.lifetime {
            try? FileManager.default.removeItem(at: batch.folder)
            batches[id] = nil
        }
    }
}
