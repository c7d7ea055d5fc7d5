//! hello without #[used]: at -C opt-level=0 the object survives but no
//! @llvm.used (or @llvm.compiler.used) names it. (At -O it would be deleted,
//! so this crate is only built at opt-level 0.) iu_hello_noused returns 0.
#![no_std]
#![allow(dead_code)]

extern crate iu_rt;

use iu_rt::bpf_printk;
use iu_rt::{tp_ctx, tracepoint};

fn iu_hello_noused_fn(obj: &tracepoint, _ctx: &tp_ctx) -> u32 {
    let option_task = obj.bpf_get_current_task();
    if let Some(task) = option_task {
        let pid = task.get_pid();
        bpf_printk!(obj, "Rust triggered from PID %u.\n", pid as u64);
    }
    0
}

#[link_section = "inner_unikernel/tp/syscalls/sys_enter_dup"]
static PROG: tracepoint = tracepoint::new(iu_hello_noused_fn, "iu_hello_noused", tp_ctx::Void);

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_hello_noused, __iu_entry_tracepoint, PROG);
