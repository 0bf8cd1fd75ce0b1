// TEMPORARY: replaced by the parser branches.
import Foundation
enum BibTeXParser { static func parse(_ text: String, path: String, options: ImportOptions) throws -> [ImportedRecord] { throw ImportError(file: path, reason: "stub") } }
enum RISParser { static func parse(_ text: String, path: String, options: ImportOptions) throws -> [ImportedRecord] { throw ImportError(file: path, reason: "stub") } }
enum SignInSheetParser { static func parse(_ text: String, path: String, options: ImportOptions, groups: [String: String]) throws -> [ImportedRecord] { throw ImportError(file: path, reason: "stub") } }
