//! Samples of the pass's run-time stack checks (issue 11), in one crate so
//! that one module holds every case; the golden outputs show which calls
//! get a check and why (testdata/script/stack_rustc.txtar).
//!
//!   iu_st_recurse  depth calls itself: its call is checked
//!   iu_st_parity   even and odd call each other: both calls are checked
//!   iu_st_fnptr    a call through a function pointer: checked
//!   iu_st_dyn      a call through a trait object: checked
//!   iu_st_chain    an acyclic chain of calls: nothing checked
//!   iu_st_reenter  the program calls its own entry point (entry, runtime,
//!                  program, entry): the entry's call and the program's
//!                  call of the entry are checked
#![no_std]

extern crate iu_rt;

use core::ptr::{addr_of, addr_of_mut, read_volatile, write_volatile};
use iu_rt::{kprobe, pt_regs};

/// Hides a value from the optimizer, so that the calls below stay calls.
fn opaque(x: u64) -> u64 {
    let v = x;
    unsafe { read_volatile(&v) }
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

fn iu_st_recurse_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    depth(0, regs.di) as u32
}

#[inline(never)]
fn even(n: u64) -> bool {
    if n == 0 {
        true
    } else {
        odd(opaque(n - 1))
    }
}

#[inline(never)]
fn odd(n: u64) -> bool {
    if n == 0 {
        false
    } else {
        even(opaque(n - 1))
    }
}

fn iu_st_parity_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    even(regs.di) as u32
}

fn double(x: u64) -> u64 {
    x * 2
}

fn square(x: u64) -> u64 {
    x * x
}

static OPS: [fn(u64) -> u64; 2] = [double, square];

fn iu_st_fnptr_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    let op = unsafe { read_volatile(&OPS[(regs.di % 2) as usize]) };
    op(regs.si) as u32
}

trait Shape {
    fn area(&self) -> u64;
}

struct Square(u64);
struct Rect(u64, u64);

impl Shape for Square {
    fn area(&self) -> u64 {
        self.0 * self.0
    }
}

impl Shape for Rect {
    fn area(&self) -> u64 {
        self.0 * self.1
    }
}

static SHAPES: [&(dyn Shape + Sync); 2] = [&Square(3), &Rect(2, 5)];

fn iu_st_dyn_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    let s = unsafe { read_volatile(&SHAPES[(regs.di % 2) as usize]) };
    s.area() as u32
}

#[inline(never)]
fn chain3(x: u64) -> u64 {
    opaque(x) + 3
}

#[inline(never)]
fn chain2(x: u64) -> u64 {
    chain3(opaque(x)) * 2
}

#[inline(never)]
fn chain1(x: u64) -> u64 {
    chain2(opaque(x)) + 1
}

fn iu_st_chain_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    chain1(regs.di) as u32
}

extern "C" {
    fn iu_st_reenter(ctx: *const pt_regs) -> u32;
}

static mut LEFT: u32 = 3;

fn iu_st_reenter_fn(_obj: &kprobe, regs: &pt_regs) -> u32 {
    unsafe {
        let left = read_volatile(addr_of!(LEFT));
        if left == 0 {
            return 0;
        }
        write_volatile(addr_of_mut!(LEFT), left - 1);
        iu_st_reenter(regs) + 1
    }
}

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getegid"]
static RECURSE: kprobe = kprobe::new(iu_st_recurse_fn, "iu_st_recurse");

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getpgrp"]
static PARITY: kprobe = kprobe::new(iu_st_parity_fn, "iu_st_parity");

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getsid"]
static FNPTR: kprobe = kprobe::new(iu_st_fnptr_fn, "iu_st_fnptr");

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getuid"]
static DYN: kprobe = kprobe::new(iu_st_dyn_fn, "iu_st_dyn");

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_getgid"]
static CHAIN: kprobe = kprobe::new(iu_st_chain_fn, "iu_st_chain");

#[used]
#[link_section = "inner_unikernel/kprobe/__x64_sys_gettid"]
static REENTER: kprobe = kprobe::new(iu_st_reenter_fn, "iu_st_reenter");
