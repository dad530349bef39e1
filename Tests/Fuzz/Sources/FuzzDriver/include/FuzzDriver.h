// libFuzzer's entry for programs that keep their own main(). SwiftPM links an executable
// target's entry point as main on Linux, so each harness calls this from there instead of
// relying on libFuzzer's own main.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
