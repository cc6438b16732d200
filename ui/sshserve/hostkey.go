package sshserve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"io/fs"
	"os"

	gossh "golang.org/x/crypto/ssh"
)

// LoadOrCreateHostKey returns the server's host key kept at path, making
// an Ed25519 key there (mode 0600, never over an existing file) the first
// time, so clients see the same fingerprint every time the meeting is
// served. A file that does not parse is an error, never replaced.
func LoadOrCreateHostKey(path string) (gossh.Signer, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		data, err = createHostKey(path)
		if errors.Is(err, fs.ErrExist) { // made at the same moment by another start
			data, err = os.ReadFile(path)
		}
	}
	if err != nil {
		return nil, err
	}
	return gossh.ParsePrivateKey(data)
}

func createHostKey(path string) ([]byte, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "podium host key")
	if err != nil {
		return nil, err
	}
	data := pem.EncodeToMemory(block)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(path)
		return nil, err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		os.Remove(path)
		return nil, err
	}
	return data, f.Close()
}

// Fingerprint is a host key's SHA256 fingerprint as ssh prints it.
func Fingerprint(k gossh.Signer) string { return gossh.FingerprintSHA256(k.PublicKey()) }
