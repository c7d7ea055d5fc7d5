//! A kprobe that holds a resource while it may panic: iu_cleanup acquires
//! Resource(di); if si != 0 it panics ("cleanup test panic") with the
//! resource held, so the panic handler's iu_cleanup_all must release it;
//! otherwise it returns 0x600d + id and Drop releases it.
#![no_std]

extern crate iu_rt;

use iu_rt::{kprobe, pt_regs, Resource};

#[inline(never)]
fn maybe_panic(flag: u64, res: &Resource) {
    if flag != 0 {
        panic!("cleanup test panic (resource {})", res.id());
    }
}

fn iu_cleanup_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    let res = Resource::new(regs.di);
    maybe_panic(regs.si, &res);
    0x600d + res.id() as u32
}

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_close"]
static PROG: kprobe = kprobe::new(iu_cleanup_fn, "iu_cleanup");

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_cleanup, __iu_entry_kprobe, PROG);
