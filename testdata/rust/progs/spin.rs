//! Termination (issue 10), no false positive: iu_spin runs for di
//! nanoseconds (about a third of the time budget in the e2e), reading the
//! clock through a helper, and returns 0x5917 (it is never stopped).
#![no_std]

extern crate iu_rt;

use iu_rt::{kprobe, pt_regs};

fn iu_spin_fn(obj: &kprobe, regs: &pt_regs) -> u32 {
    let start = obj.bpf_ktime_get_ns();
    while obj.bpf_ktime_get_ns().wrapping_sub(start) < regs.di {}
    0x5917
}

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_geteuid"]
static PROG: kprobe = kprobe::new(iu_spin_fn, "iu_spin");

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_spin, __iu_entry_kprobe, PROG);
