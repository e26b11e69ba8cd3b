#include "drawing_reference.h"
#include <cairo.h>
#include <cairo-ft.h>
#include <cairo-svg.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static cairo_font_face_t *faces[2];

int ref_load_fonts(const char *regular, const char *bold) {
    static FT_Library library;
    if (FT_Init_FreeType(&library)) return 1;
    const char *paths[2] = {regular, bold};
    for (int i = 0; i < 2; i++) {
        FT_Face face;
        if (FT_New_Face(library, paths[i], 0, &face)) return 1;
        faces[i] = cairo_ft_font_face_create_for_ft_face(face, 0);
    }
    return 0;
}

typedef struct { unsigned char *data; size_t length, capacity; } buffer;

static cairo_status_t append(void *closure, const unsigned char *data, unsigned int length) {
    buffer *b = closure;
    if (b->length + length > b->capacity) {
        size_t capacity = b->capacity ? b->capacity * 2 : 65536;
        while (capacity < b->length + length) capacity *= 2;
        unsigned char *grown = realloc(b->data, capacity);
        if (!grown) return CAIRO_STATUS_WRITE_ERROR;
        b->data = grown;
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, data, length);
    b->length += length;
    return CAIRO_STATUS_SUCCESS;
}

static void draw(cairo_t *cr, const double *ops, size_t count, const char *const *texts) {
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    cairo_set_font_options(cr, options);
    cairo_font_options_destroy(options);
    size_t i = 0;
    while (i < count) {
        const double *o = ops + i + 1;
        switch ((int)ops[i]) {
        case 1: cairo_rectangle(cr, o[0], o[1], o[2], o[3]); i += 5; break;
        case 2: cairo_move_to(cr, o[0], o[1]); i += 3; break;
        case 3: cairo_line_to(cr, o[0], o[1]); i += 3; break;
        case 4: cairo_curve_to(cr, o[0], o[1], o[2], o[3], o[4], o[5]); i += 7; break;
        case 5: cairo_arc(cr, o[0], o[1], o[2], o[3], o[4]); i += 6; break;
        case 6: cairo_arc_negative(cr, o[0], o[1], o[2], o[3], o[4]); i += 6; break;
        case 7: cairo_close_path(cr); i += 1; break;
        case 8:
            cairo_set_source_rgba(cr, o[0], o[1], o[2], o[3]);
            if (o[4] != 0) cairo_fill_preserve(cr); else cairo_fill(cr);
            i += 6;
            break;
        case 9: {
            cairo_set_source_rgba(cr, o[0], o[1], o[2], o[3]);
            cairo_set_line_width(cr, o[4]);
            cairo_set_line_cap(cr, (cairo_line_cap_t)o[5]);
            int dashes = (int)o[6];
            cairo_set_dash(cr, o + 7, dashes, 0);
            cairo_stroke(cr);
            i += 8 + dashes;
            break;
        }
        case 10:
            cairo_save(cr);
            cairo_set_font_face(cr, faces[o[3] != 0]);
            cairo_set_font_size(cr, o[2]);
            cairo_set_source_rgba(cr, o[6], o[7], o[8], o[9]);
            cairo_translate(cr, o[0], o[1]);
            if (o[4] != 0) cairo_rotate(cr, o[4] * 3.14159265358979323846 / 180);
            cairo_move_to(cr, o[5], 0);
            cairo_show_text(cr, texts[(size_t)o[10]]);
            cairo_restore(cr);
            i += 12;
            break;
        case 11: cairo_save(cr); i += 1; break;
        case 12: cairo_rectangle(cr, o[0], o[1], o[2], o[3]); cairo_clip(cr); i += 5; break;
        case 13: cairo_restore(cr); i += 1; break;
        case 14: cairo_new_path(cr); i += 1; break;
        case 15:
            cairo_set_source_rgba(cr, o[0], o[1], o[2], o[3]);
            cairo_rectangle(cr, 0, 0, o[4], o[5]);
            cairo_fill(cr);
            i += 7;
            break;
        default: return;
        }
    }
}

size_t ref_render(const double *ops, size_t count, const char *const *texts, int format, double width,
                  double height) {
    buffer out = {0};
    cairo_surface_t *surface =
        format == REF_SVG
            ? cairo_svg_surface_create_for_stream(append, &out, width, height)
            : cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)width, (int)height);
    cairo_t *cr = cairo_create(surface);
    draw(cr, ops, count, texts);
    cairo_destroy(cr);
    if (format == REF_PNG) cairo_surface_write_to_png_stream(surface, append, &out);
    cairo_surface_destroy(surface);
    size_t length = out.length;
    free(out.data);
    return length;
}

size_t ref_render_to_file(const double *ops, size_t count, const char *const *texts, double width,
                          double height, const char *path) {
    cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)width, (int)height);
    cairo_t *cr = cairo_create(surface);
    draw(cr, ops, count, texts);
    cairo_destroy(cr);
    cairo_status_t status = cairo_surface_write_to_png(surface, path);
    cairo_surface_destroy(surface);
    return status == CAIRO_STATUS_SUCCESS;
}

typedef struct {
    const double *ops; size_t count; const char *const *texts; double width, height; int jobs; size_t bytes;
} job;

static void *worker(void *argument) {
    job *j = argument;
    for (int k = 0; k < j->jobs; k++) j->bytes += ref_render(j->ops, j->count, j->texts, REF_PNG, j->width, j->height);
    return NULL;
}

size_t ref_render_parallel(const double *ops, size_t count, const char *const *texts, double width,
                           double height, int jobs, int threads) {
    pthread_t ids[64];
    job work[64];
    if (threads > 64) threads = 64;
    size_t total = 0;
    for (int t = 0; t < threads; t++) {
        work[t] = (job){ops, count, texts, width, height, jobs / threads + (t < jobs % threads), 0};
        pthread_create(&ids[t], NULL, worker, &work[t]);
    }
    for (int t = 0; t < threads; t++) { pthread_join(ids[t], NULL); total += work[t].bytes; }
    return total;
}
