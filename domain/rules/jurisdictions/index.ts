/** Every jurisdiction breachclock knows, by state. A state not here is reported as uncovered. */
import type { Jurisdiction, NoticeJurisdiction } from '../jurisdiction';
import { PARTIAL_TEXT_JURISDICTIONS } from './partial';
import { GENERAL_BREACH_LAWS, BREACH_LAWS_NOT_IN_HAND } from './breach';
import { missouriHolidays } from './mo-holidays-rsmo-9-010';
import { newHampshireHolidays } from './nh-holidays-rsa-288-1';
import { rsmo375_1410 } from './mo-rsmo-375-1410';
import { rsa420P_6 } from './nh-rsa-420-P-6';
import { rsmo407_1500 } from './mo-rsmo-407-1500';
import { rsa359C_20 } from './nh-rsa-359-C-20';
import { bulletin23_04 } from './mo-dci-bulletin-23-04';
import { scCode38_99_40 } from './sc-code-38-99-40';
import { southCarolinaHolidays } from './sc-holidays-53-5-10';
import { vaCode38_2_625, vaCode38_2_626 } from './va-code-38-2-625';
import { virginiaHolidays } from './va-holidays-2-2-3300';
import { paCs4518 } from './pa-40-pacs-4518';
import { cgs38a_38 } from './ct-cgs-38a-38';
import { connecticutHolidays } from './ct-holidays-1-4';
import { pennsylvaniaHolidays } from './pa-holidays-not-in-hand';
import { alCode27_62_6 } from './al-code-27-62-6';
import { alabamaHolidays } from './al-holidays-1-3-8';
import { iaCode507F_7 } from './ia-code-507F-7';
import { iowaHolidays } from './ia-holidays-1C';
import { mdIns33_105 } from './md-ins-33-105';
import { marylandHolidays } from './md-holidays-not-in-hand';
import { del18_8606, del18_8606c } from './de-18-del-c-8606';
import { delawareHolidays } from './de-holidays-1-del-c-501';

export const JURISDICTIONS: Record<string, Jurisdiction> = {
  MO: {
    state: 'MO',
    name: 'Missouri',
    holidays: missouriHolidays,
    dataSecurity: rsmo375_1410,
    consumerBreachNotice: rsmo407_1500,
    bulletin: bulletin23_04,
  },
  NH: {
    state: 'NH',
    name: 'New Hampshire',
    holidays: newHampshireHolidays,
    dataSecurity: rsa420P_6,
    consumerBreachNotice: rsa359C_20,
    bulletin: null,
  },
  SC: {
    state: 'SC',
    name: 'South Carolina',
    holidays: southCarolinaHolidays,
    dataSecurity: scCode38_99_40,
    // § 38-99-40(C) points to § 39-1-90 for consumers: planned from breach/sc-code-39-1-90.ts.
    consumerBreachNotice: { citation: 'S.C. Code § 39-1-90', title: 'S.C. Code § 39-1-90, breach of the security of business data', general: true },
    bulletin: null,
  },
  CT: {
    state: 'CT',
    name: 'Connecticut',
    holidays: connecticutHolidays,
    dataSecurity: cgs38a_38,
    // (e)(3) points to § 36a-701b for consumers: planned from breach/ct-cgs-36a-701b.ts.
    consumerBreachNotice: { citation: 'Conn. Gen. Stat. § 36a-701b', title: 'Conn. Gen. Stat. § 36a-701b, breach of security', general: true },
    bulletin: null,
  },
  PA: {
    state: 'PA',
    name: 'Pennsylvania',
    holidays: pennsylvaniaHolidays,
    dataSecurity: paCs4518,
    // § 4518(d) points to § 3 of the Breach of Personal Information Notification Act; its text is not in hand.
    consumerBreachNotice: { citation: '73 P.S. § 2303', title: 'Breach of Personal Information Notification Act, § 3', notInHand: true },
    bulletin: null,
  },
  AL: {
    state: 'AL',
    name: 'Alabama',
    holidays: alabamaHolidays,
    dataSecurity: alCode27_62_6,
    // § 27-62-6(d) points to the Alabama Data Breach Notification Act of 2018 for consumers: planned from breach/al-code-8-38.ts.
    consumerBreachNotice: { citation: 'Ala. Code § 8-38-5', title: 'Alabama Data Breach Notification Act of 2018 (Ala. Code ch. 8-38), notice to individuals', general: true },
    bulletin: null,
  },
  IA: {
    state: 'IA',
    name: 'Iowa',
    holidays: iowaHolidays,
    dataSecurity: iaCode507F_7,
    // § 507F.8(1) points to § 715C.2 for consumers: planned from breach/ia-code-715C.ts.
    consumerBreachNotice: { citation: 'Iowa Code § 715C.2', title: 'Iowa Code § 715C.2, security breach: consumer notification', general: true },
    bulletin: null,
  },
  MD: {
    state: 'MD',
    name: 'Maryland',
    holidays: marylandHolidays,
    dataSecurity: mdIns33_105,
    // § 33-105(e) points to Com. Law § 14-3504 for consumers; its text is not in hand.
    consumerBreachNotice: { citation: 'Md. Code Ann., Com. Law § 14-3504', title: 'Md. Code Ann., Com. Law § 14-3504, breach of the security of a system', notInHand: true },
    bulletin: null,
  },
  VA: {
    state: 'VA',
    name: 'Virginia',
    holidays: virginiaHolidays,
    dataSecurity: vaCode38_2_625,
    consumerBreachNotice: vaCode38_2_626,
    bulletin: null,
  },
  DE: {
    state: 'DE',
    name: 'Delaware',
    holidays: delawareHolidays,
    dataSecurity: del18_8606,
    consumerBreachNotice: del18_8606c,
    bulletin: null,
  },
};

export { PARTIAL_TEXT_JURISDICTIONS } from './partial';
export { GENERAL_BREACH_LAWS, BREACH_LAWS_NOT_IN_HAND } from './breach';

/** Every state with rules, full or partial: its name, time zone and regulator notice (the notice contents, the zone for a directive). */
export const NOTICE_JURISDICTIONS: Record<string, NoticeJurisdiction> = { ...PARTIAL_TEXT_JURISDICTIONS, ...JURISDICTIONS };

/**
 * The law tables are frozen all the way down: no planner bug can change a statute's value for the incidents after
 * it. (It also gives every list in them one kind of array, so the engine no longer re-optimizes the planner when a
 * state with an empty list of conditions follows one with entries.)
 */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}
deepFreeze(NOTICE_JURISDICTIONS);
deepFreeze(JURISDICTIONS);
deepFreeze(PARTIAL_TEXT_JURISDICTIONS);
deepFreeze(GENERAL_BREACH_LAWS);
deepFreeze(BREACH_LAWS_NOT_IN_HAND);

/** Every holiday table, for the business-day calendar. */
export const HOLIDAY_TABLES = Object.values(NOTICE_JURISDICTIONS).map((j) => j.holidays);
