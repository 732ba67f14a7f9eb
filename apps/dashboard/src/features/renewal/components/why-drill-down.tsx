import { Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { RenewalEvaluationFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatDecimal } from '../../../utils/format';
import { recordUnitLabel } from '../utils/renewal-text';
import { CitationLink } from './citation-link';

interface WhyDrillDownProps {
  /** A renewal, or any evaluation with the same explanation fields (portability). */
  renewal: Pick<RenewalEvaluationFieldsFragment, 'earned' | 'unitName' | 'explanation' | 'adjustments' | 'uncertain'> &
    Partial<Pick<RenewalEvaluationFieldsFragment, 'rulesApplied'>>;
  /** Open from the start, when a link from the home asked for this explanation. */
  defaultOpen?: boolean;
}

/**
 * "Why?": every credited record with its conversion, the rule's citation and what it adds; the
 * lines sum exactly to the total earned (the API apportions them). Then caps and rounding that
 * removed credit, records that did not count and why, and facts the state should confirm.
 */
export function WhyDrillDown({ renewal, defaultOpen = false }: WhyDrillDownProps) {
  const [open, setOpen] = useState(defaultOpen);
  const regionId = useId();
  const credited = renewal.explanation.filter((line) => line.counted);
  const notCounted = renewal.explanation.filter((line) => !line.counted);
  const rulesApplied = renewal.rulesApplied ?? [];
  const unit = renewal.unitName;
  return (
    <div>
      <Button variant="light" size="sm" onClick={() => setOpen((value) => !value)} aria-expanded={open} aria-controls={regionId}>
        {open ? 'Hide why' : `Why? How ${formatDecimal(renewal.earned, 2)} ${unit} were counted`}
      </Button>
      {open && (
        <Stack id={regionId} gap="md" mt="sm">
          <Table.ScrollContainer minWidth={720}>
            <Table striped withTableBorder>
              <Table.Caption>
                {credited.length} credited {credited.length === 1 ? 'line' : 'lines'}; they add up to the{' '}
                {formatDecimal(renewal.earned, 2)} {unit} earned.
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Record</Table.Th>
                  <Table.Th scope="col">Completed</Table.Th>
                  <Table.Th scope="col">Recorded</Table.Th>
                  <Table.Th scope="col">Conversion and rule</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    Credited ({unit})
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {credited.map((line, index) => (
                  <Table.Tr key={line.recordId ?? `carry-${index}`}>
                    <Table.Th scope="row" fw={500}>
                      {line.kind === 'carry_in' ? 'Carried over from the previous cycle' : (line.title ?? 'Record')}
                      {line.hypothetical && ' (planned)'}
                    </Table.Th>
                    <Table.Td>{formatDate(line.completedOn)}</Table.Td>
                    <Table.Td>
                      {line.recordedAmount
                        ? `${formatDecimal(line.recordedAmount, 2)} ${recordUnitLabel(line.recordedUnit, line.recordedAmount)}`
                        : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{line.conversion ?? '—'}</Text>
                      {line.conversionCitation && <CitationLink citation={line.conversionCitation} label="Rule source" />}
                      {line.adjustments.map((adjustment, a) => (
                        <Text size="xs" c="dimmed" key={a}>
                          {adjustment.kind === 'cap' ? 'Cap' : adjustment.kind === 'rounding' ? 'Rounding' : 'Carry-over'}:{' '}
                          {formatDecimal(adjustment.change, 2)} ({adjustment.description})
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                      {formatDecimal(line.credited, 2)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row" colSpan={4}>
                    Total earned
                  </Table.Th>
                  <Table.Td style={{ textAlign: 'right', fontWeight: 700 }}>{formatDecimal(renewal.earned, 2)}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">
            Amounts are rounded to 2 decimal places, as everywhere in PD Ledger; the total is worked out exactly, so rounded lines
            can differ from it by a hundredth.
          </Text>

          <div>
            <Title order={4} size="h5">
              Caps and rounding
            </Title>
            {renewal.adjustments.length === 0 ? (
              <Text size="sm">No cap or rounding rule changed these totals.</Text>
            ) : (
              <List size="sm" spacing={4}>
                {renewal.adjustments.map((adjustment) => (
                  <List.Item key={adjustment.ruleId}>
                    {adjustment.reason}: {formatDecimal(adjustment.amount, 2)} {unit} removed of{' '}
                    {formatDecimal(adjustment.before, 2)}
                    {adjustment.limit && ` (limit ${formatDecimal(adjustment.limit, 2)})`}.{' '}
                    <CitationLink citation={adjustment.citation} />
                  </List.Item>
                ))}
              </List>
            )}
          </div>

          {notCounted.length > 0 && (
            <div>
              <Title order={4} size="h5">
                Not counted
              </Title>
              <List size="sm" spacing={4}>
                {notCounted.map((line, index) => (
                  <List.Item key={line.recordId ?? index}>
                    {line.title ?? 'Record'} ({formatDate(line.completedOn)}): {line.reason ?? 'not counted'}.
                  </List.Item>
                ))}
              </List>
            </div>
          )}

          {rulesApplied.length > 0 && (
            <div>
              <Title order={4} size="h5">
                Rules that shaped this result
              </Title>
              <List size="sm" spacing={4}>
                {rulesApplied.map((rule, index) => (
                  <List.Item key={`${rule.ruleId}-${index}`}>
                    {rule.description}. <CitationLink citation={rule.citation} />
                  </List.Item>
                ))}
              </List>
            </div>
          )}

          {renewal.uncertain.length > 0 && (
            <div>
              <Title order={4} size="h5">
                To confirm with the state
              </Title>
              <List size="sm" spacing={4}>
                {renewal.uncertain.map((note) => (
                  <List.Item key={note.ruleId}>
                    {note.description}
                    {note.uncertain && ` — ${note.uncertain}`} <CitationLink citation={note.citation} />
                  </List.Item>
                ))}
              </List>
            </div>
          )}
        </Stack>
      )}
    </div>
  );
}
