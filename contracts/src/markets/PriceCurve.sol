// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// PriceCurve: a listing's demand-driven price, the two-slope shape of Aave's
// interest rate model applied to an asset's leased fraction. Free functions,
// inlined where used (no artifact, no link); pure, a few hundred gas.
//
// With u the asset's utilisation in bps (its leased GPUs before the lease,
// times 10,000, divided by its GPU count, rounded down, at most 10,000):
//
//   start = base                                        if GPUs are leased or decay = 0
//         = max(floor, base - decayPerIdleHour * h)     if none is (h: whole idle hours)
//   p(u)  = start + floor(slopeBelowKink * u / kink)                         for u <= kink
//         = start + slopeBelowKink
//                 + floor(slopeAboveKink * (u - kink) / (10,000 - kink))     for u >  kink
//   price = min(ceiling, max(floor, p(u)))
//
// Every division rounds down, so a price is never above the exact curve by
// a unit, and the same integers give the same price off chain (docs/pricing.md).

/// @dev Bps of a whole: 100%.
uint256 constant CURVE_BPS = 10_000;
/// @dev Largest price, floor, ceiling or slope of a curve, in units per
/// GPU-hour: the market's MAX_TERM_COST (2^80 - 1).
uint256 constant CURVE_MAX_PRICE = type(uint80).max;
/// @dev Largest decay per idle hour, in units per GPU-hour (2^56 - 1).
uint256 constant CURVE_MAX_DECAY = type(uint56).max;

/// @notice A price curve as an operator sets it and {LeaseMarket-listingCurve} returns it.
/// Amounts in stablecoin units per GPU-hour.
struct CurveParams {
    uint256 base; // price at 0% utilisation
    uint256 floor; // never below
    uint256 ceiling; // never above
    uint16 kinkBps; // utilisation where the steep segment starts, 1..10,000
    uint256 slopeBelowKink; // added across [0, kink]
    uint256 slopeAboveKink; // added across (kink, 100%]
    uint256 decayPerIdleHour; // taken off the base per whole hour the asset has no leased GPU
}

/// @dev A curve as stored: two slots. `ceiling` > 0 marks a set curve.
/// `setAt` is when it was set: idle time counts from no earlier.
struct StoredCurve {
    uint80 base; // slot 0
    uint80 floor;
    uint80 ceiling;
    uint16 kinkBps;
    uint80 slopeBelowKink; // slot 1
    uint80 slopeAboveKink;
    uint56 decayPerIdleHour;
    uint40 setAt;
}

/// @dev Whether `c` is a curve the market accepts: 0 < floor <= base <=
/// ceiling <= CURVE_MAX_PRICE, 1 <= kinkBps <= 10,000, slopes at most
/// CURVE_MAX_PRICE, decay at most CURVE_MAX_DECAY.
function curveValid(CurveParams calldata c) pure returns (bool) {
    return c.floor > 0 && c.floor <= c.base && c.base <= c.ceiling && c.ceiling <= CURVE_MAX_PRICE && c.kinkBps > 0
        && c.kinkBps <= CURVE_BPS && c.slopeBelowKink <= CURVE_MAX_PRICE && c.slopeAboveKink <= CURVE_MAX_PRICE
        && c.decayPerIdleHour <= CURVE_MAX_DECAY;
}

/// @dev `c` as stored, set at `setAt`. Requires curveValid(c): every cast is then exact.
function curveStore(CurveParams calldata c, uint256 setAt) pure returns (StoredCurve memory) {
    return StoredCurve({
        base: uint80(c.base),
        floor: uint80(c.floor),
        ceiling: uint80(c.ceiling),
        kinkBps: c.kinkBps,
        slopeBelowKink: uint80(c.slopeBelowKink),
        slopeAboveKink: uint80(c.slopeAboveKink),
        decayPerIdleHour: uint56(c.decayPerIdleHour),
        setAt: uint40(setAt)
    });
}

/// @dev `c` as the ABI returns it.
function curveParams(StoredCurve memory c) pure returns (CurveParams memory) {
    return CurveParams({
        base: c.base,
        floor: c.floor,
        ceiling: c.ceiling,
        kinkBps: c.kinkBps,
        slopeBelowKink: c.slopeBelowKink,
        slopeAboveKink: c.slopeAboveKink,
        decayPerIdleHour: c.decayPerIdleHour
    });
}

/// @dev Utilisation in bps of `leased` GPUs out of `gpuCount`, rounded down, at most 10,000.
function curveUtilisation(uint256 leased, uint256 gpuCount) pure returns (uint256) {
    if (leased >= gpuCount) return CURVE_BPS;
    return leased * CURVE_BPS / gpuCount;
}

/// @dev The price per GPU-hour of `c` at utilisation `u` bps after
/// `idleHours` whole hours with no GPU leased (0 unless u = 0). No overflow:
/// every operand is below 2^80 and products stay below 2^136.
function curvePrice(StoredCurve memory c, uint256 u, uint256 idleHours) pure returns (uint256 p) {
    p = c.base;
    if (idleHours > 0 && c.decayPerIdleHour > 0) {
        uint256 cut = uint256(c.decayPerIdleHour) * idleHours;
        p = cut >= p - c.floor ? c.floor : p - cut;
    }
    uint256 kink = c.kinkBps;
    if (u <= kink) {
        p += uint256(c.slopeBelowKink) * u / kink;
    } else {
        // u > kink implies kink < 10,000: the divisor is positive.
        p += uint256(c.slopeBelowKink) + uint256(c.slopeAboveKink) * (u - kink) / (CURVE_BPS - kink);
    }
    if (p < c.floor) p = c.floor;
    if (p > c.ceiling) p = c.ceiling;
}
