import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Text } from '@mantine/core';
import { DismissPasswordResetNoticeDocument, MyPasswordResetNoticesDocument } from '../../../gql/graphql';
import { formatDateTime } from '../../../utils/upload';

/** Tells a person that HR reset their password, by whom and when, until they dismiss it. */
export function PasswordResetNotice() {
  const { data } = useQuery(MyPasswordResetNoticesDocument);
  const [dismiss] = useMutation(DismissPasswordResetNoticeDocument, { refetchQueries: ['MyPasswordResetNotices'] });
  const notice = data?.myPasswordResetNotices[0];
  if (!notice) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      role="status"
      title="Your password was reset"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => void dismiss()}
      mb="md"
    >
      <Text size="sm">
        Your password was reset by {notice.resetByName} on {formatDateTime(notice.resetAt)}. If you did not ask for this, tell
        your district office.
      </Text>
    </Alert>
  );
}
