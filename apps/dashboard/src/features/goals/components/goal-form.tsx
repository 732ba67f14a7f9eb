import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  CreateGoalDocument,
  GoalFormOptionsDocument,
  UpdateGoalDocument,
  type GoalCardFieldsFragment,
  type GoalMeasure,
} from '../../../gql/graphql';
import { currentSchoolYear } from '../../../utils/format';
import { describeError, fieldErrorsOf } from '../../../utils/graphql-errors';
import { measureDescriptions, measureLabels } from '../utils/goal-text';
import {
  toCreateGoalInput,
  toUpdateGoalInput,
  validateGoalForm,
  type GoalFormErrors,
  type GoalFormValues,
} from '../utils/validate-goal-form';

const MEASURES: GoalMeasure[] = ['ANY_PD_THIS_YEAR', 'AVERAGE_PD_HOURS', 'MICRO_CREDENTIALS', 'RENEWAL_ON_TRACK'];
const DISTRICT = '';

export interface GoalFormProps {
  /** Present: edit this goal (its measure and school stay); absent: create one. */
  goal?: GoalCardFieldsFragment;
  /** HR may set district-wide goals; principals only their schools'. */
  allowDistrictWide: boolean;
  onSaved: (goal: GoalCardFieldsFragment) => void;
  onCancel?: () => void;
}

function initialValues(goal: GoalCardFieldsFragment | undefined, defaultSchool: string): GoalFormValues {
  if (goal) {
    return {
      title: goal.title,
      schoolId: goal.school?.id ?? DISTRICT,
      measure: goal.measure,
      target: goal.target,
      minimumCount: String(goal.minimumCount ?? 1),
      competencyArea: goal.competencyArea ?? '',
      counting: goal.earnedSinceStart ? 'since' : 'all',
      startsOn: goal.startsOn,
      deadline: goal.deadline,
    };
  }
  const year = currentSchoolYear();
  return {
    title: '',
    schoolId: defaultSchool,
    measure: 'ANY_PD_THIS_YEAR',
    target: '',
    minimumCount: '1',
    competencyArea: '',
    counting: 'since',
    startsOn: `${year}-07-01`,
    deadline: `${year + 1}-06-30`,
  };
}

/** Create or edit a goal, checked as the API checks it; the API's field errors appear beside their fields. */
export function GoalForm({ goal, allowDistrictWide, onSaved, onCancel }: GoalFormProps) {
  const options = useQuery(GoalFormOptionsDocument);
  const schools = options.data?.schools ?? [];
  const areas = options.data?.goalCompetencyAreas ?? [];
  const [values, setValues] = useState<GoalFormValues>(() => initialValues(goal, allowDistrictWide ? DISTRICT : ''));
  const [errors, setErrors] = useState<GoalFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [createGoal, creating] = useMutation(CreateGoalDocument, { refetchQueries: ['Goals'] });
  const [updateGoal, updating] = useMutation(UpdateGoalDocument, { refetchQueries: ['Goals', 'GoalDetail'] });
  const editing = goal !== undefined;
  // A principal's form starts on their first school once the list arrives.
  const schoolId = !allowDistrictWide && values.schoolId === '' && schools[0] ? schools[0].id : values.schoolId;
  const current = { ...values, schoolId };

  function field<K extends keyof GoalFormValues>(name: K) {
    return {
      name,
      value: current[name],
      error: errors[name],
      onChange: (event: { currentTarget: { value: string } }) =>
        setValues({ ...current, [name]: event.currentTarget.value as GoalFormValues[K] }),
    };
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const clientErrors = validateGoalForm(current, { requireSchool: !allowDistrictWide && !editing });
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) return;
    try {
      const saved = editing
        ? (await updateGoal({ variables: { id: goal.id, input: toUpdateGoalInput(current) } })).data?.updateGoal
        : (await createGoal({ variables: { input: toCreateGoalInput(current) } })).data?.createGoal;
      if (saved) onSaved(saved);
    } catch (caught) {
      const serverErrors = fieldErrorsOf(caught);
      const beside: GoalFormErrors = {};
      let unplaced: string | null = null;
      for (const [name, message] of Object.entries(serverErrors)) {
        if (name in current) beside[name as keyof GoalFormValues] = message;
        else unplaced = message;
      }
      setErrors(beside);
      if (Object.keys(serverErrors).length === 0) setFormError(describeError(caught));
      else if (unplaced) setFormError(unplaced);
    }
  }

  const schoolOptions = [
    ...(allowDistrictWide ? [{ value: DISTRICT, label: 'Whole district' }] : []),
    ...schools.map((school) => ({ value: school.id, label: school.name })),
  ];
  const share = current.measure !== 'AVERAGE_PD_HOURS';

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label={editing ? 'Edit goal' : 'New goal'}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {formError}
          </Alert>
        )}
        <TextInput label="Title" required maxLength={200} description="What the goal is, in a few words" {...field('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label="For"
            required
            disabled={editing}
            description={
              editing
                ? 'A goal’s school cannot change'
                : allowDistrictWide
                  ? 'A school, or the whole district'
                  : 'One of your schools'
            }
            data={editing && goal.school ? [{ value: goal.school.id, label: goal.school.name }] : schoolOptions}
            {...field('schoolId')}
          />
          <NativeSelect
            label="Measure"
            required
            disabled={editing}
            description={editing ? 'A goal’s measure cannot change' : undefined}
            data={MEASURES.map((value) => ({ value, label: measureLabels[value] }))}
            {...field('measure')}
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed" id="goal-measure-description">
          {measureDescriptions[current.measure]}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={share ? 'Target (% of staff)' : 'Target (hour equivalents per staff member)'}
            required
            inputMode="decimal"
            description={share ? 'Above 0, at most 100; up to 2 decimals' : 'Above 0; up to 2 decimals'}
            {...field('target')}
          />
          {current.measure === 'MICRO_CREDENTIALS' && (
            <TextInput
              label="At least this many micro-credentials"
              required
              inputMode="numeric"
              description="1 to 100"
              {...field('minimumCount')}
            />
          )}
          {current.measure === 'MICRO_CREDENTIALS' && (
            <NativeSelect
              label="Competency area"
              description="Optional: only this area counts"
              data={[{ value: '', label: 'Any area' }, ...areas.map((area) => ({ value: area, label: area }))]}
              {...field('competencyArea')}
            />
          )}
          {current.measure === 'MICRO_CREDENTIALS' && (
            <NativeSelect
              label="Which micro-credentials count"
              description="Since the start, a new goal starts from zero; every one held includes those earned before it"
              data={[
                { value: 'since', label: 'Only those earned since the start' },
                { value: 'all', label: 'Every one held, also from before the start' },
              ]}
              {...field('counting')}
            />
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Start" type="date" required {...field('startsOn')} />
          <TextInput label="Deadline" type="date" required description="After the start" {...field('deadline')} />
        </SimpleGrid>
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={creating.loading || updating.loading}>
            {editing ? 'Save changes' : 'Create goal'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
