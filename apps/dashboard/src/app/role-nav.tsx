import { useQuery } from '@apollo/client/react';
import { Group, Text } from '@mantine/core';
import { NavLink } from 'react-router';
import { PrincipalReviewSettingDocument, type Role } from '../gql/graphql';
import { useViewer } from '../features/auth/hooks/use-viewer';

interface NavItem {
  to: string;
  label: string;
  roles: readonly Role[];
  /** Active only on this exact path, not on the pages below it. */
  end?: boolean;
}

// One list, filtered by role: the pages each role works in, in the order they use them.
const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'My PD', roles: ['TEACHER'] },
  { to: '/micro-credentials', label: 'Micro-credentials', roles: ['TEACHER', 'HR_ADMIN'] },
  { to: '/badges', label: 'Badges', roles: ['TEACHER'] },
  { to: '/renewal', label: 'My renewal', roles: ['TEACHER'] },
  { to: '/plan', label: 'Plan ahead', roles: ['TEACHER'] },
  { to: '/pre-approvals', label: 'Pre-approvals', roles: ['TEACHER'] },
  { to: '/', label: 'My school', roles: ['PRINCIPAL'] },
  { to: '/', label: 'Overview', roles: ['HR_ADMIN'] },
  { to: '/', label: 'To score', roles: ['ASSESSOR'] },
  { to: '/imports', label: 'Imports', roles: ['HR_ADMIN'] },
  { to: '/goals', label: 'Goals', roles: ['PRINCIPAL', 'HR_ADMIN'] },
  { to: '/review', label: 'Review', roles: ['HR_ADMIN', 'PRINCIPAL'] },
  { to: '/reports', label: 'Reports', roles: ['HR_ADMIN', 'PRINCIPAL'], end: true },
  { to: '/reports/lane-change', label: 'Lane changes', roles: ['HR_ADMIN'] },
  { to: '/audit', label: 'Audit', roles: ['HR_ADMIN'] },
  { to: '/email-outbox', label: 'Email', roles: ['HR_ADMIN'] },
  { to: '/rules', label: 'Rules', roles: ['HR_ADMIN', 'PRINCIPAL', 'TEACHER'] },
  { to: '/salary-schedule', label: 'Salary schedule', roles: ['HR_ADMIN', 'PRINCIPAL', 'TEACHER'] },
  { to: '/settings', label: 'Settings', roles: ['HR_ADMIN'] },
];

function linkStyle({ isActive }: { isActive: boolean }) {
  return {
    display: 'inline-block',
    padding: '6px 12px',
    borderRadius: 6,
    fontWeight: 600,
    fontSize: 'var(--mantine-font-size-sm)',
    textDecoration: 'none',
    color: isActive ? 'var(--mantine-color-white)' : 'var(--mantine-color-blue-9)',
    background: isActive ? 'var(--mantine-color-blue-9)' : 'var(--mantine-color-blue-0)',
  };
}

/** The signed-in person's sections; the current one is marked for assistive technology (aria-current). */
export function RoleNav() {
  const viewer = useViewer();
  // A principal reviews only when the district allows it: otherwise Review would be a dead end.
  const principal = viewer.role === 'PRINCIPAL';
  const { data } = useQuery(PrincipalReviewSettingDocument, { skip: !principal });
  const reviewOff = principal && data?.reviewSettings.principalsCanReview === false;
  const items = NAV_ITEMS.filter((item) => item.roles.includes(viewer.role) && !(reviewOff && item.to === '/review'));
  return (
    <nav aria-label="Main">
      <Group gap={4} wrap="wrap" mb="md" align="center">
        {items.map((item) => (
          <NavLink key={`${item.to}-${item.label}`} to={item.to} end={item.to === '/' || item.end === true} style={linkStyle}>
            {item.label}
          </NavLink>
        ))}
        {reviewOff && (
          <Text size="xs" c="dimmed" ml={4}>
            Review: your district’s HR reviews PD (principal review is off).
          </Text>
        )}
      </Group>
    </nav>
  );
}
