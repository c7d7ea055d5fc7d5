//! Stack safety (issue 11): a call through a function pointer, which no
//! static analysis can follow (the pass puts a run-time stack check before
//! it). iu_fnptr applies OPS[di % 3] to si: 0 doubles, 1 squares,
//! 2 adds 7. The pointer is read with a volatile load so that the compiler
//! cannot turn the call into a direct one.
#![no_std]

extern crate iu_rt;

use core::ptr::read_volatile;
use iu_rt::{kprobe, pt_regs};

fn double(x: u64) -> u64 {
    x * 2
}

fn square(x: u64) -> u64 {
    x * x
}

fn add7(x: u64) -> u64 {
    x + 7
}

static OPS: [fn(u64) -> u64; 3] = [double, square, add7];

fn iu_fnptr_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    let op = unsafe { read_volatile(&OPS[(regs.di % 3) as usize]) };
    op(regs.si) as u32
}

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getsid"]
static PROG: kprobe = kprobe::new(iu_fnptr_fn, "iu_fnptr");

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_fnptr, __iu_entry_kprobe, PROG);
