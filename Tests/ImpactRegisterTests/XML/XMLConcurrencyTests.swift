import Foundation
import Testing
@testable import ImpactRegister

@Suite("XML layer under concurrency")
struct XMLConcurrencyTests {
    @Test(.timeLimit(.minutes(1))) func eightTasksParseWriteAndValidateAtOnce() async throws {
        let validator = try XMLSchemaValidatorTests.validator()
        let counts = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var titles = 0
                    for index in 0..<50 {
                        guard let writer = try? XMLStreamWriter() else { return -1 }
                        try? writer.startElement("project")
                        try? writer.element("id", text: "T\(task)-\(index)")
                        try? writer.element("year", text: "\(2000 + index)")
                        try? writer.endDocument()
                        guard let data = try? writer.data(),
                              (try? validator.validate(data: data, name: "task.xml")) == [],
                              let reader = try? XMLStreamReader(data: data, name: "task.xml") else { return -1 }
                        while (try? reader.next()) == true {
                            if reader.nodeType == .element, reader.localName == "id" { titles += 1 }
                        }
                    }
                    return titles
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 50, count: 8))
    }
}
