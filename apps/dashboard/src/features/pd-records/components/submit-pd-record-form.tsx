import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  CloseButton,
  Group,
  Input,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useRef, useState, type FormEvent } from 'react';
import { PageLoader } from '../../../components/ui/page-loader';
import {
  MyDraftsDocument,
  MyPossibleDuplicatesDocument,
  ResubmitPdRecordDocument,
  SubmitDraftDocument,
  SubmitPdRecordDocument,
  type ActivityType,
  type CourseLevel,
  type PdDraftFieldsFragment,
  type PdDraftInput,
  type PdRecordRowFragment,
  type PdUnit,
} from '../../../gql/graphql';
import { usePdDraft } from '../../drafts/hooks/use-pd-draft';
import { DuplicateWarning } from '../../record-integrity/components/duplicate-warning';
import { CatalogItemPicker } from './catalog-item-picker';
import { activityTypeLabels, todayIsoDate, unitLabel } from '../../../utils/format';
import { describeError, fieldErrorsOf } from '../../../utils/graphql-errors';
import { formatDateTime, uploadFiles, UploadError } from '../../../utils/upload';
import {
  splitCategories,
  toSubmitPdRecordInput,
  validatePdRecordForm,
  type PdRecordFormErrors,
  type PdRecordFormValues,
} from '../utils/validate-pd-record-form';

const activityTypeOptions = (Object.keys(activityTypeLabels) as ActivityType[]).map((value) => ({
  value,
  label: activityTypeLabels[value],
}));
const unitOptions = (['CLOCK_HOUR', 'CEU', 'SEMESTER_CREDIT', 'QUARTER_CREDIT', 'MICRO_CREDENTIAL'] as PdUnit[]).map((value) => ({
  value,
  label: unitLabel(value),
}));

const levelOptions: Array<{ value: CourseLevel | ''; label: string }> = [
  { value: '', label: 'Not a college course / not known' },
  { value: 'GRADUATE', label: 'Graduate' },
  { value: 'UNDERGRADUATE', label: 'Undergraduate' },
];

const emptyValues: PdRecordFormValues = {
  title: '',
  activityType: 'WORKSHOP',
  amount: '',
  unit: 'CLOCK_HOUR',
  completedOn: '',
  startedOn: '',
  provider: '',
  level: '',
  evidenceUrl: '',
  categories: '',
  catalogItemId: '',
};

const knownFields = new Set<string>(Object.keys(emptyValues));
const MAX_EVIDENCE_FILES = 10;

interface EvidenceFileRef {
  id: string;
  originalName: string;
}

interface SubmitPdRecordFormProps {
  onSubmitted: (record: PdRecordRowFragment) => void;
  onCancel?: () => void;
  /** A CHANGES_REQUESTED record to edit and resubmit. */
  resubmitRecord?: PdRecordRowFragment | null;
}

/**
 * "Submit PD" (or "Resubmit"): restores the teacher's saved draft for this form, autosaves every
 * change, and submits the draft.
 */
export function SubmitPdRecordForm({ onSubmitted, onCancel, resubmitRecord = null }: SubmitPdRecordFormProps) {
  const { data, loading } = useQuery(MyDraftsDocument, { fetchPolicy: 'network-only' });
  if (loading && !data) return <PageLoader label="Looking for your saved draft…" />;
  // If drafts cannot be loaded the form still works; autosave starts a new draft.
  const recordId = resubmitRecord?.id ?? null;
  const draft = data?.myDrafts.find((candidate) => (candidate.pdRecordId ?? null) === recordId) ?? null;
  return (
    <PdRecordEditor
      key={draft?.id ?? 'new'}
      draft={draft}
      resubmitRecord={resubmitRecord}
      onSubmitted={onSubmitted}
      onCancel={onCancel}
    />
  );
}

function valuesFromDraft(draft: PdDraftFieldsFragment): PdRecordFormValues {
  return {
    title: draft.title ?? '',
    activityType: draft.activityType ?? emptyValues.activityType,
    amount: draft.amount ?? '',
    unit: draft.unit ?? emptyValues.unit,
    completedOn: draft.completedOn ?? '',
    startedOn: draft.startedOn ?? '',
    provider: draft.provider ?? '',
    level: draft.level ?? '',
    evidenceUrl: draft.evidenceUrl ?? '',
    categories: draft.categories.join(', '),
    catalogItemId: draft.catalogItemId ?? '',
  };
}

