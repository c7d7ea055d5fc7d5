//! Stack safety (issue 11): a large local array (5000 bytes, more than a
//! page, so the compiler probes the stack it allocates). iu_big_frame fills
//! it with (di + i) as u8 and returns the sum of its bytes.
#![no_std]

extern crate iu_rt;

use core::ptr::{read_volatile, write_volatile};
use iu_rt::{kprobe, pt_regs};

const LEN: usize = 5000;

fn iu_big_frame_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    let mut buf = [0u8; LEN];
    for i in 0..LEN {
        unsafe { write_volatile(buf.as_mut_ptr().add(i), regs.di.wrapping_add(i as u64) as u8) };
    }
    let mut sum = 0u32;
    for i in 0..LEN {
        sum += unsafe { read_volatile(buf.as_ptr().add(i)) } as u32;
    }
    sum
}

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_gettid"]
static PROG: kprobe = kprobe::new(iu_big_frame_fn, "iu_big_frame");

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_big_frame, __iu_entry_kprobe, PROG);
