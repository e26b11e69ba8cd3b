/// Formats `units · 10^(−decimals)` with exactly `decimals` digits after the point,
/// without going through binary floating point: `formatFixed(units: -5, decimals: 2)`
/// is `"-0.05"`.
///
/// - Complexity: O(digits).
package func formatFixed(units: Int, decimals: Int) -> String {
    let negative = units < 0
    let magnitude = String(units.magnitude)
    guard decimals > 0 else { return (negative ? "-" : "") + magnitude }
    let padded = String(repeating: "0", count: max(0, decimals + 1 - magnitude.count)) + magnitude
    let split = padded.index(padded.endIndex, offsetBy: -decimals)
    return (negative ? "-" : "") + padded[..<split] + "." + padded[split...]
}

/// Rounds `value` half away from zero to `decimals` places and formats it, e.g.
/// `formatFixed(69.230769, decimals: 2)` is `"69.23"`. Returns `nil` for NaN, ±∞, or a
/// value too large to hold in `Int` units.
package func formatFixed(_ value: Double, decimals: Int) -> String? {
    guard value.isFinite, (0...15).contains(decimals) else { return nil }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
    guard abs(scaled) < 9.0e15 else { return nil }
    return formatFixed(units: Int(scaled), decimals: decimals)
}
