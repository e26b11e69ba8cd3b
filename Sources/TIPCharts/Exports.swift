// The umbrella module: `import TIPCharts` gives the whole public API, while the package keeps
// its layers (statistics → data → layout → scene → renderer) as separate modules.
@_exported import TIPCairo
@_exported import TIPData
@_exported import TIPFiles
@_exported import TIPGeo
@_exported import TIPLayout
@_exported import TIPReports
@_exported import TIPScene
@_exported import TIPStatistics
