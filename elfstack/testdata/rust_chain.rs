// A deep acyclic call chain with known frames, for rustc -Z emit-stack-sizes:
// rust_chain -> level1 -> … -> level8, each with a local buffer that it
// fills and hands to use_buf (external, in the measuring harness).
#![no_std]

extern "C" {
    fn use_buf(p: *mut u8);
}

macro_rules! level {
    ($name:ident, $size:expr, $next:expr) => {
        #[inline(never)]
        pub fn $name(n: usize) -> usize {
            let mut buf = [0u8; $size];
            for (i, b) in buf.iter_mut().enumerate() {
                *b = (i ^ n) as u8;
            }
            unsafe { use_buf(buf.as_mut_ptr()) };
            let r = $next(n + 1);
            unsafe { use_buf(buf.as_mut_ptr()) };
            r + buf[n % $size] as usize
        }
    };
}

#[inline(never)]
fn bottom(n: usize) -> usize {
    let mut buf = [0u8; 40];
    for (i, b) in buf.iter_mut().enumerate() {
        *b = (i + n) as u8;
    }
    unsafe { use_buf(buf.as_mut_ptr()) };
    buf[n % 40] as usize
}

level!(level8, 64, bottom);
level!(level7, 1024, level8);
level!(level6, 96, level7);
level!(level5, 512, level6);
level!(level4, 128, level5);
level!(level3, 256, level4);
level!(level2, 32, level3);
level!(level1, 300, level2);

// A shallow branch the worst case must not take.
#[inline(never)]
fn shallow(n: usize) -> usize {
    let mut buf = [0u8; 16];
    buf[n % 16] = 1;
    unsafe { use_buf(buf.as_mut_ptr()) };
    buf[(n + 1) % 16] as usize
}

#[no_mangle]
#[link_section = "kprobe/rust_chain"]
pub extern "C" fn rust_chain(ctx: *const u8) -> u32 {
    let n = ctx as usize & 7;
    (level1(n) + shallow(n)) as u32
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
