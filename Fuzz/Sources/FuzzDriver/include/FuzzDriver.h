// libFuzzer's entry for a program with its own main (SwiftPM gives every executable one): it runs the fuzzing
// loop with the flags on the command line, calling `test` for each input.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));
