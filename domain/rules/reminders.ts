/**
 * When to remind the owner of a dated obligation (issue 4). Company practice, not law: the default
 * schedule is 2 business days before, 1 business day before, 09:00 local on the due day, and 2 hours
 * before the end. Runs in the planning activity (it needs the holiday calendar), so the instants are
 * recorded in history.
 */
import type { BusinessCalendar } from './calendar';
import type { Plan } from './planner';
import { isRecordRetention } from '../incident/status';
import { parseInstant } from './days';
import { isoInZone } from './zoned';

export const REMINDER_SLOTS = ['2-business-days-before', '1-business-day-before', 'due-day-09:00', '2-hours-before'] as const;
export type ReminderSlot = (typeof REMINDER_SLOTS)[number];
export const DEFAULT_REMINDER_SLOTS: ReminderSlot[] = [...REMINDER_SLOTS];

export interface Reminder {
  obligationId: string;
  slot: ReminderSlot;
  /** The instant to send, in the regulator's local offset. */
  at: string;
  /** The deadline it reminds of: a moved deadline re-arms its reminders. */
  dueAt: string;
}

export function reminderSchedule(plan: Plan, calendar: BusinessCalendar, slots: readonly ReminderSlot[] = DEFAULT_REMINDER_SLOTS): Reminder[] {
  const out: Reminder[] = [];
  for (const o of plan.obligations) {
    // A retention period is a "keep until" date: the workflow gives it its own notices, not deadline reminders.
    if (!o.dueAt || isRecordRetention(o)) continue;
    const zone = calendar.timeZone(o.jurisdiction);
    const dueMs = parseInstant(o.dueAt);
    const dueDate = calendar.localStartDate(o.jurisdiction, o.dueAt);
    for (const slot of slots) {
      let ms: number;
      switch (slot) {
        case '2-business-days-before':
          ms = calendar.localTime(o.jurisdiction, calendar.businessDaysBefore(o.jurisdiction, dueDate, 2), 9).toMillis();
          break;
        case '1-business-day-before':
          ms = calendar.localTime(o.jurisdiction, calendar.businessDaysBefore(o.jurisdiction, dueDate, 1), 9).toMillis();
          break;
        case 'due-day-09:00':
          ms = calendar.localTime(o.jurisdiction, dueDate, 9).toMillis();
          break;
        case '2-hours-before':
          ms = dueMs - 2 * 3_600_000;
          break;
      }
      if (ms >= dueMs) continue; // a deadline set earlier than 09:00 has no 09:00 reminder
      out.push({ obligationId: o.id, slot, at: isoInZone(ms, zone), dueAt: o.dueAt });
    }
  }
  return out.sort((a, b) => parseInstant(a.at) - parseInstant(b.at) || a.obligationId.localeCompare(b.obligationId));
}
