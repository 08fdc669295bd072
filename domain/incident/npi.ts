/**
 * Keeps consumers' nonpublic information out of breachclock's payloads, history, reports, logs and
 * emails: RSMo 375.1410.2 forbids releasing it to the state without the consumer's written authority,
 * and nothing breachclock tracks needs it. Free text, email addresses and telephone numbers are checked for
 * the data elements of RSMo 407.1500.1(9) (Social Security, driver's licence or other government ID, account
 * or card numbers) and the nonpublic-information definitions (RSMo 375.1402, RSA 420-P:3); a hit is refused
 * with a message that names the field and says why. Text is normalized first (NFKC, every script's decimal
 * digits, invisible characters and combining marks removed), so look-alike digits and hidden characters do
 * not slip through. Social Security numbers are screened strictly (refused when in doubt); card numbers must
 * be plausible (domain/incident/npi-cards.ts), so operations references pass.
 */
import { cardNumberIn } from './npi-cards';

/** What a reader does not see (zero-width and format characters, tag characters, variation selectors, combining marks). */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{M}]/gu;
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The ASCII digit of any Unicode decimal digit (Adlam, Limbu, Balinese ...): Unicode lays out each decimal
 * digit set as a run of ten from its zero, so the value is the distance from the run's start (modulo ten where
 * sets adjoin). A few steps back per digit, and only for digits outside ASCII: nothing is kept between calls.
 */
function asciiDigit(ch: string): string {
  const cp = ch.codePointAt(0)!;
  let first = cp;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(first - 1))) first--;
  return String((cp - first) % 10);
}

/** The text as a reader sees it: NFKC, ASCII digits, nothing invisible. */
export function normalizeForScreening(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(OTHER_DIGIT, asciiDigit);
}

/** What people put between an SSN's parts: any dash, dot, slash, underscore, colon, comma or space, mixed or repeated. */
const SSN_SEP = String.raw`[\s\p{Pd}\u2212._:,/\\]{1,5}`;
/**
 * Three-two-four digits separated at both joints or at neither (a ZIP+4 is not read as one), not inside a
 * longer number; letters before them do not hide them (SSN123-45-6789). Bounded, disjoint runs: no backtracking blow-up.
 */
const NINE_DIGITS = new RegExp(String.raw`(?<!\d)(\d{3})(?:(${SSN_SEP})(\d{2})${SSN_SEP}|(\d{2}))(\d{4})(?!\d)`, 'gu');
/** Individual taxpayer identification numbers: 9xx with group 50-65, 70-88, 90-92 or 94-99. */
const ITIN_GROUP = /^(5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])$/;
const GLUED_BEFORE = /[\p{L}_]$/u;
const GLUED_AFTER = /^[\p{L}_]/u;
const SSN_WORDS = /\b(ssn|ss#|social security( number| no\.?)?|taxpayer id(entification)?( number)?|itin|tin)(?![a-z])[\W_]{0,3}\d/i;
/** Bare 9-digit numbers read as an SSN unless a reference label (ticket, policy, claim ...) precedes them. */
const REFERENCE_LABEL = /(\b(ticket|ref(erence)?|policy|claim|case|file|order|invoice|id|no\.?|number|naic|fein|ein)|#)\W{0,3}$/i;
/**
 * A labelled account, routing, driver's licence or passport number (RSMo 407.1500.1(9)(b)-(c)). Each optional
 * part starts with a non-space, so a long run of spaces cannot be split many ways (catastrophic backtracking).
 */
const LABELLED_ID =
  /\b(bank account|account|acct|routing|aba|driver'?s?\s+licen[cs]e|dl|passport|state id|medical record|member id|subscriber id)\s*(?:(?:number|no\.?|num|#)\s*)?(?:[:#=]\s*)?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}/i;

const SSN = 'a Social Security number';
const ITIN = 'an individual taxpayer identification number';

/** SSN, ITIN or neither (never-issued areas 000, 666; group 00; serial 0000) by the number's parts. */
function kindOf(area: string, group: string, serial: string): string | null {
  if (area[0] === '9') return ITIN_GROUP.test(group) ? ITIN : null;
  return area === '000' || area === '666' || group === '00' || serial === '0000' ? null : SSN;
}

/**
 * Nine bare digits glued to a letter are an identifier (A123456789, POL123456789); after a reference label
 * (ticket, claim, policy ...) a reference. Anything else is read as an SSN or ITIN: refused when in doubt.
 */
function bareNumberRefused(text: string, start: number, kind: string): boolean {
  if (GLUED_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || GLUED_AFTER.test(text.slice(start + 9, start + 11))) return false;
  return kind !== SSN || !REFERENCE_LABEL.test(text.slice(Math.max(0, start - 24), start).trimEnd());
}

function nineDigitNumberIn(text: string): string | null {
  for (const m of text.matchAll(NINE_DIGITS)) {
    const [, area, separator, separatedGroup, bareGroup, serial] = m;
    const kind = kindOf(area, separatedGroup ?? bareGroup, serial);
    if (kind && (separator !== undefined || bareNumberRefused(text, m.index, kind))) return kind;
  }
  return null;
}

/** What in `text` looks like a consumer's nonpublic information, or null. */
export function nonpublicInformationIn(raw: string): string | null {
  const text = normalizeForScreening(raw);
  if (SSN_WORDS.test(text)) return SSN;
  const nine = nineDigitNumberIn(text);
  if (nine) return nine;
  if (cardNumberIn(text)) return 'a payment card number';
  const id = LABELLED_ID.exec(text);
  if (id) return `a ${id[1].toLowerCase().replace(/\s+/g, ' ')} number`;
  return null;
}

/**
 * A telephone number is also read as its digits alone: nine digits (no US number has nine) are an SSN's
 * count however they are grouped, 13-19 may be a card; a leading "+" is kept, it marks an international number.
 */
export function nonpublicInformationInPhone(raw: string): string | null {
  return nonpublicInformationIn(raw) ?? nonpublicInformationIn(raw.replace(/[^\d+]/g, ''));
}

export const NPI_REFUSAL = 'consumer nonpublic information must not enter breachclock (RSMo 375.1410.2)';

/**
 * One-line fields (titles, names, references) go into email subjects and headers, Markdown headings and
 * terminal lines: control characters, line and paragraph separators, invisible formatting characters
 * (zero-width, direction marks and overrides, tag characters) and Hangul fillers are refused there, not
 * stripped, so what is stored is what the sender saw.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const NOT_ONE_LINE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0]/u;
/** Multi-line text keeps newlines and tabs; still no other control characters or bidirectional overrides. */
const CONTROL_MULTI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why free text is refused for its characters, or null. */
export function controlCharacterIn(text: string, multiline: boolean): string | null {
  if (multiline) {
    return CONTROL_MULTI.test(text) ? 'must not contain control characters or bidirectional overrides (only newlines and tabs)' : null;
  }
  const found = NOT_ONE_LINE.exec(text);
  if (!found) return null;
  return `must be one line of visible text: no control, line-separator or invisible formatting characters, no bidirectional overrides (found ${codePoint(found[0])})`;
}
