module github.com/iu-entry/iu-entry

go 1.26.8

require (
	github.com/rogpeppe/go-internal v1.16.0
	github.com/spf13/pflag v1.0.10
	golang.org/x/arch v0.33.0
	golang.org/x/sys v0.26.0
)

require golang.org/x/tools v0.26.0 // indirect
