//! A tracepoint that indexes a table with a syscall argument:
//! iu_oob_panic returns TABLE[args[0]] (10, 20, 30, 40) and panics with
//! "index out of bounds" for args[0] >= 4.
#![no_std]

extern crate iu_rt;

use iu_rt::{tp_ctx, tracepoint};

static TABLE: [u32; 4] = [10, 20, 30, 40];

fn iu_oob_panic_fn(_obj: &tracepoint, ctx: &tp_ctx) -> u32 {
    let idx = match *ctx {
        tp_ctx::SysEnter(args) => args.args[0] as usize,
        tp_ctx::Void => 0,
    };
    TABLE[idx]
}

#[used]
#[link_section = "inner_unikernel/tracepoint/syscalls/sys_enter_dup"]
static PROG: tracepoint = tracepoint::new(iu_oob_panic_fn, "iu_oob_panic", tp_ctx::SYS_ENTER);

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_oob_panic, __iu_entry_tracepoint, PROG);
