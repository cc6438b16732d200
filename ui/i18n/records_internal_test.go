package i18n

import "testing"

// messages_records.go adds keys; it never redefines one of messages.go's.
func TestRecordMessagesDoNotCollide(t *testing.T) {
	if len(collisions) > 0 {
		t.Errorf("keys defined twice: %v", collisions)
	}
}
