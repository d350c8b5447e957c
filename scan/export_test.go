package scan

// Test hooks for the external test package.

// SetCrashAfter makes a run stop like a killed process after n records.
func (c *Config) SetCrashAfter(n int64) { c.crashAfter = n }

// ErrCrash is what such a run returns.
var ErrCrash = errCrash
