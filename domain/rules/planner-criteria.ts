/**
 * Who owes the regulator notice: the criteria (1)/(a) and (2)/(b) of each state's notice section, and the
 * licensees its law reaches at all (Maryland's title 33: carriers only). Pure, like the planner that calls it.
 */
import type { Incident } from '../incident/incident';
import type { NoticeJurisdiction } from './jurisdiction';
import { residentsIn } from './plan-model';

/** Harm to a consumer residing in this state or to the licensee's operations; a state not stated counts as harmed. */
export function harmIn(incident: Incident, state: string): { likely: boolean; stated: boolean } {
  const h = incident.materialHarmLikely;
  if (typeof h === 'boolean') return { likely: h, stated: true };
  const v = h[state as keyof typeof h];
  return v === undefined ? { likely: true, stated: false } : { likely: v, stated: true };
}

/** Why the home-state criterion is met, in its own terms: no harm test, a notice owed elsewhere, or harm (with the statute's own harm words). */
function homeCriterionWords(hc: NoticeJurisdiction['dataSecurity']['homeStateCriterion'], harmLikely: boolean, homeGov: boolean, harmWords: string, gov: string): string {
  if (!hc.requiresHarm) return ', which alone meets this criterion (no harm test)';
  if (hc.harmNeedNotBeMaterial && !harmLikely) return ` and ${hc.harmNote}`;
  if (homeGov && !harmLikely) return ` and ${gov}${hc.governmentNoticeNote ? `; ${hc.governmentNoticeNote}` : ''}`;
  return ` and ${harmWords}${hc.harmNote ? `; ${hc.harmNote}` : ''}`;
}

/** Both criteria judged for one state, given whether a notice is owed to a government body under other law. */
function judge(incident: Incident, j: NoticeJurisdiction, govOwed: boolean) {
  const law = j.dataSecurity;
  const { role, domicileState } = incident.licensee;
  const npi = incident.nonpublicInformation;
  const harm = harmIn(incident, j.state);
  const count = residentsIn(incident, j.state);
  const hc = law.homeStateCriterion;
  const rc = law.residentsCriterion;
  // An assuming insurer is one more licensee where the law has no section of its own for it, and an "other" licensee
  // where the law names it (Maryland's carriers include managed general agents and third-party administrators).
  const domiciled = role === 'insurer' || role === 'producer' || (role === 'assuming-insurer' && !law.assumingInsurer) || (role === 'other-licensee' && !!law.licensees?.homeCriterionReachesOtherLicensees);
  const home = domiciled && domicileState === j.state;
  const homeGov = !!hc.orGovernmentNotice && govOwed;
  const c1 = home && (harm.likely || !hc.requiresHarm || homeGov || !!hc.harmNeedNotBeMaterial) && (npi || !hc.requiresNonpublicInformation);
  const residentsMet = count >= rc.residentsAtLeast && (npi || !rc.requiresNonpublicInformation);
  // The words not in hand reach licensees outside the domicile criterion (Rhode Island's foreign insurers); a domestic one is judged by (1).
  const c2 = rc.notInHand ? residentsMet && !home : rc.orGovernmentNotice ? residentsMet || govOwed : residentsMet && (govOwed || harm.likely);
  return { law, role, npi, harm, count, hc, rc, domiciled, home, homeGov, c1, c2, residentsMet };
}

/**
 * Whether the regulator notice is owed, without its words: the cascade (planner-cascade.ts) asks it twice per state,
 * without and with a notice owed to a government body, before the words are written once.
 */
export function regulatorNoticeMet(incident: Incident, j: NoticeJurisdiction, govOwed: boolean): boolean {
  const r = judge(incident, j, incident.otherGovernmentNoticeRequired || govOwed);
  return r.c1 || r.c2;
}

/** The government-notice prong in words: the incident's own statement, or the notices this plan owes to a government body. */
function governmentWords(incident: Incident, gov: string[]): string {
  if (incident.otherGovernmentNoticeRequired || !gov.length) return 'notice is owed to a government body under other law';
  return `notice is owed to a government body: ${gov.join('; ')}`;
}

/**
 * Criteria (1)/(a) and (2)/(b) of the regulator notice, each with its own words on nonpublic information. `gov`: the
 * notices this plan owes to a government body that meet this state's prong (planner-cascade.ts), named in the basis.
 */
