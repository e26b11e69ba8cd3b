import Foundation
import Testing
@testable import TIPData

/// UNODC's data release loads as published, with no options: every figure of a generated
/// file in its layout matches an independent pandas reading, and the layout's quirks (a
/// country given only by its code, aggregates marked by an empty region, a dimension and a
/// category as a pair of columns) each give the figure pandas gives, or a clear error.
struct ColumnMappingLayoutsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/unodc")
    static let header =
        "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE"

    @Test func everyFigureOfTheReleaseMatchesPandasWithNoOptions() throws {
        let dataset = try Dataset.load(contentsOf: Self.folder.appendingPathComponent("unodc-release.csv").path)
        var ours: [String: String] = [:]
        for f in dataset.figures {
            let parts = f.breakdown.parts.map { "\($0.dimension)=\($0.value)" }.sorted().joined(separator: ";")
            let key = [f.country, "\(f.isAggregate)", f.metric.rawValue, "\(f.year)", parts, f.unit ?? ""]
                .joined(separator: "|")
            #expect(ours[key] == nil, "one figure per key: \(key)")
            ours[key] = f.value.description
        }
        let text = try String(contentsOf: Self.folder.appendingPathComponent("figures-reference.csv"), encoding: .utf8)
        var reference: [String: String] = [:]
        for record in try tokenizeCSV(text).dropFirst() where record.fields.count == 7 {
            let value = record.fields[6]
            reference[record.fields[0...5].joined(separator: "|")] = value == "<5" ? value : plainNumber(Double(value))
        }
        #expect(reference.count == 4026)
        #expect(ours.count == reference.count)
        #expect(ours == reference)
        // The quirks are in the file, so the match above covers them.
        #expect(dataset.figures.contains { $0.country == "Turkmenistan" }, "named from TKM")
        #expect(
            Set(dataset.figures.filter(\.isAggregate).map(\.country)) == ["AFR", "AMR", "ASI", "EUR", "OCE", "WLD"])
        #expect(dataset.figures.contains { $0.breakdown.value(of: "form of exploitation") == "Forced labour" })
        #expect(dataset.figures.allSatisfy { $0.source != nil })
    }

    private func plainNumber(_ value: Double?) -> String {
        value.map { FigureValue.exact($0).description } ?? "unreadable"
    }

    @Test func theLayoutIsRecognisedByItsHeaderInAnyCase() {
        let columns = Self.header.split(separator: ",").map(String.init)
        #expect(ColumnMapping().layout(of: columns) == .unodcRelease)
        #expect(ColumnMapping().layout(of: columns.map { $0.uppercased() }) == .unodcRelease)
        #expect(ColumnMapping().layout(of: columns.filter { $0 != "txtVALUE" }) == nil)
        // A column flag means the user describes the file: nothing is guessed.
        #expect(ColumnMapping(year: "Year").layout(of: columns) == nil)
        #expect(ColumnMapping(breakdowns: ["Sex"]).layout(of: columns) == nil)
    }

    @Test func aReleaseWithoutASourceColumnNamesUNODC() throws {
        let text =
            Self.header + "\nKAZ,Kazakhstan,Asia,Central Asia,Detected victims,Total,Total,Total,Total,2020,Counts,84\n"
        let dataset = try Dataset.parse(text, file: "r.csv")
        #expect(dataset.figures.map(\.source) == ["UNODC, Global Report on Trafficking in Persons data"])
        var m = ColumnMapping()
        m.source = "UNODC GLOTIP 2024"
        #expect(try Dataset.parse(text, file: "r.csv", mapping: m).figures.map(\.source) == ["UNODC GLOTIP 2024"])
    }

    @Test func aCountryCodeTheTablesDoNotKnowIsTheNameAsWritten() throws {
        let text = Self.header + "\nXAB,,,,Detected victims,Total,Total,Total,Total,2020,Counts,<5\n"
        let figure = try #require(try Dataset.parse(text, file: "r.csv").figures.first)
        #expect(figure.country == "XAB")
        #expect(figure.isAggregate)
        #expect(figure.value == .below(5))
    }

    @Test(arguments: [
        (
            "KAZ,Kazakhstan,Asia,CA,Victims,Total,Forced labour,Total,Total,2020,Counts,3",
            "r.csv:2: column 'Dimension': the category 'Forced labour' has no dimension ('Total')"
        ),
        (
            "KAZ,Kazakhstan,Asia,CA,Victims,,Forced labour,Total,Total,2020,Counts,3",
            "r.csv:2: column 'Dimension': the category 'Forced labour' has no dimension ('')"
        ),
        (
            ",,Asia,CA,Victims,Total,Total,Total,Total,2020,Counts,3",
            "r.csv:2: column 'Country': the country is empty and so is 'Iso3_code'"
        ),
        (
            "KAZ,Kazakhstan,Asia,CA,Victims,Total,Total,Total,Total,20x0,Counts,3",
            "r.csv:2: column 'Year': '20x0' is not a year"
        ),
        (
            "KAZ,Kazakhstan,Asia,CA,Victims,Total,Total,Total,Total,2020,Counts,many",
            "r.csv:2: column 'txtVALUE': 'many' is not a number"
        ),
    ])
    func aRowThatDoesNotFitNamesItsLineAndColumn(row: String, message: String) {
        #expect {
            try Dataset.parse(Self.header + "\n" + row + "\n", file: "r.csv")
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    @Test func aPairNamedInCodeMustBeInTheFile() {
        var m = ColumnMapping()
        m.categoryPairs = [.init(dimension: "dim", category: "cat")]
        #expect {
            try Dataset.parse("country,year,metric,value\nK,2020,v,1\n", file: "p.csv", mapping: m)
        } throws: { error in
            "\(error)".hasPrefix("p.csv:1: column 'dim': the mapping names a column the file does not have")
        }
    }
}
