/**
 * Every state's general breach-notification law breachclock knows: computed where its text is in hand (issue #26),
 * named and "not evaluated" where it is not. Missouri (RSMo 407.1500) and New Hampshire (RSA 359-C:20) are planned
 * with their insurance acts (jurisdictions/mo-*, nh-*), as before.
 */
import type { BreachLawNotInHand, GeneralBreachLaw } from '../../breach-law';
import { alCode8_38 } from './al-code-8-38';
import { cgs36a_701b } from './ct-cgs-36a-701b';
import { iaCode715C } from './ia-code-715C';
import { scCode39_1_90 } from './sc-code-39-1-90';
import { vaCode18_2_186_6 } from './va-code-18-2-186-6';
import { riGl11_49_3 } from './ri-gl-11-49-3';
import { del6_12B } from './de-6-del-c-12B';
import { as45_48 } from './ak-as-45-48';
import { hrs487N } from './hi-hrs-487N';
import { ndcc51_30 } from './nd-ndcc-51-30';
import { mcl445_72 } from './mi-mcl-445-72';
import { neb87_803 } from './ne-rs-87-803';

export const GENERAL_BREACH_LAWS: Record<string, GeneralBreachLaw> = {
  AL: alCode8_38, CT: cgs36a_701b, IA: iaCode715C, SC: scCode39_1_90, VA: vaCode18_2_186_6, RI: riGl11_49_3,
  DE: del6_12B, AK: as45_48, HI: hrs487N, ND: ndcc51_30, MI: mcl445_72, NE: neb87_803,
};

const COVERAGE = 'named in the team\'s statute map (COVERAGE-2); text not in hand';
const COMMON = 'as commonly cited; text not in hand, citation unverified';
const n = (citation: string, title: string, citationSource = COMMON): BreachLawNotInHand => ({ citation, title, citationSource });

/** Breach laws whose text is not in hand: one line each, never silence (issue #26 item 5). MD and PA are named by their insurance acts too. */
export const BREACH_LAWS_NOT_IN_HAND: Record<string, BreachLawNotInHand> = {
  AZ: n('A.R.S. § 18-552', 'Arizona data breach notification'),
  AR: n('Ark. Code § 4-110-105', 'Arkansas Personal Information Protection Act'),
  CA: n('Cal. Civ. Code § 1798.82', 'California data breach notification'),
  CO: n('C.R.S. § 6-1-716', 'Colorado notification of security breach'),
  DC: n('D.C. Code § 28-3852', 'District of Columbia security breach notification'),
  FL: n('Fla. Stat. § 501.171', 'Florida Information Protection Act'),
  GA: n('O.C.G.A. § 10-1-912', 'Georgia notification of breach of security'),
  ID: n('Idaho Code § 28-51-105', 'Idaho disclosure of breach of security'),
  IL: n('815 ILCS 530', 'Illinois Personal Information Protection Act', COVERAGE),
  IN: n('IC 24-4.9', 'Indiana disclosure of security breach', COVERAGE),
  KS: n('K.S.A. § 50-7a02', 'Kansas security breach notification'),
  KY: n('KRS 365.732', 'Kentucky notification of security breach', COVERAGE),
  LA: n('La. R.S. 51:3071-3077', 'Louisiana Database Security Breach Notification Law', COVERAGE),
  ME: n('10 M.R.S. §§ 1346-1350-B', 'Maine Notice of Risk to Personal Data Act', COVERAGE),
  MD: n('Md. Code Ann., Com. Law § 14-3504', 'Maryland Personal Information Protection Act', COVERAGE),
  MA: n('M.G.L. c. 93H, § 3', 'Massachusetts security breach notification'),
  MN: n('Minn. Stat. § 325E.61', 'Minnesota data warehouses; notice required for certain disclosures', COVERAGE),
  MS: n('Miss. Code § 75-24-29', 'Mississippi notice of breach of security', COVERAGE),
  MT: n('Mont. Code § 30-14-1704', 'Montana computer security breach'),
  NV: n('NRS 603A.220', 'Nevada security of personal information: disclosure of breach'),
  NJ: n('N.J.S.A. 56:8-163', 'New Jersey disclosure of breach of security'),
  NM: n('N.M. Stat. § 57-12C-6', 'New Mexico Data Breach Notification Act'),
  NY: n('N.Y. Gen. Bus. Law § 899-aa', 'New York notification of breach of security of the system'),
  NC: n('N.C.G.S. § 75-65', 'North Carolina protection from security breaches'),
  OH: n('R.C. 1349.19', 'Ohio private disclosure of security breach', COVERAGE),
  OK: n('24 O.S. §§ 161-166', 'Oklahoma Security Breach Notification Act', COVERAGE),
  OR: n('ORS 646A.604', 'Oregon notice of breach of security'),
  PA: n('73 P.S. § 2301 ff.', 'Pennsylvania Breach of Personal Information Notification Act', COVERAGE),
  SD: n('SDCL 22-40-20', 'South Dakota notice of breach of system security'),
  TN: n('Tenn. Code § 47-18-2107', 'Tennessee release of personal consumer information', COVERAGE),
  TX: n('Tex. Bus. & Com. Code § 521.053', 'Texas notification of breach of system security'),
  UT: n('Utah Code § 13-44-202', 'Utah Protection of Personal Information Act'),
  VT: n('9 V.S.A. § 2435', 'Vermont Security Breach Notice Act', COVERAGE),
  WA: n('RCW 19.255.010', 'Washington disclosure, notice of breach'),
  WV: n('W. Va. Code § 46A-2A-102', 'West Virginia notice of breach of security'),
  WI: n('Wis. Stat. § 134.98', 'Wisconsin notice of unauthorized acquisition of personal information', COVERAGE),
  WY: n('Wyo. Stat. § 40-12-502', 'Wyoming computer security breach'),
};
