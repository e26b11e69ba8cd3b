extension Polyline {
    /// Calls `body` with each finite point in canvas coordinates, in order, and whether it
    /// starts a new stretch of line: the first point, and the first after a NaN or infinite
    /// point, which is a gap. Renderers draw a move there and a line to every other point.
    ///
    /// - Complexity: O(n).
    public func forEachCanvasPoint(_ body: (_ point: Point, _ startsStretch: Bool) -> Void) {
        var penDown = false
        for i in 0..<count {
            let p = canvasPoint(i)
            guard p.x.isFinite, p.y.isFinite else {
                penDown = false
                continue
            }
            body(p, !penDown)
            penDown = true
        }
    }
}
