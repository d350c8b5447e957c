package tokenization

import (
	"strconv"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/types"
)

// benchPara is French prose written for this benchmark.
const benchPara = `Le ministre a déclaré jeudi que le gouvernement présenterait l'an prochain un
nouveau plan pour les transports régionaux, « sans hausse d'impôts », et qu'il coûterait 3,5 milliards
d'euros. Les élus locaux, eux, attendent toujours des précisions sur le calendrier des travaux.
`

func BenchmarkTokenize(b *testing.B) {
	for _, size := range []int{1, 16, 256} {
		text := strings.Repeat(benchPara, size)
		b.Run(strconv.Itoa(len(text))+"B", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			var toks []types.Token
			for i := 0; i < b.N; i++ {
				toks = AppendTokens(toks[:0], text, Options{Elisions: true})
			}
		})
	}
}
