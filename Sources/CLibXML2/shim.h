#ifndef PLANSHEETS_CLIBXML2_SHIM_H
#define PLANSHEETS_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so encoding.h would include the system's ICU headers
   into this module. Foundation carries its own copy of ICU's declarations, and a clean build
   has failed on the clash ("'UErrorCode' has different definitions in different modules").
   The ICU part of encoding.h only adds two trailing pointer fields to xmlCharEncodingHandler,
   which PlanSheets never touches (it hands libxml2 UTF-8 and no handler of its own), so the
   module is built without it. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/* libxml2's "generic" error handler is variadic, which Swift cannot define or call: these
   two helpers point it (for the calling thread) at a handler that receives the format
   string only, and put the previous handler back. The parser uses them so that lines such
   as "xmlParseChunk: encoder error" become part of its typed error instead of being printed
   on standard error. */
typedef void (*plansheets_generic_error_func)(void *context, const char *message);

typedef struct {
    void *context;
    xmlGenericErrorFunc handler;
} plansheets_generic_error_state;

static inline plansheets_generic_error_state plansheets_capture_generic_errors(
    void *context, plansheets_generic_error_func handler) {
    plansheets_generic_error_state saved = { xmlGenericErrorContext, xmlGenericError };
    xmlSetGenericErrorFunc(context, (xmlGenericErrorFunc)(void *)handler);
    return saved;
}

static inline void plansheets_restore_generic_errors(plansheets_generic_error_state saved) {
    xmlSetGenericErrorFunc(saved.context, saved.handler);
}
#endif
