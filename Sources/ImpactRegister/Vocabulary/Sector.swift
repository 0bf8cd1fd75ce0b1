/// The sectors findings and impact are relevant to: the 22 GtR sector atoms (funder-formats.md §1.7), with the legacy "/ " spellings and Researchfish spellings.
public enum Sector: String, Vocabulary, Codable {
    case aerospaceDefenceAndMarine = "Aerospace, Defence and Marine"
    case agricultureFoodAndDrink = "Agriculture, Food and Drink"
    case chemicals = "Chemicals"
    case communitiesAndSocialServicesPolicy = "Communities and Social Services/Policy"
    case construction = "Construction"
    case creativeEconomy = "Creative Economy"
    case cultureHeritageMuseumsAndCollections = "Culture, Heritage, Museums and Collections"
    case digitalCommunicationInformationTechnologiesInclu = "Digital/Communication/Information Technologies (including Software)"
    case education = "Education"
    case electronics = "Electronics"
    case energy = "Energy"
    case environment = "Environment"
    case financialServicesAndManagementConsultancy = "Financial Services, and Management Consultancy"
    case governmentDemocracyAndJustice = "Government, Democracy and Justice"
    case healthcare = "Healthcare"
    case leisureActivitiesIncludingSportsRecreationAndTou = "Leisure Activities, including Sports, Recreation and Tourism"
    case manufacturingIncludingIndustrialBiotechology = "Manufacturing, including Industrial Biotechology"
    case `other` = "Other"
    case pharmaceuticalsAndMedicalBiotechnology = "Pharmaceuticals and Medical Biotechnology"
    case retail = "Retail"
    case securityAndDiplomacy = "Security and Diplomacy"
    case transport = "Transport"

    public static let title = "Sector"

    public static let legacySpellings: [String: Sector] = [
        "Agriculture/ Food and Drink": .agricultureFoodAndDrink,
        "Agriculture/Food and Drink": .agricultureFoodAndDrink,
        "Manufacturing/ including Industrial Biotechology": .manufacturingIncludingIndustrialBiotechology,
        "Aerospace/ Defence and Marine": .aerospaceDefenceAndMarine,
        "Leisure Activities/ including Sports/ Recreation and Tourism": .leisureActivitiesIncludingSportsRecreationAndTou,
        "Government/ Democracy and Justice": .governmentDemocracyAndJustice,
        "Culture/ Heritage/ Museums and Collections": .cultureHeritageMuseumsAndCollections,
        "Financial Services/ and Management Consultancy": .financialServicesAndManagementConsultancy,
        "Government, Democracy Justice": .governmentDemocracyAndJustice,
        "Security, Diplomacy": .securityAndDiplomacy,
        "Manufacturing, including Industrial Biotechnology": .manufacturingIncludingIndustrialBiotechology,
    ]
}
