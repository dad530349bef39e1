// Intentionally empty: the target only exports the FuzzDriver.h declaration to Swift.
#include "FuzzDriver.h"
