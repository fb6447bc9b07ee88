package accounts

import "testing"

func TestSecureCookies(t *testing.T) {
	tests := []struct {
		addr string
		tls  bool
		want bool
	}{
		{"127.0.0.1:8080", false, false},
		{"[::1]:8080", false, false},
		{"localhost:8080", false, false},
		{"127.0.0.1:8443", true, true},
		{"0.0.0.0:8080", false, true},
		{":8080", false, true},
		{"192.0.2.10:80", false, true},
		{"vigil.example:80", false, true},
	}
	for _, tt := range tests {
		if got := SecureCookies(tt.addr, tt.tls); got != tt.want {
			t.Errorf("SecureCookies(%q, %v) = %v, want %v", tt.addr, tt.tls, got, tt.want)
		}
	}
}

func TestLocalPath(t *testing.T) {
	tests := map[string]string{
		"":                     "/",
		"/incidents?page=2":    "/incidents?page=2",
		"//evil.example/":      "/",
		"/\\evil.example":      "/",
		"https://evil.example": "/",
		"javascript:alert(1)":  "/",
		"incidents":            "/",
	}
	for in, want := range tests {
		if got := localPath(in); got != want {
			t.Errorf("localPath(%q) = %q, want %q", in, got, want)
		}
	}
}
