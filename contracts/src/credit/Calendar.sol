// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// Calendar: UTC calendar arithmetic on unix timestamps, for the end of an
// asset's useful life: its commissioning plus a number of calendar months,
// exactly as Go's `time.Time.AddDate(0, months, 0)` computes it in UTC (the
// off-chain audit, `yield.BookValue`, uses that): the month overflows into
// the year, then a day past the month's end carries into the next month
// (31 January + 1 month = 3 March, or 2 March in a leap year).
// Howard Hinnant's `days_from_civil` / `civil_from_days`, restricted to
// dates from 1970 on, so every quantity is unsigned. Free functions, inlined
// where used (no artifact, no link); pure, a few hundred gas.

/// @dev Seconds in a day.
uint256 constant CALENDAR_DAY = 86_400;
/// @dev Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar.
uint256 constant CALENDAR_EPOCH_SHIFT = 719_468;

/// @dev `ts` plus `months` calendar months, UTC, time of day kept.
function calendarAddMonths(uint256 ts, uint256 months) pure returns (uint256) {
    uint256 day = ts / CALENDAR_DAY;
    (uint256 y, uint256 m, uint256 d) = calendarCivilFromDays(day);
    uint256 total = m - 1 + months; // months since January of year y
    uint256 first = calendarDaysFromCivil(y + total / 12, total % 12 + 1);
    // The day of the month carries past the month's end as Go normalises it.
    return (first + d - 1) * CALENDAR_DAY + ts % CALENDAR_DAY;
}

/// @dev Days since 1970-01-01 of the first day of month `m` (1..12) of year `y` (>= 1970).
function calendarDaysFromCivil(uint256 y, uint256 m) pure returns (uint256) {
    if (m <= 2) y -= 1;
    uint256 era = y / 400;
    uint256 yoe = y - era * 400; // [0, 399]
    uint256 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5; // day 1 of the month: [0, 365]
    uint256 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    return era * 146_097 + doe - CALENDAR_EPOCH_SHIFT;
}

/// @dev Year, month (1..12) and day (1..31) of day `z` since 1970-01-01.
function calendarCivilFromDays(uint256 z) pure returns (uint256 y, uint256 m, uint256 d) {
    z += CALENDAR_EPOCH_SHIFT;
    uint256 era = z / 146_097;
    uint256 doe = z - era * 146_097; // [0, 146096]
    uint256 yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    y = yoe + era * 400;
    uint256 doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    uint256 mp = (5 * doy + 2) / 153; // [0, 11], March first
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) y += 1;
}
