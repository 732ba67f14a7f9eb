import type { Role } from '../gql/graphql';

/**
 * The code-split chunks on the way to each home. The route table and the role switch load them
 * lazily through these functions, and `startLoadingFor` asks for them early, so the chunks a page
 * needs download side by side with the session check instead of one after another (the browser's
 * module map loads each chunk once, whoever asks first).
 */
export const loadSignInPage = () => import('../pages/sign-in-page');
export const loadAppLayout = () => import('./app-layout');
export const loadHomePage = () => import('../pages/home-page');
export const loadTeacherHome = () => import('../pages/teacher-home-page');
export const loadSchoolHome = () => import('../pages/school-home-page');
export const loadDistrictOverview = () => import('../pages/district-overview-page');
export const loadAssessorHome = () => import('../pages/assessor-home-page');

const ROLE_HOMES: Record<Role, () => Promise<unknown>> = {
  TEACHER: loadTeacherHome,
  PRINCIPAL: loadSchoolHome,
  HR_ADMIN: loadDistrictOverview,
  ASSESSOR: loadAssessorHome,
};

/** Pages outside the signed-in layout: nobody needs to be signed in to see them. */
export function isPublicPath(pathname: string): boolean {
  return pathname === '/sign-in' || pathname === '/set-password' || pathname.startsWith('/verify/');
}

/**
 * Called once at start-up, before React renders: begins downloading the chunks the first screen
 * for `pathname` needs. A failed download is not reported here; the lazy route asks again and
 * shows its error state.
 */
export function startLoadingFor(pathname: string): void {
  const quietly = (load: () => Promise<unknown>) => void load().catch(() => undefined);
  if (pathname === '/sign-in') quietly(loadSignInPage);
  if (isPublicPath(pathname)) return;
  quietly(loadAppLayout);
  if (pathname === '/') quietly(loadHomePage);
}

/** Once the session check says who is signed in: their home's chunk, if "/" is where they are. */
export function startLoadingHomeFor(role: Role, pathname: string): void {
  if (pathname === '/') void ROLE_HOMES[role]().catch(() => undefined);
}
