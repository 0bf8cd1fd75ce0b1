import Foundation

/// Reads Gateway to Research XML: the portal API's `projectOverview` documents (a project
/// with its people, publications and every outcome type) and GtR-2 outcome documents.
/// Elements are matched by local name, because namespaces vary between API versions.
enum GtRXMLParser {
    static func parse(_ data: Data, path: String, options: ImportOptions) throws -> [ImportedRecord] {
        do {
            let reader = try XMLStreamReader(data: data, name: path)
            return try GtRDocumentReader(reader: reader, path: path, options: options).records()
        } catch let error as XMLInputError {
            throw ImportError(file: path, line: error.line, column: error.column, text: error.snippet, reason: error.message)
        }
    }
}

/// Walks one GtR document and collects its records.
struct GtRDocumentReader {
    let reader: XMLStreamReader
    let path: String
    let options: ImportOptions

    /// Elements whose children are read one by one rather than as text.
    static let containers: Set<String> = [
        "sectors", "impactTypes", "authors", "author", "roles", "role", "funder", "areas", "amount",
    ]

    /// The project's own text fields.
    static let projectFields: Set<String> = [
        "id", "title", "status", "grantCategory", "grantReference", "abstractText", "abstract",
        "potentialImpactText", "potentialImpact", "technicalSummary", "techAbstractText",
    ]

    /// The outcome elements of both APIs, with the kind each holds.
    static let outcomeElements: [String: Kind] = [
        "disseminationOutput": .engagement, "dissemination": .engagement,
        "collaborationOutput": .collaboration, "collaboration": .collaboration,
        "furtherFundingOutput": .furtherFunding, "furtherFunding": .furtherFunding,
        "keyFindingsOutput": .keyFinding, "keyFinding": .keyFinding,
        "impactSummaryOutput": .narrativeImpact, "impactSummary": .narrativeImpact,
        "policyInfluenceOutput": .policyInfluence, "policyInfluence": .policyInfluence,
        "researchMaterialOutput": .researchMaterial, "researchMaterial": .researchMaterial,
        "researchDatabaseAndModelOutput": .researchDatabase, "researchDatabaseAndModel": .researchDatabase,
        "softwareAndTechnicalProductOutput": .software, "softwareAndTechnicalProduct": .software,
        "artisticAndCreativeProductOutput": .artisticProduct, "artisticAndCreativeProduct": .artisticProduct,
        "intellectualPropertyOutput": .intellectualProperty, "intellectualProperty": .intellectualProperty,
        "productOutput": .product, "product": .product,
        "spinOutOutput": .spinOut, "spinOut": .spinOut,
    ]

    func records() throws -> [ImportedRecord] {
        var project = GtRProject()
        var outcomes: [(kind: Kind, leaves: GtRLeaves, line: Int)] = []
        var publications: [(GtRLeaves, Int)] = []
        var projectDepth: Int?
        var root: String?
        while try reader.next() {
            guard reader.nodeType == .element else { continue }
            let name = reader.localName
            if root == nil {
                root = name
                guard ["projectOverview", "outcomes", "project"].contains(name) || Self.outcomeElements[name] != nil else {
                    throw ImportError(file: path, line: reader.line, text: "<\(name)>", reason: "this is not a Gateway to Research document (its root element is <\(name)>)")
                }
            }
            let line = reader.line
            if let kind = Self.outcomeElements[name] {
                outcomes.append((kind, try leaves(), line))
                continue
            }
            switch name {
            case "personRole":
                project.people.append(try leaves())
            case "leadResearchOrganisation":
                project.lead = try leaves()
            case "project" where projectDepth == nil:
                projectDepth = reader.depth
                project.url = reader.attribute(localName: "url")
            case "fund" where projectDepth != nil:
                project.fund = try leaves()
            case "publication":
                publications.append((try leaves(), line))
            case "organisationRoles", "collaborations", "projectHierarchy", "identifiers", "researchSubjects",
                 "researchTopics", "healthCategories", "researchActivities", "rcukProgrammes", "links":
                try reader.skipElement()
            default:
                if let depth = projectDepth, reader.depth == depth + 1, Self.projectFields.contains(name) {
                    project.fields[name] = try reader.readText()
                }
            }
        }
        return try GtRRecordMapper(path: path, options: options)
            .records(project: project, outcomes: outcomes, publications: publications)
    }

    /// The text of every leaf element below the current one, by local name.
    private func leaves() throws -> GtRLeaves {
        var leaves = GtRLeaves()
        for attribute in ["id", "outcomeId", "outcomeid"] {
            if let value = reader.attribute(anyNamespace: attribute) { leaves.add(attribute, value) }
        }
        guard !reader.isEmptyElement else { return leaves }
        let start = reader.depth
        while try reader.next() {
            if reader.nodeType == .endElement, reader.depth == start { return leaves }
            guard reader.nodeType == .element else { continue }
            let name = reader.localName
            if name == "amount", let value = reader.attribute(anyNamespace: "amount") {
                leaves.add("amount", value)
                if let code = reader.attribute(anyNamespace: "currencyCode") { leaves.add("currencyCode", code) }
            }
            if Self.containers.contains(name) || reader.isEmptyElement { continue }
            leaves.add(name, try reader.readText())
        }
        return leaves
    }
}

/// Leaf texts of one element in document order, several per name where an element repeats.
/// An element has a few dozen leaves at most, so they are kept in one list, not a dictionary
/// of lists (one allocation per leaf name was a twentieth of parsing).
struct GtRLeaves {
    private var leaves: [(name: String, value: String)] = []

    mutating func add(_ name: String, _ value: String) { leaves.append((name, value)) }

    /// The first non-empty text of the first name that has one, HTML entities decoded once.
    func text(_ names: String...) -> String? {
        for name in names {
            if let leaf = leaves.first(where: { $0.name == name && !$0.value.trimmed.isEmpty }) {
                return HTMLEntities.decode(leaf.value)
            }
        }
        return nil
    }

    func all(_ name: String) -> [String] { leaves.filter { $0.name == name }.map { HTMLEntities.decode($0.value) } }
}

/// What a portal document says about the project itself.
struct GtRProject {
    var fields: [String: String] = [:]
    var url: String?
    var lead = GtRLeaves()
    var fund = GtRLeaves()
    var people: [GtRLeaves] = []
}
