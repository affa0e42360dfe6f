package yield

import (
	"reflect"
	"testing"
)

// TestSortEvidence: evidence is ordered by block, then by log index within
// a block, with repeats dropped, so that two computations from the same
// events compare equal whatever order they met them in.
func TestSortEvidence(t *testing.T) {
	ev := func(block uint64, log uint) Evidence { return Evidence{Block: block, LogIndex: log} }
	got := sortEvidence([]Evidence{ev(2, 0), ev(1, 5), ev(1, 3), ev(2, 0), ev(1, 5)})
	want := []Evidence{ev(1, 3), ev(1, 5), ev(2, 0)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sortEvidence = %+v, want %+v", got, want)
	}
}
