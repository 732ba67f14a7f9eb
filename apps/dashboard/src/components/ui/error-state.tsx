import { Alert, Button, Group, Text } from '@mantine/core';
import { describeError } from '../../utils/graphql-errors';

interface ErrorStateProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** An error in words that say what to do, with a retry button when retrying can help. */
export function ErrorState({ error, title = 'Something went wrong', onRetry }: ErrorStateProps) {
  return (
    <Alert color="red" variant="light" title={title} role="alert" my="md">
      <Text size="sm" c="red.9">
        {describeError(error)}
      </Text>
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="outline" color="red.9" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      )}
    </Alert>
  );
}
