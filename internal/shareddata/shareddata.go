// Package shareddata finds the team's shared evaluation data (the
// ../shared/ folder beside a vigil checkout) for tests, benchmarks and
// `vigil eval`. A user's clone has no such folder: callers skip or say so.
package shareddata

import (
	"os"
	"path/filepath"
)

// Dir returns the shared data folder: $VIGIL_SHARED when set, else the
// "shared" folder beside the repository root found by walking up from the
// working directory to go.mod. ok is false when no such folder exists.
func Dir() (dir string, ok bool) {
	if d := os.Getenv("VIGIL_SHARED"); d != "" {
		return d, isDir(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared")
			return s, isDir(s)
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// Path returns a file under the shared folder, and whether it exists.
func Path(rel string) (string, bool) {
	d, ok := Dir()
	if !ok {
		return "", false
	}
	p := filepath.Join(d, filepath.FromSlash(rel))
	_, err := os.Stat(p)
	return p, err == nil
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
