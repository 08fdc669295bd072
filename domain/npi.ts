/**
 * Keeps consumers' nonpublic information out of breachclock's payloads, history, reports, logs and
 * emails: RSMo 375.1410.2 forbids releasing it to the state without the consumer's written authority,
 * and nothing breachclock tracks needs it. Free-text fields are checked for the patterns that give it
 * away; a hit is refused with a message that names the field and says why.
 */

const SSN = /\b(?!000|666|9\d\d)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4}\b/;
const SSN_WORDS = /\b(ssn|social security( number| no\.?)?)\b\W{0,3}\d/i;
const CARD_CANDIDATE = /\b(?:\d[ -]?){13,19}\b/g;

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

/** What in `text` looks like a consumer's nonpublic information, or null. */
export function nonpublicInformationIn(text: string): string | null {
  if (SSN.test(text) || SSN_WORDS.test(text)) return 'a Social Security number';
  for (const m of text.match(CARD_CANDIDATE) ?? []) {
    const digits = m.replace(/[ -]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) return 'a payment card number';
  }
  return null;
}

export const NPI_REFUSAL = 'consumer nonpublic information must not enter breachclock (RSMo 375.1410.2)';
