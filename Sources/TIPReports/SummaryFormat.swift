import TIPScene
/// The output formats of `tipcharts summary`.
public enum SummaryFormat: String, CaseIterable, Sendable, Codable {
    /// Aligned tables for a terminal.
    case text
    /// The documented JSON schema (`Docs/summary-json-schema.md`).
    case json
    /// GitHub-flavoured Markdown tables.
    case markdown
    /// One tidy CSV table: `section,item,statistic,value`.
    case csv
}
