package packbuild

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"

	"github.com/unspin-project/unspin/confusion"
	"github.com/unspin-project/unspin/detection"
	"github.com/unspin-project/unspin/pack"
)

// ConfManifest describes a confusion table (CONF.json): what it was built
// from and with.
type ConfManifest struct {
	Text          string        `json:"text_lang"`
	Spin          string        `json:"spinner_lang"`
	File          string        `json:"file"`
	SHA256        string        `json:"sha256"`
	Bytes         int           `json:"bytes"`
	FormatVersion int           `json:"format_version"`
	Builder       string        `json:"builder_version"`
	Words         int           `json:"words"`
	Entries       int           `json:"entries"`
	TextPack      string        `json:"text_pack"`
	SpinPack      string        `json:"spinner_pack"`
	Fingerprints  [2]string     `json:"pack_fingerprints"`
	Note          string        `json:"note"`
	Sources       []pack.Source `json:"sources"`
}

// Conf is a built confusion table and its manifest.
type Conf struct {
	Text, Spin string
	Data       []byte
	Manifest   []byte
}

// File returns the table's file name, e.g. fr-en.conf.
func (c Conf) File() string { return c.Text + "-" + c.Spin + ".conf" }

// BuildConf works out the confusion table of text spun from spin (see
// detection.BuildConfusions); textRaw and spinRaw are the packs' bytes,
// whose checksums the manifest records.
func BuildConf(textRaw, spinRaw []byte) (Conf, error) {
	tp, err := pack.Decode(textRaw)
	if err != nil {
		return Conf{}, err
	}
	sp, err := pack.Decode(spinRaw)
	if err != nil {
		return Conf{}, err
	}
	data, st, err := detection.BuildConfusions(tp, sp)
	if err != nil {
		return Conf{}, err
	}
	c := Conf{Text: tp.Header.Lang, Spin: sp.Header.Lang, Data: data}
	h := sha256.Sum256(data)
	m := ConfManifest{
		Text: c.Text, Spin: c.Spin, File: c.File(),
		SHA256: hex.EncodeToString(h[:]), Bytes: len(data),
		FormatVersion: confusion.FormatVersion, Builder: detection.ConfusionBuilder,
		Words: st.Words, Entries: st.Entries,
		TextPack: packSum(c.Text, textRaw), SpinPack: packSum(c.Spin, spinRaw),
		Fingerprints: [2]string{strconv.FormatUint(tp.Fingerprint, 16), strconv.FormatUint(sp.Fingerprint, 16)},
		Note: "derived from the two packs only (the spinner's reverse thesaurus, both lexicons): " +
			"the sources, versions and licences are those of both packs, listed here",
	}
	m.Sources = append(append(m.Sources, tp.Header.Sources...), sp.Header.Sources...)
	mj, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return Conf{}, err
	}
	c.Manifest = append(mj, '\n')
	return c, nil
}

func packSum(lang string, raw []byte) string {
	h := sha256.Sum256(raw)
	return lang + ".pack sha256 " + hex.EncodeToString(h[:])
}
