//! Stack safety (issue 11): recursion. Both programs run `depth`, which
//! recurses with 32 bytes of locals per level (kept by volatile accesses,
//! so the recursion is real) until level `limit`, and returns
//! limit * (limit + 1) / 2:
//!   iu_recurse         limit = di (the e2e passes 20: fits the budget)
//!   iu_recursion_bomb  limit = u64::MAX: runs out of any stack; the
//!                      run-time stack check stops it (-EOVERFLOW)
#![no_std]

extern crate iu_rt;

use core::ptr::{read_volatile, write_volatile};
use iu_rt::{kprobe, pt_regs};

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

fn iu_recurse_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    depth(0, regs.di) as u32
}

fn iu_recursion_bomb_fn(_obj: &kprobe, _regs: &pt_regs) -> u32 {
    depth(0, u64::MAX) as u32
}

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getegid"]
static RECURSE: kprobe = kprobe::new(iu_recurse_fn, "iu_recurse");

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getpgrp"]
static BOMB: kprobe = kprobe::new(iu_recursion_bomb_fn, "iu_recursion_bomb");

#[cfg(iu_simulate)]
mod sim {
    use super::*;
    iu_rt::simulate_entry!(iu_recurse, __iu_entry_kprobe, RECURSE);
    iu_rt::simulate_entry!(iu_recursion_bomb, __iu_entry_kprobe, BOMB);
}
