import { Stack, Text, Title } from '@mantine/core';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { HrMicroCredentials } from '../features/micro-credentials/components/hr-micro-credentials';
import { TeacherMicroCredentials } from '../features/micro-credentials/components/teacher-micro-credentials';

/** Micro-credentials: teachers earn them, HR runs the catalog and the assessment. */
export function MicroCredentialsPage() {
  const viewer = useViewer();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Micro-credentials</Title>
        <Text c="dimmed">
          {viewer.role === 'HR_ADMIN'
            ? 'The district’s micro-credentials, their assessors, and the credentials the district signs.'
            : 'Pick a skill to grow, show it in your classroom, and earn a credential the district signs.'}
        </Text>
      </div>
      {viewer.role === 'HR_ADMIN' ? <HrMicroCredentials /> : null}
      {viewer.role === 'TEACHER' ? <TeacherMicroCredentials districtId={viewer.district.id} /> : null}
      {viewer.role === 'PRINCIPAL' ? (
        <Text>Your staff’s micro-credentials and growth goals are on each educator’s page.</Text>
      ) : null}
    </Stack>
  );
}
