/// Rearranges `values` so that `values[k]` holds the element that would be there if
/// the array were sorted, everything before it is `≤` and everything after is `≥`.
///
/// Hoare's quickselect with a median-of-three pivot; if the partitioning depth passes
/// 2·log₂n (adversarial input) it falls back to sorting the remaining range, so the
/// worst case is O(n log n).
///
/// With `from`, only `values[from...]` is rearranged: the caller knows everything before
/// it is already in place (after selecting an earlier rank).
///
/// - Precondition: `values.indices.contains(k)`, `from <= k`; values contain no NaN.
/// - Complexity: O(n) expected.
@usableFromInline
func selectInPlace(_ values: inout [Double], k: Int, from start: Int = 0) {
    precondition(values.indices.contains(k) && start <= k, "selection index out of range")
    values.withUnsafeMutableBufferPointer { selectInPlace($0, k: k, from: start) }
}

/// The same on a buffer, without bounds or uniqueness checks in the loop.
@usableFromInline
func selectInPlace(_ values: UnsafeMutableBufferPointer<Double>, k: Int, from start: Int) {
    var low = start
    var high = values.count - 1
    var depthBudget = 2 * (Int.bitWidth - values.count.leadingZeroBitCount)
    while high > low {
        if depthBudget == 0 {
            var rest = UnsafeMutableBufferPointer(rebasing: values[low...high])
            rest.sort()
            return
        }
        depthBudget -= 1
        let mid = low + (high - low) / 2
        // Median of three moved to `mid`.
        if values[mid] < values[low] { values.swapAt(mid, low) }
        if values[high] < values[low] { values.swapAt(high, low) }
        if values[high] < values[mid] { values.swapAt(high, mid) }
        let pivot = values[mid]
        var i = low
        var j = high
        while i <= j {
            while values[i] < pivot { i += 1 }
            while values[j] > pivot { j -= 1 }
            if i <= j {
                values.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
        if k <= j {
            high = j
        } else if k >= i {
            low = i
        } else {
            return
        }
    }
}
