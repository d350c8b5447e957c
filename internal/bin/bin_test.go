package bin

import "testing"

func TestU32sAlignedAndNot(t *testing.T) {
	var w Writer
	for _, v := range []uint32{1, 0xdeadbeef, 7} {
		w.U32(v)
	}
	for _, shift := range []int{0, 1, 2, 3} {
		buf := append(make([]byte, shift), w.B...)
		r := &Reader{B: buf, Off: shift}
		s := r.U32s(3)
		if r.Err != nil || s.Len() != 3 || s.At(0) != 1 || s.At(1) != 0xdeadbeef || s.At(2) != 7 {
			t.Errorf("shift %d: %v len %d", shift, r.Err, s.Len())
		}
	}
	r := &Reader{B: w.B}
	if r.U32s(4); r.Err == nil {
		t.Error("reading past the end did not fail")
	}
}
