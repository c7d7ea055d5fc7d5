// SPDX-License-Identifier: GPL-2.0
/*
 * iu_watchdog.c - stop a program that runs past its time budget
 * (timeout_us).  See README.md, "Termination".
 *
 * The dispatcher reads no clock and arms no timer: each dispatch takes a
 * new per-CPU sequence number and records it in its frame.  Supervisors -
 * pinned HARD hrtimers on two housekeeping CPUs, every timeout/4 - read
 * every watched CPU's innermost frame and its sequence from afar.  A
 * (frame, sequence) pair names one dispatch; one seen again at least a
 * budget after it was first seen has run longer than the budget (no false
 * positive: it started before it was first seen).  The supervisor then
 * writes a stop request for that pair into the CPU's request word and sends
 * it an NMI; the NMI handler stops the innermost dispatch if it is still
 * that pair and the interrupted code is its program (iu_stop_decide()), by
 * redirecting the interrupted context to iu_timeout_trampoline.  One NMI
 * path serves programs running with interrupts on or off, in hard irq or
 * nested.  The second supervisor watches the first's CPU; a single online
 * CPU watches itself from its timer interrupt (programs running with
 * interrupts off cannot be stopped there).
 *
 * Idle: after a second without any dispatch the supervisors stop their
 * timers.  To sleep, the first one closes a gate the dispatcher already
 * passes on its normal path (the room check's span: 0 sends every dispatch
 * to its slow path), watches one more period for dispatches that passed
 * before, and only then stops.  The first dispatch through the closed gate
 * marks the watchdog running, opens the gate and wakes the supervisors
 * (an NMI, then irq_work restarts their timers), so it is watched from its
 * start: no instruction on the normal path, and about no timer interrupt
 * while no program runs.
 */
#define pr_fmt(fmt) "iu: " fmt

#include <linux/atomic.h>
#include <linux/cpu.h>
#include <linux/cpuhotplug.h>
#include <linux/cpumask.h>
#include <linux/hrtimer.h>
#include <linux/irq_work.h>
#include <linux/kallsyms.h>
#include <linux/kprobes.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/sched/isolation.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <asm/apic.h>
#include <asm/irq_regs.h>
#include <asm/irq_vectors.h>
#include <asm/nmi.h>
#include <asm/nospec-branch.h>
#include <asm/ptrace.h>

#include "iu_internal.h"

/* ---- the budget ------------------------------------------------------------ */

#define IU_TIMEOUT_MIN_US	1000		/* a supervisor tick every 250 us */
#define IU_TIMEOUT_MAX_US	60000000	/* one minute */

unsigned int iu_timeout_us = 10000;

static int iu_set_timeout(const char *val, const struct kernel_param *kp)
{
	unsigned int v;
	int err = kstrtouint(val, 0, &v);

	if (err)
		return err;
	if (v < IU_TIMEOUT_MIN_US || v > IU_TIMEOUT_MAX_US)
		return -EINVAL;
	WRITE_ONCE(iu_timeout_us, v);
	return 0;
}

static const struct kernel_param_ops iu_timeout_ops = {
	.set = iu_set_timeout,
	.get = param_get_uint,
};
module_param_cb(timeout_us, &iu_timeout_ops, &iu_timeout_us, 0644);
MODULE_PARM_DESC(timeout_us,
		 "time budget of a dispatch in microseconds (1000..60000000), default 10000");

/* ---- running, closing, idle ---------------------------------------------- */

enum { IU_WD_RUNNING, IU_WD_CLOSING, IU_WD_IDLE };
static atomic_t iu_wd_state = ATOMIC_INIT(IU_WD_RUNNING);
/* Orders the gate against stack_budget changes and the way to idle. */
static DEFINE_RAW_SPINLOCK(iu_wd_lock);
static u64 iu_wd_active_ns, iu_wd_closing_ns;	/* the first supervisor's */
static DEFINE_PER_CPU(unsigned long, iu_idle_seq);
static DEFINE_PER_CPU(int, iu_wake_pending);
static DEFINE_PER_CPU(struct irq_work, iu_wake_work);
static DEFINE_PER_CPU(struct irq_work, iu_wake_later_work);
static int iu_sup[2] = { -1, -1 };	/* [1] watches [0]; [0] watches the rest */

