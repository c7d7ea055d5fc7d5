//! Stack safety (issue 11): a deep call chain without cycles or indirect
//! calls, so its worst-case stack is known statically (`iu-entry stack`);
//! the e2e compares that figure with the stack the program really uses.
//! iu_deep_chain calls level 1 .. 12; level k writes every byte of a local
//! array of 16 * k bytes with (di ^ k) as u8 (so the whole frame is
//! touched) and returns the sum of its bytes plus the next level's result.
#![no_std]

extern crate iu_rt;

use core::ptr::{read_volatile, write_volatile};
use iu_rt::{kprobe, pt_regs};

/// One level: `$len` bytes of locals, then the call of `$next`.
macro_rules! level {
    ($name:ident, $k:expr, $next:expr) => {
        #[inline(never)]
        fn $name(seed: u64) -> u64 {
            const LEN: usize = 16 * $k;
            let mut buf = [0u8; LEN];
            let v = (seed ^ $k) as u8;
            for i in 0..LEN {
                unsafe { write_volatile(buf.as_mut_ptr().add(i), v) };
            }
            let mut sum = $next(seed);
            for i in 0..LEN {
                sum += unsafe { read_volatile(buf.as_ptr().add(i)) } as u64;
            }
            sum
        }
    };
}

fn end(_seed: u64) -> u64 {
    0
}

level!(level12, 12, end);
level!(level11, 11, level12);
level!(level10, 10, level11);
level!(level9, 9, level10);
level!(level8, 8, level9);
level!(level7, 7, level8);
level!(level6, 6, level7);
level!(level5, 5, level6);
level!(level4, 4, level5);
level!(level3, 3, level4);
level!(level2, 2, level3);
level!(level1, 1, level2);

fn iu_deep_chain_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    level1(regs.di) as u32
}

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_sched_yield"]
static PROG: kprobe = kprobe::new(iu_deep_chain_fn, "iu_deep_chain");

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_deep_chain, __iu_entry_kprobe, PROG);
