/**
 * Company target dates for the close-out follow-ups (domain/incident/follow-ups.ts). Runs in the planning activity
 * (it needs the holiday calendar), so the dates are recorded in history. No statute sets these dates.
 */
import type { BusinessCalendar } from './calendar';
import { FOLLOW_UP_NO_DATE, FOLLOW_UP_RULES, type FollowUpTarget } from '../incident/follow-ups';
import type { Incident } from '../incident/incident';
import { stateReaches, type Plan } from './planner';
import { isoInZone } from './zoned';

/** The state whose calendar and zone set the targets: the licensee's home, else the first regulator's. */
function homeState(incident: Incident, plan: Plan, calendar: BusinessCalendar): string {
  const known = calendar.states();
  if (known.includes(incident.licensee.domicileState)) return incident.licensee.domicileState;
  return plan.obligations.find((o) => known.includes(o.jurisdiction))?.jurisdiction ?? known[0];
}

export function followUpTargets(incident: Incident, plan: Plan, calendar: BusinessCalendar): FollowUpTarget[] {
  const state = homeState(incident, plan, calendar);
  return FOLLOW_UP_RULES.map((rule) => {
    // N calendar days after the determination, moved forward to a business day, 17:00 local.
    let date = calendar.addCalendarDays(state, incident.determinedAt, rule.defaultTargetDays).lastDate;
    // Bounded: a run of non-business days is never longer than a long holiday weekend.
    for (let i = 0; i < 14 && !calendar.isBusinessDay(state, date); i++) date = calendar.addCalendarDays(state, `${date}T12:00:00Z`, 1).lastDate;
    const at = calendar.localTime(state, date, 17);
    const applies = !rule.onlyWithThirdParty || incident.thirdParty !== undefined;
    // 20 CSR 100-6.110 is a Missouri rule: it binds a licensee domiciled in or doing business with Missouri consumers.
    const missouriLicensee = stateReaches(incident, 'MO');
    return {
      ...(missouriLicensee ? {} : { practiceOnly: 'company practice: 20 CSR 100-6.110 binds Missouri licensees, and this licensee is neither domiciled in Missouri nor reaches Missouri consumers here' }),
      id: rule.id,
      applies,
      ...(applies ? {} : { reason: 'No third-party service provider was involved in this event.' }),
      targetAt: isoInZone(at.toMillis(), at.zoneName!),
      targetRule: `company target: ${rule.defaultTargetDays} days after determination, 17:00 ${state} time, next business day. ${FOLLOW_UP_NO_DATE}`,
    };
  });
}
