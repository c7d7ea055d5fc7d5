//! A crate that brings its own runtime (issue 11): __iu_entry_kprobe is
//! defined in the same module as the program, so the pass reads its body
//! and must take its call through prog.prog for the program, not for an
//! indirect call. Only the program's recursion (depth) gets a check.
#![no_std]
#![allow(non_camel_case_types)]

use core::panic::PanicInfo;
use core::ptr::{read_volatile, write_volatile};

#[repr(C)]
pub struct pt_regs {
    pub di: u64,
    pub si: u64,
}

#[repr(C)]
pub struct kprobe<'a> {
    rtti: u64,
    prog: fn(&Self, &pt_regs) -> u32,
    name: &'a str,
}

impl<'a> kprobe<'a> {
    pub const fn new(prog: fn(&kprobe<'a>, &pt_regs) -> u32, name: &'a str) -> kprobe<'a> {
        kprobe { rtti: 2, prog, name }
    }
}

#[no_mangle]
pub extern "C" fn __iu_entry_kprobe(prog: &kprobe, ctx: *const ()) -> u32 {
    let regs = unsafe { &*(ctx as *const pt_regs) };
    (prog.prog)(prog, regs)
}

#[inline(never)]
fn depth(n: u64, limit: u64) -> u64 {
    if n >= limit {
        return 0;
    }
    let mut local = [0u64; 4];
    let i = (n % 4) as usize;
    unsafe { write_volatile(local.as_mut_ptr().add(i), n + 1) };
    depth(n + 1, limit) + unsafe { read_volatile(local.as_ptr().add(i)) }
}

fn iu_sr_recurse_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    depth(0, regs.di) as u32
}

fn iu_sr_plain_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    (regs.si + 1) as u32
}

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getegid"]
static RECURSE: kprobe = kprobe::new(iu_sr_recurse_fn, "iu_sr_recurse");

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getppid"]
static PLAIN: kprobe = kprobe::new(iu_sr_plain_fn, "iu_sr_plain");

#[panic_handler]
fn panic(_: &PanicInfo) -> ! {
    loop {}
}
