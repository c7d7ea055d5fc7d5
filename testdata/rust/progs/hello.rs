//! The seed's hello sample (a tracepoint on sys_enter_dup), on iu_rt.
//! iu_prog1 returns 0; with a current task it records the task's pid.
#![no_std]

extern crate iu_rt;

use iu_rt::bpf_printk;
use iu_rt::{tp_ctx, tracepoint};

fn iu_prog1_fn(obj: &tracepoint, _ctx: &tp_ctx) -> u32 {
    let option_task = obj.bpf_get_current_task();
    if let Some(task) = option_task {
        let pid = task.get_pid();
        bpf_printk!(obj, "Rust triggered from PID %u.\n", pid as u64);
    }
    0
}

#[used]
#[link_section = "inner_unikernel/tracepoint/syscalls/sys_enter_dup"]
static PROG: tracepoint = tracepoint::new(iu_prog1_fn, "iu_prog1", tp_ctx::Void);

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_prog1, __iu_entry_tracepoint, PROG);
