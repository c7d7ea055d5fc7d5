package irpass

import "syscall"

const mapPopulate = syscall.MAP_POPULATE
