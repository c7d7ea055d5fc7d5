//! Several programs of several types in one crate, two of them sharing a
//! user function, one tracepoint whose object points at a context marker.
//!   iu_multi_tp     tracepoint (SysEnter)  returns args[0] + 1
//!   iu_multi_tp2    tp (Void)              returns 0x11
//!   iu_multi_kp_a   kprobe                 returns di & 0xffff
//!   iu_multi_kp_b   kprobe (same fn)       returns di & 0xffff
//!   iu_multi_tc     tc                     returns 0x33
//!   iu_multi_xdp    xdp                    returns packet length
#![no_std]

extern crate iu_rt;

use iu_rt::{__sk_buff, kprobe, pt_regs, sched_cls, tp_ctx, tracepoint, xdp, xdp_md};

fn tp_fn(_obj: &tracepoint, ctx: &tp_ctx) -> u32 {
    match *ctx {
        tp_ctx::SysEnter(args) => args.args[0] as u32 + 1,
        tp_ctx::Void => 0xdead,
    }
}

fn tp2_fn(_obj: &tracepoint, _ctx: &tp_ctx) -> u32 {
    0x11
}

fn kp_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    (regs.di & 0xffff) as u32
}

fn tc_fn(_obj: &sched_cls, _skb: &__sk_buff) -> u32 {
    0x33
}

fn xdp_fn(_obj: &xdp, md: &xdp_md) -> u32 {
    md.data.len() as u32
}

#[used]
#[link_section = "inner_unikernel/tracepoint/syscalls/sys_enter_write"]
static TP: tracepoint = tracepoint::new(tp_fn, "iu_multi_tp", tp_ctx::SYS_ENTER);

#[used]
#[link_section = "inner_unikernel/tp/sched/sched_switch"]
static TP2: tracepoint = tracepoint::new(tp2_fn, "iu_multi_tp2", tp_ctx::Void);

#[used]
#[link_section = "inner_unikernel/kprobe/do_sys_open"]
static KP_A: kprobe = kprobe::new(kp_fn, "iu_multi_kp_a");

#[used]
#[link_section = "inner_unikernel/kprobe/do_sys_close"]
static KP_B: kprobe = kprobe::new(kp_fn, "iu_multi_kp_b");

#[used]
#[link_section = "inner_unikernel/tc"]
static TC: sched_cls = sched_cls::new(tc_fn, "iu_multi_tc", 0, 1);

#[used]
#[link_section = "inner_unikernel/xdp"]
static XDP: xdp = xdp::new(xdp_fn, "iu_multi_xdp", 2);

#[cfg(iu_simulate)]
mod sim {
    use super::*;
    iu_rt::simulate_entry!(iu_multi_tp, __iu_entry_tracepoint, TP);
    iu_rt::simulate_entry!(iu_multi_tp2, __iu_entry_tracepoint, TP2);
    iu_rt::simulate_entry!(iu_multi_kp_a, __iu_entry_kprobe, KP_A);
    iu_rt::simulate_entry!(iu_multi_kp_b, __iu_entry_kprobe, KP_B);
    iu_rt::simulate_entry!(iu_multi_tc, __iu_entry_sched_cls, TC);
    iu_rt::simulate_entry!(iu_multi_xdp, __iu_entry_xdp, XDP);
}
