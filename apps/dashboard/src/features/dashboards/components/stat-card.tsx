import { Anchor, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** One headline number with its label; a link when the number has a page that explains it. */
export function StatCard({ label, value, to, hint }: { label: string; value: string; to?: string; hint?: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz={{ base: 22, sm: 28 }} lh={1.2}>
        {to ? (
          <Anchor component={Link} to={to} inherit underline="hover" aria-label={`${value} ${label}`}>
            {value}
          </Anchor>
        ) : (
          value
        )}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={2}>
          {hint}
        </Text>
      )}
    </Paper>
  );
}
