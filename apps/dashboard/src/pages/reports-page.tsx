import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { DownloadLinks } from '../features/reports/components/download-links';
import { RelicensureFilters } from '../features/reports/components/relicensure-filters';
import { RelicensureTable } from '../features/reports/components/relicensure-table';
import { relicensureSortParams, useRelicensureParams } from '../features/reports/hooks/use-relicensure-params';
import { exportQuery, relicensureFilter } from '../features/reports/utils/report-filters';
import { RelicensureReportDocument, RelicensureSummaryDocument, SchoolOptionsDocument } from '../gql/graphql';
import { formatCount, formatDate } from '../utils/format';

/**
 * The relicensure report (HR: the district; principals: their schools): every educator's license
 * with the converter's figures, filtered, sorted and paged in the URL, with the same filters on the
 * CSV / Excel / PDF downloads and, for HR, the state hour-upload file.
 */
export function ReportsPage() {
  const viewer = useViewer();
  const isHr = viewer.role === 'HR_ADMIN';
  const allowed = isHr || viewer.role === 'PRINCIPAL';
  const [params, update] = useRelicensureParams();
  const schoolsResult = useQuery(SchoolOptionsDocument, { skip: !allowed });
  const schools = schoolsResult.data?.schools ?? viewer.schools;
  const filter = relicensureFilter(params);
  const report = useQuery(RelicensureReportDocument, {
    skip: !allowed,
    variables: {
      filter,
      sortBy: relicensureSortParams[params.sort],
      sortDirection: params.direction,
      offset: (params.page - 1) * params.pageSize,
      limit: params.pageSize,
    },
  });
  const summary = useQuery(RelicensureSummaryDocument, { skip: !allowed, variables: { filter } });

  if (!allowed) {
    return (
      <EmptyState title="Reports are for HR and principals">
        <Anchor component={Link} to="/">
          Go to your home page
        </Anchor>
      </EmptyState>
    );
  }

  const page = report.data?.relicensureReport ?? report.previousData?.relicensureReport;
  const totals = summary.data?.relicensureSummary.totals;
  const query = exportQuery(params);
  const exports = [
    { label: 'CSV', href: `/api/reports/relicensure/csv${query}`, description: 'Download the relicensure report as CSV' },
    {
      label: 'Excel',
      href: `/api/reports/relicensure/xlsx${query}`,
      description: 'Download the relicensure report as an Excel workbook',
    },
    {
      label: 'PDF',
      href: `/api/reports/relicensure/pdf${query}`,
      description: 'Download the relicensure report as PDF, with totals per school',
    },
  ];
  const stateUpload = [
    {
      label: 'CSV',
      href: `/api/reports/state-hour-upload/csv${query}`,
      description: 'Download the state hour-upload file as CSV',
    },
    {
      label: 'Excel',
      href: `/api/reports/state-hour-upload/xlsx${query}`,
      description: 'Download the state hour-upload file as an Excel workbook',
    },
  ];

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Relicensure report</Title>
        <Text c="dimmed">
          Each educator's license evaluated under the state's rules exactly as on their own renewal page
          {isHr ? ', for the whole district' : ', for your schools'}.{page ? ` Evaluated as of ${formatDate(page.asOf)}.` : ''}
        </Text>
        {isHr && (
          <Anchor component={Link} to="/reports/lane-change" size="sm">
            Lane-change report →
          </Anchor>
        )}
      </div>

      <RelicensureFilters params={params} onChange={update} schools={schools} allowAllSchools={isHr} />

      <Paper withBorder p="sm" radius="md">
        <Stack gap="xs">
          <DownloadLinks title="Download this report:" links={exports} />
          {isHr && <DownloadLinks title="State hour upload (one row per credited record):" links={stateUpload} />}
          <Text size="xs" c="dimmed">
            Downloads use the filters above (not the sort or page) and are recorded in the audit trail.
          </Text>
        </Stack>
      </Paper>

      {totals && (
        <section aria-labelledby="status-summary-heading">
          <Title order={2} size="h4" id="status-summary-heading">
            Status summary
          </Title>
          <Group gap="lg" wrap="wrap" mt={4}>
            <Text size="sm">
              {formatCount(totals.total)} licenses of {formatCount(totals.educators)} educators:
            </Text>
            <Text size="sm">Complete {formatCount(totals.complete)}</Text>
            <Text size="sm">On track {formatCount(totals.onTrack)}</Text>
            <Text size="sm">At risk {formatCount(totals.atRisk)}</Text>
            <Text size="sm">Behind {formatCount(totals.behind)}</Text>
            <Text size="sm">Lapsed {formatCount(totals.lapsed)}</Text>
          </Group>
        </section>
      )}

      <section aria-labelledby="relicensure-heading">
        <Title order={2} size="h3" id="relicensure-heading" mb="sm">
          Licenses
        </Title>
        {report.error && !page ? (
          <ErrorState
            error={report.error}
            title="The relicensure report could not be loaded"
            onRetry={() => void report.refetch()}
          />
        ) : !page ? (
          <PageLoader label="Evaluating licenses…" />
        ) : page.totalCount === 0 ? (
          <EmptyState title="No licenses match these filters">
            Clear a filter, or check the school's staff have licenses on record.
          </EmptyState>
        ) : page.rows.length === 0 ? (
          <EmptyState title="This page is past the end of the list">
            <Anchor component="button" type="button" onClick={() => update({ page: 1 })}>
              Go to the first page
            </Anchor>
          </EmptyState>
        ) : (
          <RelicensureTable
            rows={page.rows}
            totalCount={page.totalCount}
            params={params}
            onChange={update}
            busy={report.loading}
          />
        )}
      </section>
    </Stack>
  );
}
