import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageLoader } from '../components/ui/page-loader';
import { RequireAuth } from '../features/auth/components/require-auth';
import { loadAppLayout, loadHomePage, loadSchoolHome, loadSignInPage } from './route-chunks';

// Every page is its own chunk, so the sign-in page loads without the tables and charts of the
// homes, and a teacher never downloads recharts.
const SignInPage = lazy(() => loadSignInPage().then((m) => ({ default: m.SignInPage })));
const AppLayout = lazy(() => loadAppLayout().then((m) => ({ default: m.AppLayout })));
const HomePage = lazy(() => loadHomePage().then((m) => ({ default: m.HomePage })));
const SchoolHomePage = lazy(() => loadSchoolHome().then((m) => ({ default: m.SchoolHomePage })));
const StaffPage = lazy(() => import('../pages/staff-page').then((m) => ({ default: m.StaffPage })));
const EducatorPage = lazy(() => import('../pages/educator-page').then((m) => ({ default: m.EducatorPage })));
const SignInRefusedPage = lazy(() => import('../pages/sign-in-refused-page').then((m) => ({ default: m.SignInRefusedPage })));
const SetPasswordPage = lazy(() => import('../pages/set-password-page').then((m) => ({ default: m.SetPasswordPage })));
const ImportsPage = lazy(() => import('../pages/imports-page').then((m) => ({ default: m.ImportsPage })));
const ReviewPage = lazy(() => import('../pages/review-page').then((m) => ({ default: m.ReviewPage })));
const AuditPage = lazy(() => import('../pages/audit-page').then((m) => ({ default: m.AuditPage })));
const BadgesPage = lazy(() => import('../pages/badges-page').then((m) => ({ default: m.BadgesPage })));
const RenewalPage = lazy(() => import('../pages/renewal-page').then((m) => ({ default: m.RenewalPage })));
const RulesPage = lazy(() => import('../pages/rules-page').then((m) => ({ default: m.RulesPage })));
const RulePresetPage = lazy(() => import('../pages/rule-preset-page').then((m) => ({ default: m.RulePresetPage })));
const PortabilityPage = lazy(() => import('../pages/portability-page').then((m) => ({ default: m.PortabilityPage })));
const SettingsPage = lazy(() => import('../pages/settings-page').then((m) => ({ default: m.SettingsPage })));
const PreApprovalsPage = lazy(() => import('../pages/pre-approvals-page').then((m) => ({ default: m.PreApprovalsPage })));
const GoalsPage = lazy(() => import('../pages/goals-page').then((m) => ({ default: m.GoalsPage })));
const GoalPage = lazy(() => import('../pages/goal-page').then((m) => ({ default: m.GoalPage })));
const WhatIfPage = lazy(() => import('../pages/what-if-page').then((m) => ({ default: m.WhatIfPage })));
const ReportsPage = lazy(() => import('../pages/reports-page').then((m) => ({ default: m.ReportsPage })));
const SalarySchedulePage = lazy(() => import('../pages/salary-schedule-page').then((m) => ({ default: m.SalarySchedulePage })));
const LaneChangePage = lazy(() => import('../pages/lane-change-page').then((m) => ({ default: m.LaneChangePage })));
const NotificationsPage = lazy(() => import('../pages/notifications-page').then((m) => ({ default: m.NotificationsPage })));
const NotificationSettingsPage = lazy(() =>
  import('../pages/notification-settings-page').then((m) => ({ default: m.NotificationSettingsPage })),
);
const EmailOutboxPage = lazy(() => import('../pages/email-outbox-page').then((m) => ({ default: m.EmailOutboxPage })));
const MicroCredentialsPage = lazy(() =>
  import('../pages/micro-credentials-page').then((m) => ({ default: m.MicroCredentialsPage })),
);
const VerifyCredentialPage = lazy(() =>
  import('../pages/verify-credential-page').then((m) => ({ default: m.VerifyCredentialPage })),
);
const NotFoundPage = lazy(() => import('../pages/not-found-page').then((m) => ({ default: m.NotFoundPage })));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/sign-in/refused" element={<SignInRefusedPage />} />
        <Route path="/set-password" element={<SetPasswordPage />} />
        <Route path="/verify/:districtId/:credentialId" element={<VerifyCredentialPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route index element={<HomePage />} />
            <Route path="school" element={<SchoolHomePage />} />
            <Route path="staff" element={<StaffPage />} />
            <Route path="educators/:educatorId" element={<EducatorPage />} />
            <Route path="imports" element={<ImportsPage />} />
            <Route path="review" element={<ReviewPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="badges" element={<BadgesPage />} />
            <Route path="renewal" element={<RenewalPage />} />
            <Route path="plan" element={<WhatIfPage />} />
            <Route path="rules" element={<RulesPage />} />
            <Route path="rules/:presetId" element={<RulePresetPage />} />
            <Route path="portability" element={<PortabilityPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="pre-approvals" element={<PreApprovalsPage />} />
            <Route path="goals" element={<GoalsPage />} />
            <Route path="goals/:goalId" element={<GoalPage />} />
            <Route path="reports" element={<ReportsPage />} />
            <Route path="reports/lane-change" element={<LaneChangePage />} />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="notifications/settings" element={<NotificationSettingsPage />} />
            <Route path="email-outbox" element={<EmailOutboxPage />} />
            <Route path="salary-schedule" element={<SalarySchedulePage />} />
            <Route path="micro-credentials" element={<MicroCredentialsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
