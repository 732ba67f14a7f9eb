import { lazy } from 'react';
import { loadAssessorHome, loadDistrictOverview, loadSchoolHome, loadTeacherHome } from '../app/route-chunks';
import { useViewer } from '../features/auth/hooks/use-viewer';

// Each role's home is a separate chunk: a teacher's phone never downloads the charts and
// tables of the principal and HR homes.
const TeacherHomePage = lazy(() => loadTeacherHome().then((m) => ({ default: m.TeacherHomePage })));
const SchoolHomePage = lazy(() => loadSchoolHome().then((m) => ({ default: m.SchoolHomePage })));
const DistrictOverviewPage = lazy(() => loadDistrictOverview().then((m) => ({ default: m.DistrictOverviewPage })));
const AssessorHomePage = lazy(() => loadAssessorHome().then((m) => ({ default: m.AssessorHomePage })));

/** "/" answers each role's first question: their own PD, their school, the district, the portfolios to score. */
export function HomePage() {
  const viewer = useViewer();
  switch (viewer.role) {
    case 'TEACHER':
      return <TeacherHomePage />;
    case 'PRINCIPAL':
      return <SchoolHomePage />;
    case 'HR_ADMIN':
      return <DistrictOverviewPage />;
    case 'ASSESSOR':
      return <AssessorHomePage />;
  }
}
