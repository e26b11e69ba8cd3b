import TIPCharts
import ArgumentParser

/// `tipcharts`: statistics and charts of Trafficking in Persons figures.
@main
struct TIPChartsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tipcharts",
        abstract: "Correct statistics and publication-quality charts of Trafficking in Persons figures.",
        discussion: "Without --data, commands use the embedded dataset: Kazakhstan, from the U.S. "
            + "Department of State's Trafficking in Persons Report 2008.",
        version: "0.1.0",
        subcommands: [Summary.self, Render.self, Report.self, Export.self]
    )
}
