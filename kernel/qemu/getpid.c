// SPDX-License-Identifier: GPL-2.0
/* getpid N: make N getpid system calls; exit 1 if one of them fails. */
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long i, n = argc > 1 ? atol(argv[1]) : 1;

	for (i = 0; i < n; i++)
		if (syscall(SYS_getpid) <= 0)
			return 1;
	return 0;
}
