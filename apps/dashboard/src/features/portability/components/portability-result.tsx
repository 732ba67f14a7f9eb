import { Alert, Badge, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { PortabilityQuery } from '../../../gql/graphql';
import { formatDate, formatDecimal } from '../../../utils/format';
import { CitationLink } from '../../renewal/components/citation-link';
import { WhyDrillDown } from '../../renewal/components/why-drill-down';
import { renewalStatusColors, renewalStatusLabels } from '../../renewal/utils/renewal-text';

export type PortabilityResultData = PortabilityQuery['portability'];

/** Display-only share for the bar; every number shown as text comes exact from the API. */
function percent(earned: string, required: string): number {
  const need = Number(required);
  if (!(need > 0)) return 100;
  return Math.min(100, Math.round((Number(earned) / need) * 100));
}

/** Portability status in words: the hypothetical cycle ends today, so "behind" means "not enough yet". */
const PORTABILITY_STATUS: Record<PortabilityResultData['status'], string> = {
  COMPLETE: 'your record already meets this requirement',
  ON_TRACK: 'on pace for this requirement',
  AT_RISK: 'not enough yet for this requirement',
  BEHIND: 'not enough yet for this requirement',
  LAPSED: 'not enough yet for this requirement',
};

/** The record evaluated under another state: requirement and progress in that state's unit, the window chosen and why, and each record's conversion. */
export function PortabilityResult({ result }: { result: PortabilityResultData }) {
  const unit = result.unitName;
  const share = percent(result.earned, result.required);
  const met = result.status === 'COMPLETE';
  const progressText = `${formatDecimal(result.earned, 2)} of ${formatDecimal(result.required, 2)} ${unit} (${share}%)`;
  const closest = result.pathways.find((p) => p.id === result.closestPathway);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="portability-result-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h3" id="portability-result-heading">
              Your record in {result.name}
            </Title>
            <Text size="sm" c="dimmed">
              {result.licenseTypeName} · {result.cycleYears}-year cycle · evaluated {formatDate(result.asOf)}
            </Text>
          </div>
          <Badge size="lg" variant="outline" color={met ? 'green.9' : renewalStatusColors[result.status]}>
            {met ? 'Requirement met' : 'Not met yet'}
          </Badge>
        </Group>
        <div>
          <Text fw={700} fz={22}>
            {progressText}
          </Text>
          <Progress
            value={share}
            size="lg"
            mt={4}
            aria-label={progressText}
            color={met ? 'green.9' : renewalStatusColors[result.status]}
          />
          <Text size="sm" mt={4}>
            {met ? 'Met' : renewalStatusLabels[result.status]}: {PORTABILITY_STATUS[result.status]}.{' '}
            {!met && (
              <>
                <strong>Still needed:</strong> {formatDecimal(result.remaining, 2)} {unit}.
              </>
            )}
          </Text>
        </div>
        <Alert variant="light" color="blue" title="Which PD is counted">
          {result.windowBasis} Window: {formatDate(result.windowStart)} – {formatDate(result.windowEnd)}.
        </Alert>
        {result.categories.length > 0 && (
          <div>
            <Title order={3} size="h5">
              Required categories
            </Title>
            <List size="sm" spacing={4} listStyleType="none" pl={0}>
              {result.categories.map((category) => (
                <List.Item key={category.id}>
                  <span aria-hidden="true">{category.met ? '✓ ' : '✗ '}</span>
                  <strong>{category.label}</strong>: {category.met ? 'met' : 'not met yet'} — {formatDecimal(category.earned, 2)}{' '}
                  of {formatDecimal(category.required, 2)} {unit} <CitationLink citation={category.citation} />
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {result.pathways.length > 0 && (
          <div>
            <Title order={3} size="h5">
              Other ways to renew in {result.jurisdiction}
            </Title>
            <List size="sm" spacing={4}>
              {result.pathways.map((p) => (
                <List.Item key={p.id}>
                  {p.label}: {formatDecimal(p.earned, 2)} of {formatDecimal(p.required, 2)} {p.unitName}
                  {p.met ? ' — met' : ''}
                  {closest?.id === p.id ? ' (closest to done)' : ''}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {result.notes.length > 0 && (
          <div>
            <Title order={3} size="h5">
              What else {result.jurisdiction} says
            </Title>
            <List size="sm" spacing={4}>
              {result.notes.map((note) => (
                <List.Item key={note.ruleId}>
                  {note.description} <CitationLink citation={note.citation} />
                  {note.uncertain && ` — uncertain: ${note.uncertain}`}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <WhyDrillDown renewal={result} defaultOpen />
      </Stack>
    </Paper>
  );
}
