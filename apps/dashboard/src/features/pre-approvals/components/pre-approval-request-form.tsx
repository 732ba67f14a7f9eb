import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { RequestPreApprovalDocument, type ActivityType, type PdUnit, type PreApprovalInput } from '../../../gql/graphql';
import { activityTypeLabels, todayIsoDate, unitLabel } from '../../../utils/format';
import { describeError, fieldErrorsOf } from '../../../utils/graphql-errors';

const activityTypeOptions = (Object.keys(activityTypeLabels) as ActivityType[]).map((value) => ({
  value,
  label: activityTypeLabels[value],
}));
const unitOptions = (['SEMESTER_CREDIT', 'QUARTER_CREDIT', 'CLOCK_HOUR', 'CEU', 'MICRO_CREDENTIAL'] as PdUnit[]).map((value) => ({
  value,
  label: unitLabel(value),
}));

interface Values {
  title: string;
  activityType: ActivityType;
  expectedAmount: string;
  unit: PdUnit;
  plannedStartOn: string;
  provider: string;
  description: string;
}
type Errors = Partial<Record<keyof Values, string>>;

const emptyValues: Values = {
  title: '',
  activityType: 'COURSE',
  expectedAmount: '',
  unit: 'SEMESTER_CREDIT',
  plannedStartOn: '',
  provider: '',
  description: '',
};
const knownFields = new Set<string>(Object.keys(emptyValues));

/** The same limits the API checks, so most mistakes are caught before a round trip. */
function validatePreApproval(values: Values): Errors {
  const errors: Errors = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'Enter the activity’s title.';
  else if (title.length > 200) errors.title = 'Keep the title to 200 characters.';
  if (!/^\d+(\.\d{1,2})?$/.test(values.expectedAmount.trim()) || Number(values.expectedAmount) <= 0) {
    errors.expectedAmount = 'Enter a positive number with at most 2 decimal places, e.g. 3 or 1.5.';
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.plannedStartOn)) errors.plannedStartOn = 'Enter the planned start date.';
  if (values.provider.trim().length > 200) errors.provider = 'Keep the provider to 200 characters.';
  if (values.description.length > 4000) errors.description = 'Keep the description to 4,000 characters.';
  return errors;
}

function toInput(values: Values): PreApprovalInput {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    title: values.title.trim(),
    activityType: values.activityType,
    expectedAmount: values.expectedAmount.trim(),
    unit: values.unit,
    plannedStartOn: values.plannedStartOn,
    provider: optional(values.provider),
    description: optional(values.description),
  };
}

/** Teachers: ask for lane credit before taking a course or other activity. */
export function PreApprovalRequestForm({ onRequested }: { onRequested?: (title: string) => void }) {
  const [values, setValues] = useState<Values>(emptyValues);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestPreApprovalDocument, {
    refetchQueries: ['MyPreApprovals'],
    awaitRefetchQueries: true,
  });

  function field<K extends keyof Values>(name: K) {
    return {
      name,
      value: values[name],
      error: errors[name],
      onChange: (event: { currentTarget: { value: string } }) =>
        setValues({ ...values, [name]: event.currentTarget.value as Values[K] }),
    };
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    setDone(null);
    const clientErrors = validatePreApproval(values);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) return;
    try {
      const created = (await request({ variables: { input: toInput(values) } })).data?.requestPreApproval;
      setValues(emptyValues);
      setDone(`“${created?.title ?? values.title.trim()}” was sent for pre-approval.`);
      onRequested?.(created?.title ?? values.title.trim());
    } catch (caught) {
      // BAD_USER_INPUT names the input field; show its message beside that field.
      const serverErrors = fieldErrorsOf(caught);
      const besideFields: Errors = {};
      let unplaced: string | null = null;
      for (const [name, message] of Object.entries(serverErrors)) {
        if (knownFields.has(name)) besideFields[name as keyof Values] = message;
        else unplaced = message;
      }
      setErrors(besideFields);
      if (Object.keys(serverErrors).length === 0) setFormError(describeError(caught));
      else if (unplaced) setFormError(unplaced);
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Request pre-approval">
      <Stack gap="sm">
        {done && (
          <Alert
            color="green"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setDone(null)}
          >
            {done}
          </Alert>
        )}
        {formError && (
          <Alert color="red" variant="light" role="alert" title="Not sent">
            {formError}
          </Alert>
        )}
        <TextInput label="Title" required maxLength={200} description="e.g. EDU 601 Literacy Assessment" {...field('title')} />
        <NativeSelect label="Kind of activity" required data={activityTypeOptions} {...field('activityType')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Expected amount"
            required
            inputMode="decimal"
            description="Up to 2 decimal places"
            {...field('expectedAmount')}
          />
          <NativeSelect label="Unit" required data={unitOptions} {...field('unit')} />
        </SimpleGrid>
        <TextInput label="Planned start" type="date" required min={todayIsoDate()} {...field('plannedStartOn')} />
        <TextInput
          label="Provider"
          maxLength={200}
          description="Optional: the university or vendor running it"
          {...field('provider')}
        />
        <Textarea
          label="Description"
          autosize
          minRows={3}
          maxLength={4000}
          description="Optional: why it fits your lane or goals"
          {...field('description')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Request pre-approval
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
