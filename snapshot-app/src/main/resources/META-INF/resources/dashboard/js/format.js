// Number and date formats, the same ones the CSV export writes (DOMAIN.md 5), so a tile and its CSV read alike.

/** Shown where a value is absent: never a 0 for a missing number. */
export const NO_VALUE = '--';

/** A 1-dp metric with a trailing ".0" dropped: 82.0 -> "82", 82.4 -> "82.4" (the CSV metric format). */
export function metric(value) {
  if (value === null || value === undefined) {
    return NO_VALUE;
  }
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A metric as a percentage: 82.4 -> "82.4%", null -> "--". */
export function metricPercent(value) {
  return value === null || value === undefined ? NO_VALUE : `${metric(value)}%`;
}

/** A rate that always has one decimal (the CSV rate format): 50 -> "50.0%". */
export function ratePercent(value) {
  return `${Number(value).toFixed(1)}%`;
}

/**
 * count / total as a percentage with one decimal, rounded half-up once from the integer counts (never from a
 * rounded fraction): the rule of the CSV's support percentages. 0 students -> "0.0%".
 */
export function percentOfCounts(count, total) {
  if (!total) {
    return '0.0%';
  }
  const tenths = Math.floor((count * 2000 + total) / (2 * total));
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

/** The UTC date of an ISO-8601 UTC timestamp ("2026-02-02T12:00:00Z" -> "2026-02-02"), as the CSV writes it. */
export function utcDate(timestamp) {
  return timestamp ? timestamp.slice(0, 10) : NO_VALUE;
}

/** An integer with thousands separators for prose ("20,000 students"). */
export function count(value) {
  return Number(value).toLocaleString('en-US');
}

/** "1 student" / "2 students". */
export function plural(value, one, many) {
  return `${count(value)} ${value === 1 ? one : many}`;
}
