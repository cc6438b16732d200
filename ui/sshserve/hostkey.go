package sshserve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"io/fs"
	"os"

	gossh "golang.org/x/crypto/ssh"

	"podium/storage/safefile"
)

// LoadOrCreateHostKey returns the server's host key kept at path, making
// an Ed25519 key there (mode 0600, never over an existing file) the first
// time, so clients see the same fingerprint every time the meeting is
// served. A file that does not parse is an error, never replaced.
func LoadOrCreateHostKey(path string) (gossh.Signer, error) {
	// Never read (or wait on) a FIFO, a device or a folder put in its place.
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, safefile.Check(path)
	}
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
	// Through the one file writer: whole or not at all, synced, and
	// Exclusive, so never over an existing file (another start's key).
	if err := safefile.Write(path, data, safefile.Options{Mode: 0o600, Exclusive: true}); err != nil {
		return nil, err
	}
	return data, nil
}

// Fingerprint is a host key's SHA256 fingerprint as ssh prints it.
func Fingerprint(k gossh.Signer) string { return gossh.FingerprintSHA256(k.PublicKey()) }
