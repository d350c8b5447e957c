package detection

import (
	"fmt"
	"slices"
	"strings"
)

// TopicWeight scales a candidate's topic score (the mean association, in
// bits, of its best topicPartners partners among the content words within
// topicWindow positions, in its sentence) against the language model's
// log10 ratios. The language model sees two words each side; the topic
// sees further ("des mesures économiques à fort impression": "impact" goes
// with "mesure" and "économique").
//
// 0.6 with a window of 6 was chosen on the dev split and the treebanks'
// dev files (docs/EVALUATION.md, "Topic").
const TopicWeight = 0.6

// topicPartners is how many of a sentence's words a topic score averages:
// the strongest few, so that a long sentence does not dilute them.
const topicPartners = 3

// topicWindow is how many positions each side of a span its topic reads.
const topicWindow = 6

// topicWhy is the words a topic score comes from, strongest first.
type topicWhy struct {
	ids [topicPartners]int32
	n   int
}

// window returns the association ids of the words at LM positions [a, b)
// (at most four) and the distinct ids of the content words of the same
// sentence within topicWindow positions of it, outside it, in position
// order; win lives in dc's scratch.
func (dc *doc) window(a, b int) (obs []int32, win []int32) {
	s := dc.sent[a]
	win = dc.s.win[:0]
	for p := max(a-topicWindow, 0); p < min(b+topicWindow, len(dc.ids)); p++ {
		li := dc.lexAt(int(dc.tokOf[p]))
		if li == nil || li.assoc < 0 {
			continue // not a content word the table knows
		}
		switch {
		case dc.sent[p] != s:
		case p >= a && p < b:
			if len(obs) < 4 {
				obs = append(obs, li.assoc)
			}
		case !slices.Contains(win, li.assoc):
			win = append(win, li.assoc)
		}
	}
	dc.s.win = win
	return obs, win
}

// rankTopics sets the topic scores of the first n candidates for LM
// positions [a, b) (the others get the reference) and returns the observed words' topic, which the candidates' are
// compared with, and whether the table knows the observed words. A
// candidate the table does not know (a function word: "par") gets the
// reference, no evidence either way; when the table does not know the
// observed words either (an English word in French), the reference is the
// median candidate's, and rank then measures every candidate against the
// chosen one (see rank): the topic orders the originals but cannot make
// the span look more spun.
func (dc *doc) rankTopics(cs []cand, n, a, b int) (float64, bool) {
	obs, win := dc.window(a, b)
	ref, _ := dc.topic(obs, win)
	known := len(obs) > 0
	vals := dc.s.vals[:0]
	for i := range cs {
		cs[i].topic = 0
		if i >= n {
			continue
		}
		dc.setTopicIDs(&cs[i])
		if !cs[i].topicKnown() {
			continue
		}
		cs[i].topic, _ = dc.topic(cs[i].topicIDs(), win)
		vals = append(vals, cs[i].topic)
	}
	if !known {
		ref = 0
		if len(vals) > 0 {
			slices.Sort(vals)
			ref = vals[len(vals)/2]
		}
	}
	dc.s.vals = vals
	for i := range cs {
		cs[i].topicObs = ref
		if !cs[i].topicKnown() {
			cs[i].topic = ref
		}
	}
	return ref, known
}

// setTopicIDs works out c.tid, once: the association ids of the lemmas
// of c's first two words the table knows, found as lexOf finds them for
// the text's words.
func (dc *doc) setTopicIDs(c *cand) {
	if c.tidSet {
		return
	}
	c.tidSet = true
	c.tid = [2]int32{-1, -1}
	x, own := dc.d.text.AssocIndex, dc.d.text.Lexicon
	if c.own1 > 0 {
		c.tid[0] = int32(x.ID(int(c.own1 - 1)))
		return
	}
	n := 0
	for rest := c.text; rest != "" && n < len(c.tid); {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if id, ok := own.ID(w); ok {
			if aid := x.ID(id); aid >= 0 {
				c.tid[n] = int32(aid)
				n++
			}
		}
	}
}

// topicKnown tells whether the association table knows a lemma of c
// (once setTopicIDs has run).
func (c *cand) topicKnown() bool { return c.tidSet && c.tid[0] >= 0 }

// topicIDs returns the association ids of c's lemmas.
func (c *cand) topicIDs() []int32 {
	if c.tid[1] >= 0 {
		return c.tid[:]
	}
	if c.tid[0] >= 0 {
		return c.tid[:1]
	}
	return nil
}

// topic scores words (association ids) against the ids of their window:
// the mean association of the best-associated word with the topicPartners
// window words it attracts most. It returns the score and those words,
// strongest first.
func (dc *doc) topic(ids, win []int32) (float64, topicWhy) {
	t := dc.d.text.Assoc
	best, bestWhy := 0.0, topicWhy{}
	for _, id := range ids {
		var top [topicPartners]float64
		var why [topicPartners]int32
		for _, w := range win {
			if w == id {
				continue
			}
			v := t.PMI(int(id), int(w))
			for j := range top {
				if v > top[j] {
					copy(top[j+1:], top[j:topicPartners-1])
					copy(why[j+1:], why[j:topicPartners-1])
					top[j], why[j] = v, w
					break
				}
			}
		}
		sum := 0.0
		for _, v := range top {
			sum += v
		}
		if s := sum / topicPartners; s > best {
			best = s
			bestWhy = topicWhy{}
			for j := range top {
				if top[j] > 0 {
					bestWhy.ids[j] = why[j]
					bestWhy.n++
				}
			}
		}
	}
	return best, bestWhy
}

// withTopic appends to ev what the words around LM positions [a, b) say
// of the chosen candidate, when it counted: the candidate goes with them
// by at least half a bit more than its reference (see rankTopics).
func (dc *doc) withTopic(ev []string, c cand, observed string, a, b int) []string {
	t := dc.d.text.Assoc
	if t == nil || !c.topicKnown() || c.topic-c.topicObs < 0.5 {
		return ev
	}
	_, win := dc.window(a, b)
	_, why := dc.topic(c.topicIDs(), win)
	if why.n == 0 {
		return ev
	}
	var names []string
	for _, id := range why.ids[:why.n] {
		names = append(names, fmt.Sprintf("%q", t.Lemma(int(id))))
	}
	return append(ev, fmt.Sprintf("topic: %q goes with %s nearby (association %.1f bits against %.1f for %q)", c.text, strings.Join(names, ", "), c.topic, c.topicObs, observed))
}
