package contracts

import (
	"errors"
	"math/big"
	"testing"

	"github.com/gpuledger/gpuledger/chain"
)

// requireRevert checks that err is the decoded custom error name with the
// given arguments (a subset, compared as the ABI decoder returns them).
func requireRevert(t testing.TB, err error, name string, args map[string]any) {
	t.Helper()
	var re *chain.RevertError
	if !errors.As(err, &re) {
		t.Fatalf("want revert %s, got %v", name, err)
	}
	if re.Name != name {
		t.Fatalf("want revert %s, got %s", name, re.Error())
	}
	for k, want := range args {
		got := re.Args[k]
		switch w := want.(type) {
		case int:
			b, ok := got.(*big.Int)
			if !ok || b.Cmp(big.NewInt(int64(w))) != 0 {
				t.Errorf("%s: arg %s = %v, want %d", name, k, got, w)
			}
		case *big.Int:
			if b, ok := got.(*big.Int); !ok || b.Cmp(w) != 0 {
				t.Errorf("%s: arg %s = %v, want %s", name, k, got, w)
			}
		default:
			if got != want {
				t.Errorf("%s: arg %s = %v (%T), want %v (%T)", name, k, got, got, want, want)
			}
		}
	}
}
