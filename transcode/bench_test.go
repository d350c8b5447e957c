package transcode

import (
	"strings"
	"testing"
)

// BenchmarkDecode reads 100 KB of French as UTF-8 (the common case: one
// validity pass), as windows-1252, and as UTF-8 with stray Latin-1 bytes.
func BenchmarkDecode(b *testing.B) {
	text := strings.Repeat("Le comité a publié son rapport sur l’été dernier ; les élus débattront mardi. ", 1300)
	mixed := []byte(text)
	for i := 0; i < len(mixed)-1; i += 997 {
		if mixed[i] < 0x80 {
			mixed[i] = 0xE9
		}
	}
	cases := []struct {
		name string
		in   []byte
	}{{"utf-8", []byte(text)}, {"windows-1252", latin1(text)}, {"mixed", mixed}}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Decode(c.in, "", false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
