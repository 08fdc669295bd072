/**
 * Keeps consumers' nonpublic information out of breachclock's payloads, history, reports, logs and
 * emails: RSMo 375.1410.2 forbids releasing it to the state without the consumer's written authority,
 * and nothing breachclock tracks needs it. Free text is checked for the data elements of RSMo
 * 407.1500.1(9) (Social Security, driver's licence or other government ID, account or card numbers) and
 * the nonpublic-information definitions (RSMo 375.1402, RSA 420-P:3); a hit is refused with a message that
 * names the field and says why. Text is normalized first (NFKC, other scripts' digits, zero-width
 * characters removed), so look-alike digits and hidden separators do not slip through.
 */

const SEP = '[-. /]';
/** Area (not 000, 666 or 9xx), group (not 00), serial (not 0000), separated alike or not at all. */
const SSN = new RegExp(`(?<![\\w])(?!000|666|9\\d\\d)\\d{3}(${SEP}?)(?!00)\\d{2}\\1(?!0000)\\d{4}(?![\\w])`);
/** Individual taxpayer identification numbers: 9xx with group 50-65, 70-88, 90-92 or 94-99. */
const ITIN = new RegExp(`(?<![\\w])9\\d{2}(${SEP}?)(5\\d|6[0-5]|7\\d|8[0-8]|9[0-2]|9[4-9])\\1\\d{4}(?![\\w])`);
const SSN_WORDS = /\b(ssn|ss#|social security( number| no\.?)?|taxpayer id(entification)?( number)?|itin|tin)\b\W{0,3}\d/i;
/** A labelled account, routing, driver's licence or passport number (RSMo 407.1500.1(9)(b)-(c)). */
const LABELLED_ID =
  /\b(bank account|account|acct|routing|aba|driver'?s?\s+licen[cs]e|dl|passport|state id|medical record|member id|subscriber id)\s*(number|no\.?|num|#)?\s*[:#=]?\s*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}/i;
/** Bare 9-digit numbers read as an SSN unless a reference label (ticket, policy, claim ...) precedes them. */
const REFERENCE_LABEL = /(ticket|ref(erence)?|policy|claim|case|file|order|invoice|id|no\.?|number|#|naic|fein|ein)\W{0,3}$/i;
const CARD_CANDIDATE = /(?<!\d)(?:\d[ \-./]?){12,18}\d(?!\d)/g;

/** Zero codepoints of the decimal digit blocks NFKC leaves alone (Arabic-Indic, Devanagari, Thai ...). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10];
// eslint-disable-next-line no-misleading-character-class -- a list of invisible code points, matched one by one
const ZERO_WIDTH = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]/g;

/** The text as a reader sees it: NFKC, ASCII digits, no invisible characters. */
export function normalizeForScreening(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(/\p{Nd}/gu, (ch) => {
      const cp = ch.codePointAt(0)!;
      const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
      return zero === undefined ? ch : String.fromCharCode(48 + cp - zero);
    });
}

function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function bareSsn(text: string): boolean {
  const re = new RegExp(SSN.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== '') return true; // separated like an SSN
    if (!REFERENCE_LABEL.test(text.slice(Math.max(0, m.index - 24), m.index).trimEnd())) return true;
  }
  return false;
}

/** What in `text` looks like a consumer's nonpublic information, or null. */
export function nonpublicInformationIn(raw: string): string | null {
  const text = normalizeForScreening(raw);
  if (SSN_WORDS.test(text) || bareSsn(text)) return 'a Social Security number';
  if (ITIN.test(text)) return 'an individual taxpayer identification number';
  for (const m of text.match(CARD_CANDIDATE) ?? []) {
    const digits = m.replace(/[ \-./]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) return 'a payment card number';
  }
  const id = LABELLED_ID.exec(text);
  if (id) return `a ${id[1].toLowerCase().replace(/\s+/g, ' ')} number`;
  return null;
}

export const NPI_REFUSAL = 'consumer nonpublic information must not enter breachclock (RSMo 375.1410.2)';

/** C0 and C1 control characters (newline and tab allowed where a field is multi-line) and bidi overrides. */
/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROL_SINGLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_MULTI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

/** Why free text is refused for its characters, or null. */
export function controlCharacterIn(text: string, multiline: boolean): string | null {
  if (!(multiline ? CONTROL_MULTI : CONTROL_SINGLE).test(text)) return null;
  return multiline
    ? 'must not contain control characters or bidirectional overrides (only newlines and tabs)'
    : 'must be one line without control characters or bidirectional overrides';
}
