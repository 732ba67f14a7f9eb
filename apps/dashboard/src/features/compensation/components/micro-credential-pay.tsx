import { Anchor, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { CompensationFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../utils/format';
import { CitationLink } from '../../renewal/components/citation-link';
import { formatCents } from '../../lane/utils/money';
import { CatalogPayCalculator } from './catalog-pay-calculator';

function budgetYearLabel(c: CompensationFieldsFragment): string {
  return `${formatDate(c.budgetYearStart)} – ${formatDate(c.budgetYearEnd)}`;
}

/**
 * The teacher home's micro-credential pay under the district schedule's compensation rules: her
 * next pay change first, what each rule pays for the next credential, and this budget year's pay.
 */
export function MicroCredentialPay({ compensation, whyPath }: { compensation: CompensationFieldsFragment; whyPath: string }) {
  const c = compensation;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="glance-pay-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="glance-pay-heading">
          Pay for micro-credentials
        </Title>
        {c.nextPayChange ? (
          <Anchor component={Link} to={whyPath} fw={700} fz={18} c="inherit" underline="always" data-testid="next-pay-change">
            Next pay change: {c.nextPayChange.text}
          </Anchor>
        ) : (
          <Text fw={700}>No further pay change from micro-credentials under your district’s rules.</Text>
        )}
        <Text size="sm">
          This budget year ({budgetYearLabel(c)}): {formatCents(c.totalCents)}
          {c.stipendsCents !== '0' && c.increasesCents !== '0'
            ? ` (stipends ${formatCents(c.stipendsCents)}, increases ${formatCents(c.increasesCents)} a year)`
            : c.increasesCents !== '0'
              ? ' a year in permanent increases'
              : c.stipendsCents !== '0'
                ? ' in stipends'
                : ''}{' '}
          from {c.credentials.length} {c.credentials.length === 1 ? 'micro-credential' : 'micro-credentials'}.
        </Text>
        {c.rules.some((r) => r.next) && (
          <div>
            <Text size="sm" fw={600}>
              What each micro-credential is worth
            </Text>
            <List size="sm" spacing={2}>
              {c.rules
                .filter((r) => r.next)
                .map((r) => (
                  <List.Item key={r.ruleId}>{r.next!.text}</List.Item>
                ))}
            </List>
          </div>
        )}
        <Anchor component={Link} to={whyPath} size="sm" fw={600}>
          Why? The rules, their sources and the working
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** The "Why?" drill-down for micro-credential pay: each rule with its source, its working lines and their cents. */
export function CompensationWhy({ compensation }: { compensation: CompensationFieldsFragment }) {
  const c = compensation;
  return (
    <Stack gap="sm" aria-label="Micro-credential pay: the working">
      <Title order={3} size="h5">
        Micro-credential pay, budget year {budgetYearLabel(c)}
      </Title>
      <Text size="sm">
        What counts: {c.definition.description}. <CitationLink citation={c.definition.citation} />
        {c.definition.uncertain && (
          <Text component="span" size="xs" c="orange.9">
            {' '}
            Uncertain: {c.definition.uncertain}
          </Text>
        )}
      </Text>
      {c.rules.map((rule) => (
        <Table.ScrollContainer minWidth={560} key={rule.ruleId}>
          <Table withTableBorder>
            <Table.Caption>
              {rule.label}: {formatCents(rule.budgetYearCents)} this budget year. <CitationLink citation={rule.citation} />
              {rule.uncertain && ` Uncertain: ${rule.uncertain}`}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Working</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Pay
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rule.lines.map((line, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{line.text}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{line.cents === '0' ? '—' : formatCents(line.cents)}</Table.Td>
                </Table.Tr>
              ))}
              {rule.next && (
                <Table.Tr>
                  <Table.Td colSpan={2}>
                    <Text size="sm" fw={600}>
                      Next: {rule.next.text}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ))}
      {c.excluded.length > 0 && (
        <Text size="sm">
          Not counted for pay: {c.excluded.length} {c.excluded.length === 1 ? 'record' : 'records'} (
          {[...new Set(c.excluded.map((e) => e.reason))].join('; ')}).
        </Text>
      )}
    </Stack>
  );
}

/** The planner's micro-credential pay: this budget year now and with the plan, and what the next credentials are worth. */
export function CompensationComparison({
  before,
  after,
  educatorId,
  asOf,
}: {
  before: CompensationFieldsFragment;
  after: CompensationFieldsFragment;
  educatorId: string;
  asOf: string;
}) {
  const change = BigInt(after.totalCents) - BigInt(before.totalCents);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} radius="md" component="section" aria-labelledby="whatif-pay-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="whatif-pay-heading">
          Pay for micro-credentials
        </Title>
        <Text size="sm" role="status" data-testid="pay-whatif-summary">
          This budget year: {formatCents(before.totalCents)} now, {formatCents(after.totalCents)} with the plan
          {change !== 0n ? ` (${change > 0n ? '+' : ''}${formatCents(change.toString())})` : ''}.
        </Text>
        {after.nextPayChange && <Text size="sm">Next pay change with the plan: {after.nextPayChange.text}.</Text>}
        {before.rules.some((r) => r.next) && (
          <List size="sm" spacing={2} aria-label="What each micro-credential is worth">
            {before.rules
              .filter((r) => r.next)
              .map((r) => (
                <List.Item key={r.ruleId}>{r.next!.text}</List.Item>
              ))}
          </List>
        )}
        <Text size="xs" c="dimmed">
          Only micro-credentials from the district catalog count for pay; activities planned above by title do not. Pick catalog
          micro-credentials to see what they would pay:
        </Text>
        <CatalogPayCalculator educatorId={educatorId} asOf={asOf} currentCents={before.totalCents} />
      </Stack>
    </Paper>
  );
}
