package mse

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progress writes "mse: what: done of total unit" to w at most once a second, and
// at the end if it wrote before: a computation under a second says nothing. A nil
// w makes it silent.
type progress struct {
	mu          sync.Mutex
	w           io.Writer
	what, unit  string
	done, total int
	last        time.Time
	said        bool
}

func newProgress(w io.Writer, what string, total int, unit string) *progress {
	return &progress{w: w, what: what, total: total, unit: unit, last: time.Now()}
}

// step counts one unit done.
func (p *progress) step() {
	if p == nil || p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if now := time.Now(); now.Sub(p.last) >= time.Second || (p.said && p.done == p.total) {
		p.last, p.said = now, true
		fmt.Fprintf(p.w, "mse: %s: %d of %d %s\n", p.what, p.done, p.total, p.unit)
	}
}
