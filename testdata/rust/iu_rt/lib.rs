//! iu_rt: a small double of the inner-unikernel runtime crate, with its ABI.
//!
//! It exists so that the test corpus and the link tests have real rustc
//! output to work on. What matters to iu-entry is reproduced exactly:
//!
//! * every program struct is `#[repr(C)]` and starts with
//!   `rtti: u64` (the bpf_prog_type), `prog: fn(&Self, &Ctx) -> u32`,
//!   `name: &str`, built by a `const fn new`;
//! * for every type, `#[no_mangle] extern "C" fn __iu_entry_<type>(prog: &<type>,
//!   ctx: *const ()) -> u32` converts the raw context and calls `prog.prog`;
//! * resources register a cleanup with the kernel (`iu_cleanup_register`),
//!   unregister it when dropped, and the panic handler runs every cleanup
//!   still registered (`iu_cleanup_all`) before it hands a NUL-terminated
//!   message to `iu_landingpad`, which never returns;
//! * every helper (a function that stands for a kernel helper: the task,
//!   the clock, the trace buffer, acquiring and releasing a resource) runs
//!   inside `iu_helper_enter()` / `iu_helper_exit()`, so that the kernel
//!   never stops a program that ran out of time in the middle of one: the
//!   stop happens at `iu_helper_exit`, which then does not return.
//!
//! Symbols the kernel side (or the link-test harness, testdata/link/harness.c)
//! must provide, as C:
//!
//! ```c
//! int  iu_cleanup_register(void (*fn)(void *), void *arg); /* slot >= 0, or < 0 */
//! void iu_cleanup_unregister(int slot);
//! void iu_cleanup_all(void);            /* run every registered fn(arg) once */
//! _Noreturn void iu_landingpad(const char *msg);
//! void iu_helper_enter(void);           /* around every helper's work */
//! void iu_helper_exit(void);            /* may not return: the program is stopped */
//! s64  ktime_get(void);                 /* the kernel's monotonic clock, ns */
//! ```
//!
//! Side effects visible from C (no extra symbol to provide; read them with
//! `extern unsigned long long iu_rt_last_record;` etc.):
//!
//! * `iu_rt_record_count`, `iu_rt_last_record`: [`record`] (and
//!   `bpf_printk!`) bump the count and store the value;
//! * `iu_rt_acquired`, `iu_rt_released`, `iu_rt_last_released`: [`Resource`]
//!   bookkeeping: a release happens once, by Drop or by the panic cleanup;
//! * `iu_rt_current_pid` (written by C): what `bpf_get_current_task` reports;
//!   0 means "no current task".
//! * `iu_rt_panic_msg`: the buffer the last panic message was formatted into.
//!
//! Must build with rustc 1.63 (Debian, LLVM 14) and current rustup stable, so
//! it avoids newer syntax (no let-else, no core::ffi::c_int, ...).

#![no_std]
#![allow(non_camel_case_types)]
#![allow(improper_ctypes_definitions)]
#![allow(clippy::missing_safety_doc)]

use core::ffi::c_void;
use core::fmt;
use core::panic::PanicInfo;
use core::ptr::{addr_of, addr_of_mut, read_volatile, write_volatile};

// ---------------------------------------------------------------------------
// bpf_prog_type values (include/uapi/linux/bpf.h)

pub const BPF_PROG_TYPE_KPROBE: u64 = 2;
pub const BPF_PROG_TYPE_SCHED_CLS: u64 = 3;
pub const BPF_PROG_TYPE_TRACEPOINT: u64 = 5;
pub const BPF_PROG_TYPE_XDP: u64 = 6;
pub const BPF_PROG_TYPE_PERF_EVENT: u64 = 7;

pub const XDP_ABORTED: u32 = 0;
pub const XDP_DROP: u32 = 1;
pub const XDP_PASS: u32 = 2;
pub const TC_ACT_OK: u32 = 0;
pub const TC_ACT_SHOT: u32 = 2;