#define IU_IDLE_AFTER_NS	NSEC_PER_SEC

void iu_watchdog_set_budget(unsigned long budget)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&iu_wd_lock, flags);
	WRITE_ONCE(iu_stack_budget, budget);
	if (atomic_read(&iu_wd_state) == IU_WD_RUNNING)
		iu_stack_gate(true);
	raw_spin_unlock_irqrestore(&iu_wd_lock, flags);
}

/* Wake both supervisors: an NMI, whose handler queues their timer's start. */
static notrace void iu_wake_supervisors(void)
{
	int i, cpu;

	for (i = 0; i < 2; i++) {
		cpu = READ_ONCE(iu_sup[i]);
		if (cpu < 0)
			continue;
		WRITE_ONCE(per_cpu(iu_wake_pending, cpu), 1);
		apic->send_IPI(cpu, NMI_VECTOR);
	}
}

/* A dispatch in NMI context woke the watchdog: IPIs are sent from here. */
static void iu_wake_later_fn(struct irq_work *w)
{
	iu_wake_supervisors();
}

/*
 * From the dispatcher's slow path, in any context: an idle (or closing)
 * watchdog runs again from now on, before the program starts.  From an
 * NMI no IPI is sent (one could split an xAPIC IPI the NMI interrupted):
 * an irq_work sends them when the NMI is over; a program running in NMI
 * context cannot be stopped anyway.
 */
void notrace iu_watchdog_touch(void)
{
	if (atomic_read(&iu_wd_state) == IU_WD_RUNNING) {
		/* A gate closed by a race with a wake-up: open it again. */
		if (!READ_ONCE(iu_stack_span))
			iu_stack_gate(true);
		return;
	}
	if (atomic_xchg(&iu_wd_state, IU_WD_RUNNING) == IU_WD_IDLE) {
		if (in_nmi())
			irq_work_queue(this_cpu_ptr(&iu_wake_later_work));
		else
			iu_wake_supervisors();
	}
	iu_stack_gate(true);
}
NOKPROBE_SYMBOL(iu_watchdog_touch);

/*
 * The first supervisor, after each scan: may the supervisors stop their
 * timers?  @active: a dispatch ran since the last scan (a frame now, or a
 * sequence number changed).
 */
static notrace bool iu_wd_may_sleep(u64 now, u64 period, bool active)
{
	int st = atomic_read(&iu_wd_state);
	bool idle = false;

	if (active) {
		iu_wd_active_ns = now;
		if (st == IU_WD_CLOSING)
			iu_watchdog_touch();
		return false;
	}
	if (st == IU_WD_RUNNING && now - iu_wd_active_ns >= IU_IDLE_AFTER_NS) {
		raw_spin_lock(&iu_wd_lock);
		if (atomic_cmpxchg(&iu_wd_state, IU_WD_RUNNING,
				   IU_WD_CLOSING) == IU_WD_RUNNING) {
			iu_stack_gate(false);
			iu_wd_closing_ns = now;
		}
		raw_spin_unlock(&iu_wd_lock);
	} else if (st == IU_WD_CLOSING && now - iu_wd_closing_ns >= period) {
		/*
		 * Closed for a whole period and no dispatch seen: any that
		 * passed the open gate had bumped its sequence number before
		 * (and would show); later ones find the gate closed.
		 */
		raw_spin_lock(&iu_wd_lock);
		iu_stack_gate(false);
		idle = atomic_cmpxchg(&iu_wd_state, IU_WD_CLOSING,
				      IU_WD_IDLE) == IU_WD_CLOSING;
		raw_spin_unlock(&iu_wd_lock);
	}
	return idle;
}

/* NMI-safe, monotonic. */
u64 notrace iu_now_ns(void)
{
	return ktime_get_mono_fast_ns();
}
NOKPROBE_SYMBOL(iu_now_ns);

/* ---- what is program code ---------------------------------------------------- */

/*
 * Functions the compiler calls on its own from program code: leaf code
 * without locks, so a program interrupted in them may be stopped.  Their
 * extents are found once (kallsyms gives each symbol's size).
 */
