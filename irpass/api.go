package irpass

import "github.com/iu-entry/iu-entry/progtypes"

// A Program is one program object found in a module and the entry point
// generated for it.
type Program struct {
	Name    string         // the entry point's symbol (the object's name field)
	Type    progtypes.Type // decoded from the object's rtti field
	Section string         // the entry's section: the object's, minus inner_unikernel/
	Object  string         // the program object's global name
	Func    string         // the user's prog function
	Line    int            // line of the object's definition in the input
}

// A Result describes what Run did to a module.
type Result struct {
	Programs []Program
	Typed    bool // the module uses typed pointers (LLVM 14 and older)

	// NoObjects is set when the module holds no program object (nothing
	// was done: the output is the input). The command says so on
	// standard error whatever the flags.
	NoObjects bool
	// NoUsed is set when the module has neither @llvm.used nor
	// @llvm.compiler.used: at -O rustc drops a static that is not
	// #[used], so a module without program objects and without them most
	// likely lost its programs that way (the command's hint).
	NoUsed bool
}