export function regulatorNoticeApplicability(incident: Incident, j: NoticeJurisdiction, gov: string[]): { applies: boolean; why: string[] } {
  const govOwed = incident.otherGovernmentNoticeRequired || gov.length > 0;
  const { law, role, npi, harm, count, hc, rc, domiciled, home, homeGov, c1, c2, residentsMet } = judge(incident, j, govOwed);
  const harmWords = `material harm is ${harm.likely ? '' : 'not '}reasonably likely${harm.stated ? '' : ` (not stated for ${j.name}: taken as likely, the reading that owes the notice)`}`;
  const threshold = rc.residentsAtLeast;
  const why: string[] = [];
  const homeLabel = role === 'producer' ? 'home state' : 'state of domicile';
  if (c1 && hc.coveredEntity) why.push(`${hc.citation} has no domicile or harm test: ${hc.coveredEntity}.`);
  else if (c1) {
    const byGov = homeGov && !harm.likely && hc.requiresHarm && !hc.harmNeedNotBeMaterial;
    why.push(`${j.name} is the licensee's ${homeLabel}${homeCriterionWords(hc, harm.likely, homeGov, harmWords, governmentWords(incident, gov))} (${byGov ? (hc.governmentNoticeCitation ?? hc.citation) : hc.citation}).${role === 'producer' && law.criteriaNotInHand ? ` ${law.criteriaNotInHand}` : ''}`);
  }
  else if (!domiciled) why.push(`${hc.citation} reaches insurers (domicile) and producers (home state) only; this licensee is neither.`);
  else if (home && hc.requiresNonpublicInformation && !npi) why.push(`${hc.citation} not met: the event involves no nonpublic information.`);
  else if (hc.coveredEntity) why.push(`${hc.citation} has no domicile or harm test (${hc.coveredEntity}); the licensee is not domiciled in ${j.name}, and its ${j.name} residents are judged below.`);
  // Name only the tests the criterion has: Va. Code § 38.2-625 A 1 and S.C. Code § 38-99-40(A)(1) have no harm test.
  else if (!hc.requiresHarm) why.push(`${hc.citation} not met: ${j.name} is not the ${homeLabel}.`);
  else why.push(`${hc.citation} not met: ${home ? `${j.name} is the ${homeLabel}` : `${j.name} is not the ${homeLabel}`}, and ${harmWords}.`);
  if (rc.notInHand) {
    if (!home) why.push(c2 ? `${count} ${j.name} residents affected: ${rc.notInHand} (${rc.citation}).` : `${rc.citation}: no ${j.name} residents affected.`);
    return { applies: c1 || c2, why };
  }
  const govCite = rc.governmentNoticeCitation ?? rc.citation;
  if (c2 && rc.orGovernmentNotice) {
    why.push(`${residentsMet ? `${count} ${j.name} residents' nonpublic information (${threshold} or more)` : governmentWords(incident, gov)}: either is enough (${residentsMet ? rc.citation : govCite}).`);
  } else if (c2) {
    // Harm first where it is likely: the notice is then owed on its own grounds, whatever other notices are owed.
    why.push(`${count} ${j.name} residents (${threshold} or more) and ${harm.likely ? 'the event has a reasonable likelihood of material harm' : governmentWords(incident, gov)} (${harm.likely ? rc.citation : govCite}).`);
  } else if (count >= threshold && rc.requiresNonpublicInformation && !npi) {
    why.push(`${rc.citation} not met: it requires that the nonpublic information involves ${threshold} or more consumers, and the event involves no nonpublic information.`);
  } else if (rc.orGovernmentNotice) {
    why.push(`${rc.citation} not met: ${count} ${j.name} residents (fewer than ${threshold}), and no notice is owed to a government body under other law.`);
  } else {
    why.push(`${rc.citation} not met: ${count} ${j.name} residents${count >= threshold ? ', but neither notice to another government body nor material harm' : ` (fewer than ${threshold})`}.`);
  }
  return { applies: c1 || c2, why };
}

/** How a state's law reaches the licensee: as a licensee, an assuming insurer through its provider paragraph alone, or not at all. */
export type Reach = { kind: 'licensee' } | { kind: 'assuming-via-provider'; citation: string } | { kind: 'outside'; why: string };

const LICENSEE: Reach = { kind: 'licensee' };

/**
 * Who a state's law reaches. Maryland's title 33 reaches carriers only (§ 33-101(c)); the NAIC model's "licensee" leaves
 * out "a licensee that is acting as an assuming insurer that is domiciled in another state or jurisdiction" (RSMo
 * 375.1402(10), S.C. Code § 38-99-10(9) ...), save Connecticut's (e)(5)(B)(i) when the assuming insurer's provider
 * held the data.
 */
export function reachOf(incident: Incident, j: NoticeJurisdiction): Reach {
  const reach = j.dataSecurity.licensees;
  if (!reach) return LICENSEE;
  const { role, domicileState } = incident.licensee;
  if (reach.roles.includes(role)) return LICENSEE;
  const assuming = role === 'assuming-insurer';
  if (assuming && reach.domesticAssumingInsurer && domicileState === j.state) return LICENSEE;
  const via = reach.foreignAssumingInsurerViaProvider;
  if (assuming && via && incident.thirdParty) return { kind: 'assuming-via-provider', citation: via.citation };
  const who = assuming ? 'an assuming insurer domiciled in another state' : `a licensee of kind "${role}"`;
  const unless = assuming && via ? `; ${via.citation} would reach it only for an event its third-party service provider held, which the incident does not record` : '';
  return { kind: 'outside', why: `Nothing owed under ${j.dataSecurity.citation}: ${reach.wording} (${reach.citation}); this licensee is ${who}${unless}.` };
}

/** Why a state's law does not reach this licensee at all, or null where it does (in full, or by one paragraph). */
export function outsideLicensees(incident: Incident, j: NoticeJurisdiction): string | null {
  const r = reachOf(incident, j);
  return r.kind === 'outside' ? r.why : null;
}