function valuesFromRecord(record: PdRecordRowFragment): PdRecordFormValues {
  return {
    title: record.title,
    activityType: record.activityType,
    amount: record.amount,
    unit: record.unit,
    completedOn: record.completedOn,
    startedOn: record.startedOn ?? '',
    provider: record.provider ?? '',
    level: record.level ?? '',
    evidenceUrl: record.evidenceUrl ?? '',
    categories: record.categories.join(', '),
    catalogItemId: record.catalogItem?.id ?? '',
  };
}

function toDraftInput(values: PdRecordFormValues, files: EvidenceFileRef[]): PdDraftInput {
  const text = (value: string) => (value.trim() === '' ? null : value);
  return {
    title: text(values.title),
    activityType: values.activityType,
    amount: text(values.amount),
    unit: values.unit,
    completedOn: text(values.completedOn),
    startedOn: text(values.startedOn),
    provider: text(values.provider),
    level: values.level === '' ? null : values.level,
    evidenceUrl: text(values.evidenceUrl),
    categories: splitCategories(values.categories),
    catalogItemId: values.catalogItemId === '' ? null : values.catalogItemId,
    evidenceFileIds: files.map((file) => file.id),
  };
}

const AMOUNT_PATTERN = /^\d{1,6}(\.\d{1,2})?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The teacher's records that look like what she is typing (same achievement, or same title, date
 * and amount), asked once the fields are complete and she pauses typing.
 */
function usePossibleDuplicates(values: PdRecordFormValues, excludeId: string | null) {
  const [settled] = useDebouncedValue(values, 400);
  const title = settled.title.trim();
  const amount = settled.amount.trim();
  const ready = title !== '' && AMOUNT_PATTERN.test(amount) && DATE_PATTERN.test(settled.completedOn);
  const { data } = useQuery(MyPossibleDuplicatesDocument, {
    skip: !ready,
    variables: {
      input: {
        title,
        amount,
        unit: settled.unit,
        completedOn: settled.completedOn,
        catalogItemId: settled.catalogItemId === '' ? null : settled.catalogItemId,
        excludeId,
      },
    },
  });
  return ready ? (data?.myPossibleDuplicates ?? []) : [];
}

interface PdRecordEditorProps extends SubmitPdRecordFormProps {
  draft: PdDraftFieldsFragment | null;
}

