// SPDX-License-Identifier: GPL-2.0
/*
 * iu_module.c - iu.ko's module parameters and init/exit.
 *
 * Counters (read-only, summed over all CPUs), in /sys/module/iu/parameters/:
 *   panics            dispatches that returned -EINVAL
 *   leaks             cleanup entries still registered at a normal exit
 *                     (run then)
 *   refusals          dispatches refused without running the program
 *   bad_unregisters   refused iu_cleanup_unregister() calls
 *   timeouts          dispatches stopped over their time budget
 *   overflows         dispatches stopped over their stack budget
 *   bad_brackets      helper brackets a program left open (found when its
 *                     dispatch ended) or closed without opening
 * and, writable: timeout_us (iu_watchdog.c), stack_budget (iu_stack.c).
 */
#define pr_fmt(fmt) "iu: " fmt

#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/percpu.h>

#include "iu_internal.h"

static int iu_get_stat(char *buf, const struct kernel_param *kp)
{
	size_t off = (size_t)kp->arg;
	unsigned long sum = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		sum += *(unsigned long *)((char *)per_cpu_ptr(&iu_stats, cpu) + off);
	return sysfs_emit(buf, "%lu\n", sum);
}

static const struct kernel_param_ops iu_stat_ops = { .get = iu_get_stat };

#define IU_STAT_PARAM(field, desc)					\
	module_param_cb(field, &iu_stat_ops,				\
			(void *)offsetof(struct iu_stats, field), 0444); \
	MODULE_PARM_DESC(field, desc)

IU_STAT_PARAM(panics, "dispatches that returned -EINVAL (panic)");
IU_STAT_PARAM(leaks, "cleanup entries still registered at a normal exit");
IU_STAT_PARAM(refusals, "dispatches refused without running the program");
IU_STAT_PARAM(bad_unregisters, "refused iu_cleanup_unregister() calls");
IU_STAT_PARAM(timeouts, "dispatches stopped over their time budget (-ETIMEDOUT)");
IU_STAT_PARAM(overflows, "dispatches stopped over their stack budget (-EOVERFLOW)");
IU_STAT_PARAM(bad_brackets, "iu_helper_enter/exit brackets left open or closed twice");

static int __init iu_init(void)
{
	int err = iu_watchdog_init();

	if (err)
		return err;
	pr_info("inner-unikernel dispatcher loaded (time budget %u us, stack budget %lu bytes)\n",
		iu_timeout_us, iu_stack_budget);
	return 0;
}

static void __exit iu_exit(void)
{
	iu_watchdog_exit();
}

module_init(iu_init);
module_exit(iu_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Inner-unikernel program dispatcher with panic recovery");
