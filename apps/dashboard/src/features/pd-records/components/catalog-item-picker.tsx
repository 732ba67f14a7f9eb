import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { CatalogItemsDocument, type CatalogItemsQuery } from '../../../gql/graphql';

type CatalogItem = CatalogItemsQuery['catalogItems'][number];

interface CatalogItemPickerProps {
  value: string;
  error?: string;
  /** The chosen item, or null when the person clears the choice to type their own title. */
  onChange: (item: CatalogItem | null) => void;
}

/**
 * Optional: choose what was done from the district's catalog (micro-credentials and other PD
 * offerings), which fills in the title and kind; leaving it empty means typing them.
 */
export function CatalogItemPicker({ value, error, onChange }: CatalogItemPickerProps) {
  const { data, loading, error: loadError } = useQuery(CatalogItemsDocument);
  const items = data?.catalogItems ?? [];
  const options = items.map((item) => ({
    value: item.id,
    label: `${item.name} — ${item.issuer.name}${item.competencyArea ? ` (${item.competencyArea})` : ''}`,
  }));
  return (
    <Select
      label="From the district catalog (optional)"
      description={
        loadError
          ? 'The catalog could not be loaded; type the title and kind instead.'
          : 'Search by name, issuer or competency area, or leave empty and type your own title.'
      }
      placeholder={loading ? 'Loading the catalog…' : 'Search the catalog'}
      data={options}
      value={value === '' ? null : value}
      onChange={(id) => onChange(items.find((item) => item.id === id) ?? null)}
      searchable
      clearable
      nothingFoundMessage="Nothing in the catalog matches; type your own title below."
      error={error}
      disabled={Boolean(loadError)}
    />
  );
}
