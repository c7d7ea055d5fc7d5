// SPDX-License-Identifier: GPL-2.0
/*
 * e2e_trig: the only task whose system calls the iu_e2e module dispatches
 * (it filters on this comm).  Static, run from the initramfs' /init.
 *
 *   e2e_trig getpid N          N getpid()            (iu_kprobe_count)
 *   e2e_trig dup IDX N         N dup(IDX)            (iu_prog1, iu_oob_panic:
 *                              args[0] = IDX; IDX >= 4 panics)
 *   e2e_trig close ID FLAG N   N close(ID) with rsi = FLAG  (iu_cleanup:
 *                              FLAG != 0 panics holding resource ID)
 *   e2e_trig sys NAME N [DI [SI]]  N calls of the system call NAME (one of
 *                              the samples' hooks, iu_e2e_samples.c) with
 *                              rdi = DI, rsi = SI (ignored by the kernel,
 *                              read by the programs)
 * A descriptor dup() returns is closed with close_range(), which is not
 * the close system call the cleanup program is attached to.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long i, n;

	if (argc == 3 && !strcmp(argv[1], "getpid")) {
		n = atol(argv[2]);
		for (i = 0; i < n; i++)
			if (syscall(SYS_getpid) <= 0)
				return 1;
		return 0;
	}
	if (argc == 4 && !strcmp(argv[1], "dup")) {
		long idx = atol(argv[2]), fd;

		n = atol(argv[3]);
		for (i = 0; i < n; i++) {
			fd = syscall(SYS_dup, idx);
			if (fd >= 0)
				syscall(SYS_close_range, fd, fd, 0);
		}
		return 0;
	}
	if (argc == 5 && !strcmp(argv[1], "close")) {
		long id = atol(argv[2]), flag = atol(argv[3]);

		n = atol(argv[4]);
		for (i = 0; i < n; i++)
			syscall(SYS_close, id, flag);
		return 0;
	}
	if (argc >= 4 && argc <= 6 && !strcmp(argv[1], "sys")) {
		static const struct { const char *name; long nr; } calls[] = {
			{ "getppid", SYS_getppid }, { "getuid", SYS_getuid },
			{ "getgid", SYS_getgid }, { "geteuid", SYS_geteuid },
			{ "getegid", SYS_getegid }, { "getpgrp", SYS_getpgrp },
			{ "getsid", SYS_getsid }, { "gettid", SYS_gettid },
			{ "sched_yield", SYS_sched_yield },
		};
		long di = argc > 4 ? atol(argv[4]) : 0, si = argc > 5 ? atol(argv[5]) : 0;
		unsigned int k;

		n = atol(argv[3]);
		for (k = 0; k < sizeof(calls) / sizeof(calls[0]); k++) {
			if (strcmp(argv[2], calls[k].name))
				continue;
			for (i = 0; i < n; i++)
				syscall(calls[k].nr, di, si);
			return 0;
		}
		fprintf(stderr, "e2e_trig: unknown system call %s\n", argv[2]);
		return 2;
	}
	fprintf(stderr, "usage: e2e_trig getpid N | dup IDX N | close ID FLAG N | sys NAME N [DI [SI]]\n");
	return 2;
}
