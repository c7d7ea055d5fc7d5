//! Termination (issue 10): an endless loop that calls a helper on every
//! iteration. The program is never stopped inside the helper (the runtime
//! brackets it with iu_helper_enter/iu_helper_exit); iu_helper_exit stops
//! it once the budget has run out (-ETIMEDOUT).
#![no_std]

extern crate iu_rt;

use iu_rt::{kprobe, pt_regs};

fn iu_loop_helper_fn(obj: &kprobe, _regs: &pt_regs) -> u32 {
    let mut last = 0;
    loop {
        let now = obj.bpf_ktime_get_ns();
        if now < last {
            return 1; // time never runs backwards: never taken
        }
        last = now;
    }
}

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getuid"]
static PROG: kprobe = kprobe::new(iu_loop_helper_fn, "iu_loop_helper");

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_loop_helper, __iu_entry_kprobe, PROG);