// ---------------------------------------------------------------------------
// Kernel interface

extern "C" {
    fn iu_cleanup_register(f: unsafe extern "C" fn(*mut c_void), arg: *mut c_void) -> i32;
    fn iu_cleanup_unregister(slot: i32);
    fn iu_cleanup_all();
    fn iu_landingpad(msg: *const u8) -> !;
    fn iu_helper_enter();
    fn iu_helper_exit();
    /// A kernel function a helper calls (exported by Linux; the link-test
    /// harness has its own).
    fn ktime_get() -> i64;
}

// ---------------------------------------------------------------------------
// Side effects visible from C

#[no_mangle]
pub static mut iu_rt_record_count: u64 = 0;
#[no_mangle]
pub static mut iu_rt_last_record: u64 = 0;
#[no_mangle]
pub static mut iu_rt_acquired: u64 = 0;
#[no_mangle]
pub static mut iu_rt_released: u64 = 0;
#[no_mangle]
pub static mut iu_rt_last_released: u64 = 0;
#[no_mangle]
pub static mut iu_rt_current_pid: i32 = 0;

/// Runs `f`, the work of a helper, inside the kernel's helper bracket:
/// the kernel does not stop the program while it is in there (the helper
/// may hold a lock, or be halfway through an update); if the time budget
/// ran out meanwhile, `iu_helper_exit` stops it instead of returning.
#[inline(always)]
fn helper<T, F: FnOnce() -> T>(f: F) -> T {
    unsafe { iu_helper_enter() };
    let r = f();
    unsafe { iu_helper_exit() };
    r
}

/// Records `v`: `iu_rt_last_record = v; iu_rt_record_count += 1` (a
/// helper: both or neither happen).
#[inline(never)]
pub fn record(v: u64) {
    helper(|| unsafe {
        write_volatile(addr_of_mut!(iu_rt_last_record), v);
        let n = read_volatile(addr_of!(iu_rt_record_count));
        write_volatile(addr_of_mut!(iu_rt_record_count), n + 1);
    })
}

/// `bpf_printk!(obj, "fmt %u", v)`: the double records `v` (or 0 without an
/// argument); the format string is kept only for its shape.
#[macro_export]
macro_rules! bpf_printk {
    ($obj:expr, $fmt:expr) => {
        $obj.bpf_trace_printk($fmt, 0)
    };
    ($obj:expr, $fmt:expr, $arg:expr) => {
        $obj.bpf_trace_printk($fmt, $arg as u64)
    };
}

/// The current task, as far as the double knows it.
#[derive(Clone, Copy)]
pub struct task_struct {
    pid: i32,
}

impl task_struct {
    pub fn get_pid(&self) -> i32 {
        self.pid
    }
}

fn current_task() -> Option<task_struct> {
    let pid = helper(|| unsafe { read_volatile(addr_of!(iu_rt_current_pid)) });
    if pid == 0 {
        None
    } else {
        Some(task_struct { pid })
    }
}

/// Helpers every program object has (the real runtime's helper table).
macro_rules! helpers {
    ($t:ident) => {
        impl<'a> $t<'a> {
            pub fn bpf_get_current_task(&self) -> Option<task_struct> {
                current_task()
            }
            pub fn bpf_trace_printk(&self, _fmt: &str, arg: u64) -> i32 {
                record(arg);
                0
            }
            /// The kernel's monotonic clock in nanoseconds (ktime_get).
            pub fn bpf_ktime_get_ns(&self) -> u64 {
                helper(|| unsafe { ktime_get() as u64 })
            }
            pub fn name(&self) -> &'a str {
                self.name
            }
        }
    };
}

// ---------------------------------------------------------------------------
// Contexts (minimal repr(C) doubles of the kernel's)

