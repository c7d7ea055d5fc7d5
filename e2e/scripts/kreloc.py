#!/usr/bin/env python3
"""kreloc.py OBJ: make a relocatable x86-64 object loadable by the kernel's
module loader, in place, and check it.

The sysroot's libcore is compiled as PIC for user space: its calls and
address loads of other libcore functions go through the GOT
(R_X86_64_GOTPCREL / GOTPCRELX / REX_GOTPCRELX), which a relocatable link
(ld -r) leaves as they are and which the module loader rejects ("Unknown
rela relocation"). Every such use is relaxed the way a final link would
relax it, since module code is within 2 GB of everything it calls:

    call *S@GOTPCREL(%rip)   ff 15 d32  ->  addr32 call S   67 e8 r32  (PC32)
    jmp  *S@GOTPCREL(%rip)   ff 25 d32  ->  jmp S; nop      e9 r32 90  (PC32)
    mov  S@GOTPCREL(%rip),%r REX 8b m   ->  lea S(%rip),%r  REX 8d m   (PC32)

Any other instruction form is an error. Afterwards every relocation that
applies to an allocated section must be one the x86-64 module loader
accepts with module addresses (NONE, 64, PC32, PLT32, 32S, PC64; not 32,
which overflows above 4 GB). Prints one summary line; exit 1 on error.
"""
import struct
import sys

R_NONE, R_64, R_PC32, R_PLT32, R_GOTPCREL, R_32, R_32S, R_PC64 = 0, 1, 2, 4, 9, 10, 11, 24
R_GOTPCRELX, R_REX_GOTPCRELX = 41, 42
GOT = {R_GOTPCREL, R_GOTPCRELX, R_REX_GOTPCRELX}
OK = {R_NONE, R_64, R_PC32, R_PLT32, R_32S, R_PC64}
SHT_RELA, SHF_ALLOC = 4, 2


def main(path):
    data = bytearray(open(path, "rb").read())
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1 or struct.unpack_from("<H", data, 16)[0] != 1:
        sys.exit(f"kreloc: {path}: not an ELF64 little-endian relocatable object")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    shdrs = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    strtab_off = shdrs[shstrndx][4]

    def name(i):
        o = strtab_off + shdrs[i][0]
        return data[o:data.index(b"\0", o)].decode()

    relaxed, errors = {}, []
    for i, (_, typ, _, _, off, size, _, info, _, entsize) in enumerate(shdrs):
        if typ != SHT_RELA or not (shdrs[info][2] & SHF_ALLOC):
            continue
        target_off = shdrs[info][4]
        for r in range(size // 24):
            ro = off + r * 24
            r_offset, r_info, r_addend = struct.unpack_from("<QQq", data, ro)
            rtype, sym = r_info & 0xFFFFFFFF, r_info >> 32
            if rtype in GOT:
                p = target_off + r_offset  # the disp32 field in the file
                op = bytes(data[p - 2:p])
                if op == b"\xff\x15":
                    data[p - 2:p] = b"\x67\xe8"
                    new_off, form = r_offset, "call"
                elif op == b"\xff\x25":
                    data[p - 2] = 0xE9
                    data[p + 3] = 0x90
                    new_off, form = r_offset - 1, "jmp"
                    data[p - 1:p + 3] = b"\0\0\0\0"
                elif data[p - 2] == 0x8B and (data[p - 1] & 0xC7) == 0x05 and (data[p - 3] & 0xF0) == 0x40:
                    data[p - 2] = 0x8D
                    new_off, form = r_offset, "mov"
                else:
                    errors.append(f"{name(info)}+{r_offset:#x}: GOT relocation on an unknown instruction {bytes(data[p-3:p]).hex()}")
                    continue
                struct.pack_into("<QQq", data, ro, new_off, (sym << 32) | R_PC32, r_addend)
                relaxed[form] = relaxed.get(form, 0) + 1
            elif rtype not in OK:
                errors.append(f"{name(info)}+{r_offset:#x}: relocation type {rtype} is not accepted by the module loader")
    for e in errors:
        print(f"kreloc: {path}: {e}", file=sys.stderr)
    if errors:
        sys.exit(1)
    open(path, "wb").write(data)
    print(f"kreloc: {path}: relaxed GOT uses: {relaxed or 'none'}; every relocation of an allocated section is module-loadable")


if __name__ == "__main__":
    main(sys.argv[1])
