#ifndef IMPACT_CLIBXML2_SHIM_H
#define IMPACT_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// ICU types clash with Foundation's when both are imported (see shared notes).
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects; call it through this.
static inline void impact_xml_free(void *pointer) { xmlFree(pointer); }

#endif