/// x86-64 `struct pt_regs`, in the kernel's field order.
#[repr(C)]
pub struct pt_regs {
    pub r15: u64,
    pub r14: u64,
    pub r13: u64,
    pub r12: u64,
    pub bp: u64,
    pub bx: u64,
    pub r11: u64,
    pub r10: u64,
    pub r9: u64,
    pub r8: u64,
    pub ax: u64,
    pub cx: u64,
    pub dx: u64,
    pub si: u64,
    pub di: u64,
    pub orig_ax: u64,
    pub ip: u64,
    pub cs: u64,
    pub flags: u64,
    pub sp: u64,
    pub ss: u64,
}

/// Raw `sys_enter` tracepoint record (trace_event_raw_sys_enter).
#[repr(C)]
pub struct sys_enter_args {
    pub common: u64,
    pub id: i64,
    pub args: [u64; 6],
}

/// A tracepoint's context. In the program object it says which kind of
/// record the tracepoint delivers (the reference pointed to is only a
/// marker); the entry passes the program the same variant pointing at the
/// real record.
pub enum tp_ctx<'a> {
    Void,
    SysEnter(&'a sys_enter_args),
}

impl<'a> tp_ctx<'a> {
    /// Marker for tracepoints whose record is a `sys_enter_args`.
    pub const SYS_ENTER: tp_ctx<'static> = tp_ctx::SysEnter(&sys_enter_args {
        common: 0,
        id: 0,
        args: [0; 6],
    });
}

/// The first fields of uapi `struct __sk_buff`.
#[repr(C)]
pub struct __sk_buff {
    pub len: u32,
    pub pkt_type: u32,
    pub mark: u32,
    pub queue_mapping: u32,
    pub protocol: u32,
    pub vlan_present: u32,
    pub vlan_tci: u32,
    pub vlan_proto: u32,
    pub priority: u32,
    pub ingress_ifindex: u32,
    pub ifindex: u32,
}

/// The first fields of the kernel's `struct xdp_buff` (the raw context).
#[repr(C)]
pub struct xdp_buff {
    pub data: *const u8,
    pub data_end: *const u8,
    pub data_meta: *const u8,
    pub data_hard_start: *const u8,
    pub rxq: *const c_void,
    pub txq: *const c_void,
    pub frame_sz: u32,
    pub flags: u32,
}

/// What an XDP program sees: the entry converts `xdp_buff` to this.
pub struct xdp_md<'a> {
    pub data: &'a [u8],
    pub frame_sz: u32,
}

/// uapi `struct bpf_perf_event_data`.
#[repr(C)]
pub struct bpf_perf_event_data {
    pub regs: pt_regs,
    pub sample_period: u64,
    pub addr: u64,
}

// ---------------------------------------------------------------------------
// Program objects

#[repr(C)]
pub struct kprobe<'a> {
    rtti: u64,
    prog: fn(&Self, &pt_regs) -> u32,
    name: &'a str,
}

impl<'a> kprobe<'a> {
    pub const fn new(prog: fn(&kprobe<'a>, &pt_regs) -> u32, name: &'a str) -> kprobe<'a> {
        kprobe {
            rtti: BPF_PROG_TYPE_KPROBE,
            prog,
            name,
        }
    }
}
helpers!(kprobe);

#[repr(C)]
pub struct sched_cls<'a> {
    rtti: u64,
    prog: fn(&Self, &__sk_buff) -> u32,
    name: &'a str,
    /// Attach flags; u8 then u32 leaves three padding bytes in the object.
    tc_flags: u8,
    priority: u32,
}

impl<'a> sched_cls<'a> {
    pub const fn new(
        prog: fn(&sched_cls<'a>, &__sk_buff) -> u32,
        name: &'a str,
        tc_flags: u8,
        priority: u32,
    ) -> sched_cls<'a> {
        sched_cls {
            rtti: BPF_PROG_TYPE_SCHED_CLS,
            prog,
            name,
            tc_flags,
            priority,
        }
    }
    pub fn priority(&self) -> u32 {
        self.priority
    }
    pub fn tc_flags(&self) -> u8 {
        self.tc_flags
    }
}
helpers!(sched_cls);

