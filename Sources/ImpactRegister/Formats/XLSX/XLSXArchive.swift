import Foundation
import ZIPFoundation

/// The zip container of a workbook: its parts by name, each read whole into memory under the
/// limits of ``XLSXLimits``, counted while inflating.
final class XLSXArchive {
    let file: String
    private let archive: Archive
    private let entries: [String: Entry]
    private let limits: XLSXLimits
    private var bytesRead = 0

    init(path: String, limits: XLSXLimits) throws {
        self.file = path
        self.limits = limits
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw XLSXError(file: path, message: "cannot open the file: it does not exist or cannot be read")
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw XLSXError(file: path, message: "not an XLSX workbook: the file is not a zip archive")
        }
        entries = try Self.index(archive, file: path, limits: limits)
    }

    init(data: Data, name: String, limits: XLSXLimits) throws {
        self.file = name
        self.limits = limits
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw XLSXError(file: name, message: "not an XLSX workbook: the data is not a zip archive")
        }
        entries = try Self.index(archive, file: name, limits: limits)
    }

    /// Whether the zip has a part of this name.
    func contains(_ part: String) -> Bool { entries[part] != nil }

    /// The expanded bytes of a part; throws if it is missing or breaks a limit.
    func read(_ part: String) throws -> Data {
        guard let entry = entries[part] else {
            throw XLSXError(file: file, part: part, message: "the workbook has no such part")
        }
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                try self.check(expanded: data.count, compressed: compressed, part: part)
            }
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError(file: file, part: part, message: "the part cannot be extracted: it is damaged (\(error))")
        }
        bytesRead += data.count
        return data
    }

    private func check(expanded: Int, compressed: Int, part: String) throws {
        if expanded > limits.maximumPartBytes {
            throw XLSXError(file: file, part: part, message:
                "the part expands past \(limits.maximumPartBytes >> 20) MB, the most one part may hold: refused as a zip bomb")
        }
        if bytesRead + expanded > limits.maximumTotalBytes {
            throw XLSXError(file: file, part: part, message:
                "the workbook expands past \(limits.maximumTotalBytes >> 20) MB in all, the most a workbook may hold: refused as a zip bomb")
        }
        if expanded > limits.ratioAppliesAfter, expanded / compressed > limits.maximumRatio {
            throw XLSXError(file: file, part: part, message:
                "the part expands more than \(limits.maximumRatio) times its compressed size: refused as a zip bomb")
        }
    }

    private static func index(_ archive: Archive, file: String, limits: XLSXLimits) throws -> [String: Entry] {
        var entries = [String: Entry]()
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.maximumEntries {
                throw XLSXError(file: file, message:
                    "the zip lists more than \(limits.maximumEntries) entries, the most a workbook may have: refused as a zip bomb")
            }
            if entries[entry.path] == nil { entries[entry.path] = entry }
        }
        return entries
    }
}
