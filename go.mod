module github.com/unspin-project/unspin

go 1.26

require github.com/google/go-cmp v0.7.0 // indirect
