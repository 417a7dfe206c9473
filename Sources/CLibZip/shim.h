#ifndef PLANSHEETS_CLIBZIP_SHIM_H
#define PLANSHEETS_CLIBZIP_SHIM_H
#include <zip.h>
#endif
