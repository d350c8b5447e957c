// Command unspin finds and undoes spinning and machine translation in text.
//
// Usage:
//
//	unspin <command> [flags] [args]
//
// Commands:
//
//	lexicon   show what a language pack knows of words
//	pack      inspect, verify or build language packs
//	version   print the version and the packs embedded
//
// Exit codes: 0 success, 1 a check found something, 2 usage or input error.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"

	_ "github.com/unspin-project/unspin/lang/all"
)

// command is one subcommand: its name, one-line summary and entry point.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: unspin <command> [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'unspin <command> -h' for a command's flags.")
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) < 1 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) < 1 {
			return exitUsage
		}
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "unspin: unknown command %q\n", args[0])
		usage(stderr)
		return exitUsage
	}
	return c.run(args[1:], stdout, stderr)
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }
