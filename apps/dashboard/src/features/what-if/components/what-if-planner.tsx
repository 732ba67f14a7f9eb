import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import { LaneWhatIfDocument, RenewalWhatIfDocument } from '../../../gql/graphql';
import { todayIsoDate } from '../../../utils/format';
import { apiErrorCode, describeError, fieldErrorsOf } from '../../../utils/graphql-errors';
import { usePlanParams } from '../hooks/use-plan-params';
import { describeItem, plannedRecordCount, toHypotheticals, MAX_PLANNED_RECORDS } from '../utils/plan-items';
import { PlanItemForm } from './plan-item-form';
import { LaneComparison, RenewalComparison } from './what-if-comparison';
import { CompensationComparison } from '../../compensation/components/micro-credential-pay';

/**
 * The what-if planner: planned PD (kept in the URL) evaluated by the API's renewalWhatIf and
 * laneWhatIf, shown before → after. Nothing is stored; the planned records count as approved.
 */
export function WhatIfPlanner({ educatorId }: { educatorId: string }) {
  const { items, problems, setItems } = usePlanParams();
  const asOf = todayIsoDate();
  const planned = plannedRecordCount(items);

  // Baselines first (an empty plan), for the rule set's category names; then the plan.
  const renewalBase = useQuery(RenewalWhatIfDocument, { variables: { educatorId, hypotheticals: [], asOf } });
  const categoryIds = useMemo(() => {
    const map = new Map<string, string>();
    for (const category of renewalBase.data?.renewalWhatIf.baseline.categories ?? [])
      map.set(category.label.toLowerCase(), category.id);
    return map;
  }, [renewalBase.data]);
  const hypotheticals = useMemo(() => toHypotheticals(items, asOf, categoryIds), [items, asOf, categoryIds]);
  // The plan waits for the baseline, so its categories go out as the rule set's ids the first time.
  const baseKnown = renewalBase.data !== undefined || renewalBase.error !== undefined;
  const renewalQuery = useQuery(RenewalWhatIfDocument, { variables: { educatorId, hypotheticals, asOf }, skip: !baseKnown });
  const laneQuery = useQuery(LaneWhatIfDocument, { variables: { educatorId, hypotheticals, asOf }, skip: !baseKnown });
  // While a changed plan is evaluated, the previous figures stay on screen (no flicker).
  const renewal = { ...renewalQuery, data: renewalQuery.data ?? (renewalQuery.loading ? renewalQuery.previousData : undefined) };
  const lane = { ...laneQuery, data: laneQuery.data ?? (laneQuery.loading ? laneQuery.previousData : undefined) };
  const requiredCategories = (renewalBase.data?.renewalWhatIf.baseline.categories ?? []).map((category) => category.label);

  // NOT_FOUND from renewalWhatIf means no license with a state rule set: nothing to plan against.
  const noLicense = apiErrorCode(renewal.error) === 'NOT_FOUND';
  const inputErrors = Object.entries({ ...fieldErrorsOf(renewal.error), ...fieldErrorsOf(lane.error) });

  return (
    <Stack gap="lg">
      {problems.length > 0 && (
        <Alert color="orange" variant="light" title="Part of this plan's link could not be read" role="alert">
          <List size="sm">
            {problems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="plan-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="plan-heading">
            Your plan
          </Title>
          {items.length === 0 ? (
            <Text size="sm">
              Nothing planned yet. Add an activity below to see what it would change; nothing is submitted or stored.
            </Text>
          ) : (
            <>
              <Text size="sm">
                {planned} planned {planned === 1 ? 'activity' : 'activities'} (at most {MAX_PLANNED_RECORDS}), counted as approved
                and completed today. Bookmark this page to keep the plan.
              </Text>
              <List spacing={4} listStyleType="none" pl={0} aria-label="Planned activities">
                {items.map((item, index) => (
                  <List.Item key={index}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <Text size="sm" style={{ flex: 1 }}>
                        {describeItem(item)}
                      </Text>
                      <Button size="compact-xs" variant="default" onClick={() => setItems(items.filter((_, i) => i !== index))}>
                        Remove<span className="visually-hidden"> {describeItem(item)}</span>
                      </Button>
                    </Group>
                  </List.Item>
                ))}
              </List>
              <Group>
                <Button size="xs" variant="default" onClick={() => setItems([])}>
                  Clear the plan
                </Button>
              </Group>
            </>
          )}
          <PlanItemForm
            requiredCategories={requiredCategories}
            plannedSoFar={planned}
            onAdd={(item) => setItems([...items, item])}
          />
        </Stack>
      </Paper>

      {inputErrors.length > 0 && (
        <Alert color="red" variant="light" role="alert" title="The plan could not be evaluated">
          <List size="sm">
            {inputErrors.map(([field, message]) => (
              <List.Item key={field}>
                {field}: {message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <section aria-labelledby="results-heading" aria-busy={renewal.loading || lane.loading}>
        <Title order={2} size="h3" id="results-heading" mb="xs">
          What the plan changes
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {noLicense ? (
            <Text size="sm">No license with a state rule set is on record, so there is no renewal to plan for.</Text>
          ) : renewal.error && !renewal.data && inputErrors.length === 0 ? (
            <ErrorState
              error={renewal.error}
              title="The renewal what-if could not be evaluated"
              onRetry={() => void renewal.refetch()}
            />
          ) : renewal.data ? (
            <RenewalComparison before={renewal.data.renewalWhatIf.baseline} after={renewal.data.renewalWhatIf.withHypothetical} />
          ) : renewal.loading || !baseKnown ? (
            <PageLoader label="Evaluating your renewal with the plan…" />
          ) : null}
          {lane.error && !lane.data && inputErrors.length === 0 ? (
            <ErrorState
              error={lane.error}
              title="The salary-lane what-if could not be evaluated"
              onRetry={() => void lane.refetch()}
            />
          ) : lane.data ? (
            lane.data.laneWhatIf.baseline && lane.data.laneWhatIf.withHypothetical ? (
              <Stack gap="sm">
                <LaneComparison before={lane.data.laneWhatIf.baseline} after={lane.data.laneWhatIf.withHypothetical} />
                {lane.data.laneWhatIf.baseline.compensation && lane.data.laneWhatIf.withHypothetical.compensation && (
                  <CompensationComparison
                    before={lane.data.laneWhatIf.baseline.compensation}
                    after={lane.data.laneWhatIf.withHypothetical.compensation}
                    educatorId={educatorId}
                    asOf={asOf}
                  />
                )}
              </Stack>
            ) : (
              <Text size="sm">
                No salary schedule or lane is on record for you, so there is no lane to plan for. HR can add your lane and step.
              </Text>
            )
          ) : lane.loading || !baseKnown ? (
            <PageLoader label="Evaluating your salary lane with the plan…" />
          ) : null}
        </SimpleGrid>
        {(renewal.error || lane.error) && inputErrors.length === 0 && !noLicense && (renewal.data || lane.data) && (
          <Text size="sm" c="red.9" mt="xs">
            {describeError(renewal.error ?? lane.error)}
          </Text>
        )}
      </section>
    </Stack>
  );
}
