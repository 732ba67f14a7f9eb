import { getSalarySchedulePreset, parseSalarySchedule } from '@pd-ledger/credit-rules';
import { EntityManager } from 'typeorm';
import { DEMO_DISTRICT_IDS } from './demo-dataset';

/** The demo districts' salary schedules: Maplewood's traditional credit lanes, Cedar Falls' micro-credential lanes. */
export const DEMO_SALARY_SCHEDULES = [
  { districtId: DEMO_DISTRICT_IDS.maplewood, presetId: 'maplewood-traditional' },
  { districtId: DEMO_DISTRICT_IDS.cedarFalls, presetId: 'micro-credential-lanes' },
] as const;

/** Inserts a preset as a district's schedule, effective from its first contract year's start. */
export async function insertSalarySchedulePreset(manager: EntityManager, districtId: string, presetId: string): Promise<void> {
  const definition = parseSalarySchedule(getSalarySchedulePreset(presetId));
  const effectiveFrom = definition.contractYears[0]?.start ?? '2000-01-01';
  await manager.query(
    `INSERT INTO salary_schedule (district_id, name, preset_id, definition, effective_from) VALUES ($1, $2, $3, $4::jsonb, $5)`,
    [districtId, definition.name, presetId, JSON.stringify(definition), effectiveFrom],
  );
}

export async function insertDemoSalarySchedules(manager: EntityManager): Promise<void> {
  for (const { districtId, presetId } of DEMO_SALARY_SCHEDULES) await insertSalarySchedulePreset(manager, districtId, presetId);
}
