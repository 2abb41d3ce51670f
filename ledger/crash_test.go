package ledger

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilan-dev/bilan/claims"
)

// synthetic yields n events numbered from first, each with a monitor claim and a
// militant claim, and calls at(i) before the i-th.
func synthetic(first, n int, at func(i int)) func(func(claims.Event, error) bool) {
	return func(yield func(claims.Event, error) bool) {
		for i := first; i < first+n; i++ {
			if at != nil {
				at(i - first)
			}
			e := acledEvent("E"+strconv.Itoa(i), int64(i%7))
			e.Claims = append(e.Claims, claims.Claim{Source: claims.Source{Name: "JNIM", Kind: claims.MilitantStatement, Side: claims.SideArmedGroup},
				ReportedAt: e.Date, Stance: claims.Responsibility, Figures: []claims.Count{{Outcome: claims.Killed, Group: claims.Soldiers, Figure: claims.AtLeastN(int64(i % 50))}}})
			if !yield(e, nil) {
				return
			}
		}
	}
}

// The crash child: when BILAN_LEDGER_CRASH is set to "FILE MODE K", the test
// binary imports into FILE and writes "at K" after the K-th event (MODE "during")
// or "committed" after the import (MODE "after"), then goes on until killed.
func TestMain(m *testing.M) {
	if v := os.Getenv("BILAN_LEDGER_CRASH"); v != "" {
		var file, mode string
		var k int
		fmt.Sscan(v, &file, &mode, &k)
		crashChild(file, mode, k)
		os.Exit(3) // not reached: the parent kills the child
	}
	os.Exit(m.Run())
}

func crashChild(file, mode string, k int) {
	s, err := OpenSQLite(file)
	if err != nil {
		fmt.Println("error", err)
		return
	}
	// A 256 KiB page cache: the import spills pages into the file early, so that
	// the kill finds the file written to mid-transaction, with a hot journal.
	if _, err := s.db.Exec("PRAGMA cache_size = -256"); err != nil {
		fmt.Println("error", err)
		return
	}
	l := New(s)
	n := 10_000_000 // far more than can be written before the kill
	if mode == "after" {
		n = k
	}
	_, err = l.Import(ctx, Origin{Name: "big"}, synthetic(1000, n, func(i int) {
		if mode == "during" && i == k {
			fmt.Println("at", k)
		}
	}), nil)
	fmt.Println("committed", err)
	time.Sleep(time.Hour)
}

// TestCrashDuringImport kills (SIGKILL) a process importing into a ledger, at
// several points of the transaction (the later ones after pages were written into
// the file: a hot journal is left) and once after its commit, then reopens the
// ledger: PRAGMA integrity_check says ok, the counts are those before the import
// (killed during it) or after it (killed after the commit), and the ledger takes a
// new import.
func TestCrashDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	for _, c := range []struct {
		mode string
		k    int
	}{{"during", 0}, {"during", 2000}, {"during", 8000}, {"after", 3000}} {
		t.Run(fmt.Sprintf("%s %d", c.mode, c.k), func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "l.db")
			l, err := Create(file)
			require.NoError(t, err)
			_, err = l.Import(ctx, Origin{Name: "small"}, synthetic(0, 100, nil), nil)
			require.NoError(t, err)
			before, err := l.Counts(ctx)
			require.NoError(t, err)
			require.NoError(t, l.Close())

			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), fmt.Sprintf("BILAN_LEDGER_CRASH=%s %s %d", file, c.mode, c.k))
			out, err := cmd.StdoutPipe()
			require.NoError(t, err)
			require.NoError(t, cmd.Start())
			line, err := bufio.NewReader(out).ReadString('\n')
			require.NoError(t, err)
			want := fmt.Sprintf("at %d\n", c.k)
			if c.mode == "after" {
				want = "committed <nil>\n"
			}
			require.Equal(t, want, line)
			require.NoError(t, cmd.Process.Kill()) // SIGKILL on Unix
			cmd.Wait()
			if c.mode == "during" && c.k > 0 {
				// The import had written into the file: the rollback journal is hot.
				fi, err := os.Stat(file + "-journal")
				require.NoError(t, err, "a journal left by the killed import")
				require.Positive(t, fi.Size())
			}

			s, err := OpenSQLite(file)
			require.NoError(t, err)
			defer s.Close()
			ok, err := s.IntegrityCheck()
			require.NoError(t, err)
			assert.Equal(t, "ok", ok)
			l = New(s)
			got, err := l.Counts(ctx)
			require.NoError(t, err)
			if c.mode == "during" {
				assert.Equal(t, before, got, "killed during the import: the ledger as before it")
			} else {
				// After: one more import, c.k events with 2 claims and 2 figures each.
				k := int64(c.k)
				assert.Equal(t, Counts{Imports: before.Imports + 1, Events: before.Events + k, Claims: before.Claims + 2*k, Figures: before.Figures + 2*k}, got)
			}
			_, err = l.Import(ctx, Origin{Name: "again"}, synthetic(20_000_000, 10, nil), nil)
			require.NoError(t, err, "the ledger takes an import after the crash")
		})
	}
}
