import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, FileInput, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { SavePortfolioEntryDocument, SubmitMicroCredentialDocument, type McSubmissionFieldsFragment } from '../../../gql/graphql';
import { describeError } from '../../../utils/graphql-errors';
import { UploadError, uploadFiles } from '../../../utils/upload';

interface EntryValues {
  reflection: string;
  links: string;
  evidenceFileIds: string[];
}

const AUTOSAVE_MS = 800;

/** One criterion's evidence, saved on the server a moment after each change (like the PD form's drafts). */
function CriterionEditor({
  submissionId,
  criterion,
  initial,
}: {
  submissionId: string;
  criterion: { id: string; name: string; description: string };
  initial: EntryValues;
}) {
  const [values, setValues] = useState(initial);
  const [state, setState] = useState<'saved' | 'saving' | 'unsaved' | 'error'>('saved');
  const [message, setMessage] = useState<string | null>(null);
  const [save] = useMutation(SavePortfolioEntryDocument);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  function change(next: EntryValues) {
    setValues(next);
    setState('unsaved');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setState('saving');
      const links = next.links
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
      save({
        variables: {
          submissionId,
          entry: { criterionId: criterion.id, reflection: next.reflection, links, evidenceFileIds: next.evidenceFileIds },
        },
      })
        .then(() => {
          setState('saved');
          setMessage(null);
        })
        .catch((caught: unknown) => {
          setState('error');
          setMessage(describeError(caught));
        });
    }, AUTOSAVE_MS);
  }

  async function addFile(file: File | null) {
    if (!file) return;
    try {
      const answer = await uploadFiles<{ files: Array<{ id: string }> }>('/api/evidence', [file]);
      change({ ...values, evidenceFileIds: [...values.evidenceFileIds, ...answer.files.map((f) => f.id)] });
    } catch (caught) {
      setState('error');
      setMessage(caught instanceof UploadError ? caught.message : 'The file could not be uploaded. Please try again.');
    }
  }

  return (
    <Stack gap={6} component="fieldset" style={{ border: 'none', padding: 0, margin: 0 }}>
      <Title order={4} size="h5" component="legend">
        {criterion.name}
      </Title>
      <Text size="sm" c="dimmed">
        {criterion.description}
      </Text>
      <Textarea
        label="Reflection"
        autosize
        minRows={3}
        value={values.reflection}
        onChange={(event) => change({ ...values, reflection: event.currentTarget.value })}
      />
      <Textarea
        label="Links (one per line)"
        autosize
        minRows={1}
        value={values.links}
        onChange={(event) => change({ ...values, links: event.currentTarget.value })}
      />
      <FileInput
        label="Add an evidence file"
        placeholder="Choose a file"
        clearable
        onChange={(file) => void addFile(file)}
        value={null}
      />
      {values.evidenceFileIds.length > 0 ? (
        <List size="sm">
          {values.evidenceFileIds.map((id, index) => (
            <List.Item key={id}>
              <Anchor href={`/api/evidence/${id}`}>Evidence file {index + 1}</Anchor>
            </List.Item>
          ))}
        </List>
      ) : null}
      <Text size="xs" c={state === 'error' ? 'red' : 'dimmed'} aria-live="polite">
        {state === 'saved' ? 'Saved' : state === 'saving' ? 'Saving…' : state === 'unsaved' ? 'Unsaved changes' : message}
      </Text>
    </Stack>
  );
}

/** The teacher's portfolio, criterion by criterion, and the submit button. */
export function PortfolioEditor({ submission }: { submission: McSubmissionFieldsFragment }) {
  const [error, setError] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(SubmitMicroCredentialDocument, {
    refetchQueries: ['MyMicroCredentialSubmissions'],
    awaitRefetchQueries: true,
  });
  return (
    <Stack gap="md">
      {submission.microCredential.rubric.criteria.map((criterion) => {
        const entry = submission.portfolio.find((e) => e.criterionId === criterion.id);
        return (
          <CriterionEditor
            key={criterion.id}
            submissionId={submission.id}
            criterion={criterion}
            initial={{
              reflection: entry?.reflection ?? '',
              links: (entry?.links ?? []).join('\n'),
              evidenceFileIds: entry?.evidenceFileIds ?? [],
            }}
          />
        );
      })}
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <Button
        style={{ alignSelf: 'flex-start' }}
        loading={loading}
        onClick={() => {
          setError(null);
          // Let pending autosaves land first.
          setTimeout(() => {
            submit({ variables: { submissionId: submission.id } }).catch((caught: unknown) => setError(describeError(caught)));
          }, AUTOSAVE_MS + 200);
        }}
      >
        {submission.status === 'RETURNED' ? 'Resubmit for assessment' : 'Submit for assessment'}
      </Button>
    </Stack>
  );
}
