//! An XDP program: iu_xdp_pass returns XDP_PASS (2) unless the first byte of
//! the packet is 0xff (XDP_DROP, 1); an empty packet is XDP_ABORTED (0).
#![no_std]

extern crate iu_rt;

use iu_rt::{xdp, xdp_md, XDP_ABORTED, XDP_DROP, XDP_PASS};

fn iu_xdp_pass_fn(_obj: &xdp, md: &xdp_md) -> u32 {
    match md.data.first() {
        None => XDP_ABORTED,
        Some(&0xff) => XDP_DROP,
        Some(_) => XDP_PASS,
    }
}

#[used]
#[link_section = "inner_unikernel/xdp"]
static PROG: xdp = xdp::new(iu_xdp_pass_fn, "iu_xdp_pass", 0);

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_xdp_pass, __iu_entry_xdp, PROG);
