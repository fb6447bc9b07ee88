// Package clean removes the boilerplate around a news article: navigation,
// "you may be interested in" lists, advertisement markers, share buttons and
// disclaimers, from plain-text page copies (Text) and from HTML pages
// (Article).
package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerLines are whole lines that are never article text, compared after
// lower-casing and dropping everything but letters, digits and spaces (so
// "- Advertisment -" and "ADVERTISEMENT" both match "advertisement").
var boilerLines = map[string]bool{
	"advertisement": true, "advertisment": true, "sponsored": true, "sponsored content": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"share on facebook": true, "share on twitter": true, "share on whatsapp": true,
	"facebook": true, "twitter": true, "whatsapp": true, "linkedin": true, "telegram": true,
	"email": true, "print": true, "tweet": true, "copy link": true, "comments": true,
	"subscribe": true, "subscribe now": true, "sign up": true, "newsletter": true,
	"read more": true, "also read": true, "continue reading": true, "skip to content": true,
	"menu": true, "search": true, "home": true, "leave a reply": true, "leave a comment": true,
	"follow us": true, "follow us on": true, "trending": true, "most read": true, "most popular": true,
	"story continues below advertisement": true, "advertisement continue reading below": true,
	"continue reading below": true, "scroll to continue with content": true, "back to top": true,
}

// tailMarkers start the list of other stories at the foot of a page: they
// and everything after them are dropped.
var tailMarkers = map[string]bool{
	"you may be interested in": true, "you may also like": true, "you might also like": true,
	"other news": true, "related news": true, "related articles": true, "related stories": true,
	"related posts": true, "more stories": true, "more news": true, "latest news": true,
	"recommended": true, "recommended for you": true, "read next": true, "more from this section": true,
}

// boilerPrefixes start lines that are disclaimers, sharing prompts or
// footers; compared on the same normalised form as boilerLines.
var boilerPrefixes = []string{
	"the views expressed in this article",
	"views expressed in this article",
	"the views and opinions expressed",
	"disclaimer ",
	"copyright ",
	"all rights reserved",
	"subscribe to our",
	"sign up for our",
	"follow us on",
	"click here to",
	"share this article",
	"for the latest news follow",
	"join our whatsapp",
	"like us on facebook",
	"download the app",
}

// linkPrefixes start lines that point to another story ("Also read: Two
// soldiers martyred in Kurram"). They are dropped so the extractor never
// reads another report's headline as this one's news. Compared on the
// lower-cased line, colon included, so "Related incidents were..." stays.
var linkPrefixes = []string{
	"also read:", "read also:", "read more:", "also see:", "see also:", "related:", "read:", "watch:", "also watch:",
}

// gluedWords matches capitalised words glued together without spaces, as
// breadcrumbs ("Home > Asia > Afghanistan") become when a page is copied as
// text: "HomeAsiaAfghanistan".
var gluedWords = regexp.MustCompile(`^(?:[A-Z][a-z]+)+$`)

// Text removes the boilerplate lines of a plain-text page copy. It drops
// whole lines only and never edits the lines it keeps, so the kept text reads
// exactly as the page did; runs of blank lines left behind collapse to one.
// The article's title line is kept once: a breadcrumb glued onto the title
// ("HomeAsiaAfghanistanPakistan Alarmed...") is dropped when the title also
// stands on a line of its own, and a title repeated is kept the first time.
func Text(text string) string {
	lines := strings.SplitAfter(text, "\n")
	standalone := map[string]bool{}
	for _, l := range lines {
		if t := trim(l); t != "" {
			standalone[t] = true
		}
	}
	var b strings.Builder
	b.Grow(len(text))
	seenShort := map[string]bool{}
	blank := true // suppress blank lines at the start
	for _, l := range lines {
		t := trim(l)
		if t == "" {
			if !blank {
				b.WriteString("\n")
				blank = true
			}
			continue
		}
		n := normal(head(t, 200)) // boilerplate lines are short: their start tells
		if tailMarkers[n] {
			break
		}
		if boilerLines[n] || hasBoilerPrefix(n) || isStoryLink(t) || isNavigation(t, standalone) {
			continue
		}
		// A short line seen before is a repeated title, caption or label.
		if len(strings.Fields(t)) <= 25 {
			if seenShort[t] {
				continue
			}
			seenShort[t] = true
		}
		b.WriteString(l)
		if !strings.HasSuffix(l, "\n") {
			// The last line had no newline: the text ends here as it did.
			break
		}
		blank = false
	}
	return strings.TrimRight(b.String(), "\n") + trailingNewline(b.Len() > 0, text)
}

// trailingNewline keeps a final newline when the input had one.
func trailingNewline(kept bool, text string) string {
	if kept && strings.HasSuffix(text, "\n") {
		return "\n"
	}
	return ""
}

// trim trims white space including no-break spaces, which page copies use as
// paragraph fillers.
func trim(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' })
}

// normal lower-cases s and keeps only letters and digits, words separated
// by single spaces.
func normal(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			gap = b.Len() > 0
			continue
		}
		if gap {
			b.WriteByte(' ')
			gap = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func hasBoilerPrefix(n string) bool {
	n += " " // so a prefix ending in a space matches a whole-line "disclaimer"
	for _, p := range boilerPrefixes {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// isStoryLink reports whether line t points to another story.
func isStoryLink(t string) bool {
	l := strings.ToLower(head(t, 20))
	for _, p := range linkPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// head is the first n bytes of s, cut back to a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// isNavigation reports whether line t is a breadcrumb run: three or more
// glued capitalised words alone ("HomeNewsPakistan"), or glued words stuck
// onto a line that also stands alone elsewhere in the text (the title).
func isNavigation(t string, standalone map[string]bool) bool {
	if len(t) < 2 || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	if gluedWords.MatchString(t) && countUpper(t) >= 3 {
		return true
	}
	for i := 1; i < len(t); i++ {
		if c := t[i]; c < 'A' || c > 'Z' {
			if c < 'a' || c > 'z' {
				return false // the glued run ended without reaching a title
			}
			continue
		}
		if standalone[t[i:]] && gluedWords.MatchString(t[:i]) {
			return true
		}
	}
	return false
}

func countUpper(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}
