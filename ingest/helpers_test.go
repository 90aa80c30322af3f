package ingest

import (
	"sync"
	"testing"
)

// sharedDetector is built once for the whole test binary, as a program would.
var sharedDetector = sync.OnceValue(NewLanguageDetector)

func testDetector(testing.TB) *LanguageDetector { return sharedDetector() }
