import { Badge, Table, Text } from '@mantine/core';
import type { PresetRuleFieldsFragment } from '../../../gql/graphql';
import { CitationLink } from '../../renewal/components/citation-link';

/** A preset's rules of one kind: what each applies to, its value, its source and any uncertainty. */
export function PresetRulesTable({ caption, rules }: { caption: string; rules: readonly PresetRuleFieldsFragment[] }) {
  if (rules.length === 0) return <Text size="sm">{caption}: none.</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 700 }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Rule</Table.Th>
            <Table.Th scope="col">Applies to and value</Table.Th>
            <Table.Th scope="col">Source</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule) => (
            <Table.Tr key={rule.id}>
              <Table.Th scope="row" fw={500}>
                {rule.label}
                <Text size="xs" c="dimmed">
                  {rule.id}
                </Text>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{rule.detail}</Text>
                {rule.uncertain && (
                  <Text size="sm" mt={4}>
                    <Badge variant="outline" color="orange.9" size="sm" mr={6}>
                      Uncertain
                    </Badge>
                    {rule.uncertain}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <CitationLink citation={rule.citation} />
                <Text size="xs" c="dimmed">
                  “{rule.citation.text}”
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
