/// What a sheet of a Researchfish export holds, told by its name (`Engagement`, `1H Engagements`,
/// `Dissemination`, `FurtherFunding`, `Funding` …).
enum ResearchfishSheetKind: Equatable {
    /// One row per award: the programmes.
    case awards
    /// One row per outcome and award, of a kind the register keeps.
    case outcome(Kind)
    /// An outcome type the register has no kind for yet.
    case notKept(String)
    /// A sheet that is not part of Researchfish's export (a pivot, notes, a citation database).
    case unknown

    /// Sheet names without spaces and a leading question code such as `1H `, singular.
    static func of(sheetName: String) -> ResearchfishSheetKind {
        var name = ResearchfishHeading.normalise(sheetName)
        if let first = name.split(separator: " ").first, first.count <= 3, first.first?.isNumber == true {
            name = String(name.dropFirst(first.count))
        }
        name = name.filter { $0.isLetter }
        if name.hasSuffix("s") { name.removeLast() }
        if let kind = names[name] { return kind }
        return .unknown
    }

    private static let names: [String: ResearchfishSheetKind] = [
        "award": .awards, "awarddetail": .awards, "awarddetails": .awards,
        "publication": .outcome(.publication),
        "collaboration": .outcome(.collaboration), "collaborationsandpartnership": .outcome(.collaboration),
        "furtherfunding": .outcome(.furtherFunding), "funding": .outcome(.furtherFunding),
        "engagement": .outcome(.engagement), "engagementactivitie": .outcome(.engagement), "dissemination": .outcome(.engagement),
        "influenceonpolicy": .outcome(.policyInfluence), "policy": .outcome(.policyInfluence),
        "influenceonpolicypracticepatientsthepublic": .outcome(.policyInfluence),
        "researchmaterial": .outcome(.researchMaterial), "tool": .outcome(.researchMaterial),
        "researchtoolsandmethod": .outcome(.researchMaterial),
        "researchdatabase": .outcome(.researchDatabase), "database": .outcome(.researchDatabase),
        "researchdatabasesandmodel": .outcome(.researchDatabase),
        "intellectualproperty": .outcome(.intellectualProperty), "ip": .outcome(.intellectualProperty),
        "medicalproduct": .outcome(.product), "product": .outcome(.product),
        "artistic": .outcome(.artisticProduct), "artisticandcreativeproduct": .outcome(.artisticProduct),
        "software": .outcome(.software), "softwareandtechnicalproduct": .outcome(.software),
        "spinout": .outcome(.spinOut),
        "recognition": .notKept("awards and recognition"), "awardsrecognition": .notKept("awards and recognition"),
        "awardsandrecognition": .notKept("awards and recognition"),
        "nextdestination": .notKept("next destinations"), "useoffacilitie": .notKept("use of facilities"),
        "facilitie": .notKept("use of facilities"), "otheroutput": .notKept("other outputs"), "other": .notKept("other outputs"),
        "animaluse": .notKept("animal use"), "secondment": .notKept("secondments"), "skillsshortage": .notKept("skills shortage"),
    ]
}