struct iu_text_range {
	unsigned long start, end;
};
static struct iu_text_range iu_leaf[8];
static int iu_nr_leaf;

static void __init iu_add_leaf(unsigned long start, unsigned long end)
{
	if (iu_nr_leaf < ARRAY_SIZE(iu_leaf) && start < end) {
		iu_leaf[iu_nr_leaf].start = start;
		iu_leaf[iu_nr_leaf].end = end;
		iu_nr_leaf++;
	}
}

/* The symbol at @addr, to its end (sprint_symbol: "name+0x0/0xSIZE"). */
static void __init iu_add_leaf_fn(void *fn)
{
	char buf[KSYM_SYMBOL_LEN], *slash;
	unsigned long size;

	sprint_symbol(buf, (unsigned long)fn);
	slash = strchr(buf, '/');
	if (!strstr(buf, "+0x0/") || !slash || kstrtoul(strsep(&slash, " ") + 1, 16, &size)) {
		pr_warn("no extent for %pS; a program stopped there is retried\n", fn);
		return;
	}
	iu_add_leaf((unsigned long)fn, (unsigned long)fn + size);
}

static void __init iu_find_leaf_functions(void)
{
	char buf[KSYM_SYMBOL_LEN], *slash;
	unsigned long size;

	iu_add_leaf_fn(memcpy);
	iu_add_leaf_fn(memmove);
	iu_add_leaf_fn(memset);
	iu_add_leaf_fn(__x86_return_thunk);
#ifdef CONFIG_RETPOLINE
	/* The retpoline thunks are one array, rax first, r15 last. */
	sprint_symbol(buf, (unsigned long)&__x86_indirect_thunk_r15);
	slash = strchr(buf, '/');
	if (slash && !kstrtoul(strsep(&slash, " ") + 1, 16, &size))
		iu_add_leaf((unsigned long)&__x86_indirect_thunk_rax,
			    (unsigned long)&__x86_indirect_thunk_r15 + size);
#endif
}

bool notrace iu_is_program_code(unsigned long ip)
{
	int i;

	for (i = 0; i < iu_nr_leaf; i++)
		if (ip >= iu_leaf[i].start && ip < iu_leaf[i].end)
			return true;
	/* __module_address() is not exported: module text is this range. */
	return ip >= MODULES_VADDR && ip < MODULES_END &&
	       !within_module(ip, THIS_MODULE);
}
NOKPROBE_SYMBOL(iu_is_program_code);

/* ---- stop requests and the NMI ------------------------------------------------- */

/* A supervisor's request to a CPU: written while @state is 2, acted on at 1. */
struct iu_stop_req {
	atomic_t state;		/* 0 free, 2 being written, 1 posted */
	struct iu_frame *frame;
	unsigned long seq;
	u64 since_ns;
};
static DEFINE_PER_CPU(struct iu_stop_req, iu_stop_req);

static notrace void iu_redirect_nmi(struct pt_regs *regs)
{
	/*
	 * In an NMI from kernel mode, regs is the "outermost" copy of the
	 * interrupted context; IRET uses the "iret" frame just above it
	 * (entry_64.S), and a nested NMI repeats the handler after copying
	 * the outermost frame into it again.  So both are written, and only
	 * if they agree (else retry next period).
	 */
	unsigned long *iret = (unsigned long *)(regs + 1);

	if (iret[0] != regs->ip || iret[1] != regs->cs ||
	    iret[2] != regs->flags || iret[3] != regs->sp ||
	    iret[4] != regs->ss)
		return;
	regs->ip = (unsigned long)iu_timeout_trampoline;
	iret[0] = regs->ip;
}
NOKPROBE_SYMBOL(iu_redirect_nmi);

