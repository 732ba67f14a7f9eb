import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { BadgeOriginsEditor } from '../features/settings/components/badge-origins-editor';
import { ReviewSettingsSwitch } from '../features/settings/components/review-settings-switch';
import { TrustedIssuersEditor } from '../features/settings/components/trusted-issuers-editor';
import { IdentityProviderEditor } from '../features/sign-in-oidc/components/identity-provider-editor';

/** HR: district-wide settings — how staff sign in, who reviews PD, and which badge issuers may be contacted. */
export function SettingsPage() {
  const viewer = useViewer();
  if (viewer.role !== 'HR_ADMIN') {
    return (
      <Alert color="orange.9" title="District settings are for HR admins" role="alert">
        Ask your district’s HR office to change these settings.
      </Alert>
    );
  }
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>District settings</Title>
        <Text c="dimmed">How {viewer.district.name} signs in, reviews PD and verifies badges.</Text>
      </div>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-sign-in">
        <Title order={2} size="h3" id="settings-sign-in" mb="sm">
          Sign-in with the district’s identity provider
        </Title>
        <IdentityProviderEditor />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-review">
        <Title order={2} size="h3" id="settings-review" mb="sm">
          Review
        </Title>
        <ReviewSettingsSwitch />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-trust">
        <Title order={2} size="h3" id="settings-trust" mb="sm">
          Trusted badge issuers
        </Title>
        <TrustedIssuersEditor />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-badges">
        <Title order={2} size="h3" id="settings-badges" mb="sm">
          Badge issuers allowed for hosted verification
        </Title>
        <BadgeOriginsEditor />
      </Paper>
    </Stack>
  );
}
