import Foundation
import Testing
@testable import TIPData

/// UN M49 regions: the table is the installed CLDR's territory containment, regions resolve
/// by M49 name, CLDR name and code, and `--region` selects their member countries.
struct RegionsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Regenerating the table from the installed unicode-cldr-core gives the committed file,
    /// byte for byte (`make test-deps` installs it; rerun Scripts/make-regions.py when it changes).
    @Test func theTableIsTheInstalledCLDRs() throws {
        let cldr = "/usr/share/unicode/cldr/common/supplemental/supplementalData.xml"
        try #require(FileManager.default.fileExists(atPath: cldr), "install unicode-cldr-core (make test-deps)")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("regions-\(UUID().uuidString).swift")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Self.root.appendingPathComponent("Scripts/make-regions.py").path, "--out", out.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let committed = try String(
            contentsOf: Self.root.appendingPathComponent("Sources/TIPData/Regions+M49.swift"), encoding: .utf8)
        #expect(try String(contentsOf: out, encoding: .utf8) == committed)
    }

    @Test(arguments: [
        ("Central Asia", "143"), ("central asia", "143"), ("143", "143"), ("Sub-Saharan Africa", "202"),
        ("South-eastern Asia", "035"), ("Southeast Asia", "035"), ("Latin America and the Caribbean", "419"),
        ("Latin America", "419"), ("Europe", "150"), ("Western Asia", "145"), ("Australia and New Zealand", "053"),
    ])
    func regionsResolveByNameAndCode(_ name: String, _ code: String) {
        #expect(Regions.region(named: name)?.code == code)
    }

    @Test func membersAreResolvedThroughSubRegions() throws {
        let centralAsia = try #require(Regions.region(named: "Central Asia"))
        #expect(centralAsia.members == ["KG", "KZ", "TJ", "TM", "UZ"])
        #expect(centralAsia.contains("Kyrgyz Republic") && centralAsia.contains("KAZ") && !centralAsia.contains("Iran"))
        let africa = try #require(Regions.region(named: "Africa"))
        let subSaharan = try #require(Regions.region(named: "Sub-Saharan Africa"))
        #expect(subSaharan.members.isSubset(of: africa.members) && subSaharan.contains("Nigeria"))
        #expect(!subSaharan.contains("Egypt"))
        #expect(Regions.subregion(of: "Nigeria")?.name == "Western Africa")
        #expect(Regions.subregion(of: "Atlantis") == nil)
        // Every country of ISO 3166 that CLDR places in a region has a sub-region; only
        // Antarctica and a few uninhabited territories have none.
        let unplaced = CountryCodes.entries.filter { Regions.subregion(of: $0.alpha2) == nil }.map(\.alpha2)
        #expect(Set(unplaced).isSubset(of: ["AQ"]), "\(unplaced)")
        #expect(Regions.region(named: "Mars") == nil)
    }

    @Test func regionsSelectRowsAsTheyAreRead() throws {
        var m = ColumnMapping()
        m.onlyRegions = [try #require(Regions.region(named: "Central Asia"))]
        let text = "country,year,metric,value\nKazakhstan,2020,v,1\nKG,2020,v,2\nIran,2020,v,3\nNigeria,2020,v,4\n"
        let d = try Dataset.parse(text, file: "r.csv", mapping: m)
        #expect(d.countries == ["Kazakhstan", "KG"])
        var both = ColumnMapping(onlyCountries: ["Nigeria"])
        both.onlyRegions = m.onlyRegions
        #expect(try Dataset.parse(text, file: "r.csv", mapping: both).countries == ["Kazakhstan", "KG", "Nigeria"])
        #expect(Dataset.kazakhstan2008.filtered(regions: m.onlyRegions).figures.count > 0)
        #expect(
            Dataset.kazakhstan2008.filtered(regions: [try #require(Regions.region(named: "Europe"))]).figures.isEmpty)
    }
}
