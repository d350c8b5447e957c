package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run the command in a child process (to kill it).
func TestMain(m *testing.M) {
	if args := os.Getenv("UNSPIN_CHILD_ARGS"); args != "" {
		os.Exit(run(strings.Split(args, "\x1f"), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

func child(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "UNSPIN_CHILD_ARGS="+strings.Join(args, "\x1f"))
	return cmd
}

// TestScanKill9Resume kills `unspin scan` with SIGKILL in the middle of a
// run, resumes it, and checks the outputs equal an uninterrupted run's:
// nothing lost, nothing duplicated.
func TestScanKill9Resume(t *testing.T) {
	dir := t.TempDir()
	if d := os.Getenv("UNSPIN_KEEP_DIR"); d != "" {
		dir = d
	}
	var b bytes.Buffer
	for i := 0; i < 3000; i++ {
		text := "Le conseil municipal a voté le budget de l'école ; les travaux dureront deux ans et coûteront cher."
		if i%4 == 3 {
			text = "Le however de la réunion était de trouver une solution doable pour les deux events le lengthy de la frontière."
		}
		fmt.Fprintf(&b, `{"id": "r%d", "text": %q}`+"\n", i, text)
		if i%97 == 0 {
			b.WriteString("not json\n")
		}
	}
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, b.Bytes(), 0o644)
	args := func(sub string) []string {
		d := filepath.Join(dir, sub)
		os.MkdirAll(d, 0o755)
		return []string{"scan", "--lang", "fr", "--quiet", "--out", filepath.Join(d, "kept.jsonl"), "--filter", "0.5",
			"--filtered-out", filepath.Join(d, "filtered.jsonl"), "--checkpoint-every", "50", in}
	}
	if out, err := child(args("ref")...).CombinedOutput(); err != nil {
		t.Fatalf("reference run: %v\n%s", err, out)
	}
	killed := false
	for attempt := 0; attempt < 5 && !killed; attempt++ {
		sub := fmt.Sprint("kill", attempt)
		cmd := child(args(sub)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		state := filepath.Join(dir, sub, "kept.jsonl.state")
		// Kill once a few checkpoints are written, mid-run.
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			if st, err := os.Stat(filepath.Join(dir, sub, "kept.jsonl")); err == nil && st.Size() > 200000 {
				break
			}
			time.Sleep(2 * time.Millisecond)
		}
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		if _, serr := os.Stat(state); err == nil || serr != nil {
			continue // finished before the kill: try again
		}
		killed = true
		if out, err := child(append(args(sub), "--resume")...).CombinedOutput(); err != nil {
			t.Fatalf("resume: %v\n%s", err, out)
		}
		for _, f := range []string{"kept.jsonl", "filtered.jsonl", "kept.rejects.jsonl"} {
			got, _ := os.ReadFile(filepath.Join(dir, sub, f))
			want, _ := os.ReadFile(filepath.Join(dir, "ref", f))
			if !bytes.Equal(got, want) {
				t.Errorf("%s after kill -9 and --resume: %d bytes, uninterrupted run %d", f, len(got), len(want))
			}
		}
	}
	if !killed {
		t.Skip("skipped: the run always finished before the kill (machine too fast for this input)")
	}
}

// --cpuprofile and --memprofile write profiles go tool pprof reads
// (gzipped protocol buffers); an unwritable path is reported.
func TestScanProfiles(t *testing.T) {
	tmp := t.TempDir()
	in := filepath.Join(tmp, "in.jsonl")
	rec := `{"id":"a","text":"Le conseil municipal a voté le budget de la ville après un long débat."}` + "\n"
	if err := os.WriteFile(in, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	cpu, mem := filepath.Join(tmp, "cpu.prof"), filepath.Join(tmp, "mem.prof")
	code, _, errOut := runCLI("scan", "--quiet", "--lang", "fr", "--cpuprofile", cpu, "--memprofile", mem, "--out", filepath.Join(tmp, "out.jsonl"), in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, p := range []string{cpu, mem} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
			t.Errorf("%s: %d bytes, not a gzipped profile", p, len(data))
		}
	}
	bad := filepath.Join(tmp, "no-such-dir", "mem.prof")
	_, _, errOut = runCLI("scan", "--quiet", "--lang", "fr", "--memprofile", bad, "--out", filepath.Join(tmp, "out2.jsonl"), in)
	if !strings.Contains(errOut, "no-such-dir") {
		t.Errorf("an unwritable --memprofile path went unreported: %q", errOut)
	}
}
