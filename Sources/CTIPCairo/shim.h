#ifndef TIPCHARTS_CCAIRO_SHIM_H
#define TIPCHARTS_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-svg.h>
#include <cairo-pdf.h>
#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <zlib.h>
#endif
