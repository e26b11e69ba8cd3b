import TIPStatistics
import Testing
@testable import TIPData

struct ConsistencyChecksTests {
    @Test func kazakhstanNotesAreComputed() {
        let notes = Dataset.kazakhstan2008.consistencyNotes
        #expect(
            notes.map(\.check) == [
                "convictions_exceed_prosecutions", "sentences_match_convictions",
                "sentences_within_maximum_penalty", "complicity_cases_accounted",
            ])
        #expect(
            notes[0].message == "Kazakhstan 2007: convictions (19) exceed prosecutions initiated (16). "
                + "Convictions can stem from cases initiated in earlier years; this is not an error in the data.")
        #expect(notes[1].message == "The 19 sentences listed account for all 19 convictions in 2007.")
        #expect(notes[2].message == "The longest sentence (12 years) is within the maximum penalty of 15 years.")
        #expect(
            notes[3].message == "Of 3 officials prosecuted for complicity, 1 was sentenced and 2 remained in hiding.")
        #expect(notes.allSatisfy { $0.severity == .info })
    }

    static func observation(_ metric: Metric, _ year: Int, _ value: Double, country: String = "X") -> Figure {
        Figure(country: country, year: year, metric: metric, value: .exact(value))
    }

    @Test func pipelineRulesFireOnlyWhenALaterStageIsLarger() {
        let notes = ConsistencyChecks.pipelineNotes([
            Self.observation(.investigations, 2010, 5), Self.observation(.prosecutions, 2010, 6),
            Self.observation(.convictions, 2010, 6),
            Self.observation(.prosecutions, 2011, 3), Self.observation(.convictions, 2011, 2),
        ])
        #expect(notes.map(\.check) == ["prosecutions_exceed_investigations"])
        #expect(notes.map(\.year) == [2010])
    }

    @Test func emptyDataHaveNoNotes() {
        #expect(ConsistencyChecks.pipelineNotes([]).isEmpty)
    }
}
