import { Button } from '@mantine/core';

/** "Download my transcript (PDF)": every credited record of the current cycle, the rules, the totals. */
export function TranscriptDownload({
  educatorId,
  label = 'Download my transcript (PDF)',
}: {
  educatorId: string;
  label?: string;
}) {
  return (
    <Button component="a" href={`/api/reports/transcripts/${encodeURIComponent(educatorId)}`} download variant="light" size="sm">
      {label}
    </Button>
  );
}
