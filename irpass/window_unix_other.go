//go:build unix && !linux

package irpass

const mapPopulate = 0