static notrace int iu_nmi(unsigned int type, struct pt_regs *regs)
{
	struct iu_stop_req *r = this_cpu_ptr(&iu_stop_req);
	struct iu_frame *f;
	unsigned long seq;
	int ours = 0;
	u64 since;

	/* Only NMIs with a posted request or a wake-up are ours. */
	if (this_cpu_read(iu_wake_pending)) {
		this_cpu_write(iu_wake_pending, 0);
		irq_work_queue(this_cpu_ptr(&iu_wake_work));
		ours = 1;
	}
	if (atomic_read_acquire(&r->state) != 1)
		return ours ? NMI_HANDLED : NMI_DONE;
	f = READ_ONCE(r->frame);
	seq = READ_ONCE(r->seq);
	since = READ_ONCE(r->since_ns);
	atomic_set_release(&r->state, 0);
	if (!user_mode(regs) &&
	    iu_stop_decide(f, seq, regs->ip, regs->sp,
			   preempt_count() - (NMI_OFFSET + HARDIRQ_OFFSET),
			   since) == IU_STOP_REDIRECT)
		iu_redirect_nmi(regs);
	return NMI_HANDLED;
}
NOKPROBE_SYMBOL(iu_nmi);

static notrace void iu_request_stop(int cpu, struct iu_frame *f,
				    unsigned long seq, u64 since)
{
	struct iu_stop_req *r = per_cpu_ptr(&iu_stop_req, cpu);

	/* One request (and NMI) outstanding per CPU at most. */
	if (atomic_cmpxchg(&r->state, 0, 2) != 0)
		return;
	WRITE_ONCE(r->frame, f);
	WRITE_ONCE(r->seq, seq);
	WRITE_ONCE(r->since_ns, since);
	atomic_set_release(&r->state, 1);
	apic->send_IPI(cpu, NMI_VECTOR);
}

/* A single online CPU: its own timer interrupt interrupted the program. */
static notrace void iu_stop_self(struct iu_frame *f, unsigned long seq,
				 u64 since)
{
	struct pt_regs *regs = get_irq_regs();

	if (regs && !user_mode(regs) &&
	    iu_stop_decide(f, seq, regs->ip, regs->sp,
			   preempt_count() - HARDIRQ_OFFSET,
			   since) == IU_STOP_REDIRECT)
		regs->ip = (unsigned long)iu_timeout_trampoline;
}

/* ---- supervisors ---------------------------------------------------------------- */

/* What a supervisor remembers of one watched CPU: dispatches first seen. */
#define IU_SEEN	4
struct iu_watch {
	raw_spinlock_t lock;
	struct {
		struct iu_frame *frame;
		unsigned long seq;
		u64 first_ns;
	} seen[IU_SEEN];
	unsigned int next;
};
static DEFINE_PER_CPU(struct iu_watch, iu_watch);

static DEFINE_PER_CPU(struct hrtimer, iu_sup_timer);
static DEFINE_PER_CPU(bool, iu_sup_running);
static DEFINE_MUTEX(iu_sup_lock);
static struct cpumask iu_wd_cpus;	/* online, between our hotplug callbacks */
static enum cpuhp_state iu_hp_state;

/*
 * The innermost dispatch of @cpu as (frame, sequence), read from another
 * CPU.  Consistent when the sequence counter (bumped by every entry) and
 * the frame pointer read the same before and after the frame's word: no
 * entry happened in between, so the frame was that dispatch's throughout.
 * Its stack cannot go away meanwhile: we run with interrupts off (an RCU
 * read-side section) and task stacks are freed after an RCU grace period
 * or kept in a per-CPU cache, still mapped (kernel/fork.c).
 */
static notrace bool iu_read_innermost(int cpu, struct iu_frame **fp,
				      unsigned long *seqp)
{
	unsigned long *state = per_cpu_ptr(&iu_cpu_state, cpu);
	struct iu_frame **active = per_cpu_ptr(&iu_active_frame, cpu);
	unsigned long s1, s2, seq;
	struct iu_frame *f;

	s1 = READ_ONCE(*state) & IU_STATE_SEQ_MASK;
	smp_rmb();
	f = READ_ONCE(*active);
	if (!f) {
		*fp = NULL;
		return true;
	}
	smp_rmb();
	seq = READ_ONCE(f->state) & IU_STATE_SEQ_MASK;
	smp_rmb();
	s2 = READ_ONCE(*state) & IU_STATE_SEQ_MASK;
	if (READ_ONCE(*active) != f || s1 != s2)
		return false;
	*fp = f;
	*seqp = seq;
	return true;
}

