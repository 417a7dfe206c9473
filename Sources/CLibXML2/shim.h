#ifndef PLANSHEETS_CLIBXML2_SHIM_H
#define PLANSHEETS_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#endif
