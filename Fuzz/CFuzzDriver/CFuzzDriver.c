// The declaration in include/CFuzzDriver.h is implemented by libFuzzer itself.
#include "CFuzzDriver.h"
