package main

import (
	"bufio"
	"io"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeGracefulShutdown starts `unspin serve` on a free loopback port,
// checks it answers, sends SIGTERM and expects a clean exit.
func TestServeGracefulShutdown(t *testing.T) {
	cmd := child("serve", "--addr", "127.0.0.1:0")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	r := bufio.NewReader(out)
	line, err := r.ReadString('\n')
	if err != nil || !strings.Contains(line, "http://127.0.0.1:") {
		t.Fatalf("first line %q: %v", line, err)
	}
	url := strings.TrimSpace(line[strings.Index(line, "http://"):])
	res, err := http.Get(url + "healthz")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", res, err)
	}
	res.Body.Close()
	cmd.Process.Signal(syscall.SIGTERM)
	rest, _ := io.ReadAll(r)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil || !strings.Contains(string(rest), "stopped") {
			t.Errorf("exit %v, output %q", err, rest)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no exit after SIGTERM")
	}
}
