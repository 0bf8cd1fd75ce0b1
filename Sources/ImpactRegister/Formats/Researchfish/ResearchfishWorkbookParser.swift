import Foundation

/// Reads a Researchfish outcome export (`.xlsx`, one sheet per outcome type) into the register's
/// records: a programme per award reference, and one record per outcome id, linked to every award
/// it is reported against. Sheets and columns it does not know are reported in `notes`, by name.
///
/// The family of layouts is read, not two files: sheets are told by name (`Engagement`,
/// `1H Engagements`, `Dissemination`), columns by heading with `*`, case, spacing and known
/// misspellings ignored (see ``ResearchfishHeading``), and the award's own fields are taken from
/// the awards sheet or from the award columns repeated on each outcome row. E-mail columns are
/// never read and e-mail addresses in any cell are replaced.
enum ResearchfishWorkbookParser {
    struct Parsed {
        var records: [ImportedRecord]
        var notes: [String]
    }

    static func parse(_ data: Data, path: String) throws -> Parsed {
        let workbook: XLSXWorkbook
        do {
            workbook = try XLSXWorkbook(data: data, name: path)
        } catch let error as XLSXError {
            throw importError(error, path)
        }
        var awards = ResearchfishAwards()
        var outcomes: [Kind: ResearchfishOutcomes] = [:]
        var kindOrder: [Kind] = []
        var notes: [String] = []
        for sheet in workbook.sheets {
            let kind = ResearchfishSheetKind.of(sheetName: sheet.name)
            switch kind {
            case .unknown:
                notes.append("sheet \"\(sheet.name)\": not a Researchfish outcome sheet; not imported")
                continue
            case .notKept(let type):
                notes.append("sheet \"\(sheet.name)\": the register has no kind for Researchfish's \(type) yet; not imported")
                continue
            case .awards, .outcome:
                break
            }
            var reader = ResearchfishSheetReader(sheetName: sheet.name, kind: kind)
            var rows: [ResearchfishSheetReader.Row] = []
            do {
                try workbook.readSheet(sheet) { row in if let read = reader.read(row) { rows.append(read) } }
            } catch let error as XLSXError {
                throw importError(error, path)
            }
            if !reader.unknownHeadings.isEmpty {
                notes.append("sheet \"\(sheet.name)\": columns not imported (no field for them): " + reader.unknownHeadings.map { "\"\($0)\"" }.joined(separator: ", "))
            }
            if !reader.emailHeadings.isEmpty {
                notes.append("sheet \"\(sheet.name)\": contact data not kept: " + reader.emailHeadings.map { "\"\($0)\"" }.joined(separator: ", "))
            }
            for (field, count) in reader.excelDates.sorted(by: { $0.key < $1.key }) {
                notes.append("sheet \"\(sheet.name)\": \(count) \(field) cells were dates (Excel converts a typed \"1-10\" into one); read as their serial numbers, which the vocabulary maps back or flags")
            }
            guard reader.columns.values.contains(.awardReference) else {
                notes.append("sheet \"\(sheet.name)\": no award reference column; not imported")
                continue
            }
            if case .outcome = kind, !reader.columns.values.contains(.outcomeID) {
                notes.append("sheet \"\(sheet.name)\": no outcome id column (Entry ID or id); not imported")
                continue
            }
            for row in rows {
                guard let award = row.award else { continue }
                awards.add(award, row.awardFields)
                guard case .outcome(let outcomeKind) = kind else { continue }
                guard let id = row.outcomeID else {
                    notes.append("sheet \"\(sheet.name)\" row \(row.number): no outcome id; not imported")
                    continue
                }
                if outcomes[outcomeKind] == nil { kindOrder.append(outcomeKind) }
                outcomes[outcomeKind, default: ResearchfishOutcomes(kind: outcomeKind, sheet: sheet.name)]
                    .add(id: id, award: award, fields: row.fields, line: row.number)
            }
        }
        for kind in kindOrder where (outcomes[kind]?.mergedIDs ?? 0) > 0 {
            notes.append("\(outcomes[kind]?.mergedIDs ?? 0) \(kind.title) outcome ids name a DOI another outcome id has: each DOI is kept once, linked to every award")
        }
        let records = awards.records().map { ResearchfishValueCheck.checked($0, sheet: "awards", notes: &notes) }
            + kindOrder.flatMap { kind in
                (outcomes[kind]?.records() ?? []).map { ResearchfishValueCheck.checked($0, sheet: outcomes[kind]?.sheet ?? "", notes: &notes) }
            }
        return Parsed(records: records, notes: notes)
    }

    private static func importError(_ error: XLSXError, _ path: String) -> ImportError {
        var place = error.part.map { "\($0)" + (error.line.map { ":\($0)" } ?? "") + ": " } ?? ""
        if let cell = error.place { place += "\(cell): " }
        return ImportError(file: path, reason: place + error.message)
    }
}
