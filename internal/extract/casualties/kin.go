package casualties

import "github.com/vigil-osint/vigil/internal/extract/lex"

// kinOfOneTold reports whether p names a person by his kinship to one the
// text told of ("her husband", "his son"): as definite as "the driver",
// someone the sentences before have counted ("A woman was killed and her
// husband was injured ... her husband succumbed to his injuries").
func kinOfOneTold(toks []lex.Token, p np) bool {
	k := p.first
	if !toks[k].Is("his", "her", "their") && k > 0 && toks[k-1].Is("his", "her", "their") {
		k--
	}
	return toks[k].Is("his", "her", "their") && p.head == k+1 && toks[p.head].Is(relativeNouns...)
}
