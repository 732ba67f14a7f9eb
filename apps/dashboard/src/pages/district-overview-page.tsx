import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { SchoolsTable } from '../features/district/components/schools-table';
import { LazyHoursBySchoolChart, LazyPdHoursByMonthChart } from '../features/pd-activity/components/lazy-charts';
import { SchoolYearSelect } from '../features/school-year/components/school-year-select';
import { useSchoolYearParam } from '../features/school-year/hooks/use-school-year-param';
import { DistrictSchoolsDocument } from '../gql/graphql';
import { sumDecimalStrings } from '../utils/decimal';
import { formatCount, formatDecimal, schoolYearLabel } from '../utils/format';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz={28} lh={1.2}>
        {value}
      </Text>
    </Paper>
  );
}

/** HR's home: every school's staff and PD at a glance, each school one click from its staff. */
export function DistrictOverviewPage() {
  const viewer = useViewer();
  const [searchParams] = useSearchParams();
  const [schoolYear, setSchoolYear] = useSchoolYearParam();
  const { data, error, loading, refetch } = useQuery(DistrictSchoolsDocument, { variables: { schoolYear } });
  const schools = data?.schools ?? [];
  const period = schoolYearLabel(schoolYear);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>District overview</Title>
        <Text c="dimmed">
          {viewer.district.name} ({viewer.district.stateCode}). Totals count approved and verified PD in the {period} school year.
        </Text>
      </div>
      <SchoolYearSelect value={schoolYear} onChange={setSchoolYear} />

      {error && !data ? (
        <ErrorState error={error} title="The district overview could not be loaded" onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <PageLoader label="Loading the district overview…" />
      ) : schools.length === 0 ? (
        <EmptyState title="No schools yet">Schools appear here once they are added to the district.</EmptyState>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
            <Stat label="Schools" value={formatCount(schools.length)} />
            <Stat label="Educators" value={data ? formatCount(data.districtStaff.totalCount) : '—'} />
            <Stat
              label={`PD hour equivalents, ${period}`}
              value={formatDecimal(sumDecimalStrings((data?.districtMonths ?? []).map((month) => month.hourEquivalents)))}
            />
          </SimpleGrid>

          <section aria-labelledby="schools-heading">
            <Title order={2} size="h3" id="schools-heading" mb="xs">
              Schools
            </Title>
            <SchoolsTable schools={schools} caption={`Schools in ${viewer.district.name}, ${period}`} schoolYearParam={searchParams.get('year')} />
            <Text size="xs" c="dimmed" mt="xs">
              An educator assigned to more than one school is counted in each of those schools, so the school rows can add up
              to more than the district totals above.
            </Text>
          </section>

          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <LazyHoursBySchoolChart schools={schools} schoolYear={schoolYear} />
            <LazyPdHoursByMonthChart schoolId={null} schoolYear={schoolYear} subject={viewer.district.name} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
