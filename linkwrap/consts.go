package linkwrap

import "github.com/iu-entry/iu-entry/progtypes"

// LinkerName is the name under which the iu-entry binary acts as the linker.
const LinkerName = "iu-entry-cc"

const sectionPrefix = progtypes.SectionPrefix
