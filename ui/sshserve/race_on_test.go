//go:build race

package sshserve

// raceEnabled: the race detector makes drawing about ten times slower, so
// filling a stalled client's SSH window would take a minute.
const raceEnabled = true
