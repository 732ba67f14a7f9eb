import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { DistrictRulesSection } from '../features/rules/components/district-rules-section';
import { RulePresetsDocument } from '../gql/graphql';
import { formatDate } from '../utils/format';

/**
 * The rules library: the district's states and overrides (HR edits them), then every state rule set
 * the converter ships, each with its citations and uncertain facts.
 */
/** Alphabetical by state, the district's home state first. */
export function sortRulePresets<T extends { jurisdiction: string }>(presets: readonly T[], homeState: string | null): T[] {
  return [...presets].sort((a, b) => {
    const homeA = homeState !== null && a.jurisdiction === homeState ? 0 : 1;
    const homeB = homeState !== null && b.jurisdiction === homeState ? 0 : 1;
    return homeA - homeB || a.jurisdiction.localeCompare(b.jurisdiction);
  });
}

export function RulesPage() {
  const viewer = useViewer();
  const { data, error, loading, refetch } = useQuery(RulePresetsDocument);
  const presets = sortRulePresets(data?.rulePresets ?? [], viewer.district?.stateCode ?? null);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Renewal rules</Title>
        <Text c="dimmed">
          The state relicensure rule sets PD Ledger evaluates with. Every rule cites its source; facts marked “uncertain” should
          be checked with the state.
        </Text>
        {viewer.educator && (
          <Anchor component={Link} to="/portability" size="sm">
            If I move: what my PD record is worth in another state →
          </Anchor>
        )}
      </div>
      <DistrictRulesSection canEdit={viewer.role === 'HR_ADMIN'} presets={data?.rulePresets ?? []} />
      <Title order={2} size="h3">
        Every state
      </Title>
      {error && !data ? (
        <ErrorState error={error} title="The rule sets could not be loaded" onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <PageLoader label="Loading rule sets…" />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder>
            <Table.Caption>
              {presets.length} state rule sets (50 states and DC), by state
              {viewer.district ? `, ${viewer.district.stateCode} (your district’s) first` : ''}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col">Rule set</Table.Th>
                <Table.Th scope="col">Unit</Table.Th>
                <Table.Th scope="col">Latest version from</Table.Th>
                <Table.Th scope="col">Uncertain facts</Table.Th>
                <Table.Th scope="col">Not checked by PD Ledger</Table.Th>
                <Table.Th scope="col">Unverified sources</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {presets.map((preset) => (
                <Table.Tr key={preset.id}>
                  <Table.Td>{preset.jurisdiction}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/rules/${preset.id}`}>
                      {preset.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{preset.unitName}</Table.Td>
                  <Table.Td>
                    {formatDate(preset.latestEffectiveFrom)}
                    {preset.versionCount > 1 && ` (${preset.versionCount} versions)`}
                  </Table.Td>
                  <Table.Td>
                    {preset.uncertainCount === 0 ? (
                      'None'
                    ) : (
                      <Badge variant="outline" color="orange.9">
                        {preset.uncertainCount} uncertain
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{preset.notCheckedCount === 0 ? 'None' : `${preset.notCheckedCount} not checked`}</Table.Td>
                  <Table.Td>
                    {preset.unverifiedSourceCount === 0 ? 'None' : `${preset.unverifiedSourceCount} unverified`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
