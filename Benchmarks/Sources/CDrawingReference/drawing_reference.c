#include "drawing_reference.h"
#include <cairo.h>
#include <cairo-svg.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// Text is shaped by Pango and HarfBuzz, as TIPCharts shapes it: a fontconfig configuration
// of the two files alone, one font map and context per thread (Pango's objects are not
// shared between threads), unhinted metrics and outlines.
static FcConfig *config;
static __thread PangoContext *thread_context;

int ref_load_fonts(const char *regular, const char *bold) {
    config = FcConfigCreate();
    if (!config) return 1;
    if (!FcConfigAppFontAddFile(config, (const FcChar8 *)regular)) return 1;
    if (!FcConfigAppFontAddFile(config, (const FcChar8 *)bold)) return 1;
    return 0;
}

static PangoContext *context(void) {
    if (thread_context) return thread_context;
    PangoFontMap *map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
    thread_context = pango_font_map_create_context(map);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(thread_context, options);
    cairo_font_options_destroy(options);
    pango_context_set_language(thread_context, pango_language_from_string("en"));
    return thread_context;
}

/// One line in DejaVu Sans laid out by Pango, its logical box's left edge at `dx`.
static void show_text(cairo_t *cr, const char *text, double size, int bold, double dx) {
    PangoLayout *layout = pango_layout_new(context());
    PangoFontDescription *description = pango_font_description_new();
    pango_font_description_set_family(description, "DejaVu Sans");
    pango_font_description_set_weight(description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(description, size * PANGO_SCALE);
    pango_layout_set_font_description(layout, description);
    pango_font_description_free(description);
    pango_layout_set_single_paragraph_mode(layout, 1);
    pango_layout_set_text(layout, text, -1);
    PangoLayoutLine *line = pango_layout_get_line_readonly(layout, 0);
    PangoRectangle logical;
    pango_layout_line_get_extents(line, NULL, &logical);
    cairo_move_to(cr, dx - (double)logical.x / PANGO_SCALE, 0);
    pango_cairo_show_layout_line(cr, line);
    g_object_unref(layout);
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
            cairo_set_source_rgba(cr, o[6], o[7], o[8], o[9]);
            cairo_translate(cr, o[0], o[1]);
            if (o[4] != 0) cairo_rotate(cr, o[4] * 3.14159265358979323846 / 180);
            show_text(cr, texts[(size_t)o[10]], o[2], o[3] != 0, o[5]);
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
