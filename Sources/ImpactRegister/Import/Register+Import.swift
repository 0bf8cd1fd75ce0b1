import Foundation
import GRDB

extension Register {
    /// Imports files and folders: files are parsed on other threads while the one writing thread
    /// stores them, so that a file with an error leaves nothing behind while the others are
    /// still imported. Files are committed in batches (see below).
    ///
    /// ```swift
    /// let report = try register.importFiles(["gtr/"], options: ImportOptions(), context: .imported(by: "admin"))
    /// ```
    public func importFiles(
        _ paths: [String], format: ImportFormat? = nil, options: ImportOptions = ImportOptions(),
        dryRun: Bool = false, context: ChangeContext, keptFiles: Int = .max,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> ImportReport {
        try importFiles(
            paths, format: format, options: options, dryRun: dryRun, context: context, keptFiles: keptFiles,
            filesPerCommit: Self.filesPerCommit, progress: progress)
    }

    /// ``importFiles(_:format:options:dryRun:context:keptFiles:progress:)`` committing every
    /// `filesPerCommit` files, a multiple of ``filesPerBatch`` (tests use fewer).
    func importFiles(
        _ paths: [String], format: ImportFormat? = nil, options: ImportOptions = ImportOptions(),
        dryRun: Bool = false, context: ChangeContext, keptFiles: Int = .max, filesPerCommit: Int,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> ImportReport {
        precondition(filesPerCommit > 0 && filesPerCommit % Self.filesPerBatch == 0, "a commit holds whole batches")
        let started = Date()
        let files = try ImportFiles.expand(paths)
        let groups = try database.read(StakeholderGroupNames.read)
        var report = ImportReport()
        report.dryRun = dryRun
        report.keptFiles = keptFiles
        // Each commit appends to the write-ahead log. The log is copied into the database on
        // another thread (see BackgroundCheckpoint), not by the writing connection.
        let checkpoint = dryRun ? nil : try BackgroundCheckpoint(path: path)
        try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        defer {
            checkpoint?.finish()
            try? database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000") }
        }
        // Files are parsed 64 at a time and committed 8,192 at a time. A commit copies every
        // page it changed to the write-ahead log, and the indexes on source ids and titles take
        // their keys in random order, so nearly every page of them changes in every commit: with
        // 512 files a commit, importing 20,000 projects (a 532 MB register) wrote 3.0 GB, with
        // 2,048 files 1.6 GB, with 8,192 files 1.2 GB (in alternating runs, 41-45 s with 512
        // files against 37-41 s with 2,048; 42-43 s with 2,048 against 38-40 s with 8,192). A
        // crash loses at most the files of the commit under way, which a second import adds again.
        let batchSize = Self.filesPerBatch
        let batchesPerCommit = filesPerCommit / Self.filesPerBatch
        let batches = stride(from: 0, to: files.count, by: batchSize).map { $0..<min($0 + batchSize, files.count) }
        var parseContext = context
        parseContext.strictness = .keepAndFlag
        let parse = { [parseContext] (batch: Range<Int>) in
            ParallelParser.start(Array(files[batch]), format: format, options: options, groups: groups, context: parseContext)
        }
        // While one batch is written, the next two are parsed: with only one, the writing thread
        // waited whenever a batch of long files took longer to parse than the one before it
        // took to write.
        var ahead = batches.prefix(Self.batchesParsedAhead).map(parse)
        let known = try database.read { db in try KnownSourceIDs.forImport(files: files.count, db) }
        for commit in stride(from: 0, to: batches.count, by: batchesPerCommit) {
            let written = try database.writeWithoutTransaction { db in
                // Files are written one after another with no savepoint of their own: a
                // savepoint per file copied every page the file changed into a journal, to be
                // thrown away unless the file failed. When one does fail, the commit's files are
                // rolled back, parsed again and written each in its savepoint, so that only the
                // bad file is left out (see `writeAgain`).
                let commitBatches = Array(batches[commit..<min(commit + batchesPerCommit, batches.count)])
                var written: [ImportReport.File] = []
                var failed = false
                try db.inTransaction {
                    try known?.refresh(db)
                    try RegisterRelease.stampWritten(db)
                    for (offset, batch) in commitBatches.enumerated() {
                        let parsed = ahead.isEmpty ? [] : ahead.removeFirst().wait()
                        let following = commit + offset + Self.batchesParsedAhead
                        if following < batches.count { ahead.append(parse(batches[following])) }
                        if !failed {
                            for (path, result) in zip(files[batch], parsed) {
                                guard let file = try write(path, result, db: db, context: context, known: known, alone: false) else {
                                    failed = true
                                    break
                                }
                                written.append(file)
                            }
                            // Shown as each batch is written: a commit takes thousands of files.
                            if !failed { progress?(report.fileCount + written.count, files.count) }
                        }
                        // Freeing a batch's records and strings was a twentieth of the writing
                        // thread, which sets the import's pace; another thread does it.
                        DispatchQueue.global().async { withExtendedLifetime(parsed) {} }
                    }
                    return dryRun || failed ? .rollback : .commit
                }
                if failed {
                    written = try writeAgain(commitBatches, of: files, parse: parse, db: db, context: context, known: known, dryRun: dryRun)
                }
                checkpoint?.afterCommit(db)
                return written
            }
            for file in written { report.append(file) }
            progress?(report.fileCount, files.count)
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// Files parsed together, and given to the writer together.
    static let filesPerBatch = 64
    /// Files written in one transaction (a multiple of ``filesPerBatch``).
    static let filesPerCommit = 8_192
    /// Batches being parsed while one is written.
    static let batchesParsedAhead = 2

    /// Writes a commit's files again after one failed, each in a savepoint of its own, so that
    /// a file with an error leaves nothing behind and the others are imported. The files are
    /// parsed again, a batch ahead as before: keeping every parsed record of a commit until it
    /// is written took memory that a failure, which is rare, does not repay.
    private func writeAgain(
        _ batches: [Range<Int>], of files: [String], parse: (Range<Int>) -> ParallelParser.Pending,
        db: Database, context: ChangeContext, known: KnownSourceIDs?, dryRun: Bool
    ) throws -> [ImportReport.File] {
        var written: [ImportReport.File] = []
        try db.inTransaction {
            try known?.refresh(db)
            try RegisterRelease.stampWritten(db)
            var next = batches.first.map(parse)
            for (index, batch) in batches.enumerated() {
                let parsed = next?.wait() ?? []
                next = index + 1 < batches.count ? parse(batches[index + 1]) : nil
                for (path, result) in zip(files[batch], parsed) {
                    if let file = try write(path, result, db: db, context: context, known: known, alone: true) { written.append(file) }
                }
            }
            return dryRun ? .rollback : .commit
        }
        return written
    }

    /// Writes one file's records. `alone`: in a savepoint of its own, so that a file with an
    /// error is rolled back and reported; otherwise such a file returns nil and the caller
    /// rolls back.
    private func write(_ path: String, _ parsed: ParallelParser.Parsed, db: Database, context: ChangeContext, known: KnownSourceIDs?, alone: Bool) throws -> ImportReport.File? {
        var file = ImportReport.File(path: path, format: parsed.format)
        file.notes = parsed.notes
        let records: [ImportedRecord]
        switch parsed.result {
        case .failure(let error):
            file.error = error
            return file
        case .success(let found):
            records = found
        }
        var fileContext = context
        fileContext.sourceFile = path
        fileContext.strictness = .keepAndFlag
        let upserter = RecordUpserter(db: db, context: fileContext, path: path, known: known)
        do {
            guard alone else { return try upserter.write(records, prepared: parsed.prepared, into: file) }
            try db.inSavepoint {
                file = try upserter.write(records, prepared: parsed.prepared, into: file)
                return .commit
            }
        } catch let error as ImportError {
            guard alone else { return nil }
            file = ImportReport.File(path: path, format: parsed.format)
            file.error = error
        }
        return file
    }
}

extension ChangeContext {
    /// An import run by `actor`.
    public static func imported(by actor: String = ChangeContext.loginName) -> ChangeContext {
        ChangeContext(actor: actor, origin: .imported, strictness: .keepAndFlag)
    }
}
