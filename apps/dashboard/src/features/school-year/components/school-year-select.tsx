import { NativeSelect } from '@mantine/core';
import { currentSchoolYear, schoolYearLabel } from '../../../utils/format';
import { SCHOOL_YEARS_OFFERED } from '../hooks/use-school-year-param';

interface SchoolYearSelectProps {
  value: number;
  onChange: (year: number) => void;
}

export function SchoolYearSelect({ value, onChange }: SchoolYearSelectProps) {
  const current = currentSchoolYear();
  const options = Array.from({ length: SCHOOL_YEARS_OFFERED }, (_, index) => {
    const year = current - index;
    return { value: String(year), label: `${schoolYearLabel(year)}${index === 0 ? ' (this year)' : ''}` };
  });
  return (
    <NativeSelect
      label="School year"
      data={options}
      value={String(value)}
      onChange={(event) => onChange(Number(event.currentTarget.value))}
      w={{ base: '100%', xs: 200 }}
    />
  );
}
