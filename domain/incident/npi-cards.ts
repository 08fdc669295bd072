/**
 * Payment card numbers (RSMo 407.1500.1(9)(c): a credit or debit card number) told apart from the references
 * breachclock does need (tickets, claims, operations IDs). A hit needs a plausible card: 13-19 digits passing
 * the Luhn check, and either a range a network issues at that length (ISO/IEC 7812 issuer identification
 * numbers) or a network's printed grouping. However the digits are split (double spaces, underscores, odd
 * groups), an issued number is refused; digits glued to letters (OPS1796616565-0123) are an identifier, and up
 * to 15 digits after "+" an international telephone number (ITU-T E.164 allows no more).
 */

const L13_19 = [13, 14, 15, 16, 17, 18, 19];
const L14_19 = L13_19.slice(1);
const L16_19 = L13_19.slice(3);

/** Issuer ranges (first digits, a range where given) and the lengths each network issues there. */
const ISSUED: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['4', [13, 16, 19]], // Visa
  ['51-55', [16]], ['2221-2720', [16]], // Mastercard
  ['34', [15]], ['37', [15]], // American Express
  ['6011', L16_19], ['644-649', L16_19], ['65', L16_19], // Discover
  ['36', L14_19], ['300-305', L14_19], ['3095', L14_19], ['38-39', L14_19], // Diners Club International
  ['3528-3589', L16_19], // JCB
  ['62', L16_19], // UnionPay
  ['2200-2204', L16_19], // Mir
  ['5018', L13_19], ['5020', L13_19], ['5038', L13_19], ['5893', L13_19], ['6304', L13_19], ['6759', L13_19], ['6761-6763', L13_19], // Maestro (also 12 digits, below this screen's floor)
  ['60', [16]], ['508', [16]], // RuPay
  ['506099-506198', [16, 18, 19]], // Verve
  ['9792', [16]], // Troy
];
const RANGES = ISSUED.map(([range, lengths]) => {
  const [low, high = low] = range.split('-');
  return { digits: low.length, low: Number(low), high: Number(high), lengths };
});

/** How networks print numbers: 4-4-4-4 (4-4-4-4-3 at 19 digits), American Express 4-6-5, Diners Club 4-6-4. */
const CARD_GROUPINGS = new Set(['4 4 4 4', '4 4 4 4 3', '4 6 5', '4 6 4']);

/** Digit groups joined by short runs of spaces, dashes, dots, slashes or underscores (disjoint classes: no backtracking). */
const SEPARATOR = String.raw`[\s\p{Pd}\u2212_./]`;
const SPANS = new RegExp(String.raw`\d+(?:${SEPARATOR}{1,3}\d+)*`, 'gu');
const SEPARATORS = new RegExp(`${SEPARATOR}+`, 'u');
const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

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

function issued(digits: string): boolean {
  return RANGES.some((r) => {
    const prefix = Number(digits.slice(0, r.digits));
    return prefix >= r.low && prefix <= r.high && r.lengths.includes(digits.length);
  });
}

/** Where a span sits: glued to a letter before or after it, or after "+" (a telephone number's mark). */
interface Edges {
  gluedStart: boolean;
  gluedEnd: boolean;
  plus: boolean;
}

/** Any run of whole groups in the span that is a plausible card, its edges respected. */
function cardAmong(groups: string[], edges: Edges): boolean {
  for (let i = 0; i < groups.length; i++) {
    let digits = '';
    for (let j = i; j < groups.length && digits.length + groups[j].length <= 19; j++) {
      digits += groups[j];
      if (digits.length < 13) continue;
      if (i === 0 && (edges.gluedStart || (edges.plus && digits.length <= 15))) continue;
      if (j === groups.length - 1 && edges.gluedEnd) continue;
      if (!luhn(digits)) continue;
      if (issued(digits) || CARD_GROUPINGS.has(groups.slice(i, j + 1).map((g) => g.length).join(' '))) return true;
    }
  }
  return false;
}

/** Whether normalized text (ASCII digits) holds a plausible payment card number. */
export function cardNumberIn(text: string): boolean {
  for (const m of text.matchAll(SPANS)) {
    if (m[0].length < 13) continue; // fewer than 13 digits
    const start = m.index;
    const end = start + m[0].length;
    const edges = {
      gluedStart: LETTER_BEFORE.test(text.slice(Math.max(0, start - 2), start)),
      gluedEnd: LETTER_AFTER.test(text.slice(end, end + 2)),
      plus: text[start - 1] === '+',
    };
    if (cardAmong(m[0].split(SEPARATORS), edges)) return true;
  }
  return false;
}
