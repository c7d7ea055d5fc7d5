package main

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// The temporary files of a run (the output before its rename, a spooled
// standard input), removed if the process is interrupted.
var temps struct {
	sync.Mutex
	paths   map[string]bool
	handler sync.Once
}

// removeOnSignal removes the file at path if the process gets SIGINT,
// SIGTERM or SIGHUP before the returned stop is called, and then ends the
// process by the same signal (so that a shell sees it killed, not
// exited). ^C or kill thus never leaves a temporary file behind.
func removeOnSignal(path string) (stop func()) {
	temps.handler.Do(func() {
		ch := make(chan os.Signal, 1)
		for _, s := range []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
			// A signal the process was started with ignored (SIGINT
			// for a background job of a script, SIGHUP under nohup)
			// stays ignored.
			if !signal.Ignored(s) {
				signal.Notify(ch, s)
			}
		}
		go func() {
			sig := <-ch
			temps.Lock() // held: no file is registered or renamed meanwhile
			for p := range temps.paths {
				os.Remove(p)
			}
			signal.Reset()
			n := sig.(syscall.Signal)
			syscall.Kill(os.Getpid(), n)
			os.Exit(128 + int(n)) // in case the signal is not deadly after all
		}()
	})
	temps.Lock()
	defer temps.Unlock()
	if temps.paths == nil {
		temps.paths = map[string]bool{}
	}
	temps.paths[path] = true
	return func() {
		temps.Lock()
		defer temps.Unlock()
		delete(temps.paths, path)
	}
}
