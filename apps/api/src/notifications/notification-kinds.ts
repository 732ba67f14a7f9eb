import { registerEnumType } from '@nestjs/graphql';
import { Role } from '../access/role';

/** What a notification is about. The migration's CHECK lists the same values. */
export enum NotificationKind {
  DEADLINE_REMINDER = 'DEADLINE_REMINDER',
  RECORD_DECISION = 'RECORD_DECISION',
  PRE_APPROVAL_DECISION = 'PRE_APPROVAL_DECISION',
  WEEKLY_DIGEST = 'WEEKLY_DIGEST',
  PASSWORD_RESET_BY_ADMIN = 'PASSWORD_RESET_BY_ADMIN',
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification is about.' });

/** How each kind is named on the preferences screen and in emails. */
export const KIND_LABELS: Readonly<Record<NotificationKind, string>> = {
  [NotificationKind.DEADLINE_REMINDER]: 'License deadline reminders (180, 90 and 30 days before, while PD is still missing)',
  [NotificationKind.RECORD_DECISION]: 'Decisions on my PD records (approved, rejected, changes requested)',
  [NotificationKind.PRE_APPROVAL_DECISION]: 'Decisions on my pre-approval requests',
  [NotificationKind.WEEKLY_DIGEST]: 'Weekly digest: reviews waiting, staff newly at risk, imports with problems',
  [NotificationKind.PASSWORD_RESET_BY_ADMIN]: 'Security notices (an administrator reset my password)',
};

/**
 * Kinds a person may stop receiving by email. A security notice is always sent: a person whose
 * password someone else reset must hear of it even if they turned everything else off.
 */
export const OPTIONAL_EMAIL_KINDS: readonly NotificationKind[] = [
  NotificationKind.DEADLINE_REMINDER,
  NotificationKind.RECORD_DECISION,
  NotificationKind.PRE_APPROVAL_DECISION,
  NotificationKind.WEEKLY_DIGEST,
];

/** The optional kinds that concern a role (the digest is for HR and principals). */
export function emailKindsFor(role: Role): NotificationKind[] {
  return OPTIONAL_EMAIL_KINDS.filter((kind) => kind !== NotificationKind.WEEKLY_DIGEST || role !== Role.TEACHER);
}

/** Days before a license's deadline at which a person who is still short is reminded, widest first. */
export const REMINDER_DAYS = [180, 90, 30] as const;

/**
 * The reminder a license `daysLeft` from its deadline is due: the narrowest threshold it has
 * reached (a run that missed the 90-day day still sends the 90-day reminder at 85 days), or null
 * when the deadline is further away than the widest or already past.
 */
export function reminderThreshold(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  let due: number | null = null;
  for (const days of REMINDER_DAYS) if (daysLeft <= days) due = days;
  return due;
}
