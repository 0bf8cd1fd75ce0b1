import Foundation

/// The register's fields for each GtR outcome type, from the element names of the portal
/// API and of GtR-2 (funder-formats.md §1.4–§1.5), which are tried in that order.
struct GtROutcomeFields {
    let path: String
    let line: Int

    func fields(_ kind: Kind, _ x: GtRLeaves) throws -> [String: String] {
        let fields: [String: String?]
        switch kind {
        case .engagement:
            fields = [
                "title": x.text("description", "title"), "form": x.text("form"),
                "official-scheme": x.text("partOfOfficialScheme"), "presentation-type": x.text("presentationType", "typeOfPresentation"),
                "geographic-reach": x.text("geographicReach"), "primary-audience": x.text("primaryAudience"),
                "results": joined(x.text("impact"), x.text("results")), "years": x.text("year", "yearsOfDissemination"),
                "url": x.text("url", "supportingUrl"),
            ]
        case .collaboration:
            fields = [
                "description": x.text("description"), "organisation": x.text("collaboratingOrganisation", "parentOrganisation"),
                "department": x.text("department", "childOrganisation"), "country": x.text("country"), "sector": x.text("sector"),
                "pi-contribution": x.text("piContribution", "principalInvestigatorContribution"),
                "partner-contribution": x.text("partnerContribution"), "impact": x.text("impact"),
                "start-year": x.text("start").map { String($0.prefix(4)) }, "end-year": x.text("end").map { String($0.prefix(4)) },
                "url": x.text("url", "supportingUrl"),
            ]
        case .furtherFunding:
            fields = [
                "description": x.text("description", "title"), "organisation": x.text("fundingOrg", "organisation"),
                "department": x.text("department"), "funding-id": x.text("fundingRef", "fundingId"),
                "sector": x.text("sector"), "country": x.text("country"),
                "amount": try amount(x), "start": x.text("start"), "end": x.text("end"),
            ]
        case .keyFinding:
            fields = [
                "description": x.text("description"), "exploitation-route": x.text("exploitationPathways"),
                "non-academic-uses": x.text("nonAcademicUses"), "sectors": list(x, "sector", "sectors"),
                "url": x.text("url", "supportingUrl"),
            ]
        case .narrativeImpact:
            fields = [
                "title": x.text("title"), "description": x.text("description"), "beneficiaries": x.text("beneficiaries"),
                "contribution-method": x.text("contributionMethod"), "first-year": x.text("firstYearOfImpact"),
                "sectors": list(x, "sector"), "impact-types": list(x, "impactType", "impactTypes"),
            ]
        case .policyInfluence:
            fields = [
                "description": x.text("description", "influence"), "type": x.text("type"), "guideline-title": x.text("guidelineTitle"),
                "geographic-reach": x.text("geographicReach"), "impact": x.text("impact"), "methods": x.text("methods"),
                "impact-areas": list(x, "area", "areas"), "url": x.text("url", "supportingUrl"),
            ]
        case .researchMaterial, .researchDatabase, .software, .artisticProduct:
            var made: [String: String?] = [
                "title": x.text("title"), "description": x.text("description"), "type": x.text("type"),
                "year-provided": x.text("yearFirstProvided"), "impact": x.text("impact"), "url": x.text("url", "supportingUrl"),
            ]
            if kind == .researchMaterial || kind == .researchDatabase { made["provided-to-others"] = x.text("providedToOthers") }
            if kind == .researchMaterial {
                made["software-developed"] = x.text("softwareDeveloped")
                made["software-open-sourced"] = x.text("softwareOpenSourced")
            }
            if kind == .software {
                made["availability"] = x.text("softwareOpenSourced").map { ["true", "yes"].contains($0.lowercased()) ? "Open Source" : "No" }
                made["licence"] = x.text("openSourceLicense")
            }
            fields = made
        case .intellectualProperty:
            fields = [
                "title": x.text("title"), "description": x.text("description"), "protection": x.text("protection"),
                "patent-id": x.text("patentId"), "year-granted": x.text("yearProtectionGranted", "yearProtectedGranted"),
                "licensed": x.text("licensed"), "impact": x.text("impact"), "url": x.text("url", "patentUrl"),
            ]
        case .product:
            fields = [
                "title": x.text("title"), "description": x.text("description"), "type": x.text("type"), "stage": x.text("stage"),
                "status": x.text("status"), "clinical-trial": x.text("clinicalTrial"), "trial-id": x.text("ukcrnIsctnId"),
                "year-completed": x.text("yearDevCompleted", "yearDevelopmentCompleted"), "impact": x.text("impact"),
                "url": x.text("url", "supportingUrl"),
            ]
        case .spinOut:
            fields = [
                "company-name": x.text("companyName"), "description": x.text("description", "companyDescription"),
                "year-established": x.text("yearCompanyFormed", "yearEstablished"), "registration-number": x.text("registrationNumber"),
                "joint-venture": x.text("jointVenture"), "impact": x.text("impact"), "url": x.text("url", "website"),
            ]
        default:
            fields = [:]
        }
        return fields.compactMapValues { $0 }
    }

    /// A comma-joined list, whether it comes as one element or as repeated ones.
    private func list(_ x: GtRLeaves, _ names: String...) -> String? {
        let items = names.flatMap { x.all($0) }.filter { !$0.trimmed.isEmpty }
        return items.isEmpty ? nil : items.joined(separator: ",")
    }

    private func joined(_ parts: String?...) -> String? {
        let present = parts.compactMap { $0 }
        return present.isEmpty ? nil : present.joined(separator: "\n\n")
    }

    /// `amountPounds` is in the record's own currency (`currCode`), not always pounds. An amount
    /// without `currCode` is passed on bare, for the import to keep and flag.
    private func amount(_ x: GtRLeaves) throws -> String? {
        guard let value = x.text("amountPounds", "amount") else { return nil }
        guard let code = x.text("currCode", "currencyCode"), !code.trimmed.isEmpty else {
            // Kept with its currency flagged unknown (see FlagProblem.unknownCurrency) when it is
            // a plain amount; anything else is refused as it is written.
            guard Money.lacksCurrency(value) else {
                throw ImportError(file: path, line: line, text: value, reason: "amount: \"\(value)\" is not an amount")
            }
            return value.trimmed
        }
        do {
            return try Money.parse(amount: value, currencyCode: code).display
        } catch let error as ValueError {
            throw ImportError(file: path, line: line, text: value, reason: "amount: \(error.description)")
        }
    }
}
