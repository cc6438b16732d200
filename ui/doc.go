// Package ui is Podium's terminal screens (Bubble Tea v2). A root Model
// routes keys by mode and draws the Moderate screen from the newest meeting
// snapshot; each component (queue, floor card, answer card, clock, forms,
// pickers, status bar) has its own file and renders a string for a given
// width and height. Only the root returns a tea.View.
//
// Screens never change the meeting: they send commands to the hub and draw
// the snapshots it hands back. The package does no disk I/O of its own.
package ui
