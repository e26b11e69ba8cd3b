import Foundation
import Testing
@testable import TIPData

/// Every file in `Fixtures/bad` with the exact error it must produce. The CLI tests run the
/// same corpus through `tipcharts` and check that nothing is written.
struct BadDataCorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/bad")

    static let expected: [(file: String, mapping: ColumnMapping, error: String)] = [
        (
            "01-empty.csv", .init(),
            "01-empty.csv:1: the file is empty; expected a header row such as country,year,metric,value"
        ),
        ("02-header-only.csv", .init(), "02-header-only.csv:2: the file has a header but no data rows"),
        (
            "03-unterminated-quote.csv", .init(),
            "03-unterminated-quote.csv:3: character 17: a quoted field opened here is never closed"
        ),
        (
            "04-text-after-quote.csv", .init(),
            "04-text-after-quote.csv:2: character 9: text after a closing quote; a quoted field must end at a "
                + "delimiter or line end"
        ),
        (
            "05-bare-quote.csv", .init(),
            "05-bare-quote.csv:2: character 23: a quote inside an unquoted field; quote the whole field and double "
                + "the quote (\"\")"
        ),
        (
            "06-too-few-fields.csv", .init(),
            "06-too-few-fields.csv:3: the row has 3 fields but the header has 4; quote fields that contain commas"
        ),
        (
            "07-unquoted-thousands.csv", .init(),
            "07-unquoted-thousands.csv:2: the row has 5 fields but the header has 4; quote fields that contain commas"
        ),
        (
            "08-non-numeric.csv", .init(),
            "08-non-numeric.csv:2: column 'value': 'nineteen' is not a number; \(ValueParsing.expectedNumber)"
        ),
        (
            "09-two-decimal-points.csv", .init(),
            "09-two-decimal-points.csv:2: column 'value': '1.2.3' is not a number; \(ValueParsing.expectedNumber)"
        ),
        (
            "10-bad-grouping.csv", .init(),
            "10-bad-grouping.csv:2: column 'value': '18,34' is not a number; \(ValueParsing.expectedNumber)"
        ),
        (
            "11-exponent.csv", .init(),
            "11-exponent.csv:2: column 'value': '1e999' is not a number; \(ValueParsing.expectedNumber)"
        ),
        (
            "12-negative-count.csv", .init(),
            "12-negative-count.csv:2: column 'value': -3 is negative; counts and amounts cannot be below zero (use "
                + "unit 'percent' for changes)"
        ),
        (
            "13-conflicting-duplicate.csv", .init(),
            "13-conflicting-duplicate.csv:4: column 'value': Kazakhstan 2007 convictions is 18 here but 19 at "
                + "13-conflicting-duplicate.csv:2; keep one value per country, year, metric, unit, breakdown and "
                + "edition, or pass --sum-duplicates if they are parts to add up"
        ),
        (
            "14-year-with-decimals.csv", .init(),
            "14-year-with-decimals.csv:2: column 'year': '2007.0' is not a year; expected a whole number "
                + "such as 2007, or a period such as 2015-2019"
        ),
        (
            "15-year-as-text.csv", .init(),
            "15-year-as-text.csv:2: column 'year': 'FY2007' is not a year; expected a whole number "
                + "such as 2007, or a period such as 2015-2019"
        ),
        (
            "16-year-out-of-range.csv", .init(),
            "16-year-out-of-range.csv:2: column 'year': '207' is not a year; expected a whole number "
                + "such as 2007, or a period such as 2015-2019"
        ),
        (
            "17-no-year-column.csv", .init(),
            "17-no-year-column.csv:1: column 'year': no year column; expected a column 'year' (rename it with "
                + "--year-column); the columns are: country, metric, value"
        ),
        (
            "18-no-value-column.csv", .init(),
            "18-no-value-column.csv:1: column 'value': a tidy file needs both 'metric' and 'value' columns; 'value' "
                + "is missing (name the column with --value-column)"
        ),
        (
            "19-no-country-column.csv", .init(),
            "19-no-country-column.csv:1: column 'country': no country column; add a 'country' column, name it with "
                + "--country-column, or pass one --country"
        ),
        ("20-empty-country.csv", .init(), "20-empty-country.csv:2: column 'country': the country is empty"),
        ("21-empty-metric.csv", .init(), "21-empty-metric.csv:2: column 'metric': the metric is empty"),
        (
            "22-duplicate-header.csv", .init(),
            "22-duplicate-header.csv:1: column 'value': the column appears twice in the header"
        ),
        ("23-blank-header-name.csv", .init(), "23-blank-header-name.csv:1: header column 3 has no name"),
        (
            "24-bad-qualifier.csv", .init(),
            "24-bad-qualifier.csv:2: column 'qualifier': 'roughly' is not a qualifier; expected exact, "
                + "approximately, nearly or at least"
        ),
        (
            "25-censored-negative.csv", .init(),
            "25-censored-negative.csv:2: column 'value': '<-5' is not a number; \(ValueParsing.expectedNumber)"
        ),
        (
            "26-censored-text.csv", .init(),
            "26-censored-text.csv:2: column 'value': '<few' is not a number; \(ValueParsing.expectedNumber)"
        ),
        (
            "27-year-flag-unknown-column.csv", .init(year: "data_yr"),
            "27-year-flag-unknown-column.csv:1: column 'data_yr': --year-column names a column the file does not "
                + "have; its columns are: country, data_year, metric, value"
        ),
        (
            "28-value-flag-unknown-column.csv", .init(value: "amount"),
            "28-value-flag-unknown-column.csv:1: column 'amount': --value-column names a column the file does not "
                + "have; its columns are: country, year, metric, value"
        ),
        (
            "29-not-utf8.csv", .init(),
            "29-not-utf8.csv:2: the file is not UTF-8 text; save it as UTF-8 (\"CSV UTF-8\" in spreadsheets)"
        ),
        ("30-invalid-json.json", .init(), "30-invalid-json.json:1: not valid JSON: expected a quoted field name"),
        (
            "31-json-not-array.json", .init(),
            "31-json-not-array.json: $: expected an array of objects, or an object with a \"figures\" array"
        ),
        (
            "32-json-boolean-value.json", .init(),
            "32-json-boolean-value.json:1: $[0].value: true/false is not a value; expected a number, a string such "
                + "as \"<5\", or null"
        ),
        (
            "33-json-nested-value.json", .init(),
            "33-json-nested-value.json:1: $[0].value: expected a number, a string or null, not an array or object"
        ),
        (
            "34-json-row-not-object.json", .init(),
            "34-json-row-not-object.json: $[1]: expected an object with country, year, metric and value"
        ),
        (
            "35-json-bad-year.json", .init(),
            "35-json-bad-year.json:1: $[0].year: '2007/08' is not a year; expected a whole number "
                + "such as 2007, or a period such as 2015-2019"
        ),
        (
            "36-wide-non-numeric.csv", .init(),
            "36-wide-non-numeric.csv:3: column 'convictions': 'many' is not a number; \(ValueParsing.expectedNumber)"
        ),
        (
            "37-infinity.csv", .init(),
            "37-infinity.csv:2: column 'value': 'inf' is not a number; \(ValueParsing.expectedNumber)"
        ),
        (
            "38-wide-no-metric-columns.csv", .init(),
            "38-wide-no-metric-columns.csv:1: no metric columns: a wide file needs a column per metric beside 'year'"
        ),
        (
            "39-metric-without-value.csv", .init(),
            "39-metric-without-value.csv:1: column 'value': a tidy file needs both 'metric' and 'value' columns; "
                + "'value' is missing (name the column with --value-column)"
        ),
    ]

    @Test func everyBadFileIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).sorted()
        #expect(files == Self.expected.map(\.file).sorted())
        #expect(files.count >= 30)
    }

    @Test(arguments: expected.map(\.file))
    func badFileGetsItsExactError(_ file: String) throws {
        let entry = try #require(Self.expected.first { $0.file == file })
        let error = #expect(throws: DataError.self) {
            // Relative paths, so the message names the file as a user would have typed it.
            try Dataset.load(contentsOf: Self.directory.appendingPathComponent(file).path, mapping: entry.mapping)
        }
        let message = error?.description.replacingOccurrences(of: Self.directory.path + "/", with: "")
        #expect(message == entry.error)
    }
}
