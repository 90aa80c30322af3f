package main

import (
	"bytes"
	"context"
	"flag"
	"io"
	"strings"
	"testing"
)

func TestParamValue(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want any
	}{
		{"42", int64(42)},
		{"-7", int64(-7)},
		{"9.7e9", 9.7e9},
		{"0.95", 0.95},
		{"true", true},
		{"false", false},
		{"Microsoft", "Microsoft"},
		{"Mistral AI", "Mistral AI"},
		{`"2025"`, "2025"},
		{"'true'", "true"},
		{"2025-11-03", "2025-11-03"},
		{"inf", "inf"},
		{"NaN", "NaN"},
		{"0x1F", "0x1F"},
		{"", ""},
	} {
		if got := paramValue(tt.in); got != tt.want {
			t.Errorf("paramValue(%q) = %#v, want %#v", tt.in, got, tt.want)
		}
	}
}

func TestParamsSet(t *testing.T) {
	p := params{}
	if err := p.Set("company=Dell Technologies"); err != nil || p["company"] != "Dell Technologies" {
		t.Errorf("Set: %v %v", err, p)
	}
	if err := p.Set("url=https://example.org/?a=b"); err != nil || p["url"] != "https://example.org/?a=b" {
		t.Errorf("Set keeps '=' in values: %v %v", err, p)
	}
	if err := p.Set("novalue"); err == nil {
		t.Error("Set accepted a parameter without '='")
	}
}

func TestParseFlagsInterspersed(t *testing.T) {
	c, _, _ := testCLI("", nil)
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "table", "")
	pos, ok, _ := parseFlags(c, fs, []string{"MATCH (n) RETURN n", "--format", "csv", "--", "--not-a-flag"})
	if !ok || *format != "csv" || len(pos) != 2 || pos[1] != "--not-a-flag" {
		t.Errorf("pos = %q, format = %q, ok = %v", pos, *format, ok)
	}
}

func TestWriteTable(t *testing.T) {
	var b bytes.Buffer
	err := writeTable(&b, []string{"company", "deals", "usd", "with"}, [][]any{
		{"Microsoft", int64(2), 27.1e9, []any{"IREN", "Nebius"}},
		{"Société Générale", int64(10), nil, []any{}},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "company           deals          usd  with\n" +
		"----------------  -----  -----------  -----------------\n" +
		"Microsoft             2  27100000000  [\"IREN\",\"Nebius\"]\n" +
		"Société Générale     10               []\n" +
		"(2 rows)\n"
	if b.String() != want {
		t.Errorf("table:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestWriteJSONAndCSV(t *testing.T) {
	cols := []string{"name", "announced", "node"}
	rows := [][]any{{"IREN, Inc.", "2025-11-03", map[string]any{"labels": []string{"Company"}}}}
	var j, c bytes.Buffer
	if err := writeJSON(&j, cols, rows); err != nil {
		t.Fatal(err)
	}
	if want := `{"name":"IREN, Inc.","announced":"2025-11-03","node":{"labels":["Company"]}}` + "\n"; j.String() != want {
		t.Errorf("json = %s", j.String())
	}
	if err := writeCSV(&c, cols, rows); err != nil {
		t.Fatal(err)
	}
	if want := "name,announced,node\n\"IREN, Inc.\",2025-11-03,\"{\"\"labels\"\":[\"\"Company\"\"]}\"\n"; c.String() != want {
		t.Errorf("csv = %s", c.String())
	}
}

func TestQueryUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"--format", "xml", "RETURN 1"}, {"RETURN 1", "RETURN 2"}} {
		c, _, errOut := testCLI("", nil)
		if code := runQuery(context.Background(), c, args); code != 2 {
			t.Errorf("query %q: exit %d, want 2 (%s)", args, code, errOut)
		}
	}
	c, out, _ := testCLI("", nil)
	if code := runQuery(context.Background(), c, []string{"--help"}); code != 0 || !strings.Contains(out.String(), "--param") && !strings.Contains(out.String(), "-param") {
		t.Errorf("query --help: exit %d, %q", code, out.String())
	}
}
