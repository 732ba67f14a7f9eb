import { Button, Group, List, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { LaneEvaluationFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatDecimal } from '../../../utils/format';
import { CitationLink } from '../../renewal/components/citation-link';
import { formatCents, formatCentsChange } from '../utils/money';
import { CompensationWhy } from '../../compensation/components/micro-credential-pay';

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz={20}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

/** Salary-lane progress: credits toward the next lane, when it could pay, and what it is worth. */
export function LaneProgress({
  lane,
  headingLevel = 2,
  whyOpen = false,
}: {
  lane: LaneEvaluationFieldsFragment;
  headingLevel?: 2 | 3;
  whyOpen?: boolean;
}) {
  const [open, setOpen] = useState(whyOpen);
  const regionId = useId();
  const needed = Number(lane.creditsNeeded);
  const share = needed > 0 ? Math.min(100, Math.round((Number(lane.creditsEarned) / needed) * 100)) : 100;
  const progressText = lane.nextLane
    ? `${formatDecimal(lane.creditsEarned, 2)} of ${formatDecimal(lane.creditsNeeded, 2)} credits toward ${lane.nextLane} (${share}%)`
    : `Top lane reached: ${lane.currentLane}`;
  const salary = lane.salary;
  const credited = lane.explanation.filter((line) => line.counted);
  return (
    <Paper withBorder p="md" radius="md" component="section" id="lane-progress" aria-label="Salary lane progress">
      <Stack gap="sm">
        <div>
          <Title order={headingLevel} size="h4">
            Salary lane progress
          </Title>
          <Text size="sm" c="dimmed">
            {lane.scheduleName} · now lane {lane.currentLane}, step {lane.currentStep} · evaluated {formatDate(lane.asOf)}
          </Text>
        </div>
        <div>
          <Text fw={700} fz={22}>
            {progressText}
          </Text>
          {lane.nextLane && <Progress value={share} size="lg" mt={4} aria-label={progressText} />}
          {lane.nextLane && !lane.attainableByCredits && (
            <Text size="sm" mt={4}>
              {lane.nextLane} needs a higher degree; credits alone do not reach it.
            </Text>
          )}
        </div>
        {lane.nextLane && (
          <Text>
            {lane.creditsRemaining === '0'
              ? `You have the credits for ${lane.nextLane}${lane.qualifiesOn ? ` since ${formatDate(lane.qualifiesOn)}` : ''}.`
              : `${formatDecimal(lane.creditsRemaining, 2)} more credits reach ${lane.nextLane}.`}{' '}
            {lane.nextWindow
              ? `Next application window: ${formatDate(lane.nextWindow.opens)} – ${formatDate(lane.nextWindow.closes)}, effective ${formatDate(lane.nextWindow.effective)}.`
              : 'The application window and effective date are shown once the credits are reached.'}
          </Text>
        )}
        {salary && lane.nextLane && (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <Figure
              label={`Salary now (${lane.currentLane}, step ${lane.currentStep})`}
              value={formatCents(salary.currentCents)}
              note={`Contract year ${salary.contractYear}`}
            />
            <Figure
              label={`Salary in ${lane.nextLane}`}
              value={formatCents(salary.nextCents)}
              note={`Difference ${formatCentsChange(salary.annualDifferenceCents)} a year`}
            />
            <Figure
              label="Difference this contract year"
              value={formatCentsChange(salary.thisContractYearCents)}
              note={
                lane.nextWindow
                  ? `From ${formatDate(lane.nextWindow.effective)}; never retroactive`
                  : 'From the effective date once reached; never retroactive'
              }
            />
            <Figure
              label="Difference over five years"
              value={formatCentsChange(salary.nextFiveYearsTotalCents)}
              note="With step increases"
            />
          </SimpleGrid>
        )}
        {lane.byKind.length > 0 && (
          <Text size="sm">
            Credits by kind: {lane.byKind.map((kind) => `${kind.description}: ${formatDecimal(kind.credits, 2)}`).join('; ')}.
          </Text>
        )}
        {lane.adjustments.length > 0 && (
          <List size="sm" spacing={4}>
            {lane.adjustments.map((adjustment) => (
              <List.Item key={adjustment.ruleId}>
                {adjustment.reason}: {formatDecimal(adjustment.removed, 2)} credits removed.{' '}
                <CitationLink citation={adjustment.citation} />
              </List.Item>
            ))}
          </List>
        )}
        <Group>
          <Button
            variant="light"
            size="sm"
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
            aria-controls={regionId}
          >
            {open ? 'Hide why' : `Why? How ${formatDecimal(lane.creditsEarned, 2)} lane credits were counted`}
          </Button>
        </Group>
        {lane.compensation?.nextPayChange && (
          <Text size="sm" fw={600}>
            Micro-credentials: {lane.compensation.nextPayChange.text}
          </Text>
        )}
        {open && lane.compensation && <CompensationWhy compensation={lane.compensation} />}
        {open && (
          <Table.ScrollContainer minWidth={640} id={regionId}>
            <Table striped withTableBorder>
              <Table.Caption>
                {credited.length} credited records; they add up to {formatDecimal(lane.creditsEarned, 2)} lane credits.
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Record</Table.Th>
                  <Table.Th scope="col">Completed</Table.Th>
                  <Table.Th scope="col">Conversion and rule</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    Credits
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {credited.map((line) => (
                  <Table.Tr key={line.recordId}>
                    <Table.Th scope="row" fw={500}>
                      {line.title ?? 'Record'}
                      {line.hypothetical && ' (planned)'}
                    </Table.Th>
                    <Table.Td>{formatDate(line.completedOn)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{line.conversion ?? '—'}</Text>
                      {line.conversionCitation && <CitationLink citation={line.conversionCitation} label="Rule source" />}
                      {line.adjustments.map((adjustment, a) => (
                        <Text size="xs" c="dimmed" key={a}>
                          Cap: {formatDecimal(adjustment.change, 2)} ({adjustment.description})
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{formatDecimal(line.credited, 2)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
