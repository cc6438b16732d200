package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
)

// The ask form carries a token tied to a cookie: the cookie holds a random
// nonce, the form the nonce's HMAC under a key made at start. A form
// posted from another site has neither the cookie (SameSite) nor a way to
// compute the token.

const csrfCookie = "podium_ask"

// csrfNonce is the browser's nonce, set now when it has none.
func (s *Server) csrfNonce(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) == 22 {
		if _, err := base64.RawURLEncoding.DecodeString(c.Value); err == nil {
			return c.Value
		}
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	n := base64.RawURLEncoding.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: n, Path: "/ask", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	return n
}

// csrfToken is the form's token for nonce.
func (s *Server) csrfToken(nonce string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(nonce))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// csrfOK reports whether the posted token belongs to the browser's cookie.
func (s *Server) csrfOK(r *http.Request) bool {
	c, err := r.Cookie(csrfCookie)
	if err != nil || c.Value == "" {
		return false
	}
	return hmac.Equal([]byte(r.PostFormValue("token")), []byte(s.csrfToken(c.Value)))
}