static notrace void iu_watch_cpu(int cpu, int me, u64 now, u64 budget)
{
	struct iu_watch *w = per_cpu_ptr(&iu_watch, cpu);
	struct iu_frame *f;
	unsigned long seq;
	u64 since;
	int i;

	if (!iu_read_innermost(cpu, &f, &seq) || !f)
		return;
	if (!raw_spin_trylock(&w->lock))
		return;
	for (i = 0; i < IU_SEEN; i++)
		if (w->seen[i].frame == f && w->seen[i].seq == seq)
			break;
	if (i == IU_SEEN) {
		/*
		 * First seen now; stamped after the read, so the dispatch
		 * began before the stamp.  The oldest sighting makes room:
		 * an outer dispatch that nested ones keep interrupting is
		 * found again when it is innermost once more.
		 */
		i = w->next++ % IU_SEEN;
		w->seen[i].frame = f;
		w->seen[i].seq = seq;
		w->seen[i].first_ns = iu_now_ns();
		raw_spin_unlock(&w->lock);
		return;
	}
	since = w->seen[i].first_ns;
	raw_spin_unlock(&w->lock);
	/* @now was read before the frame: it ran longer than now - since. */
	if (now < since || now - since < budget)
		return;
	if (cpu == me)
		iu_stop_self(f, seq, since);
	else
		iu_request_stop(cpu, f, seq, since);
}

static notrace enum hrtimer_restart iu_sup_fn(struct hrtimer *t)
{
	int me = smp_processor_id();
	int a = READ_ONCE(iu_sup[0]), b = READ_ONCE(iu_sup[1]);
	u64 budget = (u64)READ_ONCE(iu_timeout_us) * NSEC_PER_USEC;
	u64 now = iu_now_ns();
	bool active = false;
	unsigned long seq;
	int cpu;

	if (me == a) {
		for_each_cpu(cpu, &iu_wd_cpus) {
			/* Any dispatch anywhere since the last scan? */
			seq = READ_ONCE(per_cpu(iu_cpu_state, cpu)) &
			      IU_STATE_SEQ_MASK;
			if (READ_ONCE(per_cpu(iu_active_frame, cpu)) ||
			    seq != per_cpu(iu_idle_seq, cpu))
				active = true;
			per_cpu(iu_idle_seq, cpu) = seq;
			if (cpu != a || b < 0)
				iu_watch_cpu(cpu, me, now, budget);
		}
		if (iu_wd_may_sleep(now, budget / 4, active))
			return HRTIMER_NORESTART;
	} else if (me == b) {
		if (atomic_read(&iu_wd_state) == IU_WD_IDLE)
			return HRTIMER_NORESTART;
		iu_watch_cpu(a, me, now, budget);
	} else {
		return HRTIMER_NORESTART;
	}
	hrtimer_forward_now(t, ns_to_ktime(budget / 4));
	return HRTIMER_RESTART;
}

/* Start this CPU's supervisor timer: the first tick right away. */
static void iu_sup_start_local(void *unused)
{
	hrtimer_start(this_cpu_ptr(&iu_sup_timer), ns_to_ktime(NSEC_PER_USEC),
		      HRTIMER_MODE_REL_PINNED_HARD);
}

/* After a wake-up NMI, in hard irq on a supervisor's CPU. */
static void iu_wake_fn(struct irq_work *w)
{
	int me = smp_processor_id();

	if (me == READ_ONCE(iu_sup[0]) || me == READ_ONCE(iu_sup[1]))
		iu_sup_start_local(NULL);
}

/*
 * Choose the supervisors among the CPUs in iu_wd_cpus, housekeeping ones
 * first, and start/stop their timers.  Called by the hotplug callbacks.
 */
