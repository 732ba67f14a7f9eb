import { NativeSelect } from '@mantine/core';

interface SchoolSelectProps {
  schools: ReadonlyArray<{ id: string; name: string }>;
  value: string | null;
  onChange: (schoolId: string | null) => void;
  /** HR may look at the whole district at once; principals choose among their schools. */
  allowAll: boolean;
}

const ALL = '';

export function SchoolSelect({ schools, value, onChange, allowAll }: SchoolSelectProps) {
  const options = [
    ...(allowAll ? [{ value: ALL, label: 'All schools' }] : []),
    ...schools.map((school) => ({ value: school.id, label: school.name })),
  ];
  return (
    <NativeSelect
      label="School"
      data={options}
      value={value ?? ALL}
      onChange={(event) => onChange(event.currentTarget.value === ALL ? null : event.currentTarget.value)}
      w={{ base: '100%', xs: 260 }}
    />
  );
}
