// The whole-process reference: a C program that loads the fonts, draws the marks of one
// chart (dumped by the benchmark as opcodes, see drawing_reference.h) with direct cairo
// calls, and writes the PNG with cairo's libpng writer.
// Usage: ReferenceChart OPS TEXTS REGULAR.ttf BOLD.ttf WIDTH HEIGHT OUT.png
#include "drawing_reference.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *length) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)n + 1);
    if (data && fread(data, 1, (size_t)n, f) != (size_t)n) { free(data); data = NULL; }
    fclose(f);
    if (data) data[n] = 0;
    *length = (size_t)n;
    return data;
}

int main(int argc, char **argv) {
    if (argc != 8) return 64;
    size_t opsLength, textsLength;
    char *ops = slurp(argv[1], &opsLength), *texts = slurp(argv[2], &textsLength);
    if (!ops || !texts || ref_load_fonts(argv[3], argv[4]) != 0) return 1;
    // Texts are NUL-separated.
    size_t count = 0;
    for (size_t i = 0; i < textsLength; i++) count += texts[i] == 0;
    const char **strings = malloc((count + 1) * sizeof(char *));
    size_t k = 0;
    for (size_t i = 0; i < textsLength && k < count; i += strlen(texts + i) + 1) strings[k++] = texts + i;
    size_t written = ref_render_to_file((const double *)ops, opsLength / sizeof(double), strings,
                                        atof(argv[5]), atof(argv[6]), argv[7]);
    return written == 0;
}
