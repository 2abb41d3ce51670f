package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"
)

// sample is one timed run of a process.
type sample struct {
	wall   time.Duration
	cpu    time.Duration // user + system
	maxRSS int64         // peak resident set, bytes (wait4's ru_maxrss)
}

// job is one command the benchmark times.
type job struct {
	name  string
	rows  int              // rows of input, for per-row ratios
	cmd   func() *exec.Cmd // a fresh command each run
	out   string           // file standard output goes to; "" for /dev/null
	check func() error     // after the first run: is the output right? nil: not checked
	skip  string           // why the job is not timed, when it is not
	runs  []sample
}

// measureCommand is the hidden subcommand through which bilanbench starts every
// timed program: "bilanbench measure-exec PROGRAM ARGS..." runs the program with
// the standard streams it was given and writes the program's wall time, CPU time
// and peak resident set to file descriptor 3.
//
// The peak resident set Linux reports for a process (wait4's ru_maxrss) includes
// the peak of the process that started it up to the exec, since Go starts
// programs with vfork: measured straight from bilanbench, every program would
// weigh at least as much as bilanbench. Started from this small process instead,
// the floor is a few megabytes; the tables show it as the peak of cat.
const measureCommand = "measure-exec"

// measureExec is the measure-exec subcommand.
func measureExec(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: bilanbench %s PROGRAM [ARG...]", measureCommand)
	}
	report := os.NewFile(3, "report")
	c := exec.Command(args[0], args[1:]...)
	c.Stdin, c.Stdout, c.Stderr = os.Stdin, os.Stdout, os.Stderr
	t := time.Now()
	err := c.Run()
	wall := time.Since(t)
	if c.ProcessState == nil {
		return err
	}
	s := sample{wall: wall}
	if ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		s.maxRSS = ru.Maxrss
		if runtime.GOOS == "linux" {
			s.maxRSS *= 1024 // kilobytes on Linux, bytes on the BSDs and macOS
		}
	}
	fmt.Fprintf(report, "%d %d %d %d\n", s.wall, s.cpu, s.maxRSS, c.ProcessState.ExitCode())
	report.Close()
	return nil
}

// run runs the job's command once, through measure-exec, and measures it.
func (j *job) run() (sample, error) {
	c := j.cmd()
	self, err := os.Executable()
	if err != nil {
		return sample{}, err
	}
	m := exec.Command(self, append([]string{measureCommand, c.Path}, c.Args[1:]...)...)
	m.Dir, m.Env = c.Dir, c.Env
	var stderr bytes.Buffer
	m.Stderr = &stderr
	if j.out != "" {
		f, err := os.Create(j.out)
		if err != nil {
			return sample{}, err
		}
		defer f.Close()
		m.Stdout = f
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return sample{}, err
	}
	defer pr.Close()
	m.ExtraFiles = []*os.File{pw}
	err = m.Start()
	pw.Close()
	if err != nil {
		return sample{}, err
	}
	report, _ := io.ReadAll(pr)
	if err := m.Wait(); err != nil {
		return sample{}, fmt.Errorf("%s: %v: %s", measureCommand, err, firstLine(stderr.String()))
	}
	var s sample
	var code int
	if _, err := fmt.Sscan(string(report), &s.wall, &s.cpu, &s.maxRSS, &code); err != nil {
		return sample{}, fmt.Errorf("%s: no report (%v): %s", strings.Join(c.Args, " "), err, firstLine(stderr.String()))
	}
	if code != 0 {
		return sample{}, fmt.Errorf("%s: exit status %d: %s", strings.Join(c.Args, " "), code, firstLine(stderr.String()))
	}
	return s, nil
}

// firstLine returns the first line of s, marking what it leaves out.
func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

// prepare runs each job once, untimed (it warms the page cache and builds the
// outputs the checks read), and checks its output; a job that fails either is
// skipped with the reason.
func prepare(jobs []*job, log func(string, ...any)) {
	for _, j := range jobs {
		if j.skip != "" {
			continue
		}
		if _, err := j.run(); err != nil {
			j.skip = "failed: " + err.Error()
		} else if j.check != nil {
			if err := j.check(); err != nil {
				j.skip = "output differs: " + err.Error()
			}
		}
		if j.skip != "" {
			log("%s: %s", j.name, j.skip)
		} else {
			log("%s: ok", j.name)
		}
	}
}

// alternate times every job runs times, one run of each per round, the order
// rotating from round to round so that no job always runs first or after the
// same one.
func alternate(jobs []*job, runs int, log func(string, ...any)) {
	var live []*job
	for _, j := range jobs {
		if j.skip == "" {
			live = append(live, j)
		}
	}
	for r := range runs {
		for i := range live {
			j := live[(i+r)%len(live)]
			s, err := j.run()
			if err != nil {
				j.skip = "failed in round " + fmt.Sprint(r+1) + ": " + err.Error()
				log("%s: %s", j.name, j.skip)
				continue
			}
			j.runs = append(j.runs, s)
		}
		log("round %d of %d done, load %s", r+1, runs, loadavg())
	}
}

// median returns the median of f over the job's runs (the mean of the middle two
// for an even count), and the smallest and largest.
func (j *job) median(f func(sample) float64) (med, lo, hi float64) {
	xs := make([]float64, len(j.runs))
	for i, s := range j.runs {
		xs[i] = f(s)
	}
	slices.Sort(xs)
	n := len(xs)
	if n == 0 {
		return 0, 0, 0
	}
	med = xs[n/2]
	if n%2 == 0 {
		med = (xs[n/2-1] + xs[n/2]) / 2
	}
	return med, xs[0], xs[n-1]
}

func wallSeconds(s sample) float64 { return s.wall.Seconds() }
func rssMB(s sample) float64       { return float64(s.maxRSS) / 1e6 }
func cores(s sample) float64       { return s.cpu.Seconds() / s.wall.Seconds() }
func cpuSeconds(s sample) float64  { return s.cpu.Seconds() }

// loadavg returns the first three fields of /proc/loadavg, or "?".
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
