/// A publication that figures are taken from, as the seed article cites it.
public struct Source: Sendable, Hashable, Codable {
    /// "Trafficking in Persons Report 2008".
    public let title: String
    /// "U.S. Department of State".
    public let publisher: String
    /// Publication date as written (ISO 8601 where known): "2008-06-04".
    public let published: String?
    /// The number of the reference in the seed article ("[2]").
    public let articleReference: Int

    /// A publication, with the article's reference number for it.
    public init(title: String, publisher: String, published: String? = nil, articleReference: Int) {
        self.title = title
        self.publisher = publisher
        self.published = published
        self.articleReference = articleReference
    }

    /// "U.S. Department of State, Trafficking in Persons Report 2008".
    public var citation: String { "\(publisher), \(title)" }
}

/// Where one figure comes from.
///
/// A TIP report describes the year before it was published: the 2008 report gives 2007's
/// convictions. Both years are kept so that a chart never labels 2007 data as "2008".
public struct Provenance: Sendable, Hashable, Codable {
    /// The publication.
    public let source: Source
    /// The year of the report (2008 for the TIP Report 2008).
    public let reportYear: Int
    /// The year the figure describes, when it describes one.
    public let dataYear: Int?
    /// The passage of the seed article that states the figure, verbatim.
    public let excerpt: String

    /// Where a figure comes from.
    ///
    /// - Parameters:
    ///   - source: the publication.
    ///   - reportYear: the edition (the 2008 report).
    ///   - dataYear: the year the figure describes (2007), when the source says.
    ///   - excerpt: the sentence that states the figure, verbatim.
    public init(source: Source, reportYear: Int, dataYear: Int?, excerpt: String) {
        self.source = source
        self.reportYear = reportYear
        self.dataYear = dataYear
        self.excerpt = excerpt
    }
}
