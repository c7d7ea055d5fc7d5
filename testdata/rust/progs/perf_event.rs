//! A perf_event program: iu_perf_event returns 0x2a plus the low byte of the
//! sampled instruction pointer (0x2a when ip is 0 mod 256).
#![no_std]

extern crate iu_rt;

use iu_rt::{bpf_perf_event_data, perf_event};

fn iu_perf_event_fn(obj: &perf_event, data: &bpf_perf_event_data) -> u32 {
    obj.bpf_trace_printk("sample period %llu\n", obj.sample_period());
    0x2a + (data.regs.ip & 0xff) as u32
}

#[used]
#[link_section = "inner_unikernel/perf_event"]
static PROG: perf_event = perf_event::new(iu_perf_event_fn, "iu_perf_event", 100000);

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_perf_event, __iu_entry_perf_event, PROG);
