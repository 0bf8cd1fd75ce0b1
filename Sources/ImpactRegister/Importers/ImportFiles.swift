import Foundation

/// The files an import reads: the paths given, and every file below each folder given,
/// in a stable order. Hidden files are left out.
enum ImportFiles {
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ImportError(file: path, reason: "no such file or folder")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    enumerator?.skipDescendants()
                    continue
                }
                let full = (path as NSString).appendingPathComponent(relative)
                var folder: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &folder), !folder.boolValue {
                    found.append(full)
                }
            }
            files += found.sorted()
        }
        return files
    }
}
