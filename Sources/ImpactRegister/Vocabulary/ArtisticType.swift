/// Types of artistic and creative products (GtR `type`, Researchfish "Type of Art").
public enum ArtisticType: String, Vocabulary, Codable {
    case filmVideoAnimation = "Film/Video/Animation"
    case artisticCreativeExhibition = "Artistic/Creative Exhibition"
    case performanceMusicDanceDramaEtc = "Performance (Music, Dance, Drama, etc)"
    case artefactIncludingDigital = "Artefact (including digital)"
    case artwork = "Artwork"
    case image = "Image"
    case creativeWriting = "Creative Writing"
    case compositionScore = "Composition/Score"

    public static let title = "Type of artistic or creative product"
}
