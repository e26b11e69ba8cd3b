import TIPCharts
import ArgumentParser

/// `tipcharts export`: the data as tidy CSV or JSON.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the embedded dataset, or a loaded file, as tidy CSV or JSON.",
        discussion:
            "CSV text cells that a spreadsheet would run as a formula get a leading ' (loading removes it again).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Option(help: "csv or json.")
    var format: Format = .csv

    @Option(name: [.short, .long], help: "Output file (default: standard output).")
    var output: String?

    @OptionGroup var input: DataOptions

    func run() throws {
        let dataset = try input.load()
        let text = format == .csv ? dataset.csv() : try dataset.json()
        if let output {
            try AtomicFile.write(Array(text.utf8), to: output)
        } else {
            print(text, terminator: "")
        }
    }
}
