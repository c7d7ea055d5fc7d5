// Package elfstack computes the worst-case stack use of the program entry
// points in an ELF x86-64 file from its machine code: the build-time half
// of iu-entry's stack safety (`iu-entry stack`, and the check the linker
// wrapper runs on its output).
//
// It reads relocatable objects (including ld -r links), executables and
// shared objects with debug/elf, and decodes code with
// golang.org/x/arch/x86/x86asm. The steps:
//
//   - Functions are the STT_FUNC symbols of executable sections (aliases
//     merged). Entries are the functions in program sections (a section
//     name progtypes accepts: tracepoint/…, kprobe/…, xdp, …), plus any
//     named in Options.Entries.
//   - Frame sizes come from .stack_sizes (llc -stack-size-section, rustc -Z
//     emit-stack-sizes): per function, an 8-byte address (a relocation in an
//     object) and a ULEB128 size that counts everything below the return
//     address. Independently, each function's stack pointer is followed
//     through its control flow (depth.go); where that works it gives the
//     frame of functions without an entry (precompiled libcore, assembly)
//     and checks the entries (the tests require both to agree on every
//     function llc makes).
//   - Calls come from the machine code, resolved through relocations
//     (R_X86_64_PLT32/PC32 against a symbol or a section offset, GOTPCREL
//     for calls through the GOT) or, in linked files, addresses: call rel32
//     is a call; jmp or jcc to another function a tail call, whose depth is
//     the stack pointer's depth at the jump (0 after the epilogue, more for
//     a jump with the frame in place such as the stack check's jb); call or
//     jmp through a register or memory is indirect, unless it is a switch's
//     jump table (its entries lead back into the function) or its pointer
//     is constant data of the file (values.go: this resolves every program's
//     call through its read-only program object); calls of
//     __x86_indirect_thunk_* and other retpolines are indirect calls, a jump
//     to __x86_return_thunk is a return. Calls of undefined symbols (kernel
//     helpers, iu.ko) are external leaves of size 0: their stack comes out
//     of the runtime's reserve, not the program's budget.
//   - The call graph (package callgraph) gives each entry's worst case:
//     every frame, plus 8 bytes for each return address a call pushes; or,
//     where recursion, an indirect call, a call to an unknown place or a
//     function of unknown frame is reachable, no bound but a lower bound and
//     the list of those causes, each marked checked when the run-time stack
//     check (cmpq %gs:iu_stack_limit, %rsp; jb iu_stack_overflow) precedes
//     it on every path (for recursion: every way round the cycle).
//
// Hostile files cost bounded time and memory: sections are read only when
// needed and never decompressed, the code decoded is bounded by a multiple
// of the file's code size, and every analysis is linear in what was
// decoded.
package elfstack
