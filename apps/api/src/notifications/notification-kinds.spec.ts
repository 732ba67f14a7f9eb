import { Role } from '../access/role';
import { emailKindsFor, NotificationKind, reminderThreshold } from './notification-kinds';

describe('reminderThreshold', () => {
  it('is the narrowest threshold reached, none before 180 days or after the deadline', () => {
    expect(reminderThreshold(181)).toBeNull();
    expect(reminderThreshold(180)).toBe(180);
    expect(reminderThreshold(91)).toBe(180);
    expect(reminderThreshold(90)).toBe(90);
    expect(reminderThreshold(85)).toBe(90);
    expect(reminderThreshold(30)).toBe(30);
    expect(reminderThreshold(0)).toBe(30);
    expect(reminderThreshold(-1)).toBeNull();
  });
});

describe('emailKindsFor', () => {
  it('offers the digest to HR and principals only, and never the security notice', () => {
    expect(emailKindsFor(Role.TEACHER)).not.toContain(NotificationKind.WEEKLY_DIGEST);
    expect(emailKindsFor(Role.PRINCIPAL)).toContain(NotificationKind.WEEKLY_DIGEST);
    expect(emailKindsFor(Role.HR_ADMIN)).not.toContain(NotificationKind.PASSWORD_RESET_BY_ADMIN);
  });
});
