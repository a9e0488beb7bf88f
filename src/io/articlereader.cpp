#include "articlereader.h"
