package model

// ImportQuestions adds the questions read from a file (a spreadsheet of
// registered questions), in one step that names the file: the Timeline and
// an undo say "nhập 24 ý kiến từ cau-hoi.csv". A question's theme that is
// not in the meeting's list is added to it; one that is (folded) takes the
// list's spelling.
type ImportQuestions struct {
	File      string        `json:"file"`
	Questions []AddQuestion `json:"questions"`
}

// ImportDepartments adds the departments read from a file, in one step
// that names the file.
type ImportDepartments struct {
	File        string          `json:"file"`
	Departments []AddDepartment `json:"departments"`
}

func (ImportQuestions) Verb() string   { return "import_questions" }
func (ImportDepartments) Verb() string { return "import_departments" }

func (cmd ImportQuestions) clean() Command {
	cmd.File = CleanLine(cmd.File)
	qs := make([]AddQuestion, len(cmd.Questions))
	for i, q := range cmd.Questions {
		qs[i] = q.clean().(AddQuestion)
	}
	cmd.Questions = qs
	return cmd
}

func (cmd ImportDepartments) clean() Command {
	cmd.File = CleanLine(cmd.File)
	ds := make([]AddDepartment, len(cmd.Departments))
	for i, d := range cmd.Departments {
		ds[i] = d.clean().(AddDepartment)
	}
	cmd.Departments = ds
	return cmd
}

func (cmd ImportQuestions) apply(c *change) error {
	for _, q := range cmd.Questions {
		if Fold(q.Theme) != "" {
			if err := c.listTheme(q.Theme); err != nil {
				return err
			}
		}
		if err := q.apply(c); err != nil {
			return err
		}
	}
	return nil
}

// listTheme adds theme to the list unless it is there.
func (c *change) listTheme(theme string) error {
	if themeIndex(c.m.Themes, theme) >= 0 {
		return nil
	}
	return c.addTheme(theme)
}

func (cmd ImportDepartments) apply(c *change) error {
	for _, d := range cmd.Departments {
		if err := d.apply(c); err != nil {
			return err
		}
	}
	return nil
}

// newThemeCommand is NewCommand for the themes' and the imports' verbs,
// nil for any other.
func newThemeCommand(name string) Command {
	switch name {
	case "add_theme":
		return &AddTheme{}
	case "rename_theme":
		return &RenameTheme{}
	case "remove_theme":
		return &RemoveTheme{}
	case "move_theme":
		return &MoveTheme{}
	case "import_questions":
		return &ImportQuestions{}
	case "import_departments":
		return &ImportDepartments{}
	}
	return nil
}
