import ArgumentParser
import TIPCharts

/// `--projection` takes Vega-Lite's names of the projections.
extension Projection: ExpressibleByArgument {}
