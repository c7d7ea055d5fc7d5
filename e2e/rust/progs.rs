//! e2e bundle: the sample programs of testdata/rust/progs in one crate, so
//! that one link (through bin/iu-entry-cc) yields one relocatable object
//! holding every program, its entry point, iu_rt and the parts of libcore
//! they need. The samples are included unchanged as modules.
#![no_std]
#![no_main]
#![allow(unused_attributes)]

#[path = "../../testdata/rust/progs/hello.rs"]
mod hello;
#[path = "../../testdata/rust/progs/kprobe_count.rs"]
mod kprobe_count;
#[path = "../../testdata/rust/progs/oob_panic.rs"]
mod oob_panic;
#[path = "../../testdata/rust/progs/cleanup.rs"]
mod cleanup;
#[path = "../../testdata/rust/progs/multi.rs"]
mod multi;
#[path = "../../testdata/rust/progs/xdp.rs"]
mod xdp;
#[path = "../../testdata/rust/progs/sched_cls.rs"]
mod sched_cls;
#[path = "../../testdata/rust/progs/perf_event.rs"]
mod perf_event;
#[path = "../../testdata/rust/progs/spin.rs"]
mod spin;
#[path = "../../testdata/rust/progs/recursion.rs"]
mod recursion;
#[path = "../../testdata/rust/progs/fn_pointer.rs"]
mod fn_pointer;
#[path = "../../testdata/rust/progs/large_array.rs"]
mod large_array;
#[path = "../../testdata/rust/progs/deep_chain.rs"]
mod deep_chain;
#[path = "../../testdata/rust/progs/loop_forever.rs"]
mod loop_forever;
#[path = "../../testdata/rust/progs/loop_helper.rs"]
mod loop_helper;
#[path = "../../testdata/rust/progs/loop_cleanup.rs"]
mod loop_cleanup;
