import { Paper, Stack, Text, Title } from '@mantine/core';
import { BadgeImportForm } from '../features/badges/components/badge-import-form';
import { useViewer } from '../features/auth/hooks/use-viewer';

/** Teachers: import digital badges and micro-credentials as verified PD. */
export function BadgesPage() {
  const viewer = useViewer();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Import a badge</Title>
        <Text c="dimmed">
          Add badges you earned from an approved issuer. PD Ledger checks each one is genuine, is yours and is not revoked or
          expired, then records it as verified PD with the file kept as evidence.
        </Text>
      </div>
      {viewer.role === 'TEACHER' ? (
        <Paper withBorder p="md" radius="md">
          <BadgeImportForm />
        </Paper>
      ) : (
        <Text>Badges are imported by the teacher who earned them.</Text>
      )}
    </Stack>
  );
}
