/// Rows of a CSV file (RFC 4180: quoted cells may hold commas, doubled quotes and line
/// breaks), each with the line it starts on.
struct CSVTable {
    struct Row {
        let line: Int
        let cells: [String]
    }

    let rows: [Row]

    init(_ text: String, path: String) throws {
        var rows: [Row] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var characters = Array(text)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if quoted {
                if character == "\"" {
                    if index < characters.count, characters[index] == "\"" {
                        cell.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" || character == "\r" { line += 1 }
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty: quoted = true
            case ",":
                cells.append(cell)
                cell = ""
            case "\n", "\r\n", "\r":
                cells.append(cell)
                rows.append(Row(line: rowLine, cells: cells))
                cells = []
                cell = ""
                line += 1
                rowLine = line
            default: cell.append(character)
            }
        }
        if quoted { throw ImportError(file: path, line: rowLine, reason: "a quoted cell is never closed (missing \")") }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            rows.append(Row(line: rowLine, cells: cells))
        }
        self.rows = rows.filter { !$0.cells.allSatisfy { $0.trimmed.isEmpty } }
    }
}
