package model

import (
	"errors"
	"fmt"
)

// Code names a refusal. The screens turn it into a sentence in the user's
// language (the catalog keys are "err." + Code); the model itself holds no
// user-facing text.
type Code string

// The refusals Apply can return.
const (
	ErrFloorBusy         Code = "floor_busy"          // Args: question on the floor
	ErrAnswerRunning     Code = "answer_running"      // Args: answering department code
	ErrQueueEmpty        Code = "queue_empty"         //
	ErrNoSuchQuestion    Code = "no_such_question"    // Args: question id
	ErrNotWaiting        Code = "not_waiting"         // Args: question id, its status
	ErrNothingOnFloor    Code = "nothing_on_floor"    //
	ErrNotAnswering      Code = "not_answering"       //
	ErrEmptyAsker        Code = "empty_asker"         //
	ErrEmptyText         Code = "empty_text"          //
	ErrEmptyTitle        Code = "empty_title"         //
	ErrEmptyName         Code = "empty_name"          //
	ErrEmptyCode         Code = "empty_code"          //
	ErrTooLong           Code = "too_long"            // Args: field, limit in characters
	ErrUnknownDepartment Code = "unknown_department"  // Args: code
	ErrDuplicateCode     Code = "duplicate_code"      // Args: code
	ErrBadKind           Code = "bad_kind"            // Args: kind
	ErrNoClock           Code = "no_clock"            //
	ErrCannotMove        Code = "cannot_move"         // Args: question id
	ErrMergeSelf         Code = "merge_self"          // Args: question id
	ErrNoDepartment      Code = "no_department"       //
	ErrNoDeadline        Code = "no_deadline"         //
	ErrClosed            Code = "closed"              // Args: question id, its status
	ErrNoSuchAnswer      Code = "no_such_answer"      // Args: answer id
	ErrBadLimit          Code = "bad_limit"           //
	ErrLimitRange        Code = "limit_range"         // Args: field; a time limit outside MinLimit..MaxLimit
	ErrBadCount          Code = "bad_count"           // Args: field, the most
	ErrEndBeforeStart    Code = "end_before_start"    // Args: field; an end before the meeting's start
	ErrUnknownCommand    Code = "unknown_command"     // Args: command name
	ErrBrokenFloor       Code = "broken_floor"        // the stored floor points at nothing
	ErrBadDisplayMode    Code = "bad_display_mode"    // Args: mode
	ErrNoSuchNote        Code = "no_such_note"        // Args: note id
	ErrAgendaStarted     Code = "agenda_started"      //
	ErrNoAgenda          Code = "no_agenda"           //
	ErrAgendaDone        Code = "agenda_done"         //
	ErrInGroup           Code = "in_group"            // Args: question id
	ErrGroupTooSmall     Code = "group_too_small"     //
	ErrGroupDone         Code = "group_done"          //
	ErrNoAnswerToRepeat  Code = "no_answer_to_repeat" //

	// The clerk's record and the follow-ups.
	ErrNoSuchFollowUp    Code = "no_such_follow_up"    // Args: follow-up id
	ErrBadOutcome        Code = "bad_outcome"          // Args: outcome
	ErrBadFollowUpStatus Code = "bad_follow_up_status" // Args: status
	ErrEmptyWhat         Code = "empty_what"           // a commitment or conclusion says nothing to do
	ErrNoForwardedTo     Code = "no_forwarded_to"      // forwarded, but not to whom
	ErrNoReplyDate       Code = "no_reply_date"        // status replied without the reply's date
	ErrDeadlineTooEarly  Code = "deadline_too_early"   // a deadline on a day before the meeting
	ErrDateTooEarly      Code = "date_too_early"       // a reply or resolution dated before the follow-up was opened
	ErrFollowUpStarted   Code = "follow_up_started"    // Args: follow-up id, its status; "answered" would remove a follow-up that has a reply or note
	ErrNotConclusion     Code = "not_conclusion"       // Args: follow-up id; only conclusions can be removed
	ErrNotesChanged      Code = "notes_changed"        // Args: answer id; the stored notes are no longer the text the new ones were written from (SetNotes.Base)

	// The formal record: commendations, the conclusions' addressees.
	ErrNoSuchCommendation   Code = "no_such_commendation"   // Args: commendation id
	ErrBadCommendationKind  Code = "bad_commendation_kind"  // Args: kind
	ErrTooManyCommendations Code = "too_many_commendations" // Args: the limit
	ErrBadAddressee         Code = "bad_addressee"          // Args: addressee
	ErrCannotMoveConclusion Code = "cannot_move_conclusion" // Args: follow-up id; not a conclusion

	// The run of show (agendaedit.go).
	ErrNoSuchAgendaItem    Code = "no_such_agenda_item"   // Args: item number
	ErrEmptyItemTitle      Code = "empty_item_title"      //
	ErrBadPlanned          Code = "bad_planned"           // Args: the fewest and the most minutes
	ErrTwoDialogues        Code = "two_dialogues"         // Args: the two items' numbers
	ErrAgendaItemDone      Code = "agenda_item_done"      // Args: item number
	ErrAgendaItemUnderWay  Code = "agenda_item_under_way" // Args: item number
	ErrAgendaBeforeCurrent Code = "agenda_before_current" // Args: the number of the item under way
	ErrDialogueBegun       Code = "dialogue_begun"        // Args: the dialogue's item number

	// The inbox (submissions.go).
	ErrSubmissionsClosed Code = "submissions_closed" //
	ErrTooManyPending    Code = "too_many_pending"   // Args: the limit
	ErrNoSuchSubmission  Code = "no_such_submission" // Args: submission id
	ErrSubmissionDecided Code = "submission_decided" // Args: submission id; approved, merged or rejected already
)

// Error is a command the model refused, and why. Nothing changed.
type Error struct {
	Code Code
	Args []any
}

func (e *Error) Error() string {
	if len(e.Args) == 0 {
		return "podium: " + string(e.Code)
	}
	return fmt.Sprintf("podium: %s %v", e.Code, e.Args)
}

func refuse(c Code, args ...any) *Error { return &Error{Code: c, Args: args} }

// CodeOf returns the refusal code of err, or "".
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
