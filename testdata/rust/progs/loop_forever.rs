//! Termination (issue 10): a program that never ends. iu_loop spins in
//! `loop {}` (one `jmp` to itself): only the kernel's time budget stops it
//! (-ETIMEDOUT).
#![no_std]

extern crate iu_rt;

use iu_rt::{kprobe, pt_regs};

#[allow(clippy::empty_loop)]
fn iu_loop_fn(_obj: &kprobe, _regs: &pt_regs) -> u32 {
    loop {}
}

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getppid"]
static PROG: kprobe = kprobe::new(iu_loop_fn, "iu_loop");

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_loop, __iu_entry_kprobe, PROG);
