#ifndef IMPACT_CLIBXML2_SHIM_H
#define IMPACT_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// ICU types clash with Foundation's when both are imported (see shared notes).
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/catalog.h>
#include <libxml/globals.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects; call it through this.
static inline void impact_xml_free(void *pointer) { xmlFree(pointer); }

/// The calling thread's structured error handler (`xmlStructuredError` is a macro).
static inline xmlStructuredErrorFunc impact_xml_thread_structured_error(void) {
    return xmlStructuredError;
}

/// The context passed to the calling thread's structured error handler.
static inline void *impact_xml_thread_structured_error_context(void) {
    return xmlStructuredErrorContext;
}

#endif
