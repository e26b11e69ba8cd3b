/// SplitMix64 (Steele, Lea and Flood 2014; Vigna's reference constants): a fast, seeded,
/// reproducible stream of 64-bit values, for simulations, tests and benchmarks that must
/// give bit-identical inputs in Swift, C and NumPy.
///
/// Two forms give the same stream:
/// - as a `RandomNumberGenerator`: `next()` advances the state by the golden-ratio
///   increment and mixes it;
/// - in counter form: ``value(seed:index:)`` mixes `seed + (index + 1) · 0x9E3779B97F4A7C15`
///   directly, so element `index` needs no state (and parallel code needs no sharing).
///
/// Not for cryptography. Complexity: O(1) per value.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The state; the next value mixes `state + increment`.
    public var state: UInt64

    /// The increment, ⌊2⁶⁴ / φ⌋ (odd).
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// A generator whose first value is `value(seed: seed, index: 0)`.
    public init(seed: UInt64) { state = seed }

    /// The next value of the stream.
    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// Element `index` (from 0) of the stream seeded with `seed`.
    @inlinable
    public static func value(seed: UInt64, index: UInt64) -> UInt64 {
        mix(seed &+ (index &+ 1) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Element `index` as a double in [0, 1): its top 53 bits · 2⁻⁵³, as NumPy and C compute it.
    @inlinable
    public static func uniform(seed: UInt64, index: UInt64) -> Double {
        Double(value(seed: seed, index: index) >> 11) * 0x1p-53
    }

    /// The finaliser (a variant of MurmurHash3's fmix64).
    @inlinable
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
