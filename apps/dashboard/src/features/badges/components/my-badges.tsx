import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PdRecordRowFragment } from '../../../gql/graphql';
import { formatDate } from '../../../utils/format';

/** Records that came from a verified Open Badges file; a badge HR voided is no longer shown as earned. */
export function badgeRecordsOf(records: readonly PdRecordRowFragment[]): PdRecordRowFragment[] {
  return records.filter(
    (record) =>
      record.status !== 'VOIDED' &&
      (record.source === 'OPEN_BADGES' || record.evidenceFiles.some((file) => file.kind === 'BADGE')),
  );
}

/** The badge's own image: a baked PNG or SVG badge file, or the picture a JSON credential embeds (kept beside it on import). */
function badgeImageOf(record: PdRecordRowFragment) {
  return record.evidenceFiles.find((file) => file.kind === 'BADGE' && file.contentType.startsWith('image/')) ?? null;
}

/** Earned badges with their image and issuer: the teacher's credentials at a glance. */
export function MyBadges({ records }: { records: readonly PdRecordRowFragment[] }) {
  const badges = badgeRecordsOf(records);
  return (
    <section aria-labelledby="my-badges-heading">
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={2} size="h3" id="my-badges-heading">
          My badges
        </Title>
        <Anchor component={Link} to="/badges" size="sm">
          Import a badge
        </Anchor>
      </Group>
      {badges.length === 0 ? (
        <Text size="sm">
          No badges yet. When you earn a micro-credential, use “Import a badge” with the badge file (PNG, SVG or JSON) from its
          issuer.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          {badges.map((record) => {
            const image = badgeImageOf(record);
            const issuer = record.catalogItem?.issuer;
            return (
              <Paper key={record.id} withBorder p="sm" radius="md" component="article" aria-label={record.title}>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  {image ? (
                    <img
                      src={image.url}
                      alt={`Badge image: ${record.title}`}
                      width={64}
                      height={64}
                      style={{ objectFit: 'contain', flexShrink: 0 }}
                    />
                  ) : (
                    <div
                      aria-hidden="true"
                      style={{
                        width: 64,
                        height: 64,
                        flexShrink: 0,
                        borderRadius: '50%',
                        background: 'var(--mantine-color-blue-0)',
                        display: 'grid',
                        placeItems: 'center',
                        fontSize: 28,
                      }}
                    >
                      ★
                    </div>
                  )}
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text fw={600} size="sm">
                      {record.title}
                    </Text>
                    <Text size="xs">
                      Issued by{' '}
                      {issuer?.url ? (
                        <Anchor href={issuer.url} target="_blank" rel="noreferrer noopener" size="xs">
                          {issuer.name}
                          <span className="visually-hidden"> (opens in a new tab)</span>
                        </Anchor>
                      ) : (
                        (issuer?.name ?? 'an unknown issuer')
                      )}{' '}
                      on {formatDate(record.completedOn)}
                    </Text>
                    {record.catalogItem?.competencyArea && (
                      <Text size="xs" c="dimmed">
                        {record.catalogItem.competencyArea}
                      </Text>
                    )}
                  </Stack>
                </Group>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
    </section>
  );
}
