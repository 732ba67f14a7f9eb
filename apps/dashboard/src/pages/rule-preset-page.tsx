import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { CitationLink } from '../features/renewal/components/citation-link';
import { DistrictOverridesTable } from '../features/rules/components/district-rules-section';
import { PresetRulesTable } from '../features/rules/components/preset-rules-table';
import { DistrictRulesDocument, RulePresetDocument } from '../gql/graphql';
import { formatDate, formatDecimal } from '../utils/format';
import { apiErrorCode } from '../utils/graphql-errors';

/** One state rule set (with the district's overrides for it, if any), every version with its license types, conversions, caps, categories and other rules. */
export function RulePresetPage() {
  const { presetId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(RulePresetDocument, { variables: { id: presetId } });
  const district = useQuery(DistrictRulesDocument);
  const overrides = (district.data?.districtRules.overrides ?? []).filter((o) => o.presetId === presetId);
  if (loading && !data) return <PageLoader label="Loading the rule set…" />;
  if (error && !data) {
    if (apiErrorCode(error) === 'NOT_FOUND') {
      return (
        <Stack gap="md">
          <Title order={1}>Rule set not found</Title>
          <EmptyState title={`There is no rule set “${presetId}”.`}>
            <Anchor component={Link} to="/rules">
              See all rule sets
            </Anchor>
          </EmptyState>
        </Stack>
      );
    }
    return <ErrorState error={error} title="The rule set could not be loaded" onRetry={() => void refetch()} />;
  }
  const preset = data?.rulePreset;
  if (!preset) return null;
  const versions = [...preset.versions].reverse();
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/rules" size="sm">
          ← Renewal rules
        </Anchor>
        <Title order={1}>{preset.name}</Title>
        <Text c="dimmed">
          {preset.jurisdiction} · {preset.versions.length} {preset.versions.length === 1 ? 'version' : 'versions'} · a cycle is
          evaluated with the version in force at its {preset.versionSelection === 'cycle_start' ? 'start' : 'end'}
        </Text>
      </div>
      {overrides.length > 0 && (
        <section aria-labelledby="district-overrides-heading">
          <Title order={2} size="h3" id="district-overrides-heading" mb="xs">
            Your district’s overrides
          </Title>
          <Text size="sm" mb="xs">
            They add to the state’s rules from their effective dates (each becomes a version of its own for cycles ending on or
            after it).{' '}
            <Anchor component={Link} to="/rules">
              Manage on the rules page
            </Anchor>
          </Text>
          <DistrictOverridesTable
            overrides={overrides}
            canEdit={false}
            onDone={() => undefined}
            caption={`${overrides.length} district overrides for ${preset.jurisdiction}`}
          />
        </section>
      )}
      {versions.map((version) => (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          key={version.version}
          aria-labelledby={`version-${version.version}`}
        >
          <Stack gap="md">
            <div>
              <Title order={2} size="h3" id={`version-${version.version}`}>
                Version {version.version}, in force from {formatDate(version.effectiveFrom)}
              </Title>
              <Text size="sm">{version.summary}</Text>
              <Text size="sm" c="dimmed">
                Unit: {version.unitName}
              </Text>
            </div>
            <Table.ScrollContainer minWidth={560}>
              <Table striped withTableBorder>
                <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 700 }}>License types</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Type</Table.Th>
                    <Table.Th scope="col">Required per cycle</Table.Th>
                    <Table.Th scope="col">Cycle</Table.Th>
                    <Table.Th scope="col">Source</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {version.licenseTypes.map((type) => (
                    <Table.Tr key={type.id}>
                      <Table.Th scope="row" fw={500}>
                        {type.name}
                        {type.id === version.defaultLicenseType && ' (default)'}
                      </Table.Th>
                      <Table.Td>
                        {formatDecimal(type.required, 2)} {version.unitName}
                      </Table.Td>
                      <Table.Td>{type.cycleYears} years</Table.Td>
                      <Table.Td>
                        <CitationLink citation={type.citation} />
                        {type.uncertain && <Text size="xs">Uncertain: {type.uncertain}</Text>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <PresetRulesTable caption="Conversions (first match wins)" rules={version.conversions} />
            <PresetRulesTable caption="Caps" rules={version.caps} />
            <PresetRulesTable caption="Required categories" rules={version.categories} />
            <PresetRulesTable caption="Cycle, deadline, grace, carry-over and notes" rules={version.otherRules} />
            <PresetRulesTable
              caption="Not checked by PD Ledger (the state requires it; evaluations list it)"
              rules={version.notChecked}
            />
            {version.unverifiedSources.length === 0 ? (
              <Text size="sm">Sources not verified: none — every cited page was read and confirmed.</Text>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table striped withTableBorder>
                  <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 700 }}>
                    Sources not verified ({version.unverifiedSources.length}): the facts resting on them are unconfirmed
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Source</Table.Th>
                      <Table.Th scope="col">Check</Table.Th>
                      <Table.Th scope="col">Rules resting on it</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {version.unverifiedSources.map((source) => (
                      <Table.Tr key={source.url}>
                        <Table.Th scope="row" fw={400} style={{ wordBreak: 'break-all' }}>
                          <Anchor href={source.url} target="_blank" rel="noreferrer" size="sm">
                            {source.url}
                          </Anchor>
                        </Table.Th>
                        <Table.Td>
                          <Text size="sm">
                            {source.checkStatus === 'unconfirmed'
                              ? `Could not be confirmed (${formatDate(source.checkedOn ?? '')})`
                              : 'Never checked'}
                          </Text>
                          {source.checkNote && <Text size="xs">{source.checkNote}</Text>}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{source.ruleIds.join(', ')}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
