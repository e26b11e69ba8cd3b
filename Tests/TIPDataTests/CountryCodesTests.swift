import Foundation
import Testing
@testable import TIPData

/// Country codes and names: the table is Debian's iso-codes, every entry of it resolves by
/// code and by name, the names TIP and UNODC files use resolve, and a file of codes loads
/// with names.
struct CountryCodesTests {
    static let isoCodes = "/usr/share/iso-codes/json/iso_3166-1.json"

    /// The generated table is the installed iso-codes, entry for entry (`make test-deps`
    /// installs it; rerun Scripts/make-country-codes.py when it changes).
    @Test func theTableIsDebiansISO3166() throws {
        let data = try #require(
            FileManager.default.contents(atPath: Self.isoCodes), "install iso-codes (make test-deps)")
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [[String: String]]])
        let entries = try #require(json["3166-1"])
        #expect(entries.count == CountryCodes.entries.count - 1, "ISO 3166-1 and Kosovo")
        for e in entries {
            let a2 = e["alpha_2"] ?? "", a3 = e["alpha_3"] ?? "", name = e["name"] ?? ""
            let entry = CountryCodes.entry(for: a2)
            #expect(entry?.alpha3 == a3 && entry?.name == name && entry?.numeric == e["numeric"], "\(a2)")
            #expect(entry?.commonName == e["common_name"] && entry?.officialName == e["official_name"], "\(a2)")
            #expect(CountryCodes.entry(for: a3)?.alpha2 == a2)
            #expect(CountryCodes.entry(for: name)?.alpha2 == a2, "\(name)")
            #expect(CountryCodes.entry(forCode: a2)?.alpha2 == a2 && CountryCodes.entry(forCode: a3)?.alpha2 == a2)
        }
    }

    @Test(arguments: [
        ("Burma", "MM"), ("Myanmar", "MM"), ("Cote d'Ivoire", "CI"), ("Côte d’Ivoire", "CI"), ("Ivory Coast", "CI"),
        ("Türkiye", "TR"), ("Turkey", "TR"), ("Kyrgyz Republic", "KG"), ("kyrgyzstan", "KG"),
        ("Bolivia (Plurinational State of)", "BO"), ("Iran (Islamic Republic of)", "IR"), ("Republic of Moldova", "MD"),
        ("Korea, South", "KR"), ("Republic of Korea", "KR"), ("Kosovo", "XK"), ("Czech Republic", "CZ"),
        ("Congo (Kinshasa)", "CD"), ("Netherlands (Kingdom of the)", "NL"), ("The Gambia", "GM"),
        ("United Kingdom of Great Britain and Northern Ireland", "GB"), ("Sao Tome and Principe", "ST"),
        ("  Viet   Nam ", "VN"), ("Russia", "RU"), ("Eswatini", "SZ"), ("Swaziland", "SZ"),
    ])
    func namesThatTIPAndUNODCFilesUseResolve(name: String, alpha2: String) {
        #expect(CountryCodes.entry(for: name)?.alpha2 == alpha2)
    }

    @Test(arguments: ["Atlantis", "", "World", "Eastern Europe and Central Asia", "K", "(", "Korea"])
    func otherNamesResolveToNothing(name: String) {
        #expect(CountryCodes.entry(for: name) == nil)
    }

    @Test func codesAreOnlyUpperCaseCodes() {
        #expect(CountryCodes.entry(forCode: "kg") == nil, "a lower-case word is not taken for a code")
        #expect(CountryCodes.entry(forCode: "Chad") == nil)
        #expect(CountryCodes.entry(forCode: "TCD")?.displayName == "Chad")
        #expect(CountryCodes.entry(forCode: "UK") == nil, "an alias is not a code")
    }

    @Test(arguments: [
        ("KR", "South Korea"), ("VG", "British Virgin Islands"), ("CD", "The Democratic Republic of the Congo"),
        ("BQ", "Bonaire, Sint Eustatius and Saba"), ("KG", "Kyrgyzstan"), ("FM", "Federated States of Micronesia"),
        ("PS", "State of Palestine"), ("CI", "Côte d'Ivoire"),
    ])
    func displayNamesReadNaturally(alpha2: String, display: String) {
        #expect(CountryCodes.entry(for: alpha2)?.displayName == display)
    }

    /// Panels once read "KG" and "UA": a file whose countries are all codes loads with names.
    @Test func aFileOfCodesLoadsWithNames() throws {
        let d = try Dataset.parse("country,year,metric,value\nKG,2020,victims,4\nUKR,2020,victims,9\n", file: "c.csv")
        #expect(Set(d.figures.map(\.country)) == ["Kyrgyzstan", "Ukraine"])
        let mixed = try Dataset.parse(
            "country,year,metric,value\nKG,2020,victims,4\nNarnia,2020,victims,9\n", file: "c.csv")
        #expect(Set(mixed.figures.map(\.country)) == ["KG", "Narnia"], "a file that mixes keeps what it says")
    }

    @Test func aCountryIsSelectedByNameCodeOrAlias() throws {
        let text =
            "country,year,metric,value\nKyrgyz Republic,2020,victims,4\nBurma,2020,victims,9\nChad,2020,victims,1\n"
        for pick in ["KG", "KGZ", "Kyrgyzstan", "Kyrgyz Republic"] {
            let d = try Dataset.parse(text, file: "c.csv", mapping: ColumnMapping(onlyCountries: [pick, "Myanmar"]))
            #expect(d.figures.map(\.country) == ["Kyrgyz Republic", "Burma"], "\(pick)")
            let all = try Dataset.parse(text, file: "c.csv")
            #expect(all.filtered(countries: [pick]).figures.map(\.country) == ["Kyrgyz Republic"])
        }
    }
}
