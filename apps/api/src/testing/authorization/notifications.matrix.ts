import { Actor, EVERYONE_SIGNED_IN, Expectation, HR_ONLY, MatrixOperation, World } from './authorization-matrix';
import { TEST_PASSWORD } from '../district-factory';
import { GraphQLClient } from '../graphql-client';

/**
 * Notifications: each person sees and marks only their own; HR reads the outbox and job status of
 * their own district only.
 */

const teacherNotifications = new WeakMap<World, Promise<string>>();

/**
 * A notification of teacher A in district 1: HR denies a pre-approval teacher A requested, which
 * notifies teacher A (and writes the email to the outbox). Made once per world; pre-approvals are
 * not PD records, so the matrix's "nothing changed" count is untouched.
 */
function teacherANotification(c: GraphQLClient, w: World): Promise<string> {
  let made = teacherNotifications.get(w);
  if (!made) {
    made = (async () => {
      const teacher = new GraphQLClient(c.baseUrl);
      await teacher.signIn(w.d1.accounts.teacherA.email, TEST_PASSWORD);
      const requested = await teacher.request<{ requestPreApproval: { id: string } }>(
        `mutation($input: PreApprovalInput!) { requestPreApproval(input: $input) { id } }`,
        {
          input: {
            title: 'Matrix notified course',
            activityType: 'COURSE',
            plannedStartOn: '2024-09-01',
            expectedAmount: '3',
            unit: 'SEMESTER_CREDIT',
          },
        },
      );
      const hr = new GraphQLClient(c.baseUrl);
      await hr.signIn(w.d1.accounts.hr.email, TEST_PASSWORD);
      await hr.request(`mutation($id: ID!) { denyPreApproval(id: $id, feedback: "Matrix: not this year") { id } }`, {
        id: requested.data!.requestPreApproval.id,
      });
      const mine = await teacher.request<{ notifications: { rows: Array<{ id: string; title: string }> } }>(
        `{ notifications { rows { id title } } }`,
      );
      const notification = mine.data!.notifications.rows.find((row) => row.title.includes('Matrix notified course'));
      if (!notification) throw new Error('teacher A was not notified of the pre-approval decision');
      return notification.id;
    })();
    teacherNotifications.set(w, made);
  }
  return made;
}

/** Teacher A's own notification: nobody else learns it exists. */
const TEACHER_A_ONLY: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'allowed',
  teacherOtherSchool: 'NOT_FOUND',
  principal: 'NOT_FOUND',
  principalOtherSchool: 'NOT_FOUND',
  hr: 'NOT_FOUND',
  hrOtherDistrict: 'NOT_FOUND',
  assessor: 'NOT_FOUND',
};

export const notificationOperations: MatrixOperation[] = [
  {
    name: 'notifications',
    run: async (c, w) => {
      await teacherANotification(c, w);
      return c.request(`{ notifications { totalCount unreadCount rows { id kind title } } }`);
    },
    expect: EVERYONE_SIGNED_IN,
    check: (response, actor) => {
      const rows = (response.data as { notifications: { rows: Array<{ title: string }> } }).notifications.rows;
      const seesTeacherAs = rows.some((row) => row.title.includes('Matrix notified course'));
      expect(seesTeacherAs).toBe(actor === 'teacher');
    },
  },
  {
    name: 'unreadNotificationCount',
    run: (c) => c.request(`{ unreadNotificationCount }`),
    expect: EVERYONE_SIGNED_IN,
  },
  {
    name: "markNotificationsRead (teacher A's notification)",
    run: async (c, w) =>
      c.request(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [await teacherANotification(c, w)] }),
    expect: TEACHER_A_ONLY,
  },
  {
    name: 'markNotificationsRead (all of my own)',
    run: (c) => c.request(`mutation { markNotificationsRead }`),
    expect: EVERYONE_SIGNED_IN,
    check: (response) => expect((response.data as { markNotificationsRead: number }).markNotificationsRead).toBe(0),
  },
  {
    name: 'notificationPreferences',
    run: (c) => c.request(`{ notificationPreferences { kind label email } }`),
    expect: EVERYONE_SIGNED_IN,
    check: (response, actor) => {
      const kinds = (response.data as { notificationPreferences: Array<{ kind: string }> }).notificationPreferences.map(
        (p) => p.kind,
      );
      expect(kinds.includes('WEEKLY_DIGEST')).toBe(!actor.startsWith('teacher'));
    },
  },
  {
    name: 'setNotificationEmail (own choice)',
    run: (c) => c.request(`mutation { setNotificationEmail(kind: RECORD_DECISION, email: true) { kind email } }`),
    expect: EVERYONE_SIGNED_IN,
  },
  {
    name: 'emailOutbox',
    run: async (c, w) => {
      await teacherANotification(c, w);
      return c.request(`{ emailOutbox { totalCount rows { to subject status } } }`);
    },
    expect: HR_ONLY,
    check: (response, actor, w) => {
      const rows = (response.data as { emailOutbox: { rows: Array<{ to: string }> } }).emailOutbox.rows;
      const teacherA = rows.some((row) => row.to === w.d1.accounts.teacherA.email);
      expect(teacherA).toBe(actor === 'hr');
    },
  },
  {
    name: 'notificationJobStatus',
    run: (c) =>
      c.request(`{ notificationJobStatus { schedulerEnabled mailConfigured emailsHeld recentRuns { id job status } } }`),
    expect: HR_ONLY,
  },
];
