; Needs a function for the combined index to be populated
target datalayout = "e-m:o-i64:64-f80:128-n8:16:32:64-S128"

define void @bar() {
    ret void
}
