import { lazy } from 'react';
import { useViewer } from '../features/auth/hooks/use-viewer';

// Each role's home is a separate chunk: a teacher's phone never downloads the charts and
// tables of the principal and HR homes.
const TeacherHomePage = lazy(() => import('./teacher-home-page').then((m) => ({ default: m.TeacherHomePage })));
const StaffPage = lazy(() => import('./staff-page').then((m) => ({ default: m.StaffPage })));
const DistrictOverviewPage = lazy(() =>
  import('./district-overview-page').then((m) => ({ default: m.DistrictOverviewPage })),
);

/** "/" answers each role's first question: their own PD, their school's staff, the district. */
export function HomePage() {
  const viewer = useViewer();
  switch (viewer.role) {
    case 'TEACHER':
      return <TeacherHomePage />;
    case 'PRINCIPAL':
      return <StaffPage />;
    case 'HR_ADMIN':
      return <DistrictOverviewPage />;
  }
}
