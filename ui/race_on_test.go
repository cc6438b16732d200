//go:build race

package ui

// raceEnabled: under the race detector sync.Pool drops a share of what is
// put back on purpose, so counts of reuse mean nothing.
const raceEnabled = true
