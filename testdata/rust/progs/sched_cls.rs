//! A tc classifier: iu_sched_cls returns 7 for packets whose mark is 7,
//! TC_ACT_SHOT (2) for empty packets, else TC_ACT_OK (0). The object has a
//! u8 field followed by a u32 (three padding bytes in its image).
#![no_std]

extern crate iu_rt;

use iu_rt::{__sk_buff, sched_cls, TC_ACT_OK, TC_ACT_SHOT};

fn iu_sched_cls_fn(obj: &sched_cls, skb: &__sk_buff) -> u32 {
    if skb.len == 0 {
        return TC_ACT_SHOT;
    }
    if skb.mark == obj.priority() {
        return 7;
    }
    TC_ACT_OK
}

#[used]
#[link_section = "inner_unikernel/classifier"]
static PROG: sched_cls = sched_cls::new(iu_sched_cls_fn, "iu_sched_cls", 1, 7);

#[cfg(iu_simulate)]
iu_rt::simulate_entry!(iu_sched_cls, __iu_entry_sched_cls, PROG);