#[repr(C)]
pub struct tracepoint<'a> {
    rtti: u64,
    prog: fn(&Self, &tp_ctx) -> u32,
    name: &'a str,
    tp_type: tp_ctx<'a>,
}

impl<'a> tracepoint<'a> {
    pub const fn new(
        prog: fn(&tracepoint<'a>, &tp_ctx) -> u32,
        name: &'a str,
        tp_type: tp_ctx<'a>,
    ) -> tracepoint<'a> {
        tracepoint {
            rtti: BPF_PROG_TYPE_TRACEPOINT,
            prog,
            name,
            tp_type,
        }
    }
}
helpers!(tracepoint);

#[repr(C)]
pub struct xdp<'a> {
    rtti: u64,
    prog: fn(&Self, &xdp_md) -> u32,
    name: &'a str,
    /// XDP attach flags; u32 at the end leaves four trailing padding bytes.
    xdp_flags: u32,
}

impl<'a> xdp<'a> {
    pub const fn new(prog: fn(&xdp<'a>, &xdp_md) -> u32, name: &'a str, xdp_flags: u32) -> xdp<'a> {
        xdp {
            rtti: BPF_PROG_TYPE_XDP,
            prog,
            name,
            xdp_flags,
        }
    }
    pub fn xdp_flags(&self) -> u32 {
        self.xdp_flags
    }
}
helpers!(xdp);

#[repr(C)]
pub struct perf_event<'a> {
    rtti: u64,
    prog: fn(&Self, &bpf_perf_event_data) -> u32,
    name: &'a str,
    sample_period: u64,
}

impl<'a> perf_event<'a> {
    pub const fn new(
        prog: fn(&perf_event<'a>, &bpf_perf_event_data) -> u32,
        name: &'a str,
        sample_period: u64,
    ) -> perf_event<'a> {
        perf_event {
            rtti: BPF_PROG_TYPE_PERF_EVENT,
            prog,
            name,
            sample_period,
        }
    }
    pub fn sample_period(&self) -> u64 {
        self.sample_period
    }
}
helpers!(perf_event);

// ---------------------------------------------------------------------------
// Entry functions: what the entry points iu-entry generates call.

#[no_mangle]
pub extern "C" fn __iu_entry_kprobe(prog: &kprobe, ctx: *const ()) -> u32 {
    let regs = unsafe { &*(ctx as *const pt_regs) };
    (prog.prog)(prog, regs)
}

#[no_mangle]
pub extern "C" fn __iu_entry_sched_cls(prog: &sched_cls, ctx: *const ()) -> u32 {
    let skb = unsafe { &*(ctx as *const __sk_buff) };
    (prog.prog)(prog, skb)
}

#[no_mangle]
pub extern "C" fn __iu_entry_tracepoint(prog: &tracepoint, ctx: *const ()) -> u32 {
    let c = match prog.tp_type {
        tp_ctx::Void => tp_ctx::Void,
        tp_ctx::SysEnter(_) => tp_ctx::SysEnter(unsafe { &*(ctx as *const sys_enter_args) }),
    };
    (prog.prog)(prog, &c)
}

#[no_mangle]
pub extern "C" fn __iu_entry_xdp(prog: &xdp, ctx: *const ()) -> u32 {
    let buff = unsafe { &*(ctx as *const xdp_buff) };
    let len = (buff.data_end as usize).wrapping_sub(buff.data as usize);
    let data: &[u8] = if buff.data.is_null() || buff.data_end < buff.data {
        &[]
    } else {
        unsafe { core::slice::from_raw_parts(buff.data, len) }
    };
    let md = xdp_md {
        data,
        frame_sz: buff.frame_sz,
    };
    (prog.prog)(prog, &md)
}

#[no_mangle]
pub extern "C" fn __iu_entry_perf_event(prog: &perf_event, ctx: *const ()) -> u32 {
    let data = unsafe { &*(ctx as *const bpf_perf_event_data) };
    (prog.prog)(prog, data)
}

