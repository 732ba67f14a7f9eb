import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { LazyPdHoursByMonthChart } from '../features/pd-activity/components/lazy-charts';
import { SchoolYearSelect } from '../features/school-year/components/school-year-select';
import { useSchoolYearParam } from '../features/school-year/hooks/use-school-year-param';
import { RenewalStatusSelect } from '../features/staff/components/renewal-status-select';
import { SchoolSelect } from '../features/staff/components/school-select';
import { StaffSearchInput } from '../features/staff/components/staff-search-input';
import { StaffTable } from '../features/staff/components/staff-table';
import { sortParamToField, useStaffViewParams } from '../features/staff/hooks/use-staff-view-params';
import { SchoolOptionsDocument, StaffDocument } from '../gql/graphql';
import { schoolYearLabel } from '../utils/format';

/**
 * A school's staff with PD totals and the month-by-month chart: the principal's home, and where
 * HR lands from the district overview (/staff?school=<id>). Every filter is in the URL.
 */
export function StaffPage() {
  const viewer = useViewer();
  const [params, updateParams] = useStaffViewParams();
  const [schoolYear, setSchoolYear] = useSchoolYearParam();
  const canSeeStaff = viewer.role === 'PRINCIPAL' || viewer.role === 'HR_ADMIN';
  const isHr = viewer.role === 'HR_ADMIN';

  const schoolsResult = useQuery(SchoolOptionsDocument, { skip: !canSeeStaff });
  const schools = schoolsResult.data?.schools ?? viewer.schools;

  // Principals see one school at a time (their first unless the URL names another of theirs);
  // HR sees the school in the URL, or the whole district.
  const requestedSchool = schools.find((school) => school.id === params.schoolId) ?? null;
  const school = requestedSchool ?? (isHr ? null : (schools[0] ?? null));
  const unknownSchoolInUrl = params.schoolId !== null && requestedSchool === null && schoolsResult.data !== undefined;

  const staffResult = useQuery(StaffDocument, {
    skip: !canSeeStaff || (!isHr && school === null),
    variables: {
      schoolId: school?.id ?? null,
      search: params.search || null,
      sortBy: sortParamToField[params.sort],
      sortDirection: params.direction,
      offset: (params.page - 1) * params.pageSize,
      limit: params.pageSize,
      schoolYear,
      renewalStatus: params.status,
    },
  });

  if (!canSeeStaff) {
    return (
      <EmptyState title="Staff lists are for principals and HR">
        <Anchor component={Link} to="/">
          Go to your home page
        </Anchor>
      </EmptyState>
    );
  }

  const subject = school?.name ?? viewer.district.name;
  // The browser test and bookmarks rely on this exact heading: "<school name> staff".
  const heading = `${subject} staff`;
  const staff = staffResult.data?.staff ?? staffResult.previousData?.staff;

  return (
    <Stack gap="lg">
      <div>
        {isHr && (
          <Anchor component={Link} to="/" size="sm">
            ← District overview
          </Anchor>
        )}
        <Title order={1}>{heading}</Title>
        <Text c="dimmed">PD totals count approved and verified records in the {schoolYearLabel(schoolYear)} school year.</Text>
      </div>

      {unknownSchoolInUrl && (
        <Text role="status" c="red.9">
          The school in this link is not one you can see; showing {subject} instead.
        </Text>
      )}

      <Group gap="md" align="flex-end" wrap="wrap">
        {(isHr || schools.length > 1) && (
          <SchoolSelect
            schools={schools}
            value={school?.id ?? null}
            allowAll={isHr}
            onChange={(schoolId) => updateParams({ schoolId })}
          />
        )}
        <SchoolYearSelect value={schoolYear} onChange={setSchoolYear} />
      </Group>

      {!isHr && school === null && schoolsResult.data !== undefined ? (
        <EmptyState title="No school is linked to your account">
          Ask your district HR administrator to assign your school.
        </EmptyState>
      ) : (
        <>
          <LazyPdHoursByMonthChart schoolId={school?.id ?? null} schoolYear={schoolYear} subject={subject} />

          <section aria-labelledby="staff-heading">
            <Group justify="space-between" align="flex-end" wrap="wrap" mb="sm">
              <Title order={2} size="h3" id="staff-heading">
                Staff
              </Title>
              <Group gap="sm" align="flex-end" wrap="wrap">
                <RenewalStatusSelect value={params.status} onChange={(status) => updateParams({ status })} />
                <StaffSearchInput value={params.search} onSearch={(search) => updateParams({ search })} />
              </Group>
            </Group>
            {staffResult.error && !staff ? (
              <ErrorState
                error={staffResult.error}
                title="The staff list could not be loaded"
                onRetry={() => void staffResult.refetch()}
              />
            ) : !staff ? (
              <PageLoader label="Loading staff…" />
            ) : staff.totalCount === 0 ? (
              <EmptyState
                title={
                  params.search
                    ? `No staff match “${params.search}”`
                    : params.status
                      ? 'Nobody has this renewal status'
                      : 'No staff yet'
                }
              >
                {params.search
                  ? 'Check the spelling, or search by email instead.'
                  : params.status
                    ? 'Choose another renewal status, or “Any status”.'
                    : 'Staff appear here once they are assigned to this school.'}
              </EmptyState>
            ) : staff.rows.length === 0 ? (
              <EmptyState title="This page is past the end of the list">
                <Anchor component="button" type="button" onClick={() => updateParams({ page: 1 })}>
                  Go to the first page
                </Anchor>
              </EmptyState>
            ) : (
              <StaffTable
                rows={staff.rows}
                totalCount={staff.totalCount}
                params={params}
                onChange={updateParams}
                caption={`${heading}, ${schoolYearLabel(schoolYear)} school year`}
                period={schoolYearLabel(schoolYear)}
                busy={staffResult.loading}
              />
            )}
          </section>
        </>
      )}
    </Stack>
  );
}
