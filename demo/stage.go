package demo

import "github.com/gpuledger/gpuledger/service"

// Stage is what the story leaves for Options.Then: its server, still
// serving, and the people who took part with their API keys. It is valid
// only while Then runs: Run closes the server and the service after it.
type Stage struct {
	Base    string // the API's base URL, http://127.0.0.1:PORT
	Service *service.Service
	Admin   string // the admin's API key
	// Operators, Investors and Renters in the order the story names them:
	// Lone Star Compute, Polder GPU; Ada Fund, Babbage Capital, Curie
	// Pension, Dijkstra Family Office; Hopper Labs, Lovelace AI, Turing Render.
	Operators, Investors, Renters []Person
}

// Person is one of the story's principals.
type Person struct {
	Name, Address, Key string
}

func people(ps []principal) []Person {
	out := make([]Person, len(ps))
	for i, p := range ps {
		out[i] = Person{Name: p.Name, Address: p.Address, Key: p.Key}
	}
	return out
}
