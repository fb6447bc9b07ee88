package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// readLimited reads r to the end, failing when it holds more than max bytes.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("larger than the %s size limit", FormatSize(max))
	}
	return data, nil
}

// gunzip decompresses data, failing once the output passes max bytes, so a
// small compressed file cannot expand into gigabytes (a gzip bomb).
func gunzip(data []byte, max int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	defer zr.Close()
	out, err := readLimited(zr, max)
	if err != nil {
		return nil, fmt.Errorf("gzip: decompressed %w", err)
	}
	return out, nil
}

// isGzip reports whether data starts with the gzip magic number.
func isGzip(data []byte) bool { return len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b }

// errBinary marks input that is not text at all.
var errBinary = errors.New("binary content, not text")

// checkText rejects binary data: NUL bytes, or a signature (image, PDF,
// archive) that net/http's sniffer recognises as something other than text.
func checkText(data []byte) error {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 && !hasUTF16BOM(head) {
		return errBinary
	}
	ct := http.DetectContentType(head)
	if strings.HasPrefix(ct, "text/") || strings.Contains(ct, "xml") || strings.Contains(ct, "json") ||
		ct == "application/octet-stream" && hasUTF16BOM(head) {
		return nil
	}
	return fmt.Errorf("%w (looks like %s)", errBinary, ct)
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff})
}

// metaCharset finds an HTML page's declared encoding in its first kilobytes:
// <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// xmlEncoding finds an XML document's declared encoding.
var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)["']`)

// declaredCharset returns the encoding a document declares: the HTTP
// Content-Type's charset first (it overrides the document, as in browsers),
// then an HTML meta tag or the XML declaration. "" when none.
func declaredCharset(data []byte, contentType string) string {
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
			return params["charset"]
		}
	}
	head := data[:min(len(data), 4096)]
	if m := xmlEncoding.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// toUTF8 decodes data to UTF-8. A byte-order mark or a declared encoding
// (see declaredCharset) is honoured; data that declares nothing must already
// be valid UTF-8, since guessing a legacy encoding would silently garble it.
func toUTF8(data []byte, contentType string) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
	case hasUTF16BOM(data):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("decode UTF-16: %w", err)
		}
		return string(out), nil
	}
	label := declaredCharset(data, contentType)
	if label == "" || isUTF8Label(label) {
		if !utf8.Valid(data) {
			if label != "" {
				return "", errors.New("invalid UTF-8 although the input declares UTF-8")
			}
			return "", errors.New("invalid UTF-8 and no declared encoding (declare a charset, or convert the file to UTF-8)")
		}
		return string(data), nil
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return "", fmt.Errorf("unknown declared encoding %q", label)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("decode %s: %w", label, err)
	}
	return string(out), nil
}

func isUTF8Label(l string) bool {
	l = strings.ToLower(l)
	return l == "utf-8" || l == "utf8"
}

// FormatSize writes a byte count the way the --max-size flag reads it.
func FormatSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%dB", n)
}

// ParseSize reads a size such as "20MiB", "512KiB", "1GiB", "20MB" or a
// plain byte count.
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	units := []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"kB", 1e3}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}}
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	var n int64
	if _, err := fmt.Sscan(t, &n); err != nil || n <= 0 || fmt.Sprint(n) != t {
		return 0, fmt.Errorf("size %q: want a positive number of bytes such as 20MiB", s)
	}
	return n * mult, nil
}
