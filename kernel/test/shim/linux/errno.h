#include "../iu_shim.h"
#include <asm-generic/errno.h>
