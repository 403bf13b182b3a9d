// The declaration in include/FuzzDriver.h is defined by libFuzzer, linked by -sanitize=fuzzer.
#include "FuzzDriver.h"
