/// The XML Schema of the annual return, made from the register's own field declarations so
/// that the two can never drift apart. `schema/annual-return.xsd` is a copy for readers; a
/// test keeps it equal to this.
public enum AnnualReturnSchema {
    /// The schema's text.
    public static var text: String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<!-- The annual return of Impact Register: a programme's seminars, attendance and every funder outcome type."
                + " Printed by `impact schema` with its annual-return flag; documented element by element in annual-return.md. -->",
            #"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ar="\#(AnnualReturnNames.namespace)""#,
            #"           targetNamespace="\#(AnnualReturnNames.namespace)" elementFormDefault="qualified">"#,
        ]
        lines += root
        for kind in AnnualReturnLayout.sections.flatMap(\.kinds) { lines += recordType(kind) }
        lines += commonTypes
        lines += vocabularyTypes
        lines.append("</xs:schema>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static var root: [String] {
        var lines = [
            #"  <xs:element name="annualReturn">"#,
            "    <xs:complexType>",
            "      <xs:sequence>",
        ]
        for (section, kinds) in AnnualReturnLayout.sections {
            lines.append(#"        <xs:element name="\#(section)" minOccurs="0">"#)
            lines.append("          <xs:complexType>")
            // A section lists its kinds in a fixed order, never as a repeated choice: libxml2 checks
            // a repeated choice with an automaton that keeps every child it has seen, so validating
            // the outcomes of 20,000 projects held 50 MB more, growing with the register.
            lines.append("            <xs:sequence>")
            for kind in kinds {
                lines.append(#"              <xs:element name="\#(AnnualReturnNames.element(kind))" type="ar:\#(typeName(kind))" minOccurs="0" maxOccurs="unbounded"/>"#)
            }
            lines.append("            </xs:sequence>")
            lines += ["          </xs:complexType>", "        </xs:element>"]
        }
        lines += [
            "      </xs:sequence>",
            #"      <xs:attribute name="version" type="xs:string" use="required"/>"#,
            #"      <xs:attribute name="programme" type="xs:string"/>"#,
            #"      <xs:attribute name="period" type="xs:string"/>"#,
            #"      <xs:attribute name="periodStart" type="xs:date"/>"#,
            #"      <xs:attribute name="periodEnd" type="xs:date"/>"#,
            "    </xs:complexType>",
            "  </xs:element>",
        ]
        return lines
    }

    static func typeName(_ kind: Kind) -> String {
        let element = AnnualReturnNames.element(kind)
        return element.prefix(1).uppercased() + element.dropFirst() + "Type"
    }

    private static func recordType(_ kind: Kind) -> [String] {
        var lines = [#"  <xs:complexType name="\#(typeName(kind))">"#, "    <xs:sequence>"]
        for field in AnnualReturnNames.fields(kind) {
            lines.append("      " + element(field))
        }
        lines += [
            #"      <xs:element name="unlisted" type="ar:UnlistedValue" minOccurs="0" maxOccurs="unbounded"/>"#,
            "    </xs:sequence>",
            #"    <xs:attribute name="id" type="xs:ID" use="required"/>"#,
            #"    <xs:attribute name="sourceId" type="xs:string"/>"#,
        ]
        if kind.isOutcome { lines.append(#"    <xs:attribute name="placeholder" type="xs:boolean"/>"#) }
        lines += ["  </xs:complexType>"]
        return lines
    }

    private static func element(_ field: FieldSpec) -> String {
        let name = AnnualReturnNames.field(field)
        let required = field.isRequired && !isLink(field) ? "" : #" minOccurs="0""#
        switch field.type {
        case .text: return #"<xs:element name="\#(name)" type="xs:string"\#(required)/>"#
        case .count: return #"<xs:element name="\#(name)" type="xs:nonNegativeInteger"\#(required)/>"#
        case .year: return #"<xs:element name="\#(name)" type="xs:gYear"\#(required)/>"#
        case .date: return #"<xs:element name="\#(name)" type="xs:date"\#(required)/>"#
        case .yearMonth: return #"<xs:element name="\#(name)" type="xs:gYearMonth"\#(required)/>"#
        case .partialDate: return #"<xs:element name="\#(name)" type="ar:PartialDate"\#(required)/>"#
        case .money: return #"<xs:element name="\#(name)" type="ar:Amount"\#(required)/>"#
        case .decimal: return #"<xs:element name="\#(name)" type="xs:decimal"\#(required)/>"#
        // Funder data puts free text in URL fields ("http://… and http://… [requires login]").
        case .url: return #"<xs:element name="\#(name)" type="ar:WebAddress"\#(required)/>"#
        case .orcid: return #"<xs:element name="\#(name)" type="ar:ORCID"\#(required)/>"#
        // A required value outside the vocabulary, or missing from an import's source, is written
        // as `unlisted` at the end of the record instead (see AnnualReturnDocumentation).
        case .vocabulary(let vocabulary): return #"<xs:element name="\#(name)" type="ar:\#(vocabularyTypeName(vocabulary))" minOccurs="0"/>"#
        case .vocabularyList(let vocabulary):
            return #"<xs:element name="\#(name)" type="ar:\#(vocabularyTypeName(vocabulary))" minOccurs="0" maxOccurs="unbounded"/>"#
        case .years: return #"<xs:element name="\#(name)" type="ar:EngagementYear" minOccurs="0" maxOccurs="unbounded"/>"#
        case .reference: return #"<xs:element name="\#(name)" type="ar:Reference"\#(required)/>"#
        case .stakeholderGroup, .eventType: return #"<xs:element name="\#(name)" type="ar:StakeholderGroupCode"\#(required)/>"#
        case .time: return #"<xs:element name="\#(name)" type="ar:TimeOfDay"\#(required)/>"#
        case .links: return #"<xs:element name="\#(name)" type="ar:Reference" minOccurs="\#(field.isRequired ? 1 : 0)" maxOccurs="unbounded"/>"#
        }
    }

    private static func isLink(_ field: FieldSpec) -> Bool {
        if case .links = field.type { return true }
        return false
    }

    private static var commonTypes: [String] {
        [
            #"  <xs:complexType name="Amount">"#,
            #"    <xs:simpleContent><xs:extension base="xs:decimal">"#,
            #"      <xs:attribute name="currency" type="ar:CurrencyValue" use="required"/>"#,
            #"      <xs:attribute name="minorUnits" type="xs:nonNegativeInteger" use="required"/>"#,
            "    </xs:extension></xs:simpleContent>",
            "  </xs:complexType>",
            #"  <xs:complexType name="Reference">"#,
            #"    <xs:simpleContent><xs:extension base="xs:string">"#,
            #"      <xs:attribute name="ref" type="xs:IDREF" use="required"/>"#,
            "    </xs:extension></xs:simpleContent>",
            "  </xs:complexType>",
            #"  <xs:complexType name="UnlistedValue">"#,
            #"    <xs:simpleContent><xs:extension base="xs:string">"#,
            #"      <xs:attribute name="field" type="xs:string" use="required"/>"#,
            "    </xs:extension></xs:simpleContent>",
            "  </xs:complexType>",
            // A date as precise as it is known: the form itself carries the precision.
            #"  <xs:simpleType name="PartialDate"><xs:union memberTypes="xs:date xs:gYearMonth xs:gYear"/></xs:simpleType>"#,
            #"  <xs:simpleType name="TimeOfDay"><xs:restriction base="xs:string"><xs:pattern value="([01][0-9]|2[0-3]):[0-5][0-9]"/></xs:restriction></xs:simpleType>"#,
            #"  <xs:simpleType name="WebAddress"><xs:restriction base="xs:string"><xs:pattern value="https?://[\s\S]*"/></xs:restriction></xs:simpleType>"#,
            #"  <xs:simpleType name="ORCID"><xs:restriction base="xs:string"><xs:pattern value="[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]"/></xs:restriction></xs:simpleType>"#,
            #"  <xs:simpleType name="EngagementYear"><xs:restriction base="xs:string"><xs:pattern value="Pre-2006|[12][0-9]{3}"/></xs:restriction></xs:simpleType>"#,
            #"  <xs:simpleType name="StakeholderGroupCode"><xs:restriction base="xs:string"><xs:pattern value="[a-z0-9][a-z0-9\-]*"/></xs:restriction></xs:simpleType>"#,
        ]
    }

    /// Every vocabulary the fields use, as an enumeration of the funder's exact strings.
    private static var vocabularyTypes: [String] {
        var seen = Set<String>()
        var lines: [String] = []
        let vocabularies = [Currency.reference] + Kind.allCases.flatMap(\.fields).compactMap(\.type.vocabulary)
        for vocabulary in vocabularies {
            let name = vocabularyTypeName(vocabulary)
            guard seen.insert(name).inserted else { continue }
            lines.append(#"  <xs:simpleType name="\#(name)">"#)
            lines.append(#"    <xs:restriction base="xs:string">"#)
            for value in vocabulary.allowedValues {
                lines.append(#"      <xs:enumeration value="\#(escape(value))"/>"#)
            }
            lines += ["    </xs:restriction>", "  </xs:simpleType>"]
        }
        return lines
    }

    /// "Form of engagement activity" → "FormOfEngagementActivityValue"; "Currency (ISO 4217)" → "CurrencyValue".
    static func vocabularyTypeName(_ vocabulary: VocabularyReference) -> String {
        let title = vocabulary.title.split(separator: "(").first.map(String.init) ?? vocabulary.title
        return title.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Value"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
