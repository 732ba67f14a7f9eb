import { Alert, Button, Group, Input, Radio, Stack, Text } from '@mantine/core';
import { useId, useRef, useState, type FormEvent } from 'react';
import { uploadFiles, UploadError } from '../../../utils/upload';

export type ImportChoice = 'oneroster' | 'plain-csv' | 'transcript';

const choices: { value: ImportChoice; label: string; description: string; accept: string }[] = [
  {
    value: 'oneroster',
    label: 'OneRoster 1.1 or 1.2',
    description: 'The zip your SIS exports, or its orgs.csv and users.csv (and roles.csv for 1.2).',
    accept: '.zip,.csv,application/zip,text/csv',
  },
  {
    value: 'plain-csv',
    label: 'Plain CSV roster',
    description: 'One CSV with the documented roster columns.',
    accept: '.csv,text/csv',
  },
  {
    value: 'transcript',
    label: 'Vendor transcript (PD records)',
    description: 'A CSV of completed PD from a provider; its rows become verified PD records.',
    accept: '.csv,text/csv',
  },
];

/** The answer of POST /api/imports/*: the preview's ImportRun (only the id is needed here). */
interface UploadedRun {
  id: string;
}

interface ImportUploadFormProps {
  onUploaded: (runId: string) => void;
}

/** Choose what is being imported and the files; the API answers with a preview, nothing changes yet. */
export function ImportUploadForm({ onUploaded }: ImportUploadFormProps) {
  const [choice, setChoice] = useState<ImportChoice>('oneroster');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const fileInputId = useId();
  const selected = choices.find((item) => item.value === choice) ?? choices[0];

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (files.length === 0) {
      setError('Choose at least one file to upload.');
      return;
    }
    if (files.length > 8) {
      setError('Upload at most 8 files at a time (or put them in one zip).');
      return;
    }
    setUploading(true);
    try {
      const endpoint = choice === 'transcript' ? '/api/imports/transcript' : '/api/imports/roster';
      const run = await uploadFiles<UploadedRun>(endpoint, files);
      setFiles([]);
      if (inputRef.current) inputRef.current.value = '';
      onUploaded(run.id);
    } catch (caught) {
      setError(caught instanceof UploadError ? caught.message : 'The upload failed. Please try again.');
    } finally {
      setUploading(false);
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Upload an import">
      <Stack gap="md">
        <Radio.Group
          label="What are you importing?"
          value={choice}
          onChange={(value) => setChoice(value as ImportChoice)}
          name="import-kind"
        >
          <Stack gap="xs" mt="xs">
            {choices.map((item) => (
              <Radio key={item.value} value={item.value} label={item.label} description={item.description} />
            ))}
          </Stack>
        </Radio.Group>
        <Input.Wrapper
          label="Files"
          id={fileInputId}
          description={`Up to 8 files. ${selected.description}`}
          error={error ?? undefined}
          labelProps={{ htmlFor: fileInputId }}
        >
          <input
            id={fileInputId}
            ref={inputRef}
            type="file"
            name="files"
            multiple
            accept={selected.accept}
            className="file-input"
            onChange={(event) => setFiles(Array.from(event.currentTarget.files ?? []))}
            style={{ display: 'block', marginTop: 6, maxWidth: '100%' }}
          />
        </Input.Wrapper>
        {files.length > 0 && (
          <Text size="sm" c="dimmed">
            Selected: {files.map((file) => file.name).join(', ')}
          </Text>
        )}
        {error === null ? null : (
          <Alert color="red" variant="light" role="alert" title="Not uploaded">
            {error}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={uploading}>
            Upload and preview
          </Button>
          <Text size="sm" c="dimmed">
            Nothing changes until you apply the preview.
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