/// `simulate_entry!(iu_prog1, __iu_entry_tracepoint, PROG)` writes by hand
/// the entry point iu-entry would generate; the link test uses it (under
/// `--cfg iu_simulate`) to check the harness without iu-entry.
#[macro_export]
macro_rules! simulate_entry {
    ($name:ident, $entry:ident, $obj:ident) => {
        #[no_mangle]
        pub extern "C" fn $name(ctx: *const ()) -> u32 {
            $crate::$entry(&$obj, ctx)
        }
    };
}

// ---------------------------------------------------------------------------
// Resource cleanup (the CleanupEntry scheme)

/// A kernel resource double. `Resource::new(id)` registers a cleanup with
/// the kernel (argument: the id, so moving the Resource does not matter)
/// and panics if registration fails; dropping it unregisters the cleanup
/// and releases. On a panic the handler's `iu_cleanup_all` releases it
/// instead; either way it is released exactly once.
pub struct Resource {
    id: u64,
    slot: i32,
}

fn release(id: u64) {
    unsafe {
        write_volatile(addr_of_mut!(iu_rt_last_released), id);
        let n = read_volatile(addr_of!(iu_rt_released));
        write_volatile(addr_of_mut!(iu_rt_released), n + 1);
    }
}

/// The cleanup entry's function; the kernel runs it inside the helper
/// bracket.
unsafe extern "C" fn resource_cleanup(arg: *mut c_void) {
    release(arg as usize as u64);
}

impl Resource {
    pub fn new(id: u64) -> Resource {
        // Acquiring is a helper: the registration and the acquisition
        // happen together, or the program is stopped before both.
        let slot = helper(|| unsafe {
            let slot = iu_cleanup_register(resource_cleanup, id as usize as *mut c_void);
            if slot >= 0 {
                let n = read_volatile(addr_of!(iu_rt_acquired));
                write_volatile(addr_of_mut!(iu_rt_acquired), n + 1);
            }
            slot
        });
        if slot < 0 {
            panic!("iu_cleanup_register failed: {}", slot);
        }
        Resource { id, slot }
    }
    pub fn id(&self) -> u64 {
        self.id
    }
}

impl Drop for Resource {
    fn drop(&mut self) {
        // Releasing is a helper too: unregistered and released together.
        let (slot, id) = (self.slot, self.id);
        helper(|| {
            unsafe { iu_cleanup_unregister(slot) };
            release(id);
        })
    }
}

// ---------------------------------------------------------------------------
// Panic handler

const PANIC_MSG_LEN: usize = 256;

/// The last panic message, NUL-terminated (truncated to fit).
#[no_mangle]
pub static mut iu_rt_panic_msg: [u8; PANIC_MSG_LEN] = [0; PANIC_MSG_LEN];

struct MsgWriter {
    pos: usize,
}

impl fmt::Write for MsgWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let buf = unsafe { &mut *addr_of_mut!(iu_rt_panic_msg) };
        for &b in s.as_bytes() {
            if self.pos >= PANIC_MSG_LEN - 1 {
                break;
            }
            buf[self.pos] = b;
            self.pos += 1;
        }
        Ok(())
    }
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    unsafe { iu_cleanup_all() };
    let mut w = MsgWriter { pos: 0 };
    let _ = fmt::write(&mut w, format_args!("{}", info));
    unsafe {
        let buf = &mut *addr_of_mut!(iu_rt_panic_msg);
        buf[w.pos] = 0;
        iu_landingpad(buf.as_ptr())
    }
}

/// libcore (built with panic=unwind in the sysroot) refers to
/// `rust_eh_personality` from its unwind tables. Nothing unwinds here
/// (panic=abort, and iu_landingpad never returns), so it is never called;
/// it only has to exist for the final link (executable or kernel module).
#[no_mangle]
pub extern "C" fn rust_eh_personality() {}
