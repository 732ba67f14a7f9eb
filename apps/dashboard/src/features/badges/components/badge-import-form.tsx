import { useApolloClient } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Input, List, Paper, Stack, Text, type MantineColor } from '@mantine/core';
import { useId, useRef, useState, type FormEvent } from 'react';
import { uploadFiles, UploadError } from '../../../utils/upload';
import type { BadgeFileStatus, BadgeImportResponse } from '../utils/badge-import-types';

const MAX_FILES = 20;

function recordsWith(result: BadgeImportResponse, status: 'VERIFIED' | 'SUBMITTED'): number {
  return result.results.reduce((sum, file) => sum + file.records.filter((record) => record.recordStatus === status).length, 0);
}
const verifiedCount = (result: BadgeImportResponse) => recordsWith(result, 'VERIFIED');
const waitingCount = (result: BadgeImportResponse) => recordsWith(result, 'SUBMITTED');

const statusText: Record<BadgeFileStatus, string> = { IMPORTED: 'Imported', DUPLICATE: 'Already imported', REJECTED: 'Rejected' };
const statusColor: Record<BadgeFileStatus, MantineColor> = { IMPORTED: 'green.9', DUPLICATE: 'gray.7', REJECTED: 'red.9' };

/** Upload Open Badges 2.0/3.0 or CLR 2.0 files; each verified badge becomes a verified PD record. */
export function BadgeImportForm() {
  const client = useApolloClient();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [result, setResult] = useState<BadgeImportResponse | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (files.length === 0) return setError('Choose one or more badge files.');
    if (files.length > MAX_FILES) return setError(`Import at most ${MAX_FILES} files at a time.`);
    setUploading(true);
    try {
      const response = await uploadFiles<BadgeImportResponse>('/api/badges', files);
      setResult(response);
      setFiles([]);
      if (inputRef.current) inputRef.current.value = '';
      if (response.imported > 0) await client.refetchQueries({ include: ['MyPdRecords', 'EducatorCredit'] });
    } catch (caught) {
      setError(caught instanceof UploadError ? caught.message : 'The upload failed. Please try again.');
    } finally {
      setUploading(false);
    }
  }

  return (
    <Stack gap="md">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Import a badge">
        <Stack gap="sm">
          <Input.Wrapper
            label="Badge files"
            id={inputId}
            labelProps={{ htmlFor: inputId }}
            description="Open Badges 2.0 or 3.0, or CLR 2.0: the .json file, or the badge image (.png or .svg) with the badge baked in. Up to 20 files, 5 MB each."
            error={error ?? undefined}
          >
            <input
              id={inputId}
              ref={inputRef}
              type="file"
              name="files"
              multiple
              accept=".json,.png,.svg,application/json,application/ld+json,image/png,image/svg+xml"
              onChange={(event) => setFiles(Array.from(event.currentTarget.files ?? []))}
              style={{ display: 'block', marginTop: 6, maxWidth: '100%' }}
            />
          </Input.Wrapper>
          <Group>
            <Button type="submit" loading={uploading}>
              Import badges
            </Button>
          </Group>
        </Stack>
      </form>

      {result && (
        <Paper withBorder p="md" radius="md" role="status" aria-live="polite">
          <Text fw={600} mb="xs">
            {result.imported} imported, {result.duplicates} already imported, {result.rejected} rejected
          </Text>
          <List spacing="sm" listStyleType="none" ml={0} pl={0}>
            {result.results.map((file, index) => (
              <List.Item key={`${file.filename}-${index}`}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge
                    color={statusColor[file.status]}
                    autoContrast
                    variant="filled"
                    radius="sm"
                    tt="none"
                    style={{ flexShrink: 0 }}
                  >
                    {statusText[file.status]}
                  </Badge>
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                      {file.filename}
                    </Text>
                    {file.records.length > 0 && <Text size="sm">{file.records.map((record) => record.title).join(', ')}</Text>}
                    <Text size="sm" c={file.status === 'REJECTED' ? 'red.9' : 'dimmed'}>
                      {file.message}
                    </Text>
                  </div>
                </Group>
              </List.Item>
            ))}
          </List>
          {verifiedCount(result) > 0 && (
            <Alert color="green" variant="light" mt="sm">
              Verified badges are PD records from issuers the district trusts; they count toward your totals on “My PD”.
            </Alert>
          )}
          {waitingCount(result) > 0 && (
            <Alert color="orange.9" variant="light" mt="sm">
              {waitingCount(result)} imported badge{waitingCount(result) === 1 ? ' waits' : 's wait'} for a reviewer: the district
              does not trust its issuer yet, or it claims more than the district’s catalog. It counts once approved.
            </Alert>
          )}
        </Paper>
      )}
    </Stack>
  );
}
