/// Reading numbers as people type them in TIP tables.
enum ValueParsing {
    static let expectedNumber =
        "expected a number such as 1834, 1,834, 12.5 or 1e-05, optionally after a qualifier (at least 113), a "
        + "censored value such as <5, a tier such as Tier 2 Watch List, or NA"

    /// Words before a number that qualify it, longest first: "at least 113", "nearly $35,000".
    static let qualifierWords: [(String, Qualifier)] = [
        ("approximately", .approximately), ("about", .approximately), ("around", .approximately),
        ("at least", .atLeast), ("more than", .atLeast), ("over", .atLeast), ("nearly", .nearly),
        ("almost", .nearly),
    ]

    /// Parses a value cell.
    ///
    /// | text | value |
    /// |---|---|
    /// | `1834`, `12.5`, `-3` | exact |
    /// | `1,834`, `1,234,567.5` | exact (groups of three after the first comma) |
    /// | `1e-05`, `1.5E+308` | exact (decimal exponent, as export and JSON write them) |
    /// | `<5`, `< 5`, `<1,000` | censored below a positive bound |
    /// | empty, `NA`, `N/A`, `n/a` | missing |
    /// | `at least 113`, `approximately 3,000`, `nearly 35,000` | exact, with the qualifier |
    /// | `Tier 1`, `Tier 2`, `Tier 2 Watch List`, `Tier 2WL`, `Tier 3`, `Special Case` | a tier placement |
    ///
    /// Qualifier words: at least, more than, over; approximately, about, around; nearly, almost.
    ///
    /// `inf`, `nan`, hexadecimal, and numbers that overflow a double or underflow to zero
    /// are rejected: no TIP table writes them, so they are far more likely to be a mistake.
    /// `-0` reads as `0`, so export writes it the same way in CSV and JSON.
    static func value(_ raw: String) -> (value: FigureValue, qualifier: Qualifier?)? {
        if let plain = plainDecimal(raw) { return (.exact(plain), nil) }
        let text = raw.trimmingSpaces
        if text.isEmpty || ["na", "n/a"].contains(text.lowercased()) { return (.missing, nil) }
        if text.hasPrefix("<") {
            guard let bound = number(String(text.dropFirst()).trimmingSpaces), bound > 0 else { return nil }
            return (.below(bound), nil)
        }
        if let exact = number(text) { return (.exact(exact), nil) }
        if let tier = Tier(parsing: text) { return (.tier(tier), nil) }
        let lower = text.lowercased()
        for (words, qualifier) in qualifierWords where lower.hasPrefix(words + " ") {
            guard let exact = number(String(text.dropFirst(words.count)).trimmingSpaces) else { return nil }
            return (.exact(exact), qualifier)
        }
        return nil
    }

    /// The common case read directly: ASCII digits with at most one point that has digits on
    /// both sides ("1234", "0.5"), nothing else. Anything else is nil, for ``number(_:)``.
    static func plainDecimal(_ text: String) -> Double? {
        var digitsBefore = 0, digitsAfter = 0, points = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                if points == 0 { digitsBefore += 1 } else { digitsAfter += 1 }
            } else if b == UInt8(ascii: "."), points == 0 {
                points = 1
            } else {
                return nil
            }
        }
        guard digitsBefore > 0, points == 0 || digitsAfter > 0, let value = Double(text), value.isFinite else {
            return nil
        }
        return value
    }

    /// A plain or comma-grouped decimal number.
    static func number(_ text: String) -> Double? {
        var body = Substring(text)
        var negative = false
        if body.first == "-" || body.first == "+" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        var exponent = ""
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var digits = body[body.index(after: e)...]
            if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isASCIIDigit), !body[..<e].contains(",")
            else { return nil }
            exponent = String(body[e...])
            body = body[..<e]
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let integer = parts.first, !integer.isEmpty,
            parts.count == 1 || (parts[1].allSatisfy(\.isASCIIDigit) && !parts[1].isEmpty)
        else { return nil }
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
        else { return nil }
        let digits = groups.joined() + (parts.count > 1 ? "." + parts[1] : "")
        guard let magnitude = Double(digits + exponent), magnitude.isFinite else { return nil }
        // 1e-99999999 would silently read as 0: refuse a non-zero mantissa that underflows.
        if magnitude == 0, digits.contains(where: { $0 != "0" && $0 != "." }) { return nil }
        return negative && magnitude != 0 ? -magnitude : magnitude
    }

    /// A year: a whole number from 1800 to 2200, with no decimals or grouping.
    static func year(_ raw: String) -> Int? {
        let text = raw.trimmingSpaces
        guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit), let year = Int(text), (1800...2200).contains(year) else {
            return nil
        }
        return year
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// Without leading and trailing spaces and tabs. Tests bytes, not Characters: finding
    /// the last grapheme cost more than the rest of a microdata row's reading.
    var trimmingSpaces: String {
        if let first = utf8.first, first != 0x20, first != 0x09, let last = utf8.last, last != 0x20, last != 0x09 {
            return self
        }
        return Substring(self).trimmingSpaces
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        if let first = utf8.first, first != 0x20, first != 0x09, let last, last != " ", last != "\t" {
            return String(self)
        }
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
