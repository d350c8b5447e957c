package unspin

import (
	"errors"
	"fmt"
)

// ErrorKind classifies errors for exit codes and HTTP statuses. New kinds
// are appended, never renumbered.
type ErrorKind int

// Error kinds.
const (
	KindOther    ErrorKind = iota // unexpected; exit 2, HTTP 500
	KindInput                     // the input cannot be analysed (not UTF-8, ...); exit 2, HTTP 400
	KindLanguage                  // unknown or undetectable language; exit 2, HTTP 422
	KindPack                      // a language pack is missing or corrupt; exit 2, HTTP 500
)

// Error is the error type of the unspin API.
type Error struct {
	Kind ErrorKind
	Err  error
}

func (e *Error) Error() string { return "unspin: " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

func errorf(kind ErrorKind, format string, args ...any) error {
	return &Error{Kind: kind, Err: fmt.Errorf(format, args...)}
}

// KindOf returns the kind of err, KindOther when it is not an *Error.
func KindOf(err error) ErrorKind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return KindOther
}
