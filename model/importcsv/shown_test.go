package importcsv

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// A refusal quotes the cell at fault as the run of show's minutes did: a
// kind column holding a pasted paragraph is quoted by its first 40
// characters, not whole.
func TestRefusalsQuoteACellShort(t *testing.T) {
	long := strings.Repeat("Kiến nghị về chuyển đổi số ", 10)
	_, err := Questions([]byte("Họ tên,Loại,Nội dung\nNguyễn Văn An,\"" + long + "\",Câu hỏi?\n"))
	var e *Error
	if !errors.As(err, &e) || e.Code != ErrBadKind {
		t.Fatalf("err %v", err)
	}
	want := []any{string([]rune(long)[:40]) + "…"}
	if !reflect.DeepEqual(e.Args, want) || e.Line != 2 || e.Column != 2 || e.Header != "Loại" || e.Field != FieldKind {
		t.Errorf("refusal %+v, want the kind's cell quoted as %q", e, want[0])
	}
	_, err = Agenda([]byte("Nội dung,Thời lượng (phút)\nKhai mạc,\"" + long + "\"\n"))
	if !errors.As(err, &e) || e.Code != ErrBadMinutes || e.Args[0] != want[0] {
		t.Errorf("minutes refusal %v", err)
	}
}
