import { Badge, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { RenewalEvaluationFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatDecimal } from '../../../utils/format';
import {
  daysLeftText,
  missingSentence,
  renewalStatusColors,
  renewalStatusLabels,
  statusExplanation,
} from '../utils/renewal-text';
import { CitationLink } from './citation-link';
import { WhyDrillDown } from './why-drill-down';

/** Display-only share for the bar; every number shown as text comes exact from the API. */
function percent(earned: string, required: string): number {
  const need = Number(required);
  if (!(need > 0)) return 100;
  return Math.min(100, Math.round((Number(earned) / need) * 100));
}

/** One license cycle: progress in the state's unit, categories, deadline, status and the "why". */
export function RenewalCard({
  renewal,
  headingLevel = 2,
  whyOpen = false,
}: {
  renewal: RenewalEvaluationFieldsFragment;
  headingLevel?: 2 | 3;
  whyOpen?: boolean;
}) {
  const unit = renewal.unitName;
  const share = percent(renewal.earned, renewal.required);
  const progressText = `${formatDecimal(renewal.earned, 2)} of ${formatDecimal(renewal.required, 2)} ${unit} earned (${share}%)`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      id={`renewal-${renewal.licenseId}`}
      aria-label={`Renewal, ${renewal.licenseTypeName} license`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={headingLevel} size="h4">
              {renewal.licenseTypeName} ({renewal.stateCode}) renewal
            </Title>
            <Text size="sm" c="dimmed">
              Cycle {formatDate(renewal.cycleStart)} – {formatDate(renewal.cycleEnd)} · license {renewal.licenseNumber} ·
              evaluated {formatDate(renewal.asOf)}
            </Text>
          </div>
          <Badge size="lg" variant="outline" color={renewalStatusColors[renewal.status]}>
            Status: {renewalStatusLabels[renewal.status]}
          </Badge>
        </Group>

        <div>
          <Text fw={700} fz={22}>
            {progressText}
          </Text>
          <Progress value={share} size="lg" mt={4} aria-label={progressText} color={renewalStatusColors[renewal.status]} />
          <Text size="sm" mt={4}>
            {renewalStatusLabels[renewal.status]}: {statusExplanation(renewal.status, renewal.daysLeft)}.
          </Text>
        </div>

        <Text>
          <strong>Deadline:</strong> {formatDate(renewal.deadline)} ({daysLeftText(renewal.daysLeft)}).{' '}
          <strong>Remaining:</strong> {formatDecimal(renewal.remaining, 2)} {unit}.
        </Text>
        <Text>{missingSentence(renewal)}</Text>
        {renewal.notChecked.length > 0 && (
          <section aria-label="Not checked by PD Ledger">
            <Text size="sm" fw={700}>
              Not checked by PD Ledger{renewal.status === 'COMPLETE' ? ' (“complete” covers only what PD Ledger checks)' : ''}:
            </Text>
            <List size="sm" spacing={4}>
              {renewal.notChecked.map((rule) => (
                <List.Item key={rule.ruleId}>
                  {rule.description} <CitationLink citation={rule.citation} />
                </List.Item>
              ))}
            </List>
          </section>
        )}

        {renewal.categories.length > 0 && (
          <div>
            <Title order={(headingLevel + 1) as 3 | 4} size="h5">
              Required categories
            </Title>
            <List size="sm" spacing={4} listStyleType="none" pl={0}>
              {renewal.categories.map((category) => (
                <List.Item key={category.id}>
                  <span aria-hidden="true">{category.met ? '✓ ' : '✗ '}</span>
                  <strong>{category.label}</strong>: {category.met ? 'met' : 'not met yet'} — {formatDecimal(category.earned, 2)}{' '}
                  of {formatDecimal(category.required, 2)} {unit}
                </List.Item>
              ))}
            </List>
          </div>
        )}

        {renewal.districtRules.length > 0 && (
          <div>
            <Title order={(headingLevel + 1) as 3 | 4} size="h5">
              District policy
            </Title>
            <List size="sm" spacing={4}>
              {renewal.districtRules.map((rule) => (
                <List.Item key={rule.ruleId}>
                  {rule.description}. <CitationLink citation={rule.citation} />
                </List.Item>
              ))}
            </List>
          </div>
        )}

        {(renewal.carryIn !== '0' || renewal.carryOut !== '0') && (
          <Text size="sm">
            Carry-over: {formatDecimal(renewal.carryIn, 2)} {unit} in from the previous cycle;{' '}
            {formatDecimal(renewal.carryOut, 2)} {unit} would carry into the next.
          </Text>
        )}
        {renewal.pathways.length > 0 && (
          <Text size="sm">
            Other ways to renew:{' '}
            {renewal.pathways
              .map(
                (p) =>
                  `${p.label} (${formatDecimal(p.earned, 2)} of ${formatDecimal(p.required, 2)} ${p.unitName}${p.met ? ', met' : p.blockedBy.length > 0 ? `; also needs ${p.blockedBy.join('; ')}` : ''})`,
              )
              .join('; ')}
            .
          </Text>
        )}

        <WhyDrillDown renewal={renewal} defaultOpen={whyOpen} />
      </Stack>
    </Paper>
  );
}
