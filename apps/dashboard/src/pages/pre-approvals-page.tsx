import { Paper, Stack, Text, Title } from '@mantine/core';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { MyPreApprovalsList } from '../features/pre-approvals/components/my-pre-approvals-list';
import { PreApprovalRequestForm } from '../features/pre-approvals/components/pre-approval-request-form';

/** Teachers: ask for lane credit before an activity, and follow the decisions. */
export function PreApprovalsPage() {
  const viewer = useViewer();
  if (viewer.role !== 'TEACHER') {
    return (
      <Stack gap="sm">
        <Title order={1}>Pre-approvals</Title>
        <Text>Teachers request pre-approval for their own activities; reviewers decide them on the Review page.</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Pre-approvals</Title>
        <Text c="dimmed">
          Ask before a course or activity whether it will count toward your salary lane. Once approved, submit the PD as usual.
        </Text>
      </div>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="pre-approval-request">
        <Title order={2} size="h3" id="pre-approval-request" mb="sm">
          Request pre-approval
        </Title>
        <PreApprovalRequestForm />
      </Paper>
      <section aria-labelledby="pre-approval-mine">
        <Title order={2} size="h3" id="pre-approval-mine" mb="sm">
          Your requests
        </Title>
        <MyPreApprovalsList />
      </section>
    </Stack>
  );
}
