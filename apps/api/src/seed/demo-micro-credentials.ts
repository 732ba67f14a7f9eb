import { EntityManager } from 'typeorm';
import { DEMO_DISTRICT_IDS } from './demo-dataset';

/** Maplewood's micro-credentials with rubrics, so the demo can walk the assessment cycle. */
const MAPLEWOOD_MICRO_CREDENTIALS = [
  {
    name: 'Formative Assessment in Practice',
    competency: 'Formative assessment',
    guidance: 'Two lesson plans with planned checks for understanding, and student work showing how you adjusted instruction.',
    research: 'Black, P. & Wiliam, D. (1998). Inside the Black Box: Raising Standards Through Classroom Assessment.',
    criteria: [
      {
        id: 'plans-checks',
        name: 'Plans checks for understanding',
        description: 'Lesson plans name when and how understanding is checked.',
      },
      { id: 'acts-on-evidence', name: 'Acts on the evidence', description: 'Instruction changes with what the checks show.' },
    ],
    credit: '15',
  },
  {
    name: 'Higher-Order Questioning',
    competency: 'Questioning techniques',
    guidance: 'A recorded lesson segment and a reflection on the questions you asked and what students said.',
    research: 'Danielson, C. (2013). The Framework for Teaching, component 3b.',
    criteria: [
      { id: 'question-levels', name: 'Asks questions at several levels', description: 'Questions go beyond recall.' },
      { id: 'student-thinking', name: 'Builds on student thinking', description: 'Follow-up questions use what students said.' },
    ],
    credit: '10',
  },
];

const LEVELS = [
  { id: 'beginning', name: 'Beginning', points: 1 },
  { id: 'developing', name: 'Developing', points: 2 },
  { id: 'proficient', name: 'Proficient', points: 3 },
];

export async function insertDemoMicroCredentials(manager: EntityManager): Promise<number> {
  const districtId = DEMO_DISTRICT_IDS.maplewood;
  const [issuer] = (await manager.query(
    `INSERT INTO issuer (district_id, name) SELECT id, name FROM district WHERE id = $1
       ON CONFLICT (district_id, name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [districtId],
  )) as Array<{ id: string }>;
  for (const mc of MAPLEWOOD_MICRO_CREDENTIALS) {
    const [item] = (await manager.query(
      `INSERT INTO catalog_item (district_id, issuer_id, name, kind, competency_area) VALUES ($1, $2, $3, 'MICRO_CREDENTIAL', $4) RETURNING id`,
      [districtId, issuer!.id, mc.name, mc.competency],
    )) as Array<{ id: string }>;
    await manager.query(
      `INSERT INTO micro_credential (district_id, catalog_item_id, competency, submission_guidance, research_basis, rubric, credit_amount, credit_unit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'CLOCK_HOUR')`,
      [
        districtId,
        item!.id,
        mc.competency,
        mc.guidance,
        mc.research,
        JSON.stringify({
          criteria: mc.criteria,
          levels: LEVELS,
          passing: { minimumLevelId: 'developing', minimumTotalPoints: null },
        }),
        mc.credit,
      ],
    );
  }
  return MAPLEWOOD_MICRO_CREDENTIALS.length;
}
