// Which years of a series are provisional (incomplete), by a rule written into the
// provenance. Two rules, each stated where it is used:
//  - reporting lag: a trailing year whose total is below half of the year before;
//  - coverage: a calendar year in which the records stop before 31 December.

export const LAG_SHARE = 0.5;

export const LAG_RULE =
  'A year at the end of a series is provisional when its total over all recipients is below half of the total of the year before (checked from the latest year backwards). Agencies report with a lag, so the latest fiscal years of a download are incomplete; no complete year of these series falls by half at the end of the series.';

export const COVERAGE_RULE =
  'A calendar year is incomplete (provisional) when the records stop before 31 December of that year.';

/** @param totals Map year -> total over all units. */
export function lagStatus(totals) {
  const years = [...totals.keys()].sort((a, b) => a - b);
  const provisionalYears = [];
  for (let i = years.length - 1; i > 0; i--) {
    if (totals.get(years[i]) < LAG_SHARE * totals.get(years[i - 1])) provisionalYears.unshift(years[i]);
    else break;
  }
  const complete = years.filter((y) => !provisionalYears.includes(y));
  return { first: years[0], last: years.at(-1), latestCompleteYear: complete.at(-1), provisionalYears };
}

/** @param first, lastDate  first year and the ISO date of the latest record. */
export function coverageStatus(first, lastDate) {
  const last = Number(lastDate.slice(0, 4));
  const partial = lastDate.slice(5) !== '12-31';
  return {
    first,
    last,
    lastRecord: lastDate,
    latestCompleteYear: partial ? last - 1 : last,
    provisionalYears: partial ? [last] : [],
  };
}
