import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Switch } from '@mantine/core';
import { useState } from 'react';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import { ReviewSettingsDocument, SetPrincipalsCanReviewDocument } from '../../../gql/graphql';
import { describeError } from '../../../utils/graphql-errors';

/** HR: whether principals may review PD records and pre-approvals for their own schools. */
export function ReviewSettingsSwitch() {
  const { data, error, loading, refetch } = useQuery(ReviewSettingsDocument);
  const [setPrincipalsCanReview, { loading: saving }] = useMutation(SetPrincipalsCanReviewDocument, {
    // The settings object has no id, so write the answer back into the root query ourselves.
    update(cache, result) {
      const settings = result.data?.setPrincipalsCanReview;
      if (settings) cache.writeQuery({ query: ReviewSettingsDocument, data: { __typename: 'Query', reviewSettings: settings } });
    },
  });
  const [saveError, setSaveError] = useState<string | null>(null);

  if (error && !data)
    return <ErrorState error={error} title="Review settings could not be loaded" onRetry={() => void refetch()} />;
  if (loading && !data) return <PageLoader label="Loading review settings…" />;
  const enabled = data?.reviewSettings.principalsCanReview ?? false;

  async function toggle(next: boolean) {
    setSaveError(null);
    try {
      await setPrincipalsCanReview({ variables: { enabled: next } });
    } catch (caught) {
      setSaveError(describeError(caught));
    }
  }

  return (
    <Stack gap="xs">
      <Switch
        label="Principals may review PD for their schools"
        description="When on, principals approve or return their schools’ PD records and pre-approval requests; HR always can."
        checked={enabled}
        disabled={saving}
        onChange={(event) => void toggle(event.currentTarget.checked)}
      />
      {saveError && (
        <Alert color="red" variant="light" role="alert" title="Not saved">
          {saveError}
        </Alert>
      )}
    </Stack>
  );
}
