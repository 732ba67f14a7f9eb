import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack gap="sm">
      <Title order={1}>Page not found</Title>
      <Text>
        There is nothing at this address. Check the link, or{' '}
        <Anchor component={Link} to="/">
          go to your home page
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
