package ingest

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// metaScanLimit is how far into a page a <meta charset> is looked for. The
// HTML standard says 1024 bytes, but real pages put long <script> and <style>
// blocks before it, and a declaration found late is still better than a guess.
const metaScanLimit = 64 << 10

// Decode converts a page or text body to valid UTF-8 and returns the text and
// the name of the encoding it was read as.
//
// The encoding comes from, in order: a byte-order mark, the charset parameter
// of contentType (the HTTP Content-Type header; empty for files and stdin), a
// <meta charset> or <meta http-equiv="Content-Type"> in the first 64 KB, and
// finally detection. Detection, and any body declared as UTF-8, is decoded as
// UTF-8 with every byte that is not part of a valid UTF-8 sequence read as
// windows-1252: French sites that mix a UTF-8 template with Latin-1 article
// text, or declare nothing at all, then come out right instead of with U+FFFD.
// A body declared as windows-1252 or ISO-8859-1 that is nevertheless valid,
// non-ASCII UTF-8 is read as UTF-8, because a server default such as Apache's
// "charset=iso-8859-1" is far more common than Latin-1 text that happens to
// form valid multibyte UTF-8 sequences.
//
// Typographic spaces (U+00A0 no-break space, U+202F narrow no-break space) are
// kept as they are, never replaced by U+0020: they are part of French number
// and punctuation spacing ("9,7 milliards", "200 000 GPU") and the extractors
// recognise them.
func Decode(body []byte, contentType string) (text, encodingName string) {
	enc, name := declaredEncoding(body, contentType)
	if enc == nil {
		return decodeUTF8Lenient(body), "utf-8"
	}
	if isLatin1Family(name) && looksUTF8(body) {
		return decodeUTF8Lenient(body), "utf-8"
	}
	if name == "utf-8" {
		return decodeUTF8Lenient(body), name
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		// x/text decoders replace invalid input rather than fail; an error
		// here means the encoding cannot decode at all, so fall back.
		return decodeUTF8Lenient(body), "utf-8"
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), name
}

// declaredEncoding returns the encoding a BOM, the Content-Type header or a
// meta declaration gives, or nil when nothing declares one.
func declaredEncoding(body []byte, contentType string) (encoding.Encoding, string) {
	head := body
	if len(head) > 1024 {
		head = head[:1024]
	}
	if e, name, certain := charset.DetermineEncoding(head, contentType); certain {
		return e, name
	}
	// A header charset that DetermineEncoding does not know is ignored, as
	// browsers do, in favour of the page's own declaration.
	if e, name := scanMeta(body); e != nil {
		return e, name
	}
	return nil, ""
}

// charsetParam returns the charset parameter of a Content-Type value.
func charsetParam(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// scanMeta looks for a charset declaration in the <head> of an HTML page,
// reading at most metaScanLimit bytes and stopping at <body>.
func scanMeta(body []byte) (encoding.Encoding, string) {
	if len(body) > metaScanLimit {
		body = body[:metaScanLimit]
	}
	if !bytes.Contains(body, []byte("harset")) && !bytes.Contains(body, []byte("HARSET")) {
		return nil, ""
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return nil, ""
			case "meta":
				if !hasAttr {
					continue
				}
				if e, n := metaCharset(z); e != nil {
					return e, n
				}
			}
		}
	}
}

// metaCharset reads the attributes of the current <meta> token.
func metaCharset(z *html.Tokenizer) (encoding.Encoding, string) {
	var cs, httpEquiv, content string
	for {
		key, val, more := z.TagAttr()
		switch string(key) {
		case "charset":
			cs = string(val)
		case "http-equiv":
			httpEquiv = string(val)
		case "content":
			content = string(val)
		}
		if !more {
			break
		}
	}
	if cs == "" && strings.EqualFold(strings.TrimSpace(httpEquiv), "content-type") {
		cs = charsetParam(content)
		if cs == "" {
			// "text/html; charset = utf-8" and other forms mime rejects.
			if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
				cs = strings.Trim(content[i+len("charset="):], " \"';")
			}
		}
	}
	if cs == "" {
		return nil, ""
	}
	e, name := charset.Lookup(cs)
	if e == nil {
		return nil, ""
	}
	// A page cannot declare UTF-16 in its own ASCII-compatible bytes: the
	// HTML standard says to read it as UTF-8.
	if strings.HasPrefix(name, "utf-16") {
		e, name = charset.Lookup("utf-8")
	}
	return e, name
}

// isLatin1Family reports whether name is one of the single-byte encodings
// that servers declare by default for Western European text.
func isLatin1Family(name string) bool {
	switch name {
	case "windows-1252", "iso-8859-1", "iso-8859-15":
		return true
	}
	return false
}

// looksUTF8 reports whether body is valid UTF-8 and contains at least one
// multibyte sequence, i.e. positive evidence of UTF-8 rather than ASCII.
func looksUTF8(body []byte) bool {
	if !utf8.Valid(body) {
		return false
	}
	for _, b := range body {
		if b >= 0x80 {
			return true
		}
	}
	return false
}

// decodeUTF8Lenient decodes body as UTF-8, reading each byte that does not
// start a valid sequence as windows-1252 (so the result is always valid UTF-8).
// A leading UTF-8 byte-order mark is dropped.
func decodeUTF8Lenient(body []byte) string {
	body = bytes.TrimPrefix(body, []byte("\xEF\xBB\xBF"))
	if utf8.Valid(body) {
		return string(body)
	}
	var b strings.Builder
	b.Grow(len(body) + len(body)/8)
	for len(body) > 0 {
		r, size := utf8.DecodeRune(body)
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(charmap.Windows1252.DecodeByte(body[0]))
			body = body[1:]
			continue
		}
		b.Write(body[:size])
		body = body[size:]
	}
	return b.String()
}
