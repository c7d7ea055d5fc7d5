//! Termination (issue 10): an endless loop holding a resource. iu_loop_cleanup
//! acquires Resource(di), which registers a cleanup entry, then spins: when
//! the budget stops it, the kernel runs the cleanup exactly once (the
//! resource is released once, iu_rt_released).
#![no_std]

extern crate iu_rt;

use iu_rt::{kprobe, pt_regs, Resource};

#[allow(clippy::empty_loop)]
fn iu_loop_cleanup_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    let _res = Resource::new(regs.di);
    loop {}
}

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getgid"]
static PROG: kprobe = kprobe::new(iu_loop_cleanup_fn, "iu_loop_cleanup");

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_loop_cleanup, __iu_entry_kprobe, PROG);
