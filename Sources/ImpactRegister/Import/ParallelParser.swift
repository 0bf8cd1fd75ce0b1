import Foundation

/// Reads and parses a batch of files on every core but one (see `workers`); the results come
/// back in file order.
enum ParallelParser {
    struct Parsed: Sendable {
        var format: ImportFormat?
        var result: Result<[ImportedRecord], ImportError>
        /// What the parser reported besides the records (sheets and columns not imported).
        var notes: [String] = []
        /// Each record's fields, checked as far as they can be without the register.
        var prepared: [Result<PreparedFields, RegisterError>] = []
    }

    /// Starts parsing a batch in the background, so that the next batch is parsed while the
    /// current one is written; `wait()` gives the results.
    static func start(_ paths: [String], format: ImportFormat?, options: ImportOptions, groups: [String: String], context: ChangeContext) -> Pending {
        let pending = Pending()
        pending.group.enter()
        DispatchQueue.global().async {
            pending.results = parse(paths, format: format, options: options, groups: groups, context: context)
            pending.group.leave()
        }
        return pending
    }

    /// A batch being parsed.
    final class Pending: @unchecked Sendable {
        fileprivate let group = DispatchGroup()
        // Written once by the parsing task before `group.leave()`, read after `group.wait()`.
        fileprivate var results: [Parsed] = []

        func wait() -> [Parsed] {
            group.wait()
            return results
        }
    }

    /// How many threads parse: every core but the one the writing thread keeps busy. With a
    /// thread per core, the two parsing threads, the writer and the checkpoint shared two cores,
    /// and the writer, which sets the import's pace, waited for its turn (20,000 projects: the
    /// writer used 40 s of CPU in a 49 s import).
    static let workers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)

    static func parse(_ paths: [String], format: ImportFormat?, options: ImportOptions, groups: [String: String], context: ChangeContext) -> [Parsed] {
        let results = ResultSlots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: min(workers, paths.count)) { worker in
            for index in stride(from: worker, to: paths.count, by: workers) {
                results.set(index, prepared(paths[index], format: format, options: options, groups: groups, context: context))
            }
        }
        return results.values
    }

    /// Parses one file and checks its records' fields as far as they can be without the register.
    static func prepared(_ path: String, format: ImportFormat?, options: ImportOptions, groups: [String: String], context: ChangeContext) -> Parsed {
        prepare(parse(path, format: format, options: options, groups: groups), context: context)
    }

    /// A parsed file with its records' fields checked as far as they can be without the register.
    static func prepare(_ parsed: Parsed, context: ChangeContext) -> Parsed {
        var parsed = parsed
        if case .success(let records) = parsed.result {
            parsed.prepared = records.map { record in
                do {
                    return .success(try PreparedFields.prepare(record.kind, record.fields, context: context))
                } catch let error as RegisterError {
                    return .failure(error)
                } catch {
                    return .failure(RegisterError(.invalidValue, "\(record.kind.rawValue): \(error)"))
                }
            }
        }
        return parsed
    }

    static func parse(_ path: String, format: ImportFormat?, options: ImportOptions, groups: [String: String]) -> Parsed {
        let data: Data
        do {
            // Saying it is a file spares Foundation a look at the file system to find out.
            data = try Data(contentsOf: URL(fileURLWithPath: path, isDirectory: false))
        } catch {
            return Parsed(format: format, result: .failure(ImportError(file: path, reason: "cannot be read: \(error.localizedDescription)")))
        }
        return parse(data, path: path, format: format, options: options, groups: groups)
    }

    /// Parses a file's bytes, read already; `path` names it in errors.
    static func parse(_ data: Data, path: String, format: ImportFormat?, options: ImportOptions, groups: [String: String]) -> Parsed {
        var detected = format
        do {
            let chosen = try format ?? FormatDetector.detect(data, path: path)
            detected = chosen
            let parsed = try RecordParsers.parseWithNotes(data, path: path, format: chosen, options: options, groups: groups)
            return Parsed(format: chosen, result: .success(parsed.records), notes: parsed.notes)
        } catch let error as ImportError {
            return Parsed(format: detected, result: .failure(error))
        } catch {
            return Parsed(format: detected, result: .failure(ImportError(file: path, reason: "cannot be read: \(error.localizedDescription)")))
        }
    }

    /// Slots that parallel workers fill by index.
    private final class ResultSlots: @unchecked Sendable {
        private var slots: [Parsed?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Parsed) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var values: [Parsed] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0 ?? Parsed(format: nil, result: .failure(ImportError(file: "?", reason: "was not parsed"))) }
        }
    }
}
