#ifndef TIPCHARTS_DRAWING_REFERENCE_H
#define TIPCHARTS_DRAWING_REFERENCE_H
#include <stddef.h>

/// The drawing workloads' reference: the marks of a scene, flattened by the benchmark into
/// a list of opcodes and operands, drawn by direct cairo calls with no chart layer.
///
/// Opcodes (operands follow each one):
///   1 RECT x y w h          2 MOVE x y        3 LINE x y       4 CURVE x1 y1 x2 y2 x3 y3
///   5 ARC cx cy r a0 a1     6 ARCNEG (same)   7 CLOSE          8 FILL r g b a preserve
///   9 STROKE r g b a width cap ndash dash…    10 TEXT x y size bold rotation dx r g b a index
///   11 SAVE   12 CLIP x y w h   13 RESTORE   14 NEWPATH   15 BACKGROUND r g b a w h
enum { REF_PNG = 0, REF_SVG = 1 };

/// Makes a fontconfig configuration of the two font files, for Pango to shape text in,
/// once per process. Returns 0 on success.
int ref_load_fonts(const char *regular, const char *bold);

/// Draws `ops` on a `width`×`height` surface as PNG (cairo's libpng writer) or SVG, into
/// memory. Returns the number of bytes written, or 0 on failure.
size_t ref_render(const double *ops, size_t count, const char *const *texts, int format, double width,
                  double height);

/// Renders PNG into the file at `path` through cairo_surface_write_to_png. Returns 1 on
/// success, 0 on failure.
size_t ref_render_to_file(const double *ops, size_t count, const char *const *texts, double width,
                          double height, const char *path);

/// The same render on `threads` threads, `jobs` times in all. Returns total bytes.
size_t ref_render_parallel(const double *ops, size_t count, const char *const *texts, double width,
                           double height, int jobs, int threads);
#endif
