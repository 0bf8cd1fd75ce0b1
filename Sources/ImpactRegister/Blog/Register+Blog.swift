import Foundation

extension Register {
    /// The blog post of one seminar.
    public func seminarPost(_ seminar: Int64, options: BlogOptions = BlogOptions()) throws -> SeminarPost {
        let record = try record(.seminar, seminar)
        guard case .text(let programme) = record["programme"] else { throw RegisterError.notFound(.seminar, seminar) }
        return SeminarPostBuilder(evidence: try evidence(programme: programme), options: options).post(record)
    }

    /// The blog posts of every seminar, or of one programme's seminars, in series order.
    public func seminarPosts(programme: String? = nil, options: BlogOptions = BlogOptions()) throws -> [SeminarPost] {
        let programmes = try records(.programme, ListFilter(programme: programme))
        if let programme, programmes.isEmpty { throw RegisterError.notFound(.programme, named: programme) }
        return try programmes.flatMap { programme -> [SeminarPost] in
            let evidence = try evidence(programme: String(programme.id))
            let builder = SeminarPostBuilder(evidence: evidence, options: options)
            return evidence.records(.seminar).map(builder.post)
        }
    }
}

/// Writes seminar posts as files.
public enum BlogWriter {
    /// Writes each post as `DIR/YYYY-MM-DD-slug.md` (Jekyll or Hugo) and returns the paths.
    public static func writeMarkdown(_ posts: [SeminarPost], format: BlogFormat, to directory: String,
                                     templates: ReportTemplates) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return try posts.map { post in
            let path = (directory as NSString).appendingPathComponent(post.fileName)
            try ReportFile.write(try MarkdownPost.text(post, format: format, templates: templates), to: path)
            return path
        }
    }

    /// Writes all posts into one WordPress WXR 1.2 file, through an ``OutputFile``.
    public static func writeWXR(_ posts: [SeminarPost], to path: String, options: BlogOptions, channelTitle: String,
                                templates: ReportTemplates) throws {
        let file = try OutputFile(path)
        try WXRWriter(posts: posts, options: options, templates: templates, channelTitle: channelTitle).write(to: file)
        // Read it back as WordPress will: the whole file must be well-formed XML.
        let reader = try XMLStreamReader(path: file.partial)
        while try reader.next() {}
        try file.commit()
    }
}
