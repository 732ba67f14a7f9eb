import { Anchor, AppShell, Badge, Box, Group, Stack, Text } from '@mantine/core';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { PageLoader } from '../components/ui/page-loader';
import { PasswordResetNotice } from '../features/auth/components/password-reset-notice';
import { SignOutButton } from '../features/auth/components/sign-out-button';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { roleLabels } from '../utils/format';
import { RoleNav } from './role-nav';

/** The signed-in frame: who is signed in, where, and a way out; the page below. */
export function AppLayout() {
  const viewer = useViewer();
  return (
    <AppShell header={{ height: { base: 96, sm: 64 } }} padding="md">
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
          <Anchor
            component={Link}
            to="/"
            fw={800}
            c="blue.9"
            underline="never"
            size="lg"
            style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            PD Ledger
          </Anchor>
          <Group gap="sm" wrap="nowrap" justify="flex-end" style={{ minWidth: 0, flex: 1 }}>
            <Stack gap={0} align="flex-end" style={{ minWidth: 0, flex: 1 }}>
              <Group gap={6} wrap="wrap" justify="flex-end">
                <Text fw={600} size="sm" truncate>
                  {viewer.displayName}
                </Text>
                <Badge variant="outline" color="gray.8" size="sm">
                  {roleLabels[viewer.role]}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" truncate maw="100%">
                {viewer.district.name}
              </Text>
            </Stack>
            <Box style={{ flexShrink: 0 }}>
              <NotificationBell />
            </Box>
            <Box style={{ flexShrink: 0 }}>
              <SignOutButton />
            </Box>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Box maw={1200} mx="auto">
          <RoleNav />
        </Box>
        <Box id="main-content" tabIndex={-1} maw={1200} mx="auto" style={{ outline: 'none' }}>
          <PasswordResetNotice />
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
