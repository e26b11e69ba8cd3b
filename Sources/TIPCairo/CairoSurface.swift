internal import CTIPCairo

/// Owns a cairo surface and a context drawing on it; both are released in `deinit`,
/// on every path, including errors.
///
/// A vector surface writes through a ``ByteSink`` that cairo holds only as a raw pointer.
/// The surface keeps that sink alive itself: stored properties are released after
/// `deinit` has run, so cairo's last writes (when `cairo_surface_destroy` finishes a
/// surface whose `finish` failed) always land in a live sink.
final class CairoSurface {
    let surface: OpaquePointer
    let context: OpaquePointer
    /// The sink cairo writes into, kept alive until after the surface is destroyed.
    let sink: ByteSink?

    init(surface: OpaquePointer, sink: ByteSink? = nil, operation: String) throws(RenderError) {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .cairo(status: Self.message(status), operation: operation)
        }
        guard let context = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw .cairo(status: "no context", operation: operation)
        }
        self.surface = surface
        self.context = context
        self.sink = sink
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Throws if the context or surface has entered an error state.
    func check(_ operation: String) throws(RenderError) {
        let contextStatus = cairo_status(context)
        guard contextStatus == CAIRO_STATUS_SUCCESS else {
            throw .cairo(status: Self.message(contextStatus), operation: operation)
        }
        let surfaceStatus = cairo_surface_status(surface)
        guard surfaceStatus == CAIRO_STATUS_SUCCESS else {
            throw .cairo(status: Self.message(surfaceStatus), operation: operation)
        }
    }

    /// Finishes the surface (flushing vector output to its stream) and checks the result.
    func finish(_ operation: String) throws(RenderError) {
        try check(operation)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw .cairo(status: Self.message(status), operation: operation) }
    }

    static func message(_ status: cairo_status_t) -> String {
        String(cString: cairo_status_to_string(status))
    }
}
