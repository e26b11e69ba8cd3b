@testable import TIPStatistics

/// The 19 prison terms of 2007 (TIP Report 2008): 3 y ×3, 5 y ×2, 6 y ×4, 7 y ×5, 10 y ×4, 12 y ×1.
let sentenceYears: [Double] = [3, 3, 3, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7, 7, 10, 10, 10, 10, 12]
let negatives: [Double] = [-4.5, -1, 0, 2.25, 7, -3]

func close(_ a: Double?, _ b: Double?, tolerance: Double = 1e-12) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) <= tolerance * max(1, abs(b))
}
