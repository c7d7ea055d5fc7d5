//! A kprobe on __x64_sys_getpid that counts its calls: iu_kprobe_count
//! returns the number of calls so far (1, 2, 3, ...) and records it.
#![no_std]

extern crate iu_rt;

use core::sync::atomic::{AtomicU64, Ordering};
use iu_rt::{kprobe, pt_regs};

static COUNT: AtomicU64 = AtomicU64::new(0);

fn iu_kprobe_count_fn(obj: &kprobe, _regs: &pt_regs) -> u32 {
    let n = COUNT.fetch_add(1, Ordering::Relaxed) + 1;
    obj.bpf_trace_printk("getpid called %llu times\n", n);
    n as u32
}

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getpid"]
static PROG: kprobe = kprobe::new(iu_kprobe_count_fn, "iu_kprobe_count");

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_kprobe_count, __iu_entry_kprobe, PROG);
