#ifndef TIPCHARTS_CCAIRO_SHIM_H
#define TIPCHARTS_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-svg.h>
#include <cairo-pdf.h>
#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <zlib.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <pango/pangofc-font.h>
#include <hb.h>
#include <hb-subset.h>

// GObject's cast macros do not import into Swift; these helpers do the casts in C.

/// A cairo font map for FreeType faces that sees only the fonts of `config`.
static inline PangoFontMap *tip_font_map_new(FcConfig *config) {
    PangoFontMap *map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (map != NULL) pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
    return map;
}

/// The file and face index of the font a shaped run uses, or NULL.
static inline const char *tip_glyph_item_font_file(const PangoGlyphItem *item, int *index) {
    if (item == NULL || item->item == NULL || !PANGO_IS_FC_FONT(item->item->analysis.font)) return NULL;
    FcPattern *pattern = pango_fc_font_get_pattern(PANGO_FC_FONT(item->item->analysis.font));
    FcChar8 *file = NULL;
    if (pattern == NULL || FcPatternGetString(pattern, FC_FILE, 0, &file) != FcResultMatch) return NULL;
    if (FcPatternGetInteger(pattern, FC_INDEX, 0, index) != FcResultMatch) *index = 0;
    return (const char *)file;
}

/// The shaped run at `node` of a line's run list.
static inline const PangoGlyphItem *tip_run_at(const GSList *node) {
    return node == NULL ? NULL : (const PangoGlyphItem *)node->data;
}

static inline void tip_object_unref(void *object) { if (object != NULL) g_object_unref(object); }
#endif
