#include "../iu_shim.h"