function PdRecordEditor({ draft, resubmitRecord = null, onSubmitted, onCancel }: PdRecordEditorProps) {
  const startValues = draft ? valuesFromDraft(draft) : resubmitRecord ? valuesFromRecord(resubmitRecord) : emptyValues;
  const startFiles = draft ? draft.evidenceFiles : (resubmitRecord?.evidenceFiles ?? []);
  const [values, setValues] = useState<PdRecordFormValues>(startValues);
  const [files, setFiles] = useState<EvidenceFileRef[]>(startFiles.map(({ id, originalName }) => ({ id, originalName })));
  const [restoredAt, setRestoredAt] = useState<string | null>(draft?.updatedAt ?? null);
  const [errors, setErrors] = useState<PdRecordFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const fileInputId = useId();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const recordId = resubmitRecord?.id ?? null;
  const autosave = usePdDraft({ initialDraftId: draft?.id ?? null, pdRecordId: recordId });
  // EducatorCredit: the home's renewal and lane cards list a submission as pending approval.
  const refetchQueries = ['MyPdRecords', 'MyDrafts', 'EducatorCredit'];
  const [submitDraft] = useMutation(SubmitDraftDocument, { refetchQueries });
  const [submitRecord] = useMutation(SubmitPdRecordDocument, { refetchQueries });
  const [resubmit] = useMutation(ResubmitPdRecordDocument, { refetchQueries });
  const today = todayIsoDate();
  const duplicates = usePossibleDuplicates(values, recordId);
  // The form as it is now. Handlers that finish later (an upload) must build on these, never on the
  // values their render captured, or what was typed meanwhile would be overwritten.
  const valuesRef = useRef(values);
  const filesRef = useRef(files);

  function change(
    update: (current: PdRecordFormValues) => PdRecordFormValues,
    updateFiles: (current: EvidenceFileRef[]) => EvidenceFileRef[] = (current) => current,
  ) {
    const nextValues = update(valuesRef.current);
    const nextFiles = updateFiles(filesRef.current);
    valuesRef.current = nextValues;
    filesRef.current = nextFiles;
    setValues(nextValues);
    setFiles(nextFiles);
    autosave.schedule(toDraftInput(nextValues, nextFiles));
  }

  function replaceForm(nextValues: PdRecordFormValues, nextFiles: EvidenceFileRef[]) {
    valuesRef.current = nextValues;
    filesRef.current = nextFiles;
    setValues(nextValues);
    setFiles(nextFiles);
  }

  function field<K extends keyof PdRecordFormValues>(name: K) {
    return {
      name,
      value: values[name],
      error: errors[name],
      onChange: (event: { currentTarget: { value: string } }) => {
        const value = event.currentTarget.value as PdRecordFormValues[K];
        change((current) => ({ ...current, [name]: value }));
      },
    };
  }

  async function addFiles(selected: File[]) {
    setUploadError(null);
    if (selected.length === 0) return;
    if (filesRef.current.length + selected.length > MAX_EVIDENCE_FILES) {
      setUploadError(`Attach at most ${MAX_EVIDENCE_FILES} files.`);
      return;
    }
    setUploading(true);
    try {
      const answer = await uploadFiles<{ files: EvidenceFileRef[] }>('/api/evidence', selected);
      const uploaded = answer.files.map(({ id, originalName }) => ({ id, originalName }));
      change(
        (current) => current,
        (current) => [...current, ...uploaded],
      );
    } catch (caught) {
      setUploadError(caught instanceof UploadError ? caught.message : 'The file could not be uploaded. Please try again.');
    } finally {
      setUploading(false);
      if (fileInputRef.current) fileInputRef.current.value = '';
    }
  }

  async function discardDraft() {
    await autosave.discard().catch(() => undefined);
    replaceForm(
      resubmitRecord ? valuesFromRecord(resubmitRecord) : emptyValues,
      resubmitRecord ? resubmitRecord.evidenceFiles.map(({ id, originalName }) => ({ id, originalName })) : [],
    );
    setRestoredAt(null);
    setErrors({});
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const clientErrors = validatePdRecordForm(values, today);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) return;

    setSubmitting(true);
    try {
      // Submit the draft as saved right now; without one (saving failed) send the form itself.
      const draftId = await autosave.flush(toDraftInput(values, files));
      let record: PdRecordRowFragment | undefined;
      if (draftId) {
        record = (await submitDraft({ variables: { id: draftId } })).data?.submitDraft;
      } else {
        const input = { ...toSubmitPdRecordInput(values), evidenceFileIds: files.map((file) => file.id) };
        record = recordId
          ? (await resubmit({ variables: { id: recordId, input } })).data?.resubmitPdRecord
          : (await submitRecord({ variables: { input } })).data?.submitPdRecord;
      }
      if (record) {
        autosave.reset();
        replaceForm(emptyValues, []);
        onSubmitted(record);
      }
    } catch (error) {
      // The API names the field in BAD_USER_INPUT errors; show its message beside that field.
      const serverErrors = fieldErrorsOf(error);
      const besideFields: PdRecordFormErrors = {};
      let unplaced: string | null = null;
      for (const [name, message] of Object.entries(serverErrors)) {
        if (knownFields.has(name)) besideFields[name as keyof PdRecordFormValues] = message;
        else unplaced = message;
      }
      setErrors(besideFields);
      if (Object.keys(serverErrors).length === 0) setFormError(describeError(error));
      else if (unplaced) setFormError(unplaced);
    } finally {
      setSubmitting(false);
    }
  }

  const saveState = autosave.state;
  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label={recordId ? 'Resubmit PD' : 'Submit PD'}>
      <Stack gap="sm">
        {resubmitRecord?.feedback && (
          <Alert color="orange" variant="light" title="Reviewer’s feedback">
            {resubmitRecord.feedback}
          </Alert>
        )}
        {restoredAt && (
          <Alert color="blue" variant="light" role="status" title="Your draft was restored">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm">Saved {formatDateTime(restoredAt)}. Carry on where you left off, or start over.</Text>
              <Button size="xs" variant="default" onClick={() => void discardDraft()}>
                Discard draft
              </Button>
            </Group>
          </Alert>
        )}
        {formError && (
          <Alert color="red" variant="light" role="alert" title="Not submitted">
            {formError}
          </Alert>
        )}
        <CatalogItemPicker
          value={values.catalogItemId}
          error={errors.catalogItemId}
          onChange={(item) =>
            change((current) =>
              item
                ? {
                    ...current,
                    catalogItemId: item.id,
                    title: item.name,
                    activityType: item.kind,
                    // A micro-credential is earned once; other catalog PD keeps the amount typed.
                    ...(item.kind === 'MICRO_CREDENTIAL' ? { amount: '1', unit: 'MICRO_CREDENTIAL' as PdUnit } : {}),
                  }
                : { ...current, catalogItemId: '' },
            )
          }
        />
        <TextInput label="Title" required maxLength={200} description="e.g. Number Talks workshop" {...field('title')} />
        <NativeSelect label="Kind of activity" required data={activityTypeOptions} {...field('activityType')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label="Amount" required inputMode="decimal" description="Up to 2 decimal places" {...field('amount')} />
          <NativeSelect label="Unit" required data={unitOptions} {...field('unit')} />
        </SimpleGrid>
        <TextInput
          label="Provider"
          maxLength={200}
          description="Optional: who gave it, e.g. a university, intermediate unit or conference"
          {...field('provider')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Started on"
            type="date"
            max={values.completedOn || today}
            description="Optional: the first day (the state upload reports it)"
            {...field('startedOn')}
          />
          <TextInput
            label="Completed on"
            type="date"
            required
            max={today}
            description="Not in the future"
            {...field('completedOn')}
          />
        </SimpleGrid>
        {(values.activityType === 'COURSE' || values.unit === 'SEMESTER_CREDIT' || values.unit === 'QUARTER_CREDIT') && (
          <NativeSelect
            label="Course level"
            description="Salary lanes and some states count graduate and undergraduate credit differently; a course without a level does not count as graduate credit."
            data={levelOptions}
            {...field('level')}
          />
        )}
        <TextInput
          label="Evidence link"
          type="url"
          inputMode="url"
          description="Optional: a certificate or transcript web address"
          {...field('evidenceUrl')}
        />
        <Input.Wrapper
          label="Evidence files"
          id={fileInputId}
          labelProps={{ htmlFor: fileInputId }}
          description="Optional: a certificate or transcript (PDF, image or document), up to 10 files of 10 MB"
          error={uploadError ?? undefined}
        >
          <input
            id={fileInputId}
            ref={fileInputRef}
            type="file"
            multiple
            disabled={uploading}
            onChange={(event) => void addFiles(Array.from(event.currentTarget.files ?? []))}
            style={{ display: 'block', marginTop: 6, maxWidth: '100%' }}
          />
        </Input.Wrapper>
        {uploading && (
          <Text size="sm" role="status">
            Uploading…
          </Text>
        )}
        {files.length > 0 && (
          <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Attached files">
            {files.map((file) => (
              <Group component="li" key={file.id} gap={4} wrap="nowrap">
                <Anchor href={`/api/evidence/${file.id}`} size="sm" style={{ wordBreak: 'break-all' }}>
                  {file.originalName}
                </Anchor>
                <CloseButton
                  size="sm"
                  aria-label={`Remove ${file.originalName}`}
                  onClick={() =>
                    change(
                      (current) => current,
                      (current) => current.filter((candidate) => candidate.id !== file.id),
                    )
                  }
                />
              </Group>
            ))}
          </Stack>
        )}
        <TextInput label="Categories" description="Optional, separated by commas, e.g. Literacy, ELL" {...field('categories')} />
        <DuplicateWarning duplicates={duplicates} variant="alert">
          <Text size="sm" mt={4}>
            The same PD counts only once. Submit this only if it is separate PD (for example a workshop you took again); your
            reviewer will see both.
          </Text>
        </DuplicateWarning>
        <Group justify="space-between" mt="xs" wrap="wrap">
          <Text size="xs" c={saveState.kind === 'error' ? 'red.9' : 'dimmed'} aria-live="polite">
            {saveState.kind === 'saving'
              ? 'Saving draft…'
              : saveState.kind === 'saved'
                ? `Draft saved ${formatDateTime(saveState.at)}`
                : saveState.kind === 'error'
                  ? 'Draft not saved; check your connection. Your typing is still here.'
                  : 'Your typing is saved as a draft as you go.'}
          </Text>
          <Group gap="xs">
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                {recordId ? 'Close' : 'Cancel'}
              </Button>
            )}
            <Button type="submit" loading={submitting} disabled={uploading}>
              {recordId ? 'Resubmit for review' : 'Submit for review'}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
