/**
 * HTTP-date (RFC 9110 §5.6.7): the preferred IMF-fixdate and the two obsolete forms a recipient
 * must still accept. Re-exported by `conditional.ts`.
 */

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = [
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
] as const;

const DAY = DAYS.join("|");
const LONG_DAY = "Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday";
const MONTH = MONTHS.join("|");
const TIME = String.raw`(\d{2}):(\d{2}):(\d{2})`;

// Names are case-sensitive and the separators are single spaces, as in the RFC's ABNF.
const IMF_FIXDATE = new RegExp(`^(?:${DAY}), (\\d{2}) (${MONTH}) (\\d{4}) ${TIME} GMT$`);
const RFC850_DATE = new RegExp(`^(?:${LONG_DAY}), (\\d{2})-(${MONTH})-(\\d{2}) ${TIME} GMT$`);
const ASCTIME_DATE = new RegExp(`^(?:${DAY}) (${MONTH}) ( \\d|\\d{2}) ${TIME} (\\d{4})$`);

interface DateParts {
  year: number;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/**
 * Parses an HTTP-date in any of its three forms; returns null for anything else, including
 * impossible dates ("31 Feb") and times ("24:00:00"). The day name is checked for spelling only.
 *
 * A two-digit RFC 850 year that would lie more than 50 years after `now` is read as the most
 * recent past year with those digits (§5.6.7).
 *
 * @example
 * parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");  // 1994-11-06T08:49:37.000Z
 * parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"); // 1994-11-06T08:49:37.000Z
 * parseHttpDate("Sun Nov  6 08:49:37 1994");       // 1994-11-06T08:49:37.000Z
 * parseHttpDate("yesterday");                      // null
 */
export function parseHttpDate(value: string, now: Date = new Date()): Date | null {
  const text = value.trim();
  if (text.length > 40) return null;
  let m = IMF_FIXDATE.exec(text);
  if (m) return build({ day: m[1]!, month: m[2]!, year: Number(m[3]), ...time(m, 4) });
  m = RFC850_DATE.exec(text);
  if (m) {
    const year = expandTwoDigitYear(Number(m[3]), now);
    return build({ day: m[1]!, month: m[2]!, year, ...time(m, 4) });
  }
  m = ASCTIME_DATE.exec(text);
  if (m) return build({ month: m[1]!, day: m[2]!.trim(), year: Number(m[6]), ...time(m, 3) });
  return null;
}

function time(m: RegExpExecArray, from: number): Pick<DateParts, "hour" | "minute" | "second"> {
  return { hour: m[from]!, minute: m[from + 1]!, second: m[from + 2]! };
}

function expandTwoDigitYear(yy: number, now: Date): number {
  const currentYear = now.getUTCFullYear();
  let year = currentYear - (currentYear % 100) + yy;
  if (year > currentYear + 50) year -= 100;
  return year;
}

function build(parts: DateParts): Date | null {
  const month = MONTHS.indexOf(parts.month as (typeof MONTHS)[number]);
  const day = Number(parts.day);
  const [hour, minute, second] = [Number(parts.hour), Number(parts.minute), Number(parts.second)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(parts.year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return null;
  return date;
}

/**
 * Formats a date as an IMF-fixdate, dropping milliseconds.
 *
 * @throws RangeError when the date is invalid or outside years 0–9999.
 * @example
 * formatHttpDate(new Date("1994-11-06T08:49:37Z")); // "Sun, 06 Nov 1994 08:49:37 GMT"
 */
export function formatHttpDate(date: Date): string {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 0 || year > 9999) {
    throw new RangeError("date cannot be written as an HTTP-date");
  }
  // ECMAScript defines toUTCString as exactly this form ("Www, DD Mmm YYYY HH:mm:ss GMT", the year
  // padded to four digits), which for years 0–9999 is the IMF-fixdate.
  return date.toUTCString();
}
