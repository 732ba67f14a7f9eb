import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { SubmitPdRecordDocument, type ActivityType, type PdRecordRowFragment, type PdUnit } from '../../../gql/graphql';
import { activityTypeLabels, todayIsoDate, unitLabel } from '../../../utils/format';
import { describeError, fieldErrorsOf } from '../../../utils/graphql-errors';
import {
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

const emptyValues: PdRecordFormValues = {
  title: '',
  activityType: 'WORKSHOP',
  amount: '',
  unit: 'CLOCK_HOUR',
  completedOn: '',
  evidenceUrl: '',
  categories: '',
};

const knownFields = new Set<string>(Object.keys(emptyValues));

interface SubmitPdRecordFormProps {
  onSubmitted: (record: PdRecordRowFragment) => void;
  onCancel?: () => void;
}

export function SubmitPdRecordForm({ onSubmitted, onCancel }: SubmitPdRecordFormProps) {
  const [values, setValues] = useState<PdRecordFormValues>(emptyValues);
  const [errors, setErrors] = useState<PdRecordFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(SubmitPdRecordDocument, { refetchQueries: ['MyPdRecords'] });
  const today = todayIsoDate();

  function field<K extends keyof PdRecordFormValues>(name: K) {
    return {
      name,
      value: values[name],
      error: errors[name],
      onChange: (event: { currentTarget: { value: string } }) => {
        const value = event.currentTarget.value as PdRecordFormValues[K];
        setValues((current) => ({ ...current, [name]: value }));
      },
    };
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const clientErrors = validatePdRecordForm(values, today);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) return;

    try {
      const result = await submit({ variables: { input: toSubmitPdRecordInput(values) } });
      if (result.data) {
        setValues(emptyValues);
        onSubmitted(result.data.submitPdRecord);
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
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Submit PD">
      <Stack gap="sm">
        {formError && (
          <Alert color="red" variant="light" role="alert" title="Not submitted">
            {formError}
          </Alert>
        )}
        <TextInput label="Title" required maxLength={200} description="e.g. Number Talks workshop" {...field('title')} />
        <NativeSelect label="Kind of activity" required data={activityTypeOptions} {...field('activityType')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label="Amount" required inputMode="decimal" description="Up to 2 decimal places" {...field('amount')} />
          <NativeSelect label="Unit" required data={unitOptions} {...field('unit')} />
        </SimpleGrid>
        <TextInput label="Completed on" type="date" required max={today} description="Not in the future" {...field('completedOn')} />
        <TextInput
          label="Evidence link"
          type="url"
          inputMode="url"
          description="Optional: a certificate or transcript web address"
          {...field('evidenceUrl')}
        />
        <TextInput label="Categories" description="Optional, separated by commas, e.g. Literacy, ELL" {...field('categories')} />
        <Group justify="flex-end" mt="xs">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={loading}>
            Submit for review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
