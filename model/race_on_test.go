//go:build race

package model_test

// raceEnabled: the race detector slows the random-sequence test about
// twentyfold, so it runs fewer seeds.
const raceEnabled = true
