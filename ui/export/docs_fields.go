package export

import (
	"time"

	"podium/model"
)

// docFields are what the Decree 30 documents print beyond the minutes'
// rows: the issuing body, the numbers, the place of the date line, the
// closing time, the secretary, the attendance, the recipients and the
// commendations. An empty one leaves its place in the document blank
// ("……") for the office to fill by hand; nothing is made up.
type docFields struct {
	parent, issuer                   string
	minutesNo, conclusionsNo, report string
	place                            string
	end                              time.Time
	secretary                        model.Person
	attendees                        []model.Person
	youth                            int
	recipients                       []string
	commendations                    []commendation
	haveCommendations                bool // the record has the list (it may be empty)
}

// commendation is one group (group true) or person commended.
type commendation struct {
	group                bool
	name, unit, decision string
}

func fieldsOf(m *model.Meeting) docFields {
	h := m.Header
	f := docFields{
		parent: h.IssuerParent, issuer: h.Issuer,
		minutesNo: h.MinutesNumber, conclusionsNo: h.ConclusionsNumber, report: h.ReportNumber,
		place: h.PlaceName, end: h.End, secretary: h.Secretary,
		attendees: h.Attendees, youth: h.YouthDelegates, recipients: h.Recipients,
		haveCommendations: true,
	}
	for _, c := range m.Commendations {
		f.commendations = append(f.commendations, commendation{
			group: c.Kind == model.CommendGroup, name: c.Name, unit: c.Unit, decision: c.Decision,
		})
	}
	return f
}
