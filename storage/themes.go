package storage

// keyThemes holds the meeting's list of themes in meta (model.RecThemes),
// read as none when absent, like the commendations: no schema change.
var keyThemes = []byte("themes")
