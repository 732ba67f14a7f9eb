import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { AccountsWithoutPassword } from '../features/imports/components/accounts-without-password';
import { ResetAccountPassword } from '../features/imports/components/reset-account-password';
import { ImportPreview } from '../features/imports/components/import-preview';
import { ImportRunsList } from '../features/imports/components/import-runs-list';
import { ImportUploadForm } from '../features/imports/components/import-upload-form';
import { ApplyRosterImportDocument, ApplyTranscriptImportDocument, ImportRunDocument } from '../gql/graphql';
import { describeError } from '../utils/graphql-errors';

/** HR: upload a roster or transcript, check its preview, apply it; earlier runs; people without a password. */
export function ImportsPage() {
  const viewer = useViewer();
  const client = useApolloClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const runId = searchParams.get('run');
  const [applyError, setApplyError] = useState<string | null>(null);
  const { data, error, loading, refetch } = useQuery(ImportRunDocument, {
    variables: { id: runId ?? '' },
    skip: !runId,
    fetchPolicy: 'network-only',
  });
  const refetchQueries = ['ImportRuns', 'AccountsWithoutPassword'];
  const [applyRoster, { loading: applyingRoster }] = useMutation(ApplyRosterImportDocument, { refetchQueries });
  const [applyTranscript, { loading: applyingTranscript }] = useMutation(ApplyTranscriptImportDocument, { refetchQueries });

  if (viewer.role !== 'HR_ADMIN') {
    return (
      <Alert color="orange.9" title="Imports are for HR admins" role="alert">
        Ask your district’s HR office to import rosters and transcripts.
      </Alert>
    );
  }

  function selectRun(id: string) {
    setApplyError(null);
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      next.set('run', id);
      return next;
    });
  }

  async function apply() {
    const run = data?.importRun;
    if (!run) return;
    setApplyError(null);
    try {
      if (run.kind === 'ROSTER') await applyRoster({ variables: { importId: run.id } });
      else await applyTranscript({ variables: { importId: run.id } });
      await refetch();
    } catch (caught) {
      setApplyError(describeError(caught));
      void refetch();
    }
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Imports</Title>
        <Text c="dimmed">
          Bring staff rosters and vendor PD transcripts into {viewer.district.name}: upload, check the preview, then apply.
        </Text>
      </div>

      <Paper withBorder p="md" radius="md">
        <ImportUploadForm
          onUploaded={(id) => {
            selectRun(id);
            void client.refetchQueries({ include: ['ImportRuns'] });
          }}
        />
      </Paper>

      {runId &&
        (error && !data ? (
          <ErrorState error={error} title="This import could not be loaded" onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <PageLoader label="Loading the preview…" />
        ) : data?.importRun ? (
          <Stack gap="xs">
            {applyError && (
              <Alert color="red" variant="light" role="alert" title="Not applied; nothing changed">
                {applyError}
              </Alert>
            )}
            <ImportPreview run={data.importRun} onApply={() => void apply()} applying={applyingRoster || applyingTranscript} />
          </Stack>
        ) : null)}

      <ImportRunsList selectedId={runId} onSelect={selectRun} />
      <Divider />
      <AccountsWithoutPassword />
      <Divider />
      <ResetAccountPassword />
    </Stack>
  );
}
