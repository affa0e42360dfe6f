package service

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"

	"github.com/gpuledger/gpuledger/chain"
)

// decodingCaller makes read-only calls whose reverts come back decoded
// (*chain.RevertError), as transactions' do, so that an unknown id reads as
// UnknownAsset rather than "execution reverted".
type decodingCaller struct {
	client  chain.Client
	decoder *chain.ErrorDecoder
}

func (c decodingCaller) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	out, err := c.client.CallContract(ctx, msg, block)
	if err != nil {
		if re, ok := c.decoder.FromError(err); ok {
			return nil, re
		}
		return nil, err
	}
	return out, nil
}
