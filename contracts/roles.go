package contracts

import "github.com/ethereum/go-ethereum/crypto"

// Role identifiers as the contracts compute them (keccak256 of the name).
func roleOperator() [32]byte { return crypto.Keccak256Hash([]byte("OPERATOR_ROLE")) }
