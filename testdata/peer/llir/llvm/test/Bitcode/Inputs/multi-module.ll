define void @f2() {
  ret void
}