static void iu_sup_assign(void)
{
	const struct cpumask *hk = housekeeping_cpumask(HK_TYPE_TIMER);
	int a = -1, b = -1, cpu;

	for_each_cpu_and(cpu, &iu_wd_cpus, hk) {
		if (a < 0)
			a = cpu;
		else if (b < 0)
			b = cpu;
	}
	for_each_cpu(cpu, &iu_wd_cpus) {
		if (a < 0)
			a = cpu;
		else if (b < 0 && cpu != a)
			b = cpu;
	}
	WRITE_ONCE(iu_sup[0], a);
	WRITE_ONCE(iu_sup[1], b);
	/* New supervisors start awake. */
	iu_wd_active_ns = iu_now_ns();
	iu_watchdog_touch();
	/* Forget what was seen: a new watcher starts afresh (later stops only). */
	for_each_possible_cpu(cpu) {
		struct iu_watch *w = per_cpu_ptr(&iu_watch, cpu);

		raw_spin_lock_irq(&w->lock);
		memset(w->seen, 0, sizeof(w->seen));
		raw_spin_unlock_irq(&w->lock);
	}
	for_each_possible_cpu(cpu) {
		bool want = cpu == a || cpu == b;
		bool *running = per_cpu_ptr(&iu_sup_running, cpu);

		if (*running && !want) {
			hrtimer_cancel(per_cpu_ptr(&iu_sup_timer, cpu));
			*running = false;
		} else if (want) {
			/* Also restarts a timer stopped while idle. */
			smp_call_function_single(cpu, iu_sup_start_local, NULL, 1);
			*running = true;
		}
	}
}

static int iu_cpu_online(unsigned int cpu)
{
	mutex_lock(&iu_sup_lock);
	cpumask_set_cpu(cpu, &iu_wd_cpus);
	iu_sup_assign();
	mutex_unlock(&iu_sup_lock);
	return 0;
}

static int iu_cpu_offline(unsigned int cpu)
{
	mutex_lock(&iu_sup_lock);
	cpumask_clear_cpu(cpu, &iu_wd_cpus);
	iu_sup_assign();
	mutex_unlock(&iu_sup_lock);
	return 0;
}

/* Which CPUs supervise, for tests and the curious. */
static int iu_get_supervisors(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%d %d\n", READ_ONCE(iu_sup[0]),
			  READ_ONCE(iu_sup[1]));
}

static const struct kernel_param_ops iu_sup_ops = { .get = iu_get_supervisors };
module_param_cb(supervisors, &iu_sup_ops, NULL, 0444);
MODULE_PARM_DESC(supervisors, "the CPUs whose timers watch the others (-1: none)");

static int iu_get_wd_state(char *buf, const struct kernel_param *kp)
{
	static const char *const names[] = { "running", "closing", "idle" };

	return sysfs_emit(buf, "%s\n", names[atomic_read(&iu_wd_state)]);
}

static const struct kernel_param_ops iu_wd_ops = { .get = iu_get_wd_state };
module_param_cb(watchdog, &iu_wd_ops, NULL, 0444);
MODULE_PARM_DESC(watchdog, "running, closing or idle (no timer after a second without a dispatch)");

int __init iu_watchdog_init(void)
{
	int cpu, err;

	iu_find_leaf_functions();
	for_each_possible_cpu(cpu) {
		struct hrtimer *t = per_cpu_ptr(&iu_sup_timer, cpu);

		raw_spin_lock_init(&per_cpu_ptr(&iu_watch, cpu)->lock);
		init_irq_work(per_cpu_ptr(&iu_wake_work, cpu), iu_wake_fn);
		init_irq_work(per_cpu_ptr(&iu_wake_later_work, cpu),
			      iu_wake_later_fn);
		hrtimer_init(t, CLOCK_MONOTONIC, HRTIMER_MODE_REL_PINNED_HARD);
		t->function = iu_sup_fn;
	}
	err = register_nmi_handler(NMI_LOCAL, iu_nmi, 0, "iu");
	if (err)
		return err;
	err = cpuhp_setup_state(CPUHP_AP_ONLINE_DYN, "iu:watchdog",
				iu_cpu_online, iu_cpu_offline);
	if (err < 0) {
		unregister_nmi_handler(NMI_LOCAL, "iu");
		return err;
	}
	iu_hp_state = err;
	return 0;
}

void iu_watchdog_exit(void)
{
	/* Runs the offline callback on every CPU: every timer stops. */
	cpuhp_remove_state(iu_hp_state);
	unregister_nmi_handler(NMI_LOCAL, "iu");
}
