package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
)

// ContractCaller makes read-only calls.
type ContractCaller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// DecodingCaller makes read-only calls whose reverts come back as decoded
// *RevertError, as a Transactor's do, so an unknown id reads as the
// contract's UnknownAsset rather than a bare "execution reverted". It is
// safe for concurrent use if its Client is.
type DecodingCaller struct {
	Client  ContractCaller
	Decoder *ErrorDecoder
}

// CallContract runs the call at blockNumber (nil means the latest block).
func (c DecodingCaller) CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	out, err := c.Client.CallContract(ctx, msg, blockNumber)
	if err != nil {
		if re, ok := c.Decoder.FromError(err); ok {
			return nil, re
		}
		return nil, err
	}
	return out, nil
}
