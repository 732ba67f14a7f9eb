import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CatalogItemsDocument, CompensationWhatIfDocument } from '../../../gql/graphql';
import { formatCents } from '../../lane/utils/money';

/**
 * "What would these pay?": micro-credentials picked from the district catalog (the only ones that
 * count for pay), evaluated by the API as planned records completed on `asOf`.
 */
export function CatalogPayCalculator({
  educatorId,
  asOf,
  currentCents,
}: {
  educatorId: string;
  asOf: string;
  currentCents: string;
}) {
  const catalog = useQuery(CatalogItemsDocument, { variables: { search: null } });
  const [picked, setPicked] = useState<string[]>([]);
  const [asked, setAsked] = useState<string[] | null>(null);
  const result = useQuery(CompensationWhatIfDocument, {
    skip: asked === null || asked.length === 0,
    variables: {
      educatorId,
      asOf,
      hypotheticals: (asked ?? []).map((catalogItemId) => ({
        activityType: 'MICRO_CREDENTIAL' as const,
        amount: '1',
        unit: 'MICRO_CREDENTIAL' as const,
        completedOn: asOf,
        catalogItemId,
      })),
    },
  });
  const options = (catalog.data?.catalogItems ?? [])
    .filter((item) => item.kind === 'MICRO_CREDENTIAL')
    .map((item) => ({ value: item.id, label: item.name }));
  const after = result.data?.laneWhatIf.withHypothetical?.compensation;
  const change = after ? BigInt(after.totalCents) - BigInt(currentCents) : null;
  return (
    <Stack gap="xs">
      <Group align="end" gap="sm">
        <MultiSelect
          label="Micro-credentials from the district catalog"
          placeholder="Pick one or more"
          data={options}
          value={picked}
          onChange={setPicked}
          searchable
          maxValues={50}
          style={{ flex: 1, minWidth: 240 }}
        />
        <Button variant="light" onClick={() => setAsked(picked)} disabled={picked.length === 0}>
          What would they pay?
        </Button>
      </Group>
      {after && change !== null && (
        <Text size="sm" role="status" data-testid="catalog-pay-result">
          With {asked!.length} more: {formatCents(after.totalCents)} this budget year ({change >= 0n ? '+' : ''}
          {formatCents(change.toString())}).{after.nextPayChange ? ` Then: ${after.nextPayChange.text}.` : ''}
        </Text>
      )}
    </Stack>
  );
}
